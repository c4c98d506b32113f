#include "pipeline/source_reader.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <memory>
#include <utility>

#include "readers/ascii.h"
#include "readers/byte_stream.h"
#include "readers/containers.h"
#include "readers/gzip_stream.h"
#include "readers/warc_reader.h"

namespace newsarchive::indexer {
namespace {

// How many bytes tell a file's packing (tar's magic sits at 257).
constexpr std::size_t kSniffBytes = 512;
// Archives inside archives are opened this deep and no deeper.
constexpr int kMaxDepth = 2;

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
  std::string head(kSniffBytes, '\0');
  std::size_t got = 0;
  while (got < head.size()) {
    const std::size_t n = gz.read(head.data() + got, head.size() - got);
    if (n == 0) break;
    got += n;
  }
  head.resize(got);
  return sniff_packing(head) == Packing::archive;
}

class SourceReader {
 public:
  SourceReader(const ReaderOptions& options, ReadSink& sink) : options_(options), sink_(sink) {}

  // An input whose bytes are all here.
  void bytes(const Input& input, const std::string& filename, int depth) {
    const std::string_view head = std::string_view(input.bytes).substr(0, kSniffBytes);
    if (is_warc_name(filename) || looks_like_warc(head)) {
      MemoryStream in(input.bytes);
      warc(input.name, input.id, in);
      return;
    }
    if (depth < kMaxDepth && !format_from_name(filename) && sniff_packing(head) != Packing::plain) {
      auto from_memory = [&] { return std::make_unique<MemoryStream>(input.bytes); };
      if (is_gzip(head) && !gzip_holds_archive(from_memory)) {
        auto source = from_memory();
        GzipStream gz(*source);
        lone_stream(input.name, input.id, filename, gz, depth + 1);
        return;
      }
      std::string error;
      auto unpacker = Unpacker::open_memory(input.bytes, error);
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
    while (unpacker.next()) {
      for (const std::string& problem : unpacker.take_problems())
        sink_.failure(name, last.empty() ? "" : "after member " + last, problem);
      if (!unpacker.is_archive()) {
        if (!lone_stream(name, id, filename, unpacker.data(), depth)) return;
        continue;
      }
      const std::string path = normal_member_path(unpacker.member_name());
      const std::string member_file = base_name(path);
      if (member_file.empty() || member_file[0] == '.' || !is_source_name(member_file)) {
        sink_.skipped(name + ":" + unpacker.member_name());
        continue;
      }
      last = path;
      if (!member(name + ":" + path, id + "/" + path, member_file, unpacker.data(), depth))
        return;  // an archive cannot be read past a broken member
    }
    for (const std::string& problem : unpacker.take_problems())
      sink_.failure(name, last.empty() ? "" : "after member " + last, problem);
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
              ByteStream& data, int depth) {
    if (is_warc_name(filename)) {
      if (!has_compression_suffix(filename)) {
        warc(name, id, data);
      } else if (ends_with_gz(filename)) {
        GzipStream gz(data);
        warc(name, id, gz);
        if (!gz.error().empty() && data.error().empty()) return true;  // reported by warc()
      } else {
        // A .warc.bz2 (or .xz, .zst) inside an archive: unpacked in memory.
        Input input;
        input.name = name;
        input.id = id;
        read_all(data, input.bytes);
        bytes(input, filename, depth);
      }
    } else {
      Input input;
      input.name = name;
      input.id = id;
      read_all(data, input.bytes);
      if (!input.bytes.empty() || data.error().empty()) {
        // The name without its compression suffix says the format.
        if (const auto format = format_from_name(filename); format && !options_.forced) {
          ReaderOptions named = options_;
          named.forced = format;
          SourceReader(named, sink_).bytes(input, filename, depth);
        } else {
          bytes(input, filename, depth);
        }
      }
    }
    if (data.error().empty()) return true;
    // A WARC reader reports its own stream's failure.
    if (!is_warc_name(filename))
      sink_.failure(name, "after byte " + std::to_string(data.offset()) + " of the uncompressed data",
                    data.error());
    return false;
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
          ReadResult read = read_input(input, page_options);
          for (RawArticle& raw : read.articles) sink_.article(std::move(raw));
          for (const ReadError& e : read.errors)
            sink_.failure(name, where + (e.position.empty() ? "" : ", " + e.position), e.reason);
        },
        [&](ReadError&& e) { sink_.failure(name, e.position, e.reason); });
  }

  void deliver(const Input& input, const ReaderOptions& options) {
    ReadResult read = read_input(input, options);
    for (RawArticle& raw : read.articles) sink_.article(std::move(raw));
    for (const ReadError& e : read.errors) sink_.failure(input.name, e.position, e.reason);
  }

 private:
  const ReaderOptions& options_;
  ReadSink& sink_;
};

}  // namespace

bool is_source_name(const std::string& filename) {
  if (is_warc_name(filename) || is_archive_name(filename)) return true;
  if (has_compression_suffix(filename)) return is_readable_name(without_compression_suffix(filename));
  return is_readable_name(filename);
}

bool read_source(const InputRef& ref, const ReaderOptions& options, ReadSink& sink) {
  SourceReader reader(options, sink);
  if (ref.path == "-") {
    Input input;
    std::string reason;
    if (!load_input(ref, input, reason)) {
      sink.failure("(standard input)", "", reason);
      return false;
    }
    reader.bytes(input, "", 0);
    return true;
  }

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
      GzipStream gz(file);
      reader.lone_stream(ref.path, ref.id, filename, gz, 1);
      return true;
    }
  }
  if (!named_as_text && sniff_packing(head) != Packing::plain) {
    std::string error;
    auto unpacker = Unpacker::open_file(ref.path, error);
    if (!unpacker) {
      sink.failure(ref.path, "", "not readable as a compressed file or archive: " + error);
      return false;
    }
    reader.unpack(*unpacker, ref.path, ref.id, filename, 1);
    return true;
  }
  if (is_warc_name(filename) || looks_like_warc(head)) {
    in.clear();
    in.seekg(0);
    FileStream stream(in);
    reader.warc(ref.path, ref.id, stream);
    return true;
  }
  Input input;
  std::string reason;
  if (!load_input(ref, input, reason)) {
    sink.failure(ref.path, "", reason);
    return false;
  }
  reader.deliver(input, options);
  return true;
}

}  // namespace newsarchive::indexer
