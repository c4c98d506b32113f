#include "pipeline/source_reader.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <functional>
#include <memory>
#include <utility>

#include "newsarchive/ascii.h"
#include "readers/byte_stream.h"
#include "readers/containers.h"
#include "readers/expansion_guard.h"
#include "readers/gzip_stream.h"
#include "readers/limit_messages.h"
#include "readers/ninjs_reader.h"
#include "readers/warc_reader.h"

namespace newsarchive::indexer {
namespace {

// How many bytes tell a file's packing (tar's magic sits at 257).
constexpr std::size_t kSniffBytes = 512;

class FileStream final : public ByteStream {
 public:
  explicit FileStream(std::ifstream& in) : in_(in) {}
  std::size_t read(char* buffer, std::size_t size) override {
    if (!in_) return 0;
    in_.read(buffer, static_cast<std::streamsize>(size));
    const auto n = static_cast<std::size_t>(in_.gcount());
    if (in_.bad()) fail(std::string("read error: ") + std::strerror(errno));
    advance(n);
    return n;
  }

 private:
  std::ifstream& in_;
};

// A FileStream that opens its file itself.
class FileSource final : public ByteStream {
 public:
  explicit FileSource(const std::string& path) : file_(path, std::ios::binary), stream_(file_) {}
  std::size_t read(char* buffer, std::size_t size) override {
    const std::size_t n = stream_.read(buffer, size);
    if (!stream_.error().empty()) fail(stream_.error());
    advance(n);
    return n;
  }

 private:
  std::ifstream file_;
  FileStream stream_;
};

// A gzip stream held to the expansion limit, as one stream.
class GuardedGzip final : public ByteStream {
 public:
  GuardedGzip(ByteStream& source, const Limits& limits)
      : gzip_(source), guard_(gzip_, [&source] { return source.offset(); }, limits) {}
  std::size_t read(char* buffer, std::size_t size) override {
    const std::size_t n = guard_.read(buffer, size);
    if (!guard_.error().empty() && error().empty()) fail_as(guard_);
    advance(n);
    return n;
  }

 private:
  GzipStream gzip_;
  ExpansionGuard guard_;
};

bool ends_with_gz(const std::string& name) {
  return name.size() > 3 && lower_ascii(std::string_view(name).substr(name.size() - 3)) == ".gz";
}

// A member's path as an id part: no leading "./" or "/", no "." or empty
// segments, so that archives made from "dir/*" and from "-C dir ." give
// the same ids. "" for paths that climb out with "..".
std::string normal_member_path(const std::string& path) {
  std::string out;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    const std::string segment = path.substr(start, end - start);
    if (segment == "..") return "";
    if (!segment.empty() && segment != ".") {
      if (!out.empty()) out += '/';
      out += segment;
    }
    start = end + 1;
  }
  return out;
}

bool climbs_out(const std::string& path) {
  return path == ".." || path.starts_with("../") || path.ends_with("/..") ||
         path.find("/../") != std::string::npos;
}

std::string base_name(const std::string& path) {
  const auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

bool is_gzip(std::string_view head) { return head.substr(0, 2) == "\x1f\x8b"; }

// Whether a gzip stream holds a tar archive: the first 512 bytes say.
template <typename OpenSource>
bool gzip_holds_archive(OpenSource&& open_source) {
  auto source = open_source();
  GzipStream gz(*source);
  std::string head;
  read_up_to(gz, head, kSniffBytes);
  return sniff_packing(head) == Packing::archive;
}

// What a file that is not a regular one is, for the report.
std::string kind_of_file(mode_t mode) {
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISDIR(mode)) return "a directory";
  return "not a regular file";
}


// Whether an input larger than a block, `head` being its first block, is
// read as JSON Lines a block at a time: its format is JSON Lines (by
// --format, name or content), it is not ninjs, and it holds an object a
// line: its first line is a whole object, or the next one opens another.
// A JSON array or a pretty-printed object is read whole instead.
bool streams_as_jsonl(const std::string& filename, std::string_view head,
                      const ReaderOptions& options) {
  std::optional<Format> format = options.forced;
  if (!format) format = format_from_name(filename);
  if (!format) format = sniff_format(head);
  if (*format != Format::jsonl || (!options.forced && looks_like_ninjs(head))) return false;
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  std::string_view lines[2];
  for (std::string_view& line : lines) {
    while (!head.empty()) {
      const auto eol = head.find('\n');
      const std::string_view l = trim_ascii(head.substr(0, eol));
      head.remove_prefix(eol == std::string_view::npos ? head.size() : eol + 1);
      if (!l.empty()) {
        line = l;
        break;
      }
    }
  }
  if (!lines[0].starts_with('{')) return false;
  return lines[0].ends_with('}') || lines[1].starts_with('{');
}

class SourceReader {
 public:
  // Every decompressed byte read from the input is taken from `budget`.
  SourceReader(const ReaderOptions& options, ReadSink& sink, ExpansionBudget& budget)
      : options_(options), sink_(sink), budget_(budget) {}

