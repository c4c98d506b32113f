#include "writer/database.h"

#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <system_error>

#include "newsarchive/schema.h"

namespace newsarchive::indexer {

namespace {

// Xapian commits by itself after XAPIAN_FLUSH_THRESHOLD changed documents
// (10,000 by default), which it reads when a database is opened for
// writing. The writer commits every batch of its own (Writer's batch_size,
// segments), so Xapian's threshold is set past any batch, once, for every
// user of the writer; a value the environment already gives is kept.
void leave_commits_to_the_writer() {
  static std::once_flag once;
  std::call_once(once, [] { ::setenv("XAPIAN_FLUSH_THRESHOLD", "10000000", 0); });
}

}  // namespace

Xapian::WritableDatabase open_for_writing(const std::string& path) {
  leave_commits_to_the_writer();
  std::error_code ec;
  const auto parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  if (ec)
    throw DatabaseError("cannot create the directory " + parent.string() + ": " + ec.message());

  Xapian::WritableDatabase db;
  try {
    db = Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN);
  } catch (const Xapian::DatabaseLockError&) {
    throw DatabaseError("database " + path +
                        " is locked: another newsindex is writing to it; wait for it to finish");
  } catch (const Xapian::Error& e) {
    throw DatabaseError("cannot open database " + path + " for writing: " + e.get_description());
  }

  const std::string stored(db.get_metadata(std::string(schema::kVersionKey)));
  if (std::string problem = schema::check_version(stored, path); !problem.empty())
    throw DatabaseError(problem);
  if (stored.empty()) {
    if (db.get_doccount() != 0)
      throw DatabaseError("database " + path +
                          " was not written by newsindex (no schema version); index into a "
                          "new database");
    db.set_metadata(std::string(schema::kVersionKey), std::to_string(schema::kSchemaVersion));
    db.commit();
  }
  return db;
}

Xapian::Database open_for_reading(const std::string& path) {
  try {
    return Xapian::Database(path);
  } catch (const Xapian::Error& e) {
    throw DatabaseError("cannot open database " + path + " for reading: " + e.get_description());
  }
}

}  // namespace newsarchive::indexer
