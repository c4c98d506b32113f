#include "database_pool.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <sstream>
#include <string_view>

#include "newsarchive/schema.h"

namespace newsarchive::query {

namespace {

std::string joined_paths(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : "; ") + n;
  return out;
}

// A directory holding a glass database's tables: damaged if Xapian finds
// no database in it (its version file, iamglass, is gone).
bool has_glass_tables(const std::string& dir) {
  std::error_code ec;
  for (const char* table : {"postlist.glass", "termlist.glass", "docdata.glass"})
    if (std::filesystem::exists(std::filesystem::path(dir) / table, ec)) return true;
  return false;
}

// Checks that a shard was written by this schema; "" when it was.
std::string schema_problem(const Xapian::Database& db, const std::string& name) {
  const std::string version = db.get_metadata(std::string(schema::kVersionKey));
  if (version.empty() && db.get_doccount() > 0)
    return "database " + name + " was not written by newsindex (no schema version)";
  return schema::check_version(version, name);
}

}  // namespace

void Handle::refresh() {
  // Metadata read through several databases comes from the first only, so
  // each shard is asked.
  languages.clear();
  for (auto& share : story_share) share.reset();
  whole_archive.clear();
  whole_archive_order.clear();
  for (Shard& shard : shards) {
    if (!shard.up) continue;
    std::istringstream list(shard.db.get_metadata(std::string(schema::kLanguagesKey)));
    for (std::string lang; std::getline(list, lang, ',');)
      if (!lang.empty() && std::find(languages.begin(), languages.end(), lang) == languages.end())
        languages.push_back(lang);
  }
}

std::vector<std::string> Handle::unavailable() const {
  std::vector<std::string> out;
  for (const Shard& shard : shards)
    if (!shard.up) out.push_back(shard.spec.name() + " (" + shard.problem + ")");
  return out;
}

std::vector<std::string> Handle::failed_shards() {
  broken = true;
  std::vector<std::string> out;
  for (Shard& shard : shards) {
    if (!shard.up || shard.spec.kind == ShardSpec::Kind::local) continue;
    // On a connection of its own: the handle's may still hold replies to
    // the interrupted search.
    try {
      open_shard(shard.spec).keep_alive();
    } catch (const Xapian::Error& e) {
      out.push_back(shard.spec.name() + " (" + e.get_description() + ")");
    }
  }
  return out;
}

bool DatabasePool::open_one(Shard& shard, std::size_t shards, Status& status) const {
  const std::string name = shard.spec.name();
  const bool local = shard.spec.kind == ShardSpec::Kind::local;
  // A shard that cannot be opened: fails the open, or with allow_partial is
  // left out, named with `problem`.
  auto down = [&](Status fatal, const std::string& problem) {
    if (!allow_partial_) {
      status = std::move(fatal);
      return false;
    }
    shard.problem = problem;
    return true;
  };
  // Commits made while the shard opens can discard the revision it read;
  // the second try reads the new one.
  for (int attempt = 0;; ++attempt) {
    try {
      shard.db = open_shard(shard.spec);
      if (std::string problem = schema_problem(shard.db, name); !problem.empty()) {
        status = Status(StatusCode::schema_mismatch, problem);
        return false;
      }
      shard.up = true;
      return true;
    } catch (const Xapian::DatabaseNotFoundError& e) {
      if (local && has_glass_tables(shard.spec.path)) {
        status = Status(StatusCode::database_error,
                        "database " + name +
                            " is damaged: its version file iamglass is missing, though its "
                            "tables are there; restore the database from a backup, or index "
                            "the articles again with newsindex into a new database");
        return false;
      }
      // A remote server without its database is one shard down.
      if (local) {
        status = Status(StatusCode::not_found, "no database at " + name);
        return false;
      }
      return down(Status(StatusCode::not_found, "no database at " + name), e.get_description());
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt == 0) continue;
      const Status damage = query::damaged(name, {shard}, kRevisionDamage);
      return down(damage, damage.message());
    } catch (const Xapian::Error& e) {
      if (is_damage(e)) {
        const Status damage = query::damaged(name, {shard}, e.get_description());
        return down(damage, damage.message());
      }
      return down(Status(StatusCode::database_error, (shards > 1 ? "shard " : "database ") +
                                                         name + " is unavailable: " +
                                                         e.get_description()),
                  e.get_description());
    }
  }
}

