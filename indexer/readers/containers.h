// Compressed inputs and archives, read through libarchive as streams: a
// gzip, bzip2, xz or zstd file holds one input; a tar (compressed or not) or
// zip archive holds many, read member by member without unpacking to disk.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "readers/byte_stream.h"
#include "readers/resource_limits.h"

namespace newsarchive::indexer {

// What the first bytes of an input say it is.
enum class Packing {
  plain,       // not compressed, not an archive
  compressed,  // one compressed stream (.gz, .bz2, .xz, .zst)
  archive,     // tar, tar.gz, zip...
};

// By magic numbers: gzip, bzip2, xz, zstd, tar ("ustar" at byte 257), zip.
// A compressed tar is `compressed` here: only opening it tells.
Packing sniff_packing(std::string_view head);

// The name with a compression suffix taken off ("a.jsonl.gz" -> "a.jsonl");
// the name itself when it has none. ".tgz" and the like stay.
std::string without_compression_suffix(std::string_view name);
// Whether the name ends in a compression suffix (.gz .bz2 .xz .zst .zstd).
bool has_compression_suffix(std::string_view name);
// Whether the name is an archive's (.tar, .tgz, .tbz2, .txz, .tar.* , .zip).
bool is_archive_name(std::string_view name);

// An archive member passed over because it is not a file: a link, a
// device, a FIFO.
struct SkippedMember {
  std::string name;    // its path inside the archive
  std::string reason;  // "a symbolic link to /etc/passwd"
};

// Members of a compressed input or archive, one after another. A single
// compressed stream has one member whose name is "".
//
// Decompression is held to Limits::max_expansion_ratio. A compressed
// stream (a .gz, a .tar.gz) is measured as a whole, from its start: a
// member that makes it cross the limit stops there, and so does the
// archive, since what follows can only be reached by decompressing the
// rest of the bomb. A zip member is compressed on its own and measured on
// its own: one that crosses the limit is cut, and the next member is read.
class Unpacker {
 public:
  // Opens a file, or bytes in memory (which must outlive the Unpacker).
  // Returns null with `error` set when libarchive cannot read it at all.
  // A compressed stream too short for an archive to be told from a lone
  // file (a truncated .gz) is opened as a lone file.
  static std::unique_ptr<Unpacker> open_file(const std::string& path, std::string& error,
                                             const Limits& limits = {});
  static std::unique_ptr<Unpacker> open_memory(std::string_view bytes, std::string& error,
                                               const Limits& limits = {});

  ~Unpacker();
  Unpacker(const Unpacker&) = delete;
  Unpacker& operator=(const Unpacker&) = delete;

  // Moves to the next regular file member. False at the end, or on a
  // failure (then error() says why). What was left of the member before is
  // decompressed and dropped under the same limit when the archive is one
  // compressed stream; a bomb met there is an error().
  bool next();
  // The current member's path inside the archive ("" for a lone stream).
  const std::string& member_name() const { return member_; }
  // The current member's data, valid until next().
  ByteStream& data();
  // Whether the input is an archive of members rather than one stream.
  bool is_archive() const;
  const std::string& error() const { return error_; }
  // Damaged entries next() passed over since the last call ("Damaged tar
  // archive"), for the caller to report; reading goes on after them.
  std::vector<std::string> take_problems() { return std::exchange(problems_, {}); }
  // Members next() passed over since the last call because they are not
  // files (directories aside), for the caller to name.
  std::vector<SkippedMember> take_skipped() { return std::exchange(skipped_, {}); }
  // Whether reading may go on with the next member after the current
  // one's data failed: true when the archive does not share one
  // compressed stream and the member was cut at the limit (its stored
  // bytes are passed over) or is a zip member (the next is found from the
  // zip's directory, however damaged this one was).
  bool can_go_on_after_member() const;

 private:
  struct Impl;
  template <typename Open>
  static std::unique_ptr<Impl> open(Open&& open, std::string& error, const Limits& limits);
  explicit Unpacker(std::unique_ptr<Impl> impl);
  bool drain_member();
  std::unique_ptr<Impl> impl_;
  std::string member_;
  std::string error_;
  std::vector<std::string> problems_;
  std::vector<SkippedMember> skipped_;
};

}  // namespace newsarchive::indexer
