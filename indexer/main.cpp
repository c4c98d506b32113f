// newsindex: option parsing and reporting over the indexer library.
#include <boost/program_options.hpp>

#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "newsarchive/paths.h"
#include "newsarchive/schema.h"
#include "writer/cluster_index.h"
#include "extract/entity_resources.h"
#include "extract/quote_resources.h"
#include "pipeline/console_reporter.h"
#include "pipeline/indexing.h"
#include "readers/resource_limits.h"
#include "writer/compaction.h"
#include "writer/database.h"
#include "writer/shard_set.h"

namespace po = boost::program_options;
using namespace newsarchive;
using namespace newsarchive::indexer;

namespace {

enum Exit { kOk = 0, kSomeFailed = 1, kUsage = 2, kDatabase = 3 };

// Articles per commit and shard, chosen by measurement (bench/RESULTS.md).
constexpr std::size_t kDefaultBatch = 300;

constexpr const char* kUsageText =
    "Usage: newsindex [OPTIONS] INPUT...\n"
    "       newsindex --extract INPUT...\n"
    "       newsindex --delete ID...\n"
    "       newsindex --compact\n"
    "\n"
    "Reads news articles and indexes them into a Xapian database. An INPUT is a\n"
    "file, a directory (walked recursively; hidden files and README/LICENSE files\n"
    "are skipped) or - for standard input. Plain-text articles (.txt, or no\n"
    "extension): the headline on the first line, paragraphs split by blank lines.\n"
    "JSON Lines (.jsonl, .ndjson, .json; also a JSON array of articles): one\n"
    "article per line, with keys such as title, description, author, published,\n"
    "text (see the README for every alias, and --map for others).\n"
    "\n"
    "Each article's id is the path of its file below the directory given,\n"
    "prefixed with that directory's name (bbc-news/business/001.txt); indexing\n"
    "the same input again replaces the article instead of adding a copy. Files\n"
    "indexed before and unchanged since (same size and modification time) are\n"
    "skipped, so a run that was interrupted, even killed, can simply be run\n"
    "again: it goes on where it stopped, and nothing is lost or indexed twice.\n"
    "\n"
    "Options";

constexpr const char* kExitText =
    "\n"
    "Exit status:\n"
    "  0  every input was indexed (some may have been repaired, with a warning)\n"
    "  1  some inputs failed; they are named on stderr, the others were indexed\n"
    "  2  usage error\n"
    "  3  the database could not be opened or written\n"
    "\n"
    "Environment:\n"
    "  NEWSARCHIVE_DB  the database used when --db is not given\n";

void print_summary(const Summary& s, bool extract, double seconds) {
  const std::size_t articles = extract ? s.extracted : s.added + s.replaced;
  std::fprintf(stderr, "newsindex: %zu inputs read", s.inputs);
  if (s.unchanged > 0)
    std::fprintf(stderr, ", %zu unchanged since indexed (skipped)", s.unchanged);
  std::fprintf(stderr, ": ");
  if (extract)
    std::fprintf(stderr, "%zu articles extracted", s.extracted);
  else
    std::fprintf(stderr, "%zu articles added, %zu replaced", s.added, s.replaced);
  // Which readers they came from, when more than one did.
  if (s.formats.size() > 1) {
    const char* separator = " (";
    for (const auto& [format, count] : s.formats) {
      std::fprintf(stderr, "%s%zu %s", separator, count, format.c_str());
      separator = ", ";
    }
    std::fprintf(stderr, ")");
  }
  if (s.duplicates > 0) std::fprintf(stderr, ", %zu of them copies of another", s.duplicates);
  if (s.other_parts > 0) std::fprintf(stderr, ", %zu left to the other parts", s.other_parts);
  std::fprintf(stderr, ", %zu with warnings, %zu failed, %zu files skipped; %.1f s", s.repaired,
               s.failed, s.skipped, seconds);
  if (seconds > 0 && articles > 0)
    std::fprintf(stderr, " (%.0f articles/s)", static_cast<double>(articles) / seconds);
  std::fprintf(stderr, "\n");
  if (s.stopped) std::fprintf(stderr, "newsindex: stopped at the first failure (--strict)\n");
}

// "K/N" (--part): false unless 0 <= K < N <= 1024.
bool parse_part(const std::string& text, std::size_t& k, std::size_t& n) {
  const auto slash = text.find('/');
  if (slash == std::string::npos) return false;
  const char* begin = text.data();
  const char* end = begin + text.size();
  const auto first = std::from_chars(begin, begin + slash, k);
  const auto second = std::from_chars(begin + slash + 1, end, n);
  return first.ec == std::errc() && first.ptr == begin + slash && second.ec == std::errc() &&
         second.ptr == end && n >= 1 && n <= 1024 && k < n;
}

// Checks that `index` may take part `part` ("K/N", or "" for a whole
// archive) and records it in a new database; "" when it may.
std::string claim_part(ShardSet& index, const std::string& part, bool new_database) {
  const std::string key(schema::kPartKey);
  const std::string stored = index.shard(0).database().get_metadata(key);
  if (!part.empty() && index.size() > 1)
    return "--part writes a database of one shard; " + index.path() + " has " +
           std::to_string(index.size());
  if (new_database) {
    if (!part.empty()) index.shard(0).database().set_metadata(key, part);
    return "";
  }
  if (stored == part) return "";
  if (stored.empty())
    return index.path() + " holds a whole archive, not a part; --part " + part +
           " needs a database of its own";
  return index.path() + " holds part " + stored + " of an archive (newsindex --part); index " +
         "into it with --part " + stored;
}

// --delete: removes the articles with the ids given, with their quotes.
int delete_articles(const std::string& db_path, const std::vector<std::string>& ids) {
  ShardSet index(db_path, 0, ids.size() + 1);
  std::size_t removed = 0, missing = 0;
  for (const std::string& id : ids) {
    if (index.remove(id)) {
      ++removed;
    } else {
      std::fprintf(stderr, "newsindex: error: %s: no article with this id in %s\n", id.c_str(),
                   db_path.c_str());
      ++missing;
    }
  }
  for (std::size_t s = 0; s < index.size(); ++s) index.shard(s).finish();
  std::fprintf(stderr, "newsindex: %zu articles deleted, %zu not found; %s holds %zu articles\n",
               removed, missing, db_path.c_str(), index.article_count());
  return missing > 0 ? kSomeFailed : kOk;
}

void print_compaction(const std::string& db_path, const CompactionResult& r) {
  std::fprintf(stderr, "newsindex: compacted %s (%zu %s) from %.1f MB to %.1f MB\n",
               db_path.c_str(), r.shards, r.shards == 1 ? "shard" : "shards merged",
               static_cast<double>(r.bytes_before) / 1e6, static_cast<double>(r.bytes_after) / 1e6);
}

}  // namespace