std::unique_ptr<Handle> DatabasePool::open_handle(Status& status) const {
  if (paths_.empty()) {
    status = Status(StatusCode::not_found, "no database given");
    return nullptr;
  }
  std::vector<ShardSpec> specs;
  for (const std::string& path : paths_)
    if (!expand_shards(path, specs, status)) return nullptr;

  auto handle = std::make_unique<Handle>();
  handle->layout = layout_stamp(paths_);
  for (ShardSpec& spec : specs) {
    Shard shard{std::move(spec), {}, false, {}};
    if (!open_one(shard, specs.size(), status)) return nullptr;
    if (shard.up) handle->db.add_database(shard.db);
    handle->shards.push_back(std::move(shard));
  }
  if (handle->db.size() == 0) {
    status = Status(StatusCode::database_error,
                    "no shard is available: " + joined_paths(handle->unavailable()));
    return nullptr;
  }
  try {
    handle->refresh();
  } catch (const Xapian::Error& e) {
    status = is_damage(e) ? damaged(*handle, e.get_description())
                          : Status(StatusCode::database_error,
                                   "cannot read database metadata: " + e.get_description());
    return nullptr;
  }
  return handle;
}

std::string layout_stamp(const std::vector<std::string>& paths) {
  std::string stamp;
  for (const std::string& path : paths) {
    // The stub inside a database directory (what newsindex makes) is tried
    // first: one stat per search where the directory and then its stub
    // took two. ENOTDIR: the path is a file, a stub file given. Anything
    // else (a plain database without a stub, no such path) has nothing to
    // switch.
    struct stat st {};
    if (path.empty() || ::stat((path + "/XAPIANDB").c_str(), &st) != 0) {
      const bool file = !path.empty() && errno == ENOTDIR;
      st = {};
      if (file && ::stat(path.c_str(), &st) != 0) st = {};
    }
    stamp += std::to_string(st.st_ino) + ':' + std::to_string(st.st_size) + ':' +
             std::to_string(st.st_mtim.tv_sec) + '.' + std::to_string(st.st_mtim.tv_nsec) + ';';
  }
  return stamp;
}

bool is_damage(const Xapian::Error& e) {
  // DatabaseError itself is what glass throws for a block past the end of
  // its file or one it cannot read; its other subclasses (locked, opening,
  // modified, closed) are not damage.
  const std::string_view type = e.get_type();
  return type == "DatabaseCorruptError" || type == "DatabaseError";
}

Status damaged(const std::string& path, const std::vector<Shard>& shards, const std::string& what) {
  std::vector<std::string> local;
  bool remote = false;
  for (const Shard& shard : shards) {
    if (shard.spec.kind == ShardSpec::Kind::local)
      local.push_back(shard.spec.path);
    else
      remote = true;
  }
  std::string check;
  if (local.size() == 1 && !remote) {
    check = "check it with: xapian-check " + local.front();
  } else {
    for (const std::string& l : local) check += (check.empty() ? "" : ", ") + l;
    if (remote) check += std::string(check.empty() ? "" : ", and ") + "each remote shard on its server";
    check = "check each shard with xapian-check: " + check;
  }
  return Status(StatusCode::database_error,
                "database " + path + " is damaged (" + what + "); " + check +
                    "; if it reports errors, index the articles again with newsindex into a "
                    "new database");
}

Status DatabasePool::damaged(const Handle& handle, const std::string& what) const {
  return query::damaged(joined_paths(paths_), handle.shards, what);
}

std::unique_ptr<DatabasePool::Lease> DatabasePool::lease(Status& status) {
  std::unique_ptr<Handle> handle;
  {
    std::lock_guard lock(mutex_);
    if (!idle_.empty()) {
      handle = std::move(idle_.back());
      idle_.pop_back();
    }
  }
  // A handle missing shards is replaced now and then, to try them again.
  if (handle && !handle->unavailable().empty() &&
      std::chrono::steady_clock::now() - handle->opened > kRetryUnavailable)
    handle.reset();
  // A database switched to a new generation is opened afresh.
  if (handle && layout_stamp(paths_) != handle->layout) handle.reset();
  if (handle) {
    try {
      if (handle->db.reopen()) handle->refresh();
    } catch (const Xapian::Error&) {
      handle.reset();  // open a fresh one below
    }
  }
  if (!handle) handle = open_handle(status);
  if (!handle) return nullptr;
  return std::make_unique<Lease>(*this, std::move(handle));
}

void DatabasePool::give_back(std::unique_ptr<Handle> handle) {
  if (!handle || handle->broken) return;
  std::lock_guard lock(mutex_);
  idle_.push_back(std::move(handle));
}

}  // namespace newsarchive::query
