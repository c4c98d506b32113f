// newsquery: option parsing and printing over the query library.
#include <unistd.h>

#include <boost/program_options.hpp>

#include <cctype>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "newsarchive/paths.h"
#include "newsarchive/render.h"
#include "newsarchive/search.h"

namespace po = boost::program_options;
using namespace newsarchive;

namespace {

enum Exit { kOk = 0, kUsage = 2, kDatabase = 3, kInternal = 4 };

constexpr const char* kUsageText =
    "Usage: newsquery [OPTIONS] QUERY...\n"
    "\n"
    "Searches a newsarchive database and prints the best hits, each with its\n"
    "headline, date, source and a snippet with the matched words marked.\n"
    "\n"
    "Options";

constexpr const char* kSyntaxText =
    "\n"
    "Query syntax:\n"
    "  word               the word in any of headline, standfirst, body, captions,\n"
    "                     byline; other forms of it match too (sales, sale)\n"
    "  \"a phrase\"         the words in this order, within one field; a quoted\n"
    "                     single word matches that exact form only\n"
    "  word*              words beginning with word (the 100 most frequent)\n"
    "  FIELD:word         the word in one field; also FIELD:\"phrase\", FIELD:(a OR b)\n"
    "  FIELD:=value       the whole value exactly: source:=\"Al Jazeera\"\n"
    "  date:2024          a year; date:2024-04, date:2024-04-19, and ranges\n"
    "                     date:2024-04-01..2024-04-30, date:2024.., date:..2024-05\n"
    "  a b                both words (AND; see --any)\n"
    "  a AND b, a OR b    AND binds tighter than OR; use ( ) to group\n"
    "  *                  alone: every article (or quote), e.g. --timeline year '*'\n"
    "  NOT a, -a, +a      exclude a; require a (an argument -word is a query word,\n"
    "                     not an option; after -- every argument is one)\n"
    "\n";

// After the fields and facets (render_field_help).
constexpr const char* kMoreText =
    "\n"
    "Quotes: --quotes lists the direct quotes that match, one per hit: the quote,\n"
    "  its speaker, date and article. An unfielded word matches the quote or the\n"
    "  paragraph around it; quote: matches the quote's words only; speaker:baerbock\n"
    "  any speaker so named, speaker:=\"Annalena Baerbock\" exactly that one.\n"
    "  Example: newsquery --quotes 'speaker:baerbock china date:2024'\n"
    "  One quote carried by several articles (verbatim, trimmed, re-punctuated or\n"
    "  with words elided) is one hit: where it first appeared, how many articles\n"
    "  and sources carried it, when last, and the speakers they gave when they\n"
    "  disagree. --no-collapse lists the carriers; quotekey:KEY finds them.\n"
    "\n"
    "Timelines: --timeline month counts the matches per month (day, week, year);\n"
    "  --timeline-by speaker names the most frequent speakers of each period.\n"
    "  Example: newsquery --quotes --timeline month 'speaker:=\"Antony Blinken\" china'\n"
    "\n"
    "Copies: an agency story that several outlets carried, lightly edited, is\n"
    "  one hit, the best-ranked copy, marked \"+2 more copies\"; --no-collapse\n"
    "  lists each copy. Facets count every copy.\n"
    "\n"
    "Output: on a terminal matched words are bold (unless NO_COLOR is set);\n"
    "otherwise they are marked **like this**. --json prints one JSON document.\n"
    "\n"
    "Exit status:\n"
    "  0  the search ran (whether or not anything matched)\n"
    "  2  usage error or malformed query (the problem is named on stderr)\n"
    "  3  the database is missing, of another schema version or unreadable\n"
    "  4  internal error\n"
    "\n"
    "Defaults: an option not given on the command line is taken from the\n"
    "  environment, NEWSQUERY_ and its name in capitals with _ for -\n"
    "  (NEWSQUERY_LIMIT=20, NEWSQUERY_NO_COLLAPSE=1), else from the configuration\n"
    "  file, one 'name = value' a line (limit = 20, json = true, # comments):\n"
    "  --config FILE, else $NEWSQUERY_CONFIG, else\n"
    "  $XDG_CONFIG_HOME/newsarchive/newsquery.conf (~/.config/newsarchive/...).\n"
    "\n"
    "Environment:\n"
    "  NEWSARCHIVE_DB  the database used when --db is not given\n"
    "  NO_COLOR        when set, no terminal styling\n";

// NEWSQUERY_NO_COLLAPSE -> "no-collapse", when that is an option; "" for
// any other variable, which Program_options then ignores.
std::string option_of_variable(const po::options_description& options,
                               const std::string& variable) {
  static const std::string kPrefix = "NEWSQUERY_";
  if (variable.rfind(kPrefix, 0) != 0 || variable == "NEWSQUERY_CONFIG") return {};
  std::string name = variable.substr(kPrefix.size());
  for (char& c : name)
    c = c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (name == "help" || name == "config") return {};
  return options.find_nothrow(name, false) != nullptr ? name : std::string();
}

// Query words that start with '-' ("-strike": exclude strike). An argument
// starting with one '-' is an option only when it is a short option alone
// (-h, -d, -n), -n with its number (-n5) or -d with a path holding a '/'
// (-d/srv/news, -d./db); left to Program_options, which
// reports an unknown one (-x). A longer one is a query word, unless it is a
// long option written with one dash (-json), taken for a mistake. After
// "--", which Program_options handles, every argument is a query word.
// Returns the first argument as a positional value when it is a query word.
std::vector<po::option> dash_word(const po::options_description& options,
                                  std::vector<std::string>& args) {
  const std::string& arg = args.front();
  if (arg.size() <= 2 || arg[0] != '-' || arg[1] == '-') return {};
  if (arg[1] == 'n' && arg.find_first_not_of("0123456789", 2) == std::string::npos) return {};
  if (arg[1] == 'd' && arg.find('/') != std::string::npos) return {};
  const std::string name = arg.substr(1);
  if (options.find_nothrow(name, false) != nullptr)
    throw po::error("'" + arg + "' is not an option: write --" + name +
                    ", or, to exclude the word " + name + ", put the query after --: "
                    "newsquery -- " + arg);
  po::option word;
  word.value.push_back(arg);
  word.original_tokens.push_back(arg);
  args.erase(args.begin());
  return {word};
}

bool use_ansi(const std::string& color) {
  if (color == "always") return true;
  if (color == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  return isatty(STDOUT_FILENO) && (no_color == nullptr || *no_color == '\0');
}

// Stores the configuration file's values: --config FILE, else
// $NEWSQUERY_CONFIG, else the default path. A file named but unreadable is an
// error; a default file that is missing is not. False, said on stderr, on an
// error.
bool store_config_file(const po::options_description& options, po::variables_map& vm) {
  std::string file = vm.count("config") ? vm["config"].as<std::string>() : std::string();
  const bool named = !file.empty();
  if (const char* v = std::getenv("NEWSQUERY_CONFIG"); !named && v != nullptr && *v != '\0')
    file = v;
  else if (!named)
    file = default_config_path("newsquery");
  if (!file.empty()) {
    std::ifstream in(file);
    if (in) {
      try {
        po::store(po::parse_config_file(in, options), vm);
      } catch (const po::error& e) {
        std::cerr << "newsquery: the configuration file " << file << ": " << e.what() << '\n';
        return false;
      }
    } else if (named || std::getenv("NEWSQUERY_CONFIG") != nullptr) {
      std::cerr << "newsquery: cannot read the configuration file " << file << '\n';
      return false;
    }
  }
  return true;
}

// What the command line (with the environment and the configuration
// file) asks for.
struct Command {
  po::options_description visible{kUsageText};
  SearchRequest request;
  SearcherOptions options;
  std::vector<std::string> db_paths, words;
  std::string sort = "relevance", color = "auto", facets, config, timeline;
  bool help = false, json = false, quotes = false, any = false, no_collapse = false,
       count = false;
};

// Fills `c`: the command line first, then NEWSQUERY_* variables, then the
// configuration file. False, with the reason on stderr, when they cannot be
// read.
bool read_command_line(int argc, char** argv, Command& c) {
  c.visible.add_options()
      ("help,h", "show this help, with the query syntax, and exit")
      ("db,d", po::value(&c.db_paths), "the database, or a stub file of shards; given several "
                                     "times, they are searched as one (default: $NEWSARCHIVE_DB, else "
                                    "$XDG_DATA_HOME/newsarchive/db)")
      ("config", po::value(&c.config), "read defaults from this file (see Defaults below)")
      ("like", po::value(&c.request.like),
       "articles like the one with this id (its copies left out); query words, if any, "
       "only narrow them")
      ("allow-partial", po::bool_switch(&c.options.allow_partial),
       "when a shard cannot be reached, search the others, say which was left out (on "
       "stderr, and \"partial\" in --json), and exit 0")
      ("synonyms", po::value(&c.options.synonyms_file),
       "a file of synonym groups, one a line: UK, United Kingdom, Britain")
      ("json", po::bool_switch(&c.json), "print the result as one JSON document")
      ("explain", po::bool_switch(&c.request.explain),
       "under each hit, the fields that matched and what each added to its score, with the "
       "words (sale~: any form of sale)")
      ("count", po::bool_switch(&c.count),
       "print only the number of matches (stories, copies folded unless --no-collapse; "
       "with --quotes, quotes, each carried one counted once), counted exactly")
      ("quotes", po::bool_switch(&c.quotes),
       "list matching direct quotes, each with its speaker, article and date, instead of "
       "articles")
      ("limit,n", po::value(&c.request.limit)->default_value(10), "hits to show")
      ("offset", po::value(&c.request.offset)->default_value(0), "hits to skip first")
      ("sort", po::value(&c.sort)->default_value("relevance"),
       "relevance, newest (also: date) or oldest")
      ("recent", po::value(&c.request.recency_half_life_days)->value_name("DAYS"),
       "favour newer articles: a hit gains --recent-weight, halved every DAYS of its age "
       "before the newest article")
      ("recent-weight", po::value(&c.request.recency_weight)->default_value(2.0, "2"),
       "the most --recent adds to a score")
      ("any", po::bool_switch(&c.any),
       "match articles with any of the words, not all (OR between words)")
      ("no-collapse", po::bool_switch(&c.no_collapse), "list every copy of a story (as several outlets carried it) instead of "
                      "the best one, marked with the number of copies it stands for; with "
                      "--quotes, list every article that carried each quote, oldest first")
      ("facets", po::value(&c.facets),
       "count the values of these fields over all matches, e.g. person,org,place,source,year")
      ("facet-size", po::value(&c.request.facet_size)->default_value(10),
       "values shown per facet")
      ("timeline", po::value(&c.timeline)->value_name("INTERVAL"),
       "count all matches per day, week, month or year: a bar chart on a terminal, a line "
       "of numbers a period otherwise")
      ("timeline-by", po::value(&c.request.timeline_by)->value_name("FIELD"),
       "name each period's most frequent values of this facet field (speaker, person, "
       "source...)")
      ("timeline-top", po::value(&c.request.timeline_top)->default_value(3),
       "values named per period with --timeline-by")
      ("snippet", po::value(&c.request.snippet_length)->default_value(200),
       "snippet length in bytes")
      ("color", po::value(&c.color)->default_value("auto"), "auto, always or never");
  po::options_description hidden;
  hidden.add_options()("word", po::value(&c.words));
  po::options_description all;
  all.add(c.visible).add(hidden);
  po::positional_options_description positional;
  positional.add("word", -1);

  // Program_options takes time quadratic in the number of arguments; a
  // query split over more than twice as many as its bytes allow is over
  // the limit whatever the options, and is refused before it is parsed.
  if (const std::size_t most = 2 * c.options.limits.max_bytes; static_cast<std::size_t>(argc) > most) {
    std::cerr << "newsquery: bad query: " << argc - 1
              << " arguments, more than a query within the limit of " << c.options.limits.max_bytes
              << " bytes can hold\n";
    return false;
  }

  po::variables_map vm;
  try {
    // The first value stored wins: command line, environment, file.
    po::store(po::command_line_parser(argc, argv)
                  .options(all)
                  .positional(positional)
                  .extra_style_parser([&c](std::vector<std::string>& args) {
                    return dash_word(c.visible, args);
                  })
                  .run(),
              vm);
    po::store(po::parse_environment(c.visible,
                                    [&c](const std::string& variable) {
                                      return option_of_variable(c.visible, variable);
                                    }),
              vm);
    if (!store_config_file(c.visible, vm)) return false;
    po::notify(vm);
  } catch (const po::unknown_option& e) {
    // "-x": a short option mistyped, or a one-letter word to exclude.
    const std::string& name = e.get_option_name();
    std::cerr << "newsquery: " << e.what();
    if (name.size() > 1 && name[0] == '-' && name[1] != '-')
      std::cerr << "; to exclude a word, put the query after --: newsquery -- " << name;
    std::cerr << "\nTry 'newsquery --help'.\n";
    return false;
  } catch (const po::error& e) {
    std::cerr << "newsquery: " << e.what() << "\nTry 'newsquery --help'.\n";
    return false;
  }
  c.help = vm.count("help") > 0;
  return true;
}

// The request the options make; "" when they are valid, else what is wrong.
std::string build_request(Command& c) {
  SearchRequest& request = c.request;
  if (c.sort == "relevance") request.sort = Sort::relevance;
  else if (c.sort == "newest" || c.sort == "date") request.sort = Sort::newest;
  else if (c.sort == "oldest") request.sort = Sort::oldest;
  else return "--sort must be relevance, newest or oldest, not '" + c.sort + "'";
  if (c.color != "auto" && c.color != "always" && c.color != "never")
    return "--color must be auto, always or never, not '" + c.color + "'";
  if (c.words.empty() && request.like.empty()) return "no query given\nTry 'newsquery --help'.";
  for (const auto& w : c.words) request.query += (request.query.empty() ? "" : " ") + w;
  request.match_all = !c.any;
  request.collapse = !c.no_collapse;
  if (c.quotes) request.mode = Mode::quotes;
  if (!c.timeline.empty() && !parse_interval(c.timeline, request.timeline))
    return "--timeline must be day, week, month or year, not '" + c.timeline + "'";
  if (c.count) {
    request.limit = 0;
    request.count_exactly = true;
  }
  for (std::size_t start = 0; start < c.facets.size();) {
    std::size_t comma = c.facets.find(',', start);
    if (comma == std::string::npos) comma = c.facets.size();
    if (comma > start) request.facets.push_back(c.facets.substr(start, comma - start));
    start = comma + 1;
  }
  if (c.db_paths.empty()) c.db_paths.push_back(default_database_path());
  return "";
}

// The exit status for a database that would not open, said on stderr.
int report_open_failure(const Status& status, const std::vector<std::string>& db_paths) {
  std::cerr << "newsquery: " << status.message();
  if (status.code() == StatusCode::not_found)
    std::cerr << "; create it with: newsindex --db "
              << (db_paths.size() == 1 ? db_paths.front() : "PATH") << " FILE...";
  std::cerr << '\n';
  if (status.code() == StatusCode::invalid_argument) return kUsage;  // the synonyms file
  return status.code() == StatusCode::internal_error ? kInternal : kDatabase;
}

// Prints the response as the options ask; its exit status.
int print_response(const Command& c, const SearchResponse& response) {
  if (!response.status.ok()) {
    if (c.json) std::cout << render_json(response);
    std::cerr << "newsquery: " << response.status.to_string() << '\n';
    switch (response.status.code()) {
      case StatusCode::bad_query:
      case StatusCode::invalid_argument: return kUsage;
      case StatusCode::internal_error: return kInternal;
      default: return kDatabase;
    }
  }
  for (const std::string& shard : response.unavailable_shards)
    std::cerr << "newsquery: warning: partial results: shard " << shard << " is unavailable\n";
  if (response.unreadable_hits > 0)
    std::cerr << "newsquery: warning: " << response.unreadable_hits
              << " matches left out: their stored data could not be read\n";
  if (c.count && !c.json) {
    std::cout << response.estimated_total << '\n';
  } else if (c.json) {
    std::cout << render_json(response);
  } else {
    TextStyle style;
    style.ansi = use_ansi(c.color);
    style.bars = c.color == "always" || (c.color == "auto" && isatty(STDOUT_FILENO));
    std::cout << render_text(response, style);
  }
  return kOk;
}

}  // namespace

int main(int argc, char** argv) {
  Command c;
  if (!read_command_line(argc, argv, c)) return kUsage;
  if (c.help) {
    std::cout << c.visible << kSyntaxText << render_field_help(Searcher::fields()) << kMoreText;
    return kOk;
  }
  if (const std::string problem = build_request(c); !problem.empty()) {
    std::cerr << "newsquery: " << problem << '\n';
    return kUsage;
  }
  Status status;
  auto searcher = c.db_paths.size() == 1
                      ? Searcher::open(c.db_paths.front(), &status, c.options)
                      : Searcher::open_shards(c.db_paths, &status, c.options);
  if (!searcher) return report_open_failure(status, c.db_paths);
  return print_response(c, searcher->search(c.request));
}
