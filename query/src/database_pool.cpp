#include "database_pool.h"

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "newsarchive/schema.h"

namespace newsarchive::query {

void Handle::refresh() {
  // Metadata read through several databases comes from the first only, so
  // each part is asked (a stub file's own shards are still read as one).
  languages.clear();
  for (Xapian::Database& part : parts) {
    part.reopen();
    std::istringstream list(part.get_metadata(std::string(schema::kLanguagesKey)));
    for (std::string lang; std::getline(list, lang, ',');)
      if (!lang.empty() && std::find(languages.begin(), languages.end(), lang) == languages.end())
        languages.push_back(lang);
  }
}

std::unique_ptr<Handle> DatabasePool::open_handle(Status& status) const {
  if (paths_.empty()) {
    status = Status(StatusCode::not_found, "no database given");
    return nullptr;
  }
  auto handle = std::make_unique<Handle>();
  for (const std::string& path : paths_) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
      status = Status(StatusCode::not_found, "no database at " + path);
      return nullptr;
    }
    try {
      Xapian::Database db(path);
      const std::string version = db.get_metadata(std::string(schema::kVersionKey));
      if (version.empty() && db.get_doccount() > 0) {
        status = Status(StatusCode::schema_mismatch,
                        "database " + path + " was not written by newsindex (no schema version)");
        return nullptr;
      }
      if (std::string problem = schema::check_version(version, path); !problem.empty()) {
        status = Status(StatusCode::schema_mismatch, problem);
        return nullptr;
      }
      handle->db.add_database(db);
      handle->parts.push_back(db);
    } catch (const Xapian::DatabaseNotFoundError&) {
      status = Status(StatusCode::not_found, "no database at " + path);
      return nullptr;
    } catch (const Xapian::Error& e) {
      status = Status(StatusCode::database_error,
                      "cannot open database " + path + ": " + e.get_description());
      return nullptr;
    }
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
  if (!handle) return;
  std::lock_guard lock(mutex_);
  idle_.push_back(std::move(handle));
}

}  // namespace newsarchive::query
