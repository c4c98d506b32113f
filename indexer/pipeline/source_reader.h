// Reading one input, whatever it is packed in: a plain file goes to the
// reader its format calls for; a compressed file or an archive is read
// through libarchive member by member (archives inside archives too, up to
// Limits::max_archive_depth levels); a WARC file (compressed or not)
// record by record, each page through the HTML reader; JSON Lines a block
// of whole lines at a time. Nothing is unpacked to disk, and a large WARC,
// JSON Lines file or archive never sits whole in memory: one member, record
// or block at a time. Other inputs, archive members and archives inside
// archives are read into memory whole, within Limits::max_input_bytes, and
// every decompressed stream is held to Limits::max_expansion_ratio.
#pragma once

#include <string>

#include "pipeline/inputs.h"
#include "readers/formats.h"
#include "readers/raw_article.h"

namespace newsarchive::indexer {

// Where read_source delivers what it finds, as it finds it.
struct ReadSink {
  virtual ~ReadSink() = default;
  virtual void article(RawArticle&& raw) = 0;
  // `input` names the file, or "file:member" inside an archive.
  virtual void failure(const std::string& input, const std::string& position,
                       const std::string& reason) = 0;
  // An archive member passed over. `reason` is "" for one passed over as
  // a matter of course (a name no reader reads, a hidden file), and says
  // why for one the user should hear of (a link, a device, a path that
  // climbs out of the archive).
  virtual void skipped(const std::string& /*member*/, const std::string& /*reason*/) {}
};

// Reads the input. Returns false (having reported the failure) when it
// could not be opened at all, or is not a regular file (a device or FIFO:
// refused before reading). Articles read before a failure (a truncated
// .gz) are delivered, then the failure. Standard input ("-") is read
// whole, within Limits::max_input_bytes.
//
// Ids: a compressed file's articles have the id the file would have
// uncompressed ("a.txt.gz" -> "a.txt"); an archive member's are the
// archive's id, "/", and the member's path without "./" or a leading "/"
// (members whose path climbs out with ".." are passed over and named); WARC
// pages are their URL, else the WARC's id, "#", and the record's offset.
bool read_source(const InputRef& ref, const ReaderOptions& options, ReadSink& sink);

// Whether a directory walk reads a file of this name: a known format, or a
// compressed file or archive of one, or WARC.
bool is_source_name(const std::string& filename);

}  // namespace newsarchive::indexer
