// remote_shards: three shards served by xapian-tcpsrv search as one database
// does (issue 8).
//
//   remote_shards TCPSRV NEWSINDEX NEWSQUERY WORK CORPUS...
//
// 1. Indexes the corpora into WORK/sharded (newsindex --shards 3) and into
//    WORK/merged (--shards 1); and into WORK/part-1 with --part 1/3, which
//    must hold what shard-1 holds.
// 2. Serves each shard with its own xapian-tcpsrv on a free loopback port,
//    and writes WORK/remote.stub listing the three (in Xapian's
//    "remote HOST:PORT" form and in the "remote tcp HOST PORT" form).
// 3. Searches both in several ways (relevance with facets and timelines, no
//    collapsing, newest and oldest first, quotes with their carriers) and
//    checks that the top 50 are the same hits in the same order, with the
//    same copies, scores and quote provenance, that the facet counts,
//    timelines and exact totals are equal, and that newsquery prints
//    the same through the stub as through the merged database.
// 4. Stops the second server. A search then fails with database_error
//    naming it, through a searcher opened before and one opened after, and
//    through newsquery (exit status 3); with allow_partial (--allow-partial)
//    it returns the hits of the other two shards, flagged partial. Restarted,
//    the server is searched again.
//
// Prints what it compared; exit status 0 when everything held, 1 if not.
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "newsarchive/search.h"

extern char** environ;

namespace {

namespace fs = std::filesystem;
using newsarchive::SearchRequest;
using newsarchive::SearchResponse;
using newsarchive::Searcher;
using newsarchive::SearcherOptions;
using newsarchive::Sort;
using newsarchive::Status;
using newsarchive::StatusCode;

int failures = 0;

void fail(const std::string& what) {
  ++failures;
  std::fprintf(stderr, "remote_shards: FAIL: %s\n", what.c_str());
}

std::string quoted(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// Runs a shell command line; its exit status.
int run(const std::string& command) {
  const int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

// A loopback port nothing listens on now.
unsigned free_port() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t size = sizeof addr;
  if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &size) != 0) {
    std::perror("remote_shards: a free port");
    std::exit(1);
  }
  ::close(fd);
  return ntohs(addr.sin_port);
}

bool accepts_connections(unsigned port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = htons(static_cast<std::uint16_t>(port));
  const bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
  ::close(fd);
  return ok;
}

// One xapian-tcpsrv serving one shard, stopped when it goes out of scope.
struct Server {
  Server() = default;
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;
  ~Server() { stop(); }

  std::string tcpsrv;
  std::string shard;
  std::string log;
  unsigned port = 0;
  pid_t pid = -1;

