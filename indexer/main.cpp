// newsindex: option parsing and reporting over the indexer libraries; what a
// run does (parts, deletion, the write path, copies) is theirs.
#include <boost/program_options.hpp>

#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "newsarchive/paths.h"
#include "newsarchive/schema.h"
#include "writer/cluster_index.h"
#include "extract/entity_resources.h"
#include "extract/quote_resources.h"
#include "pipeline/console_reporter.h"
#include "pipeline/indexing.h"
#include "readers/resource_limits.h"
#include "writer/archive_part.h"
#include "writer/compaction.h"
#include "writer/database.h"
#include "writer/deletion.h"
#include "writer/quote_key_index.h"
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

// --delete: removes the articles with the ids given, with their quotes.
int run_deletion(const std::string& db_path, const std::vector<std::string>& ids) {
  const Deletion d = delete_articles(db_path, ids);
  for (const std::string& id : d.missing)
    std::fprintf(stderr, "newsindex: error: %s: no article with this id in %s\n", id.c_str(),
                 db_path.c_str());
  std::fprintf(stderr, "newsindex: %zu articles deleted, %zu not found; %s holds %zu articles\n",
               d.removed, d.missing.size(), db_path.c_str(), d.articles_left);
  return d.missing.empty() ? kOk : kSomeFailed;
}

void print_compaction(const std::string& db_path, const CompactionResult& r) {
  std::fprintf(stderr, "newsindex: compacted %s (%zu %s) from %.1f MB to %.1f MB\n",
               db_path.c_str(), r.shards, r.shards == 1 ? "shard" : "shards merged",
               static_cast<double>(r.bytes_before) / 1e6, static_cast<double>(r.bytes_after) / 1e6);
}

// What the command line asks for.
struct Command {
  po::options_description visible{kUsageText};
  std::string db_path, format, progress = "auto", report_path, part, write_path = "auto";
  std::vector<std::string> inputs, maps, cue_files, role_files, gazetteers;
  std::size_t batch = 0, shards = 0, threads = 0;
  std::size_t segment = SegmentOptions{}.segment_articles;
  std::size_t merge_factor = SegmentOptions{}.merge_factor;
  std::uint64_t max_input_mb = Limits{}.max_input_bytes >> 20;
  std::uint64_t max_ratio = Limits{}.max_expansion_ratio;
  bool help = false, extract = false, compact = false, remove = false, strict = false,
       force = false, quiet = false;
};