  // An input whose bytes are all here.
  void bytes(const Input& input, const std::string& filename, int depth) {
    const std::string_view head = std::string_view(input.bytes).substr(0, kSniffBytes);
    // A compressed WARC (.warc.bz2 in a zip) is unpacked first.
    const bool packed = sniff_packing(head) != Packing::plain;
    if (looks_like_warc(head) || (is_warc_name(filename) && !packed)) {
      MemoryStream in(input.bytes);
      warc(input.name, input.id, in);
      return;
    }
    if (!format_from_name(filename) && packed) {
      if (depth >= limits().max_archive_depth) {
        sink_.failure(input.name, "",
                      "a compressed file or archive inside " + std::to_string(depth) +
                          " others: not opened (archives are opened " +
                          std::to_string(limits().max_archive_depth) + " levels deep)");
        return;
      }
      auto from_memory = [&] { return std::make_unique<MemoryStream>(input.bytes); };
      if (is_gzip(head) && !gzip_holds_archive(from_memory)) {
        auto source = from_memory();
        GuardedGzip gz(*source, limits());
        lone_stream(input.name, input.id, filename, gz, depth + 1);
        return;
      }
      std::string error;
      auto unpacker = Unpacker::open_memory(input.bytes, error, limits());
      if (!unpacker) {
        sink_.failure(input.name, "", "not readable as a compressed file or archive: " + error);
        return;
      }
      unpack(*unpacker, input.name, input.id, filename, depth + 1);
      return;
    }
    deliver(input, options_);
  }

  // A compressed file or archive read by libarchive, member by member.
  void unpack(Unpacker& unpacker, const std::string& name, const std::string& id,
              const std::string& filename, int depth) {
    std::string last;  // the last member read, for messages
    auto report = [&] {
      for (const std::string& problem : unpacker.take_problems())
        sink_.failure(name, last.empty() ? "" : "after member " + last, problem);
      for (const SkippedMember& m : unpacker.take_skipped())
        sink_.skipped(name + ":" + m.name, m.reason + ": not read");
    };
    while (unpacker.next()) {
      report();
      if (!unpacker.is_archive()) {
        if (!lone_stream(name, id, filename, unpacker.data(), depth)) return;
        continue;
      }
      if (climbs_out(unpacker.member_name())) {
        sink_.skipped(name + ":" + unpacker.member_name(),
                      "its path climbs out of the archive with '..': not read");
        continue;
      }
      const std::string path = normal_member_path(unpacker.member_name());
      const std::string member_file = base_name(path);
      if (member_file.empty() || member_file[0] == '.' || !is_source_name(member_file)) {
        sink_.skipped(name + ":" + unpacker.member_name(), "");
        continue;
      }
      last = path;
      if (!member(name + ":" + path, id + "/" + path, member_file, unpacker.data(), depth) &&
          !unpacker.can_go_on_after_member())
        return;  // an archive cannot be read past a broken member
      if (budget_.spent()) return;  // reported where it ran out, perhaps deeper
    }
    report();
    if (!unpacker.error().empty())
      sink_.failure(name, last.empty() ? "" : "after member " + last, unpacker.error());
  }

  // One compressed stream: its articles take the ids they would have
  // uncompressed.
  bool lone_stream(const std::string& name, const std::string& id, const std::string& filename,
                   ByteStream& data, int depth) {
    return member(name, without_compression_suffix(id), without_compression_suffix(filename),
                  data, depth);
  }

  // Reads one member's data; false if the data stream failed (reported,
  // after whatever could be read before the failure).
  bool member(const std::string& name, const std::string& id, const std::string& filename,
              ByteStream& unpacked, int depth) {
    BudgetedStream data(unpacked, budget_);
    if (is_warc_name(filename)) {
      if (!has_compression_suffix(filename)) {
        warc(name, id, data);
      } else if (ends_with_gz(filename)) {
        GuardedGzip gunzipped(data, limits());
        BudgetedStream gz(gunzipped, budget_);
        warc(name, id, gz);
        if (!gz.error().empty() && data.error().empty()) return true;  // reported by warc()
      } else {
        // A .warc.bz2 (or .xz, .zst) inside an archive: unpacked in memory.
        whole_or_streamed(name, id, filename, data, [&](Input& input) {
          bytes(input, filename, depth);
        });
      }
    } else {
      whole_or_streamed(name, id, filename, data, [&](Input& input) {
        // The name without its compression suffix says the format.
        if (const auto format = format_from_name(filename); format && !options_.forced) {
          ReaderOptions named = options_;
          named.forced = format;
          SourceReader(named, sink_, budget_).bytes(input, filename, depth);
        } else {
          bytes(input, filename, depth);
        }
      });
    }
    if (data.error().empty()) return true;
    // A WARC reader reports the failure of the stream it reads.
    const bool read_by_warc =
        is_warc_name(filename) && (!has_compression_suffix(filename) || ends_with_gz(filename));
    if (!read_by_warc)
      sink_.failure(name,
                    "after byte " + std::to_string(data.offset()) + " of the uncompressed data",
                    data.error());
    return false;
  }

