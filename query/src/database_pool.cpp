#include "database_pool.h"

#include <algorithm>
#include <sstream>

#include "newsarchive/schema.h"

namespace newsarchive::query {

namespace {

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : "; ") + n;
  return out;
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

std::unique_ptr<Handle> DatabasePool::open_handle(Status& status) const {
  if (paths_.empty()) {
    status = Status(StatusCode::not_found, "no database given");
    return nullptr;
  }
  std::vector<ShardSpec> specs;
  for (const std::string& path : paths_)
    if (!expand_shards(path, specs, status)) return nullptr;

  auto handle = std::make_unique<Handle>();
  for (ShardSpec& spec : specs) {
    Shard shard{std::move(spec), {}, false, {}};
    const std::string name = shard.spec.name();
    try {
      shard.db = open_shard(shard.spec);
      if (std::string problem = schema_problem(shard.db, name); !problem.empty()) {
        status = Status(StatusCode::schema_mismatch, problem);
        return nullptr;
      }
      shard.up = true;
    } catch (const Xapian::DatabaseNotFoundError& e) {
      // A remote server without its database is one shard down.
      if (!allow_partial_ || shard.spec.kind == ShardSpec::Kind::local) {
        status = Status(StatusCode::not_found, "no database at " + name);
        return nullptr;
      }
      shard.problem = e.get_description();
    } catch (const Xapian::Error& e) {
      if (!allow_partial_) {
        status = Status(StatusCode::database_error, (specs.size() > 1 ? "shard " : "database ") +
                                                        name + " is unavailable: " +
                                                        e.get_description());
        return nullptr;
      }
      shard.problem = e.get_description();
    }
    if (shard.up) handle->db.add_database(shard.db);
    handle->shards.push_back(std::move(shard));
  }
  if (handle->db.size() == 0) {
    status = Status(StatusCode::database_error,
                    "no shard is available: " + joined(handle->unavailable()));
    return nullptr;
  }
  try {
    handle->refresh();
  } catch (const Xapian::Error& e) {
    status = Status(StatusCode::database_error, "cannot read database metadata: " +
                                                    e.get_description());
    return nullptr;
  }
  return handle;
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