// Fills `c` from the command line; false, with the reason on stderr, for
// options that cannot be read.
bool read_command_line(int argc, char** argv, Command& c) {
  c.visible.add_options()
      ("help,h", "show this help and exit")
      ("db,d", po::value(&c.db_path), "the database to write (default: $NEWSARCHIVE_DB, else "
                                    "$XDG_DATA_HOME/newsarchive/db)")
      ("extract", "write each article's extracted fields as one JSON object per line to "
                  "standard output, without touching a database")
      ("strict", "stop at the first input that fails (exit status 1)")
      ("format", po::value(&c.format),
       ("read every input as this format (" + format_names() +
        ") instead of choosing by extension and content; compressed files, archives and "
        "WARC are still recognised and unpacked").c_str())
      ("map", po::value(&c.maps)->composing(),
       ("KEY=FIELD: in JSON input, read KEY as FIELD (" + mappable_field_names() +
        "); repeatable").c_str())
      ("threads,j", po::value(&c.threads)->default_value(0),
       "worker threads reading and extracting articles (0: one per core)")
      ("shards", po::value(&c.shards)->default_value(0),
       "N: create the database as N shards, chosen by a hash of the article id, opened "
       "together through a stub file in the database directory (default for a new "
       "database: 1; an existing one keeps its shards; --compact merges them into one)")
      ("part", po::value(&c.part),
       "K/N: index only the articles that --shards N would put in shard K (0 to N-1), by a "
       "hash of the id, so that N machines each write one shard of an archive; each reads "
       "every input")
      ("write-path", po::value(&c.write_path)->default_value("auto"),
       "auto, segments or direct: write articles into segments, small databases written "
       "side by side and merged into the database at the end (auto: for a new database, or "
       "a run of at least a twentieth of it), or add them to the database directly, "
       "committing every --batch articles")
      ("segment", po::value(&c.segment)->default_value(c.segment),
       "N: articles a segment, at most (fewer when they are long)")
      ("merge-factor", po::value(&c.merge_factor)->default_value(c.merge_factor),
       "F: staged segments merged F at a time in the background, and F of those into one, "
       "and so on (at least 2)")
      ("batch", po::value(&c.batch)->default_value(kDefaultBatch),
       "on the direct path, articles per commit and shard: an interrupted run redoes at "
       "most this many")
      ("force", "read every input, even those indexed before and unchanged since")
      ("delete", "remove the articles whose ids are given instead of inputs, with their "
                 "quotes")
      ("compact", "merge the database's shards, or compact it, into one compact database "
                  "in its place (after indexing, if inputs are given)")
      ("progress", po::value(&c.progress)->default_value("auto"),
       "auto, bar, lines or none: a progress bar on a terminal, a line every 10 s in a log")
      ("report", po::value(&c.report_path),
       "FILE: write every input that failed, with the position and the reason, as JSON "
       "Lines")
      ("cues", po::value(&c.cue_files)->composing(),
       "FILE: more verbs and phrases that attribute a quote (\"said\", \"according to >\"), "
       "one a line, added to the built-in list; repeatable")
      ("roles", po::value(&c.role_files)->composing(),
       "FILE: more titles and roles written before names (\"Foreign Minister\"), added to "
       "the built-in list; repeatable")
      ("gazetteer", po::value(&c.gazetteers)->composing(),
       "DIR: gazetteer files (places.txt, organizations.txt, ... as in data/gazetteer) "
       "whose entries are added to the built-in lists, or replace one when a file's first "
       "line is \"# replace\"; repeatable")
      ("max-input", po::value(&c.max_input_mb)->default_value(c.max_input_mb),
       "MB: the largest input, archive member or decompressed file read into memory whole, "
       "in MiB; larger ones are reported, not read (JSON Lines and WARC are read a block or "
       "record at a time and are not bound by it as a whole); reading one takes a few times "
       "its size in memory")
      ("max-ratio", po::value(&c.max_ratio)->default_value(c.max_ratio),
       "R: how many times its compressed size a compressed file or archive may expand to "
       "(past its first 16 MiB); beyond that it is reported as a decompression bomb and the "
       "rest is not read")
      ("quiet,q", "print failures and the summary only, not warnings");
  po::options_description hidden;
  hidden.add_options()("input", po::value(&c.inputs));
  po::options_description all;
  all.add(c.visible).add(hidden);
  po::positional_options_description positional;
  positional.add("input", -1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "newsindex: " << e.what() << "\nTry 'newsindex --help'.\n";
    return false;
  }
  c.help = vm.count("help") > 0;
  c.extract = vm.count("extract") > 0;
  c.compact = vm.count("compact") > 0;
  c.remove = vm.count("delete") > 0;
  c.strict = vm.count("strict") > 0;
  c.force = vm.count("force") > 0;
  c.quiet = vm.count("quiet") > 0;
  return true;
}

// Usage errors print one line and exit with kUsage.
int usage_error(const std::string& message) {
  std::cerr << "newsindex: " << message << '\n';
  return kUsage;
}

// The run's options from the command line; "" when they hold, else what is
// wrong. Loads the cue, role and gazetteer files into `quotes` and
// `entities`, which the options point to.
std::string run_options(const Command& c, RunOptions& options, QuoteResources& quotes,
                        EntityResources& entities) {
  if (c.max_input_mb < 1 || c.max_input_mb > (1ull << 24) || c.max_ratio < 1)
    return "--max-input takes a number of MiB from 1, --max-ratio a ratio from 1";
  if (c.segment < 1 || c.merge_factor < 2)
    return "--segment takes a number of articles from 1, --merge-factor a number from 2";
  options.readers.limits.max_input_bytes = c.max_input_mb << 20;
  options.readers.limits.max_expansion_ratio = c.max_ratio;
  options.strict = c.strict;
  options.threads = c.threads;
  options.skip_unchanged = !c.force;
  options.segments.segment_articles = c.segment;
  options.segments.merge_factor = c.merge_factor;
  if (c.write_path == "segments") options.write_path = WritePath::segments;
  else if (c.write_path == "direct") options.write_path = WritePath::direct;
  else if (c.write_path != "auto")
    return "--write-path must be auto, segments or direct, not '" + c.write_path + "'";
  if (!c.format.empty()) {
    options.readers.forced = parse_format(c.format);
    if (!options.readers.forced)
      return "--format must be one of " + format_names() + ", not '" + c.format + "'";
  }
  for (const std::string& m : c.maps)
    if (std::string problem = add_key_mapping(options.readers.jsonl, m); !problem.empty())
      return problem;
  quotes = QuoteResources::defaults();
  for (const std::string& file : c.cue_files)
    if (std::string problem = quotes.load_cues(file); !problem.empty()) return problem;
  for (const std::string& file : c.role_files)
    if (std::string problem = quotes.load_roles(file); !problem.empty()) return problem;
  options.quotes = &quotes;
  if (std::string problem = EntityResources::load(c.gazetteers, entities); !problem.empty())
    return problem;
  options.entities = &entities;
  return "";
}