  // Reads `data` and hands it to `whole` as one input, or, when it is
  // JSON Lines larger than a block, to the reader a block at a time. An
  // input read whole that passes Limits::max_input_bytes is reported and
  // not read; one cut by a limit on its stream is not handed over (the
  // caller reports the stream's failure), but one cut by damaged data is:
  // a truncated file gives what it held before the cut.
  void whole_or_streamed(const std::string& name, const std::string& id,
                         const std::string& filename, ByteStream& data,
                         const std::function<void(Input&)>& whole) {
    Input input;
    input.name = name;
    input.id = id;
    const bool ended = read_up_to(data, input.bytes, limits().stream_block_bytes + 1);
    if (!ended && streams_as_jsonl(filename, input.bytes, options_)) {
      stream_jsonl(name, id, std::move(input.bytes), data);
      return;
    }
    const std::uint64_t max = limits().max_input_bytes;
    if (!ended && (!read_up_to(data, input.bytes, max + 1) || input.bytes.size() > max)) {
      sink_.failure(name, "byte " + std::to_string(max), over_input_limit(limits()));
      return;
    }
    if (data.stopped_at_limit()) return;
    if (!input.bytes.empty() || data.error().empty()) whole(input);
  }

  // JSON Lines read a block of whole lines at a time, `pending` holding
  // what has been read and not yet handed over. A line longer than
  // Limits::max_record_bytes is reported by its number and passed over.
  // When the stream fails, the part of a line before the failure is not
  // read (the caller reports the failure).
  void stream_jsonl(const std::string& name, const std::string& id, std::string pending,
                    ByteStream& data) {
    ReaderOptions as_jsonl = options_;
    as_jsonl.forced = Format::jsonl;
    const std::uint64_t max_line = limits().max_record_bytes;
    std::uint64_t line = 1;  // the number of the first line in `pending`
    bool skipping = false;   // inside a line over the limit, passed over to its end
    bool ended = false;
    for (;;) {
      if (!ended) ended = read_up_to(data, pending, pending.size() + limits().stream_block_bytes);
      if (skipping) {
        const auto eol = pending.find('\n');
        if (eol == std::string::npos) {
          pending.clear();
          if (ended) break;
          continue;
        }
        pending.erase(0, eol + 1);
        skipping = false;
        ++line;
      }
      std::size_t cut = pending.rfind('\n');
      cut = cut == std::string::npos ? 0 : cut + 1;
      if (ended && data.error().empty()) {
        // The last line, with no newline after it, is held to the limit too.
        if (pending.size() - cut > max_line) {
          const auto newlines = std::count(pending.begin(), pending.begin() + cut, '\n');
          sink_.failure(name, "line " + std::to_string(line + static_cast<std::uint64_t>(newlines)),
                        "a line " + over_record_limit(limits()) + ": not read");
          pending.resize(cut);
        }
        cut = pending.size();
      }
      if (cut == 0) {
        if (pending.size() > max_line) {
          sink_.failure(name, "line " + std::to_string(line),
                        "a line " + over_record_limit(limits()) + ": not read");
          pending.clear();
          skipping = true;
        }
        if (ended) break;
        continue;
      }
      Input block;
      block.name = name;
      block.id = id;
      block.bytes = pending.substr(0, cut);
      block.first_line = line;
      pending.erase(0, cut);
      for (char c : block.bytes) line += c == '\n';
      // The whole lines before a cut by the allowance are read without a
      // charge (a block at most): the cut's report says the rest is not.
      if (!deliver(block, as_jsonl, !(ended && data.stopped_at_limit()))) break;
      if (ended && (pending.empty() || !data.error().empty())) break;
    }
  }

  void warc(const std::string& name, const std::string& id, ByteStream& in) {
    ReaderOptions page_options = options_;
    page_options.forced = Format::html;
    read_warc(
        in,
        [&](WarcPage&& page) {
          Input input;
          input.name = name;
          input.url = page.uri;
          input.id = page.uri.empty() ? id + "#" + std::to_string(page.offset) : page.uri;
          input.bytes = std::move(page.html);
          const std::string where = "record at byte " + std::to_string(page.offset);
          if (!may_read(input, where)) return;
          ReadResult read = read_input(input, page_options);
          for (RawArticle& raw : read.articles) sink_.article(std::move(raw));
          for (const ReadError& e : read.errors)
            sink_.failure(name, where + (e.position.empty() ? "" : ", " + e.position), e.reason);
        },
        [&](ReadError&& e) { sink_.failure(name, e.position, e.reason); }, limits());
  }