  // Starts it on `port`, or on a free one when 0; false if it never listens.
  bool start(unsigned wanted = 0) {
    for (int attempt = 0; attempt < 5; ++attempt) {
      port = wanted ? wanted : free_port();
      const std::string port_text = std::to_string(port);
      std::vector<std::string> args = {tcpsrv,       "--quiet", "--interface", "127.0.0.1",
                                       "--port",     port_text, shard};
      std::vector<char*> argv;
      for (std::string& a : args) argv.push_back(a.data());
      argv.push_back(nullptr);
      // In a process group of its own: on SIGTERM, xapian-tcpsrv signals its
      // whole group, to stop the children serving connections.
      posix_spawnattr_t attr;
      posix_spawnattr_init(&attr);
      posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
      posix_spawnattr_setpgroup(&attr, 0);
      // What it prints (a connection that breaks is reported) goes to a log.
      posix_spawn_file_actions_t files;
      posix_spawn_file_actions_init(&files);
      posix_spawn_file_actions_addopen(&files, STDOUT_FILENO, log.c_str(),
                                       O_WRONLY | O_CREAT | O_APPEND, 0644);
      posix_spawn_file_actions_adddup2(&files, STDOUT_FILENO, STDERR_FILENO);
      const int spawned = posix_spawn(&pid, tcpsrv.c_str(), &files, &attr, argv.data(), environ);
      posix_spawn_file_actions_destroy(&files);
      posix_spawnattr_destroy(&attr);
      if (spawned != 0) {
        pid = -1;
        std::fprintf(stderr, "remote_shards: cannot start %s\n", tcpsrv.c_str());
        return false;
      }
      for (int wait = 0; wait < 200; ++wait) {
        int status = 0;
        if (::waitpid(pid, &status, WNOHANG) == pid) {  // the port was taken
          pid = -1;
          break;
        }
        if (accepts_connections(port)) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
      }
      stop();
      if (wanted) std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
    return false;
  }

  void stop() {
    if (pid <= 0) return;
    ::kill(-pid, SIGTERM);  // the server and the children serving connections
    ::waitpid(pid, nullptr, 0);
    pid = -1;
  }
};

bool same_values(const std::vector<newsarchive::FacetValue>& a,
                 const std::vector<newsarchive::FacetValue>& b) {
  bool same = a.size() == b.size();
  for (std::size_t k = 0; same && k < a.size(); ++k)
    same = a[k].value == b[k].value && a[k].count == b[k].count;
  return same;
}

// What two provenances of a quote must share: all of it.
std::string compare(const newsarchive::QuoteProvenance& s, const newsarchive::QuoteProvenance& m) {
  if (s.key != m.key) return "key " + s.key + " against " + m.key;
  if (s.documents != m.documents || s.articles != m.articles || s.sources != m.sources)
    return "carried by " + std::to_string(s.articles) + " articles against " +
           std::to_string(m.articles);
  if (s.first.quote_id != m.first.quote_id || s.last.quote_id != m.last.quote_id)
    return "first or last appearance differs";
  if (!same_values(s.speakers, m.speakers)) return "the speakers differ";
  if (s.carriers.size() != m.carriers.size()) return "a different number of carriers";
  for (std::size_t i = 0; i < s.carriers.size(); ++i)
    if (s.carriers[i].quote_id != m.carriers[i].quote_id)
      return "carrier " + std::to_string(i + 1) + " differs";
  return {};
}

// What two timelines must share: all of it.
std::string compare(const newsarchive::Timeline& s, const newsarchive::Timeline& m) {
  if (s.periods.size() != m.periods.size() || s.undated != m.undated)
    return std::to_string(s.periods.size()) + " periods against " +
           std::to_string(m.periods.size());
  for (std::size_t i = 0; i < s.periods.size(); ++i)
    if (s.periods[i].label != m.periods[i].label || s.periods[i].count != m.periods[i].count ||
        !same_values(s.periods[i].top, m.periods[i].top))
      return "period " + m.periods[i].label + " differs";
  return {};
}

// What two searches must share. Scores may differ in the last bits, as the
// shards' weights are summed in another order.
std::string compare(const SearchResponse& sharded, const SearchResponse& merged) {
  if (!sharded.status.ok()) return "through the shards: " + sharded.status.to_string();
  if (!merged.status.ok()) return "merged: " + merged.status.to_string();
  if (sharded.hits.size() != merged.hits.size())
    return std::to_string(sharded.hits.size()) + " hits against " +
           std::to_string(merged.hits.size());
  for (std::size_t i = 0; i < merged.hits.size(); ++i) {
    const auto& s = sharded.hits[i];
    const auto& m = merged.hits[i];
    const double tolerance = 1e-9 * std::max(1.0, std::fabs(m.score));
    if (std::fabs(s.score - m.score) > tolerance)
      return "hit " + std::to_string(i + 1) + " scores " + std::to_string(s.score) +
             " against " + std::to_string(m.score);
    if (s.id != m.id) return "hit " + std::to_string(i + 1) + " is " + s.id + " against " + m.id;
    if (s.copies != m.copies)
      return s.id + " stands for " + std::to_string(s.copies) + " copies against " +
             std::to_string(m.copies);
    if (std::string diff = compare(s.provenance, m.provenance); !diff.empty())
      return s.id + "'s quote: " + diff;
  }
  if (std::string diff = compare(sharded.timeline, merged.timeline); !diff.empty())
    return "the timeline: " + diff;
  if (sharded.facets.size() != merged.facets.size()) return "a different number of facets";
  for (std::size_t f = 0; f < merged.facets.size(); ++f) {
    const auto& a = sharded.facets[f].values;
    const auto& b = merged.facets[f].values;
    if (!same_values(a, b)) return "the " + merged.facets[f].field + " facet differs";
  }
  return {};
}

SearchRequest request(const std::string& query) {
  SearchRequest r;
  r.query = query;
  r.limit = 50;
  r.suggest_spelling = false;  // remote shards serve no spelling data
  return r;
}

bool has(const std::vector<std::string>& list, const std::string& part) {
  for (const std::string& s : list)
    if (s.find(part) != std::string::npos) return true;
  return false;
}

}  // namespace