// Seconds since `start`.
double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// --extract: every article's fields as JSON Lines on standard output.
int run_extract(const InputList& list, RunOptions& options, ConsoleReporter& reporter) {
  const auto start = std::chrono::steady_clock::now();
  std::ios::sync_with_stdio(false);
  // Copies among the inputs given share a cluster key here too.
  ClusterIndex clusters;
  options.clusters = &clusters;
  const Summary summary = extract_inputs(list, std::cout, options, reporter);
  std::cout.flush();
  print_summary(summary, true, seconds_since(start));
  return summary.failed > 0 ? kSomeFailed : kOk;
}

// Indexing into the database (then --compact, if asked). Throws
// DatabaseError.
int run_index(const Command& c, const std::optional<ArchivePart>& part, const InputList& list,
              RunOptions& options, ConsoleReporter& reporter) {
  const auto start = std::chrono::steady_clock::now();
  Summary summary;
  std::size_t articles = 0;
  {
    std::string problem;
    std::unique_ptr<ShardSet> index = open_for_part(c.db_path, c.shards, c.batch, part, problem);
    if (!index) return usage_error(problem);
    // Copies are looked for among this run's articles and the database's.
    ClusterIndex clusters(open_for_reading(c.db_path));
    options.clusters = &clusters;
    // Quotes are matched with this run's and the database's.
    QuoteKeyIndex quote_keys(open_for_reading(c.db_path));
    options.quote_keys = &quote_keys;
    summary = index_inputs(list, *index, options, reporter);
    reporter.finish();
    print_summary(summary, false, seconds_since(start));
    articles = index->article_count();
  }
  if (c.compact) print_compaction(c.db_path, compact_database(c.db_path));
  std::fprintf(stderr, "newsindex: %s holds %zu articles\n", c.db_path.c_str(), articles);
  return summary.failed > 0 ? kSomeFailed : kOk;
}

}  // namespace

int main(int argc, char** argv) {
  Command c;
  if (!read_command_line(argc, argv, c)) return kUsage;
  if (c.help) {
    std::cout << c.visible << kExitText;
    return kOk;
  }
  if (c.inputs.empty() && !c.compact)
    return usage_error("no input given\nTry 'newsindex --help'.");
  if ((c.extract && (c.compact || c.remove)) || (c.compact && c.remove))
    return usage_error("--extract, --delete and --compact do not go together");
  const auto mode = parse_progress_mode(c.progress, ::isatty(STDERR_FILENO) != 0);
  if (!mode)
    return usage_error("--progress must be auto, bar, lines or none, not '" + c.progress + "'");
  std::optional<ArchivePart> part;
  if (!c.part.empty()) {
    part = parse_archive_part(c.part);
    if (!part)
      return usage_error("--part is K/N, shard K (0 to N-1) of N (at most " +
                         std::to_string(kMaxArchiveParts) + "), not '" + c.part + "'");
    if (c.extract || c.remove)
      return usage_error("--part goes with indexing, not --extract or --delete");
  }
  if (c.db_path.empty()) c.db_path = default_database_path();
  try {
    if (c.remove) return run_deletion(c.db_path, c.inputs);
    if (c.inputs.empty()) {
      print_compaction(c.db_path, compact_database(c.db_path));
      return kOk;
    }
  } catch (const DatabaseError& e) {
    std::cerr << "newsindex: " << e.what() << '\n';
    return kDatabase;
  }

  RunOptions options;
  QuoteResources quotes;
  EntityResources entities;
  if (std::string problem = run_options(c, options, quotes, entities); !problem.empty())
    return usage_error(problem);
  if (part) {
    options.part = part->k;
    options.parts = part->n;
  }
  std::unique_ptr<std::ofstream> report;
  if (!c.report_path.empty()) {
    report = std::make_unique<std::ofstream>(c.report_path, std::ios::trunc);
    if (!*report) return usage_error("cannot write the report file " + c.report_path);
  }
  ConsoleReporter reporter(stderr, c.extract ? ProgressMode::none : *mode, c.quiet, report.get());
  const InputList list = list_inputs(c.inputs);
  try {
    if (c.extract) return run_extract(list, options, reporter);
    return run_index(c, part, list, options, reporter);
  } catch (const DatabaseError& e) {
    reporter.finish();
    std::cerr << "newsindex: " << e.what() << '\n';
    return kDatabase;
  }
}
