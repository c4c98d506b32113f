#include "database_pool.h"

#include <filesystem>
#include <sstream>

#include "newsarchive/schema.h"

namespace newsarchive::query {

void Handle::refresh() {
  languages.clear();
  std::istringstream list(db.get_metadata(std::string(schema::kLanguagesKey)));
  for (std::string lang; std::getline(list, lang, ',');)
    if (!lang.empty()) languages.push_back(lang);
}

std::unique_ptr<Handle> DatabasePool::open_handle(Status& status) const {
  std::error_code ec;
  if (!std::filesystem::exists(path_, ec)) {
    status = Status(StatusCode::not_found, "no database at " + path_);
    return nullptr;
  }
  auto handle = std::make_unique<Handle>();
  try {
    handle->db = Xapian::Database(path_);
    const std::string version = handle->db.get_metadata(std::string(schema::kVersionKey));
    if (version.empty() && handle->db.get_doccount() > 0) {
      status = Status(StatusCode::schema_mismatch,
                      "database " + path_ + " was not written by newsindex (no schema version)");
      return nullptr;
    }
    if (std::string problem = schema::check_version(version, path_); !problem.empty()) {
      status = Status(StatusCode::schema_mismatch, problem);
      return nullptr;
    }
    handle->refresh();
  } catch (const Xapian::DatabaseNotFoundError&) {
    status = Status(StatusCode::not_found, "no database at " + path_);
    return nullptr;
  } catch (const Xapian::Error& e) {
    status = Status(StatusCode::database_error,
                    "cannot open database " + path_ + ": " + e.get_description());
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
