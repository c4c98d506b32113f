// Opening the index for writing, with the schema version checked.
#pragma once

#include <xapian.h>

#include <stdexcept>
#include <string>

namespace newsarchive::indexer {

// A database that cannot be used: locked, of another schema version,
// unreadable. what() is a complete sentence naming the path.
class DatabaseError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Opens the database at `path` for writing, creating it (and missing parent
// directories) if needed, and records the schema version in a new one.
// Throws DatabaseError.
Xapian::WritableDatabase open_for_writing(const std::string& path);

// A read-only handle on the database at `path`, which open_for_writing()
// has opened: for reading what earlier runs indexed while this one writes.
// Throws DatabaseError.
Xapian::Database open_for_reading(const std::string& path);

}  // namespace newsarchive::indexer
