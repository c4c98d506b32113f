#include "shards.h"

#include "newsarchive/ascii.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <string_view>

namespace newsarchive::query {

namespace fs = std::filesystem;

namespace {

// Stubs naming stubs: deeper than this is taken for a loop.
constexpr int kMaxStubDepth = 8;

bool parse_port(const std::string& text, unsigned& port) {
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, port);
  return ec == std::errc() && ptr == end && port > 0 && port < 65536;
}

// "HOST:PORT" or "[HOST]:PORT".
bool parse_host_port(const std::string& text, ShardSpec& shard) {
  const auto colon = text.rfind(':');
  if (colon == std::string::npos || colon == 0) return false;
  std::string host = text.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']')
    host = host.substr(1, host.size() - 2);
  if (host.empty() || host.find_first_of(" \t") != std::string::npos) return false;
  shard.host = host;
  return parse_port(text.substr(colon + 1), shard.port);
}

bool expand(const std::string& path, int depth, std::vector<ShardSpec>& out, Status& status);

// The words a line of a Xapian stub file starts with; the ones newsquery
// does not open (inmemory...) are still read as a stub's, to be named as
// lines it cannot read.
bool stub_keyword(const std::string& word) {
  for (const char* k : {"auto", "glass", "chert", "honey", "remote", "inmemory"})
    if (word == k) return true;
  return false;
}

// What a regular file named as a database holds, from its first bytes.
enum class FileKind { single_file_database, stub, other };

FileKind file_kind(const fs::path& file) {
  // Enough to hold the comments a stub may start with; a file's size does
  // not change what is read.
  constexpr std::size_t kHead = 64 * 1024;
  std::ifstream in(file, std::ios::binary);
  if (!in) return FileKind::stub;  // read_stub says it cannot be read
  std::string head(kHead, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(std::max<std::streamsize>(in.gcount(), 0)));
  // A single-file database (xapian-compact --single-file) starts as a
  // database's version file does.
  static constexpr std::string_view kMagic = "\x0f\x0dXapian ";
  if (head.compare(0, kMagic.size(), kMagic) == 0) return FileKind::single_file_database;
  // A stub: its first line that is neither blank nor a comment starts with
  // a stub keyword. Text without one (a document, a binary file) is not a
  // stub with mistakes but something else.
  for (std::size_t at = 0; at < head.size();) {
    std::size_t end = head.find('\n', at);
    if (end == std::string::npos) end = head.size();
    const std::string line = std::string(trim_ascii(head.substr(at, end - at)));
    at = end + 1;
    if (line.empty() || line[0] == '#') continue;
    return stub_keyword(line.substr(0, line.find_first_of(" \t"))) ? FileKind::stub
                                                                    : FileKind::other;
  }
  // Blank lines and comments (a stub listing nothing, reported as such), or
  // nothing at all.
  return head.empty() ? FileKind::other : FileKind::stub;
}