  // Reads `input` with its reader, its cost `charged` to the allowance;
  // false if the allowance refused it (reported), when nothing more is to
  // be read from the input.
  bool deliver(const Input& input, const ReaderOptions& options, bool charged = true) {
    if (charged &&
        !may_read(input, input.first_line > 1 ? "line " + std::to_string(input.first_line) : ""))
      return false;
    ReadResult read = read_input(input, options);
    for (RawArticle& raw : read.articles) sink_.article(std::move(raw));
    for (const ReadError& e : read.errors) sink_.failure(input.name, e.position, e.reason);
    return true;
  }

  // Takes the cost of reading `input` from the allowance. The first refusal
  // is reported, saying that the rest is not read; later ones, by this
  // reader or one for a member inside, say nothing.
  bool may_read(const Input& input, const std::string& where) {
    if (budget_.reading_refused()) return false;
    if (budget_.take_for_reading(input.bytes.size())) return true;
    sink_.failure(input.name, where, budget_.reading_refused_message());
    return false;
  }

  const Limits& limits() const { return options_.limits; }

 private:
  const ReaderOptions& options_;
  ReadSink& sink_;
  ExpansionBudget& budget_;
};

}  // namespace

bool is_source_name(const std::string& filename) {
  if (is_warc_name(filename) || is_archive_name(filename)) return true;
  if (has_compression_suffix(filename)) return is_readable_name(without_compression_suffix(filename));
  return is_readable_name(filename);
}

bool read_source(const InputRef& ref, const ReaderOptions& options, ReadSink& sink) {
  if (ref.path == "-") {
    Input input;
    std::string reason;
    if (!load_input(ref, input, reason, options.limits.max_input_bytes)) {
      sink.failure("(standard input)", "", reason);
      return false;
    }
    ExpansionBudget budget(options.limits, input.bytes.size());
    SourceReader(options, sink, budget).bytes(input, "", 0);
    return true;
  }

  // Only regular files are read: a device or a FIFO could give bytes for
  // ever, or none and never end.
  struct stat st {};
  if (::stat(ref.path.c_str(), &st) != 0) {
    sink.failure(ref.path, "", std::string("cannot read: ") + std::strerror(errno));
    return false;
  }
  if (!S_ISREG(st.st_mode)) {
    sink.failure(ref.path, "",
                 "not a regular file but " + kind_of_file(st.st_mode) +
                     ": not read (inputs are files, directories or - for standard input)");
    return false;
  }
  ExpansionBudget budget(options.limits, static_cast<std::uint64_t>(st.st_size));
  SourceReader reader(options, sink, budget);
  std::ifstream in(ref.path, std::ios::binary);
  if (!in) {
    sink.failure(ref.path, "", std::string("cannot read: ") + std::strerror(errno));
    return false;
  }
  std::string head(kSniffBytes, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  const std::string filename = base_name(ref.path);

  // A name that states a text format is believed: such a file holding
  // binary bytes is reported by its reader, not opened as an archive.
  const bool named_as_text = format_from_name(filename).has_value();
  if (!named_as_text && is_gzip(head)) {
    auto from_file = [&] { return std::make_unique<FileSource>(ref.path); };
    if (!gzip_holds_archive(from_file)) {
      FileSource file(ref.path);
      GuardedGzip gz(file, options.limits);
      reader.lone_stream(ref.path, ref.id, filename, gz, 1);
      return true;
    }
  }
  if (!named_as_text && sniff_packing(head) != Packing::plain) {
    std::string error;
    auto unpacker = Unpacker::open_file(ref.path, error, options.limits);
    if (!unpacker) {
      sink.failure(ref.path, "", "not readable as a compressed file or archive: " + error);
      return false;
    }
    reader.unpack(*unpacker, ref.path, ref.id, filename, 1);
    return true;
  }
  in.clear();
  in.seekg(0);
  FileStream stream(in);
  if (is_warc_name(filename) || looks_like_warc(head)) {
    reader.warc(ref.path, ref.id, stream);
    return true;
  }
  reader.whole_or_streamed(ref.path, ref.id, filename, stream,
                           [&](Input& input) { reader.deliver(input, options); });
  if (!stream.error().empty()) {
    sink.failure(ref.path, "after byte " + std::to_string(stream.offset()), stream.error());
    return false;
  }
  return true;
}

}  // namespace newsarchive::indexer