// The directory of shard `i` of the database directory `db`, as its stub
// names it (shard-N, or shard-N.gG once a run has merged into it).
std::string stub_shard(const std::string& db, std::size_t i) {
  std::ifstream stub(fs::path(db) / "XAPIANDB");
  std::size_t n = 0;
  for (std::string line; std::getline(stub, line);)
    if (line.rfind("auto ", 0) == 0 && n++ == i) return (fs::path(db) / line.substr(5)).string();
  return (fs::path(db) / ("shard-" + std::to_string(i))).string();
}

int main(int argc, char** argv) {
  if (argc < 6) {
    std::fprintf(stderr, "usage: remote_shards TCPSRV NEWSINDEX NEWSQUERY WORK CORPUS...\n");
    return 2;
  }
  const std::string tcpsrv = argv[1], newsindex = argv[2], newsquery = argv[3];
  const fs::path work = argv[4];
  std::string corpora;
  for (int i = 5; i < argc; ++i) corpora += " " + quoted(argv[i]);

  fs::remove_all(work);
  fs::create_directories(work);
  const std::string sharded = (work / "sharded").string(), merged = (work / "merged").string();
  // newsindex with these options into `db`; its exit status, its output in
  // WORK/index.log.
  const fs::path index_log = work / "index.log";
  auto newsindex_run = [&](const std::string& options, const std::string& db) {
    return run(quoted(newsindex) + " --quiet --progress none " + options + " --db " + quoted(db) +
               corpora + " >" + quoted(index_log.string()) + " 2>&1");
  };
  // Three shards, one database, and one part indexed alone, as a machine of
  // three would (--part 1/3).
  const std::string part = (work / "part-1").string();
  for (const auto& [db, options] : {std::pair{sharded, "--shards 3"}, std::pair{merged, "--shards 1"},
                                    std::pair{part, "--shards 1 --part 1/3"}}) {
    if (newsindex_run(options, db) != 0) {
      std::fprintf(stderr, "remote_shards: newsindex %s failed:\n%s", options,
                   read_file(index_log).c_str());
      return 1;
    }
  }

  // The part remembers what it is: another part, or the whole archive, is
  // refused.
  for (const std::string& other : {std::string("--part 2/3"), std::string()}) {
    const int code = newsindex_run(other, part);
    if (code != 2 || read_file(index_log).find("part 1/3") == std::string::npos)
      fail("newsindex " + other + " into part 1/3: exit " + std::to_string(code) + ", " +
           read_file(index_log));
  }

  std::vector<Server> servers(3);
  for (int i = 0; i < 3; ++i) {
    servers[i].tcpsrv = tcpsrv;
    servers[i].shard = stub_shard(sharded, i);
    servers[i].log = (work / ("tcpsrv-" + std::to_string(i) + ".log")).string();
    if (!servers[i].start()) {
      std::fprintf(stderr, "remote_shards: xapian-tcpsrv did not start on %s\n",
                   servers[i].shard.c_str());
      for (Server& s : servers) s.stop();
      return 1;
    }
  }
  auto port = [&servers](int i) { return std::to_string(servers[i].port); };
  const std::string stub = (work / "remote.stub").string();
  std::ofstream(stub) << "# three shards, one xapian-tcpsrv each\n"
                      << "remote 127.0.0.1:" << port(0) << "\n"
                      << "remote tcp 127.0.0.1 " << port(1) << "\n"
                      << "remote 127.0.0.1:" << port(2) << "\n";
  std::ofstream(work / "survivors.stub") << "remote 127.0.0.1:" << port(0) << "\n"
                                         << "remote 127.0.0.1:" << port(2) << "\n";

  Status status;
  auto through_shards = Searcher::open(stub, &status);
  auto one = Searcher::open(merged, &status);
  if (!through_shards || !one) {
    std::fprintf(stderr, "remote_shards: cannot open: %s\n", status.to_string().c_str());
    for (Server& s : servers) s.stop();
    return 1;
  }

  // The part holds what --shards 3 put in shard-1, no more, no less.
  {
    auto list = [](const std::string& db) {
      std::vector<std::string> ids;
      auto searcher = Searcher::open(db);
      if (!searcher) return ids;
      SearchRequest r = request("type:article");
      r.limit = 10000;
      r.collapse = false;
      for (const auto& hit : searcher->search(r).hits) ids.push_back(hit.id);
      std::sort(ids.begin(), ids.end());
      return ids;
    };
    const auto in_part = list(part), in_shard = list(stub_shard(sharded, 1));
    if (in_part.empty() || in_part != in_shard)
      fail("newsindex --part 1/3 holds " + std::to_string(in_part.size()) +
           " articles, shard-1 of --shards 3 " + std::to_string(in_shard.size()));
    else
      std::printf("remote_shards: --part 1/3 holds shard-1's %zu articles\n", in_part.size());
  }

  // 3. The same hits, copies, scores, facets and totals.
  const std::vector<std::string> queries = {
      "said", "minister", "government plans", "\"prime minister\"", "headline:blair",
      "person:\"tony blair\"", "music OR film", "economy -growth", "strike date:2024",
      "date:2005", "language:en", "source:\"harbour post\"", "speaker:blair", "quote:market",
      "chelsea OR arsenal", "entity:london", "caption:minister",
      "interest rates", "election"};
  struct Way {
    const char* name;
    Sort sort;
    bool collapse;
    bool quotes;
  };
  const std::vector<Way> ways = {{"relevance", Sort::relevance, true, false},
                                 {"no collapse", Sort::relevance, false, false},
                                 {"newest", Sort::newest, true, false},
                                 {"oldest", Sort::oldest, true, false},
                                 {"quotes", Sort::relevance, true, true},
                                 {"quote carriers", Sort::relevance, false, true}};
  std::size_t searches = 0, hits = 0, estimates_differ = 0;
  for (const std::string& q : queries) {
    for (const Way& way : ways) {
      SearchRequest r = request(q);
      r.sort = way.sort;
      r.collapse = way.collapse;
      if (way.quotes) r.mode = newsarchive::Mode::quotes;
      if (way.sort == Sort::relevance && way.collapse)
        r.facets = {"person", "org", "place", "source", "year"};
      // Timelines, broken down by the field each mode is about.
      if (way.sort == Sort::relevance) {
        r.timeline = way.quotes ? newsarchive::Interval::month : newsarchive::Interval::week;
        r.timeline_by = way.quotes ? "speaker" : "source";
      }
      const SearchResponse a = through_shards->search(r), b = one->search(r);
      ++searches;
      hits += b.hits.size();
      if (std::string diff = compare(a, b); !diff.empty())
        fail(q + " (" + way.name + "): " + diff);
      if (a.estimated_total != b.estimated_total) ++estimates_differ;
      // The totals, counted exactly.
      r.limit = 0;
      r.facets.clear();
      r.timeline = newsarchive::Interval::none;
      r.timeline_by.clear();
      r.count_exactly = true;
      const std::size_t counted = through_shards->search(r).estimated_total;
      const std::size_t expected = one->search(r).estimated_total;
      if (counted != expected)
        fail(q + " (" + way.name + "): " + std::to_string(counted) + " matches against " +
             std::to_string(expected));
    }
  }
  // A wildcard's words are scored as one (Xapian's OP_SYNONYM), with how
  // many documents hold any of them estimated shard by shard: the scores
  // differ a little from one database's, so only the overlap is measured.
  for (const std::string& q : {std::string("mobile phone*"), std::string("econom*")}) {
    const SearchResponse a = through_shards->search(request(q)), b = one->search(request(q));
    std::size_t same = 0;
    for (const auto& hit : a.hits)
      for (const auto& other : b.hits) same += hit.id == other.id ? 1 : 0;
    std::printf("remote_shards: %s: %zu of the top %zu are the merged database's\n", q.c_str(),
                same, b.hits.size());
  }
  std::printf("remote_shards: %zu searches (%zu queries, %zu ways), %zu hits compared with the "
              "merged database; Xapian's estimated totals (not exact counts) differed in %zu\n",
              searches, queries.size(), ways.size(), hits, estimates_differ);

  // newsquery prints the same, facets included.
  const std::string out = (work / "out").string(), err = (work / "err").string();
  auto newsquery_run = [&](const std::string& args) {
    return run(quoted(newsquery) + " " + args + " >" + quoted(out) + " 2>" + quoted(err));
  };
  const std::string cli_args = "--json --limit 50 --facets person,source,year minister";
  newsquery_run("--db " + quoted(merged) + " " + cli_args);
  const std::string merged_json = read_file(out);
  newsquery_run("--db " + quoted(stub) + " " + cli_args);
  auto without_timing = [](const std::string& json) {
    std::istringstream in(json);
    std::string kept, line;
    while (std::getline(in, line))
      if (line.find("\"elapsed_ms\"") == std::string::npos &&
          line.find("\"score\"") == std::string::npos &&
          line.find("\"estimated_total\"") == std::string::npos)
        kept += line + "\n";
    return kept;
  };
  if (without_timing(read_file(out)) != without_timing(merged_json))
    fail("newsquery --json through the stub differs from the merged database");

  newsquery_run("--db " + quoted(merged) + " --count said");
  const std::string merged_count = read_file(out);
  newsquery_run("--db " + quoted(stub) + " --count said");
  if (read_file(out) != merged_count || merged_count.empty())
    fail("newsquery --count said: " + read_file(out) + " through the stub, " + merged_count +
         " merged");

  // 4. One server stops.
  SearcherOptions partial_options;
  partial_options.allow_partial = true;
  auto partial = Searcher::open(stub, &status, partial_options);
  auto survivors = Searcher::open((work / "survivors.stub").string(), &status);
  if (!partial || !survivors) {
    fail("cannot open the stub again: " + status.to_string());
  } else {
    partial->search(request("said"));  // its handle is open before the stop
    servers[1].stop();
    const std::string gone = "127.0.0.1:" + port(1);

    SearchResponse r = through_shards->search(request("said"));
    if (r.status.code() != StatusCode::database_error ||
        r.status.message().find(gone) == std::string::npos)
      fail("a search after the stop: " + r.status.to_string() + " (wanted database_error naming " +
           gone + ")");
    else
      std::printf("remote_shards: without allow_partial: %s\n", r.status.to_string().c_str());
    if (Searcher::open(stub, &status) || status.code() != StatusCode::database_error ||
        status.message().find(gone) == std::string::npos)
      fail("opening after the stop: " + status.to_string());

    r = partial->search(request("said"));
    const SearchResponse expected = survivors->search(request("said"));
    if (!r.status.ok() || !r.partial() || !has(r.unavailable_shards, gone))
      fail("allow_partial: " + r.status.to_string() + ", partial " + (r.partial() ? "yes" : "no"));
    else if (std::string diff = compare(r, expected); !diff.empty())
      fail("allow_partial: the hits are not those of the other two shards: " + diff);
    else
      std::printf("remote_shards: with allow_partial: %zu hits from the other two shards, "
                  "flagged partial (%s)\n",
                  r.hits.size(), r.unavailable_shards.front().c_str());
    auto reopened = Searcher::open(stub, &status, partial_options);
    if (!reopened || !reopened->search(request("said")).partial())
      fail("allow_partial, opened after the stop: " + status.to_string());

    if (const int code = newsquery_run("--db " + quoted(stub) + " said");
        code != 3 || read_file(err).find(gone) == std::string::npos)
      fail("newsquery after the stop: exit " + std::to_string(code) + ", " + read_file(err));
    if (const int code = newsquery_run("--db " + quoted(stub) + " --allow-partial --json said");
        code != 0 || read_file(out).find("\"partial\": true") == std::string::npos ||
        read_file(err).find(gone) == std::string::npos)
      fail("newsquery --allow-partial after the stop: exit " + std::to_string(code) + ", " +
           read_file(err));

    // Back again: searched again once the handle's retry time has passed.
    if (!servers[1].start(servers[1].port)) {
      fail("xapian-tcpsrv did not restart on port " + port(1));
    } else {
      std::this_thread::sleep_for(std::chrono::seconds(6));
      r = partial->search(request("said"));
      if (!r.status.ok() || r.partial() || !compare(r, one->search(request("said"))).empty())
        fail("after the restart the search is still partial or differs");
    }
  }

  for (Server& s : servers) s.stop();
  if (failures == 0) std::printf("remote_shards: PASS\n");
  return failures == 0 ? 0 : 1;
}