// Reads the stub at `stub`, whose relative paths start from `base`.
bool read_stub(const fs::path& stub, const fs::path& base, int depth, std::vector<ShardSpec>& out,
               Status& status) {
  std::ifstream in(stub);
  if (!in) {
    status = Status(StatusCode::database_error, "cannot read the stub file " + stub.string());
    return false;
  }
  std::string line;
  bool any = false;
  for (int number = 1; std::getline(in, line); ++number) {
    line = std::string(trim_ascii(line));
    if (line.empty() || line[0] == '#') continue;
    const auto space = line.find_first_of(" \t");
    const std::string kind = line.substr(0, space);
    const std::string rest = space == std::string::npos ? "" : std::string(trim_ascii(line.substr(space)));
    const std::string where = stub.string() + " line " + std::to_string(number);
    ShardSpec shard;
    bool ok = !rest.empty();
    if (ok && (kind == "auto" || kind == "glass" || kind == "chert")) {
      const fs::path target = fs::path(rest).is_absolute() ? fs::path(rest) : base / rest;
      if (!expand(target.lexically_normal().string(), depth + 1, out, status)) {
        if (status.code() == StatusCode::not_found)
          status = Status(StatusCode::not_found, where + ": no database at " + target.string());
        return false;
      }
      any = true;
      continue;
    }
    if (ok && kind == "remote" && rest[0] == ':') {
      shard.kind = ShardSpec::Kind::program;
      const std::string command = std::string(trim_ascii(rest.substr(1)));
      const auto gap = command.find_first_of(" \t");
      shard.program = command.substr(0, gap);
      shard.args = gap == std::string::npos ? "" : std::string(trim_ascii(command.substr(gap)));
      ok = !shard.program.empty();
    } else if (ok && kind == "remote" && rest.rfind("tcp", 0) == 0 && rest.size() > 3 &&
               (rest[3] == ' ' || rest[3] == '\t')) {
      shard.kind = ShardSpec::Kind::tcp;
      const std::string hp = std::string(trim_ascii(rest.substr(3)));
      const auto gap = hp.find_first_of(" \t");
      ok = gap != std::string::npos;
      if (ok) {
        shard.host = hp.substr(0, gap);
        ok = parse_port(std::string(trim_ascii(hp.substr(gap))), shard.port);
      }
    } else if (ok && kind == "remote") {
      shard.kind = ShardSpec::Kind::tcp;
      ok = parse_host_port(rest, shard);
    } else {
      ok = false;
    }
    if (!ok) {
      status = Status(StatusCode::invalid_argument,
                      where + ": cannot read '" + line +
                          "'; a line is auto PATH, glass PATH, remote HOST:PORT, "
                          "remote tcp HOST PORT or remote :PROGRAM ARGS");
      return false;
    }
    out.push_back(std::move(shard));
    any = true;
  }
  if (!any) {
    status = Status(StatusCode::invalid_argument,
                    "the stub file " + stub.string() + " lists no database");
    return false;
  }
  return true;
}

bool expand(const std::string& path, int depth, std::vector<ShardSpec>& out, Status& status) {
  if (depth > kMaxStubDepth) {
    status = Status(StatusCode::invalid_argument,
                    "stub files nest more than " + std::to_string(kMaxStubDepth) +
                        " deep at " + path + "; is there a loop?");
    return false;
  }
  std::error_code ec;
  const fs::path p(path);
  if (fs::is_directory(p, ec)) {
    if (fs::is_regular_file(p / "XAPIANDB", ec)) return read_stub(p / "XAPIANDB", p, depth, out, status);
    ShardSpec local;
    local.path = path;
    out.push_back(std::move(local));
    return true;
  }
  if (!fs::exists(p, ec)) {
    status = Status(StatusCode::not_found, "no database at " + path);
    return false;
  }
  switch (fs::is_regular_file(p, ec) ? file_kind(p) : FileKind::other) {
    case FileKind::single_file_database: {
      ShardSpec local;
      local.path = path;
      out.push_back(std::move(local));
      return true;
    }
    case FileKind::stub: return read_stub(p, p.parent_path(), depth, out, status);
    case FileKind::other: break;
  }
  status = Status(StatusCode::database_error,
                  path + " is not a database: it is neither a database directory, nor a "
                         "single-file database, nor a stub file listing shards (auto PATH, "
                         "remote HOST:PORT...)");
  return false;
}

}  // namespace

std::string ShardSpec::name() const {
  switch (kind) {
    case Kind::local: return path;
    case Kind::tcp: {
      const bool v6 = host.find(':') != std::string::npos;
      return "remote " + (v6 ? "[" + host + "]" : host) + ":" + std::to_string(port);
    }
    case Kind::program: return "remote :" + program + (args.empty() ? "" : " " + args);
  }
  return path;
}

bool expand_shards(const std::string& path, std::vector<ShardSpec>& out, Status& status) {
  return expand(path, 0, out, status);
}

Xapian::Database open_shard(const ShardSpec& shard) {
  switch (shard.kind) {
    case ShardSpec::Kind::tcp:
      return Xapian::Remote::open(shard.host, shard.port, kTimeoutMs, kConnectTimeoutMs);
    case ShardSpec::Kind::program:
      return Xapian::Remote::open(shard.program, shard.args, kTimeoutMs);
    case ShardSpec::Kind::local: break;
  }
  return Xapian::Database(shard.path);
}

}  // namespace newsarchive::query