int main(int argc, char** argv) {
  std::string db_path, format, progress = "auto", report_path, part, write_path = "auto";
  std::vector<std::string> inputs;
  std::size_t batch = 0, shards = 0, threads = 0;
  const SegmentOptions default_segments;
  std::size_t segment = default_segments.segment_articles;
  std::size_t merge_factor = default_segments.merge_factor;
  const Limits default_limits;
  std::uint64_t max_input_mb = default_limits.max_input_bytes >> 20;
  std::uint64_t max_ratio = default_limits.max_expansion_ratio;
  std::vector<std::string> maps, cue_files, role_files, gazetteers;
  po::options_description visible(kUsageText);
  visible.add_options()
      ("help,h", "show this help and exit")
      ("db,d", po::value(&db_path), "the database to write (default: $NEWSARCHIVE_DB, else "
                                    "$XDG_DATA_HOME/newsarchive/db)")
      ("extract", "write each article's extracted fields as one JSON object per line to "
                  "standard output, without touching a database")
      ("strict", "stop at the first input that fails (exit status 1)")
      ("format", po::value(&format),
       ("read every input as this format (" + format_names() +
        ") instead of choosing by extension and content; compressed files, archives and "
        "WARC are still recognised and unpacked").c_str())
      ("map", po::value(&maps)->composing(),
       "KEY=FIELD: in JSON input, read KEY as FIELD (headline, standfirst, byline, date, "
       "body, url, id, source, section, language, dateline, captions, subjects); repeatable")
      ("threads,j", po::value(&threads)->default_value(0),
       "worker threads reading and extracting articles (0: one per core)")
      ("shards", po::value(&shards)->default_value(0),
       "N: create the database as N shards, chosen by a hash of the article id, opened "
       "together through a stub file in the database directory (default for a new "
       "database: 1; an existing one keeps its shards; --compact merges them into one)")
      ("part", po::value(&part),
       "K/N: index only the articles that --shards N would put in shard K (0 to N-1), by a "
       "hash of the id, so that N machines each write one shard of an archive; each reads "
       "every input")
      ("write-path", po::value(&write_path)->default_value("auto"),
       "auto, segments or direct: write articles into segments, small databases written "
       "side by side and merged into the database at the end (auto: for a new database, or "
       "a run of at least a twentieth of it), or add them to the database directly, "
       "committing every --batch articles")
      ("segment", po::value(&segment)->default_value(segment),
       "N: articles a segment, at most (fewer when they are long)")
      ("merge-factor", po::value(&merge_factor)->default_value(merge_factor),
       "F: staged segments merged F at a time in the background, and F of those into one, "
       "and so on (at least 2)")
      ("batch", po::value(&batch)->default_value(kDefaultBatch),
       "on the direct path, articles per commit and shard: an interrupted run redoes at "
       "most this many")
      ("force", "read every input, even those indexed before and unchanged since")
      ("delete", "remove the articles whose ids are given instead of inputs, with their "
                 "quotes")
      ("compact", "merge the database's shards, or compact it, into one compact database "
                  "in its place (after indexing, if inputs are given)")
      ("progress", po::value(&progress)->default_value("auto"),
       "auto, bar, lines or none: a progress bar on a terminal, a line every 10 s in a log")
      ("report", po::value(&report_path),
       "FILE: write every input that failed, with the position and the reason, as JSON "
       "Lines")
      ("cues", po::value(&cue_files)->composing(),
       "FILE: more verbs and phrases that attribute a quote (\"said\", \"according to >\"), "
       "one a line, added to the built-in list; repeatable")
      ("roles", po::value(&role_files)->composing(),
       "FILE: more titles and roles written before names (\"Foreign Minister\"), added to "
       "the built-in list; repeatable")
      ("gazetteer", po::value(&gazetteers)->composing(),
       "DIR: gazetteer files (places.txt, organizations.txt, ... as in data/gazetteer) "
       "whose entries are added to the built-in lists, or replace one when a file's first "
       "line is \"# replace\"; repeatable")
      ("max-input", po::value(&max_input_mb)->default_value(max_input_mb),
       "MB: the largest input, archive member or decompressed file read into memory whole, "
       "in MiB; larger ones are reported, not read (JSON Lines and WARC are read a block or "
       "record at a time and are not bound by it as a whole); reading one takes a few times "
       "its size in memory")
      ("max-ratio", po::value(&max_ratio)->default_value(max_ratio),
       "R: how many times its compressed size a compressed file or archive may expand to "
       "(past its first 16 MiB); beyond that it is reported as a decompression bomb and the "
       "rest is not read")
      ("quiet,q", "print failures and the summary only, not warnings");
  po::options_description hidden;
  hidden.add_options()("input", po::value(&inputs));
  po::options_description all;
  all.add(visible).add(hidden);
  po::positional_options_description positional;
  positional.add("input", -1);

  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "newsindex: " << e.what() << "\nTry 'newsindex --help'.\n";
    return kUsage;
  }
  if (vm.count("help")) {
    std::cout << visible << kExitText;
    return kOk;
  }
  const bool extract = vm.count("extract") > 0, compact = vm.count("compact") > 0,
             remove = vm.count("delete") > 0;
  if (inputs.empty() && !compact) {
    std::cerr << "newsindex: no input given\nTry 'newsindex --help'.\n";
    return kUsage;
  }
  if ((extract && (compact || remove)) || (compact && remove)) {
    std::cerr << "newsindex: --extract, --delete and --compact do not go together\n";
    return kUsage;
  }
  const auto mode = parse_progress_mode(progress, ::isatty(STDERR_FILENO) != 0);
  if (!mode) {
    std::cerr << "newsindex: --progress must be auto, bar, lines or none, not '" << progress
              << "'\n";
    return kUsage;
  }
  std::size_t part_k = 0, part_n = 1;
  if (!part.empty()) {
    if (!parse_part(part, part_k, part_n)) {
      std::cerr << "newsindex: --part is K/N, shard K (0 to N-1) of N (at most 1024), not '"
                << part << "'\n";
      return kUsage;
    }
    part = std::to_string(part_k) + "/" + std::to_string(part_n);
    if (extract || remove) {
      std::cerr << "newsindex: --part goes with indexing, not --extract or --delete\n";
      return kUsage;
    }
  }
  if (db_path.empty()) db_path = default_database_path();
  WritePath path_choice = WritePath::automatic;
  if (write_path == "segments") {
    path_choice = WritePath::segments;
  } else if (write_path == "direct") {
    path_choice = WritePath::direct;
  } else if (write_path != "auto") {
    std::cerr << "newsindex: --write-path must be auto, segments or direct, not '" << write_path
              << "'\n";
    return kUsage;
  }
  // Commits follow --batch, not Xapian's own count of changed documents.
  ::setenv("XAPIAN_FLUSH_THRESHOLD", "10000000", 0);

  try {
    if (remove) return delete_articles(db_path, inputs);
    if (inputs.empty()) {
      print_compaction(db_path, compact_database(db_path));
      return kOk;
    }
  } catch (const DatabaseError& e) {
    std::cerr << "newsindex: " << e.what() << '\n';
    return kDatabase;
  }

  if (max_input_mb < 1 || max_input_mb > (1ull << 24) || max_ratio < 1) {
    std::cerr << "newsindex: --max-input takes a number of MiB from 1, --max-ratio a ratio "
                 "from 1\n";
    return kUsage;
  }
  RunOptions options;
  options.readers.limits.max_input_bytes = max_input_mb << 20;
  options.readers.limits.max_expansion_ratio = max_ratio;
  options.strict = vm.count("strict") > 0;
  options.threads = threads;
  options.part = part_k;
  options.parts = part_n;
  options.skip_unchanged = vm.count("force") == 0;
  options.write_path = path_choice;
  if (segment < 1 || merge_factor < 2) {
    std::cerr << "newsindex: --segment takes a number of articles from 1, --merge-factor a "
                 "number from 2\n";
    return kUsage;
  }
  options.segments.segment_articles = segment;
  options.segments.merge_factor = merge_factor;
  // As many segment writers as cores: extraction and writing share them.
  options.segments.writers = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 8);
  if (!format.empty()) {
    options.readers.forced = parse_format(format);
    if (!options.readers.forced) {
      std::cerr << "newsindex: --format must be one of " << format_names() << ", not '"
                << format << "'\n";
      return kUsage;
    }
  }
  for (const std::string& m : maps) {
    const auto eq = m.find('=');
    const std::string field = eq == std::string::npos ? "" : m.substr(eq + 1);
    if (eq == 0 || eq == std::string::npos || !is_mappable_field(field)) {
      std::cerr << "newsindex: --map takes KEY=FIELD with a field such as headline or body, "
                   "not '" << m << "'\n";
      return kUsage;
    }
    std::string key = m.substr(0, eq);
    for (char& c : key)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    options.readers.jsonl.key_map[key] = field;
  }
  QuoteResources quotes = QuoteResources::defaults();
  for (const std::string& file : cue_files)
    if (std::string problem = quotes.load_cues(file); !problem.empty()) {
      std::cerr << "newsindex: " << problem << '\n';
      return kUsage;
    }
  for (const std::string& file : role_files)
    if (std::string problem = quotes.load_roles(file); !problem.empty()) {
      std::cerr << "newsindex: " << problem << '\n';
      return kUsage;
    }
  options.quotes = &quotes;
  EntityResources entities;
  if (std::string problem = EntityResources::load(gazetteers, entities); !problem.empty()) {
    std::cerr << "newsindex: " << problem << '\n';
    return kUsage;
  }
  options.entities = &entities;
  std::unique_ptr<std::ofstream> report;
  if (!report_path.empty()) {
    report = std::make_unique<std::ofstream>(report_path, std::ios::trunc);
    if (!*report) {
      std::cerr << "newsindex: cannot write the report file " << report_path << '\n';
      return kUsage;
    }
  }
  ConsoleReporter reporter(stderr, extract ? ProgressMode::none : *mode, vm.count("quiet") > 0,
                           report.get());
  const InputList list = list_inputs(inputs);
  const auto start = std::chrono::steady_clock::now();
  auto elapsed = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };

  Summary summary;
  try {
    if (extract) {
      std::ios::sync_with_stdio(false);
      // Copies among the inputs given share a cluster key here too.
      ClusterIndex clusters;
      options.clusters = &clusters;
      summary = extract_inputs(list, std::cout, options, reporter);
      std::cout.flush();
      print_summary(summary, true, elapsed());
      return summary.failed > 0 ? kSomeFailed : kOk;
    }
    std::size_t articles = 0;
    {
      // A new database is one shard: segments are written in parallel
      // without shards, and a search reads one database fastest. A part
      // (--part) is one shard too.
      const bool new_database = shard_paths(db_path).empty();
      ShardSet index(db_path, shards, batch);
      if (std::string problem = claim_part(index, part, new_database); !problem.empty()) {
        std::cerr << "newsindex: " << problem << '\n';
        return kUsage;
      }
      // Copies are looked for among this run's articles and the database's.
      ClusterIndex clusters(open_for_reading(db_path));
      options.clusters = &clusters;
      summary = index_inputs(list, index, options, reporter);
      reporter.finish();
      print_summary(summary, false, elapsed());
      articles = index.article_count();
    }
    if (compact) print_compaction(db_path, compact_database(db_path));
    std::fprintf(stderr, "newsindex: %s holds %zu articles\n", db_path.c_str(), articles);
  } catch (const DatabaseError& e) {
    reporter.finish();
    std::cerr << "newsindex: " << e.what() << '\n';
    return kDatabase;
  }
  return summary.failed > 0 ? kSomeFailed : kOk;
}
