// The shards a search reads: each database path given, with stub files
// expanded into the databases they list, local or remote.
//
// Xapian opens a stub file as one database, and then a shard that cannot be
// reached fails the whole search without saying which it was. Reading the
// stub here lets the searcher name the shard and, when asked to, search the
// others (SearcherOptions::allow_partial).
//
// A stub file (a file, or the XAPIANDB file of a directory such as newsindex
// --shards writes) holds one database a line; blank lines and lines starting
// with '#' are skipped:
//   auto PATH, glass PATH, chert PATH   a local database, or another stub;
//                                       PATH is relative to the stub's
//                                       directory unless absolute
//   remote HOST:PORT                    xapian-tcpsrv ([HOST]:PORT for IPv6)
//   remote tcp HOST PORT                the same, written out
//   remote :PROGRAM ARGS...             xapian-progsrv or another program
// These are Xapian's own stub lines, plus "remote tcp", so a stub written for
// newsquery also opens in Xapian's tools when it uses Xapian's forms.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "newsarchive/search.h"

namespace newsarchive::query {

struct ShardSpec {
  enum class Kind { local, tcp, program };
  Kind kind = Kind::local;
  std::string path;     // local: the database directory
  std::string host;     // tcp
  unsigned port = 0;    // tcp
  std::string program;  // program
  std::string args;     // program

  // How messages name it: the path, "remote HOST:PORT" or
  // "remote :PROGRAM ARGS".
  std::string name() const;
};

// Reads `path` into its shards: a database directory or a single-file
// database (xapian-compact --single-file) is one local shard; another file
// is a stub when its first line (past blank lines and comments) starts
// with a stub keyword. On failure returns false and sets `status`
// (not_found when nothing is at `path`; invalid_argument for a stub line
// that cannot be read, naming the file and line; database_error for a file
// that is none of these).
bool expand_shards(const std::string& path, std::vector<ShardSpec>& out, Status& status);

// Opens one shard. Throws Xapian::Error when it cannot (a remote one within
// kConnectTimeoutMs).
Xapian::Database open_shard(const ShardSpec& shard);

// A remote shard that does not answer a connection in this time is
// unavailable; one that does not answer a request, in kTimeoutMs.
inline constexpr unsigned kConnectTimeoutMs = 3000;
inline constexpr unsigned kTimeoutMs = 10000;

}  // namespace newsarchive::query
