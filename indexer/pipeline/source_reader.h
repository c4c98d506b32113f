// Reading one input, whatever it is packed in: a plain file goes to the
// reader its format calls for; a compressed file or an archive is read
// through libarchive member by member (nested once: a .gz inside a tar);
// a WARC file (compressed or not) record by record, each page through the
// HTML reader. Nothing is unpacked to disk, and a large WARC or archive
// never sits whole in memory: one member or record at a time. (An archive
// inside an archive is the exception: the inner one is read into memory.)
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
  // An archive member passed over: a name no reader reads, a hidden file.
  virtual void skipped(const std::string& /*member*/) {}
};

// Reads the input. Returns false (having reported the failure) when it
// could not be opened at all. Articles read before a failure (a truncated
// .gz) are delivered, then the failure.
//
// Ids: a compressed file's articles have the id the file would have
// uncompressed ("a.txt.gz" -> "a.txt"); an archive member's are the
// archive's id, "/", and the member's path without "./" or a leading "/"
// (members whose path climbs out with ".." are passed over); WARC pages are
// their URL, else the WARC's id, "#", and the record's offset.
bool read_source(const InputRef& ref, const ReaderOptions& options, ReadSink& sink);

// Whether a directory walk reads a file of this name: a known format, or a
// compressed file or archive of one, or WARC.
bool is_source_name(const std::string& filename);

}  // namespace newsarchive::indexer
