#include "writer/shard_set.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <system_error>

#include "newsarchive/schema.h"
#include "writer/database.h"
#include "writer/staging.h"

namespace newsarchive::indexer {
namespace {

namespace fs = std::filesystem;

constexpr const char* kStubName = "XAPIANDB";

std::string shard_name(std::size_t i, std::uint64_t generation) {
  return "shard-" + std::to_string(i) + (generation == 0 ? "" : ".g" + std::to_string(generation));
}

// The generation in a shard's name ("shard-3.g7": 7); 0 for none.
std::uint64_t generation_of(const std::string& path) {
  const std::string name = fs::path(path).filename().string();
  const auto g = name.rfind(".g");
  if (g == std::string::npos) return 0;
  std::uint64_t n = 0;
  const char* end = name.data() + name.size();
  const auto r = std::from_chars(name.data() + g + 2, end, n);
  return r.ec == std::errc() && r.ptr == end ? n : 0;
}

// Writes the stub through a temporary file, renamed into place and synced,
// so that a reader never sees a half-written one.
void write_stub(const fs::path& dir, const std::vector<std::string>& names) {
  const fs::path stub = dir / kStubName, tmp = dir / (std::string(kStubName) + ".tmp");
  {
    std::ofstream out(tmp, std::ios::trunc);
    for (const std::string& name : names) out << "auto " << name << '\n';
    out.flush();
    if (!out) throw DatabaseError("cannot write the stub file " + tmp.string());
  }
  if (int fd = ::open(tmp.c_str(), O_RDONLY); fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
  std::error_code ec;
  fs::rename(tmp, stub, ec);
  if (ec) throw DatabaseError("cannot write the stub file " + stub.string() + ": " + ec.message());
  if (int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY); fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
}

}  // namespace

std::vector<std::string> shard_paths(const std::string& path) {
  const fs::path dir(path), stub = dir / kStubName;
  std::error_code ec;
  if (!fs::exists(stub, ec)) {
    if (fs::exists(dir, ec)) return {path};
    return {};
  }
  std::ifstream in(stub);
  std::vector<std::string> shards;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    if (line.rfind("auto ", 0) != 0)
      throw DatabaseError("database " + path + ": its stub file " + stub.string() +
                          " lists a shard newsindex cannot write to: '" + line + "'");
    const fs::path shard(line.substr(5));
    shards.push_back((shard.is_absolute() ? shard : dir / shard).string());
  }
  if (shards.empty())
    throw DatabaseError("database " + path + ": its stub file " + stub.string() +
                        " lists no shards");
  return shards;
}

ShardSet::ShardSet(const std::string& path, std::size_t shards, std::size_t batch_size)
    : path_(path), batch_size_(batch_size) {
  std::vector<std::string> paths = shard_paths(path);
  if (paths.empty()) {
    if (shards == 0) shards = 1;
    std::error_code ec;
    fs::create_directories(path, ec);
    if (ec) throw DatabaseError("cannot create the directory " + path + ": " + ec.message());
    std::vector<std::string> names;
    for (std::size_t i = 0; i < shards; ++i) {
      names.push_back(shard_name(i, 0));
      paths.push_back((fs::path(path) / names.back()).string());
    }
    // The shards first: the stub names only databases that exist.
    for (const std::string& p : paths) writers_.push_back(std::make_unique<Writer>(p, batch_size));
    write_stub(path, names);
    has_stub_ = true;
    return;
  } else if (shards != 0 && shards != paths.size()) {
    throw DatabaseError("database " + path + " has " + std::to_string(paths.size()) +
                        (paths.size() == 1 ? " shard" : " shards") + ", not " +
                        std::to_string(shards) +
                        "; index into it without --shards, or into a new database");
  }
  for (const std::string& p : paths) writers_.push_back(std::make_unique<Writer>(p, batch_size));
  std::error_code ec;
  has_stub_ = fs::exists(fs::path(path) / kStubName, ec);
  if (has_stub_) {
    // The newest of the shards' generations: a run that changed some
    // shards only left the others' names as they were.
    for (const std::string& p : paths) generation_ = std::max(generation_, generation_of(p));
    std::set<std::string> current;
    for (const std::string& p : paths) current.insert(fs::path(p).filename().string());
    remove_leftovers(current);
  }
}

void ShardSet::remove_leftovers(const std::set<std::string>& current) {
  // The write locks are held, or the stub has just been switched: nothing
  // else writes here now.
  std::error_code ec;
  std::vector<fs::path> stale;
  for (auto it = fs::directory_iterator(path_, ec); !ec && it != fs::directory_iterator();
       it.increment(ec)) {
    const std::string name = it->path().filename().string();
    std::uint64_t g = 0;
    if ((name.rfind("shard-", 0) == 0 && current.count(name) == 0) ||
        (StagingArea::parse_generation_dir(name, g) && g != generation_))
      stale.push_back(it->path());
  }
  for (const fs::path& p : stale) fs::remove_all(p, ec);
}

std::string ShardSet::generation_path(std::size_t shard, std::uint64_t generation) const {
  return (fs::path(path_) / shard_name(shard, generation)).string();
}

void ShardSet::publish(const std::vector<std::string>& paths, std::uint64_t generation) {
  if (!has_stub_) throw DatabaseError("database " + path_ + " has no stub file to switch");
  std::vector<std::string> names;
  for (const std::string& p : paths) names.push_back(fs::path(p).filename().string());
  // The new generation is locked before the stub names it, so no other
  // writer can slip in between.
  std::vector<std::unique_ptr<Writer>> next;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    // A shard the run left as it was keeps its writer (and its lock).
    if (i < writers_.size() && writers_[i] && writers_[i]->path() == paths[i])
      next.push_back(std::move(writers_[i]));
    else
      next.push_back(std::make_unique<Writer>(paths[i], batch_size_));
  }
  write_stub(path_, names);
  writers_ = std::move(next);
  generation_ = generation;
  remove_leftovers(std::set<std::string>(names.begin(), names.end()));
}

std::size_t ShardSet::shard_of(std::string_view id, std::size_t shards) {
  return static_cast<std::size_t>(schema::stable_hash(id) % shards);
}

bool ShardSet::remove(const std::string& id) { return writers_[shard_of(id)]->remove(id); }

void ShardSet::commit() {
  for (auto& w : writers_) w->commit();
}

void ShardSet::share_languages() {
  if (writers_.size() < 2) return;
  const std::string key(schema::kLanguagesKey);
  std::set<std::string> all;
  try {
    for (auto& w : writers_) {
      std::istringstream list(w->database().get_metadata(key));
      for (std::string lang; std::getline(list, lang, ',');)
        if (!lang.empty()) all.insert(lang);
    }
    std::string joined;
    for (const auto& lang : all) joined += (joined.empty() ? "" : ",") + lang;
    for (auto& w : writers_)
      if (w->database().get_metadata(key) != joined) {
        w->database().set_metadata(key, joined);
        w->database().commit();
      }
  } catch (const Xapian::Error& e) {
    throw DatabaseError("cannot record the languages in database " + path_ + ": " +
                        e.get_description());
  }
}

std::size_t ShardSet::article_count() const {
  std::size_t n = 0;
  for (const auto& w : writers_) n += w->article_count();
  return n;
}

}  // namespace newsarchive::indexer
