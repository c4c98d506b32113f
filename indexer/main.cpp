// newsindex: option parsing and reporting over the indexer library.
#include <boost/program_options.hpp>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "newsarchive/paths.h"
#include "dedupe/cluster_index.h"
#include "extract/entity_resources.h"
#include "extract/quote_resources.h"
#include "pipeline/indexing.h"
#include "writer/database.h"
#include "writer/writer.h"

namespace po = boost::program_options;
using namespace newsarchive;
using namespace newsarchive::indexer;

namespace {

enum Exit { kOk = 0, kSomeFailed = 1, kUsage = 2, kDatabase = 3 };

constexpr const char* kUsageText =
    "Usage: newsindex [OPTIONS] INPUT...\n"
    "       newsindex --extract INPUT...\n"
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
    "the same input again replaces the article instead of adding a copy.\n"
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

class StderrReporter : public Reporter {
 public:
  explicit StderrReporter(bool quiet) : quiet_(quiet) {}
  void failure(const std::string& input, const std::string& position,
               const std::string& reason) override {
    std::cerr << "newsindex: error: " << input << (position.empty() ? "" : ": " + position)
              << ": " << reason << '\n';
  }
  void warning(const std::string& input, const std::string& message) override {
    if (!quiet_) std::cerr << "newsindex: warning: " << input << ": " << message << '\n';
  }

 private:
  bool quiet_;
};

void print_summary(const Summary& s, bool extract, double seconds) {
  const std::size_t articles = extract ? s.extracted : s.added + s.replaced;
  std::fprintf(stderr, "newsindex: %zu inputs read: ", s.inputs);
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
  std::fprintf(stderr, ", %zu with warnings, %zu failed, %zu files skipped; %.1f s", s.repaired,
               s.failed, s.skipped, seconds);
  if (seconds > 0 && articles > 0)
    std::fprintf(stderr, " (%.0f articles/s)", static_cast<double>(articles) / seconds);
  std::fprintf(stderr, "\n");
  if (s.stopped) std::fprintf(stderr, "newsindex: stopped at the first failure (--strict)\n");
}

}  // namespace

int main(int argc, char** argv) {
  std::string db_path;
  std::vector<std::string> inputs;
  std::size_t batch = 0;
  std::string format;
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
      ("batch", po::value(&batch)->default_value(2000), "articles per commit")
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
  if (inputs.empty()) {
    std::cerr << "newsindex: no input given\nTry 'newsindex --help'.\n";
    return kUsage;
  }

  const bool extract = vm.count("extract") > 0;
  RunOptions options;
  options.strict = vm.count("strict") > 0;
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
  StderrReporter reporter(vm.count("quiet") > 0);
  const InputList list = list_inputs(inputs);
  const auto start = std::chrono::steady_clock::now();

  Summary summary;
  try {
    if (extract) {
      std::ios::sync_with_stdio(false);
      // Copies among the inputs given share a cluster key here too.
      ClusterIndex clusters;
      options.clusters = &clusters;
      summary = extract_inputs(list, std::cout, options, reporter);
      std::cout.flush();
    } else {
      if (db_path.empty()) db_path = default_database_path();
      Writer writer(db_path, batch);
      // Copies are looked for among this run's articles and the database's.
      ClusterIndex clusters(open_for_reading(db_path));
      options.clusters = &clusters;
      summary = index_inputs(list, writer, options, reporter);
      const double seconds =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      print_summary(summary, false, seconds);
      std::fprintf(stderr, "newsindex: %s holds %zu articles\n", db_path.c_str(),
                   writer.article_count());
      return summary.failed > 0 ? kSomeFailed : kOk;
    }
  } catch (const DatabaseError& e) {
    std::cerr << "newsindex: " << e.what() << '\n';
    return kDatabase;
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  print_summary(summary, true, seconds);
  return summary.failed > 0 ? kSomeFailed : kOk;
}
