#include "writer/shard_set.h"

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <system_error>

#include "newsarchive/schema.h"
#include "writer/database.h"

namespace newsarchive::indexer {
namespace {

namespace fs = std::filesystem;

constexpr const char* kStubName = "XAPIANDB";

std::string shard_name(std::size_t i) { return "shard-" + std::to_string(i); }

// Writes the stub through a temporary file, so that a reader never sees a
// half-written one.
void write_stub(const fs::path& dir, std::size_t shards) {
  const fs::path stub = dir / kStubName, tmp = dir / (std::string(kStubName) + ".tmp");
  {
    std::ofstream out(tmp);
    for (std::size_t i = 0; i < shards; ++i) out << "auto " << shard_name(i) << '\n';
    if (!out) throw DatabaseError("cannot write the stub file " + tmp.string());
  }
  std::error_code ec;
  fs::rename(tmp, stub, ec);
  if (ec) throw DatabaseError("cannot write the stub file " + stub.string() + ": " + ec.message());
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
    : path_(path) {
  std::vector<std::string> paths = shard_paths(path);
  if (paths.empty()) {
    if (shards <= 1) {
      paths.push_back(path);
    } else {
      std::error_code ec;
      fs::create_directories(path, ec);
      if (ec) throw DatabaseError("cannot create the directory " + path + ": " + ec.message());
      for (std::size_t i = 0; i < shards; ++i) paths.push_back((fs::path(path) / shard_name(i)).string());
      // The shards first: the stub names only databases that exist.
      for (const std::string& p : paths) writers_.push_back(std::make_unique<Writer>(p, batch_size));
      write_stub(path, shards);
      return;
    }
  } else if (shards != 0 && shards != paths.size()) {
    throw DatabaseError("database " + path + " has " + std::to_string(paths.size()) +
                        (paths.size() == 1 ? " shard" : " shards") + ", not " +
                        std::to_string(shards) +
                        "; index into it without --shards, or into a new database");
  }
  for (const std::string& p : paths) writers_.push_back(std::make_unique<Writer>(p, batch_size));
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
