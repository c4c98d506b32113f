// newsarchive's search API, for newsquery and for a web backend.
//
// Sealed: no Xapian, ICU or Boost type appears here, and no exception
// leaves any function declared here; every result carries a Status.
//
// Thread safety: one Searcher may be shared by any number of threads calling
// search() at once. Each call sees the database as last committed: a search
// after a newsindex commit finds the new articles, without a restart.
//
//   newsarchive::Status status;
//   auto searcher = newsarchive::Searcher::open("/data/news.db", &status);
//   if (!searcher) { log(status.to_string()); return; }
//   newsarchive::SearchRequest request;
//   request.query = "speaker:baerbock china date:2024";
//   newsarchive::SearchResponse response = searcher->search(request);
//   if (!response.status.ok()) { ... response.status.message() ... }
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace newsarchive {

enum class StatusCode {
  ok = 0,
  bad_query,          // the query cannot be parsed: see position() and fragment()
  invalid_argument,   // a request field is out of range
  not_found,          // no database at the path given; no article with the id asked for
  schema_mismatch,    // the database was written by another schema version
  database_error,     // the database is unreadable or corrupt
  internal_error,     // a bug or resource exhaustion; the message says what
};

class Status {
 public:
  Status() = default;  // ok
  Status(StatusCode code, std::string message, std::size_t position = npos,
         std::string fragment = {});

  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

  bool ok() const { return code_ == StatusCode::ok; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // For bad_query: the byte offset in the query and the part that is wrong.
  std::size_t position() const { return position_; }
  const std::string& fragment() const { return fragment_; }
  // "bad query: ..." and the like, one line.
  std::string to_string() const;

 private:
  StatusCode code_ = StatusCode::ok;
  std::string message_;
  std::size_t position_ = npos;
  std::string fragment_;
};

// The name of a code, for logs and JSON: "ok", "bad_query", ...
const char* status_code_name(StatusCode code);

// Relevance: the best first, equal scores newest first, then in a fixed order
// given by a hash of the id. Newest and oldest: by date, articles of one day
// in that fixed order. None depends on how the database is sharded or in
// which order articles were indexed.
enum class Sort { relevance, newest, oldest };

// What a search returns: articles, or the direct quotes of articles
// (speaker:, date: and the other filters work alike). In quotes mode, the
// quotes that share a quote key (the same words carried by several articles:
// verbatim, trimmed, re-punctuated or elided with "...") are one hit, which
// tells where the quote first appeared and who carried it (QuoteProvenance).
enum class Mode { articles, quotes };

// The periods of a timeline (SearchRequest::timeline). Weeks run Monday to
// Sunday (ISO 8601).
enum class Interval { none, day, week, month, year };

struct SearchRequest {
  std::string query;             // see QUERY SYNTAX in `newsquery --help`
  // More like this: the id of an article. The hits are the articles most
  // like it (its copies left out), ranked by the words that set it apart;
  // `query`, if not empty, only narrows them (a date range, a source...).
  std::string like;
  Sort sort = Sort::relevance;
  // Recency boost: a hit's score gains recency_weight, halved for every
  // recency_half_life_days of its age, counted back from the newest
  // article in the index. Worth using with relevance order; 0 (the
  // default) is off. The half-life is at most 36,600 days.
  double recency_half_life_days = 0;
  double recency_weight = 2.0;   // a few matched words' worth, at most 1,000
  std::size_t offset = 0;        // hits to skip
  std::size_t limit = 10;        // hits to return, at most 10,000
  bool match_all = true;         // words joined by AND (true) or OR (false)
  Mode mode = Mode::articles;
  std::size_t snippet_length = 200;  // bytes of text around the matches, 20 to 5,000
  // Fold copies of one story (articles in the same cluster: an agency item
  // as several outlets carried it) into one hit, the best-ranked copy, which
  // tells how many it stands for. false lists every copy.
  // In quotes mode a quote key is always one hit; false lists its carriers
  // in the hit (QuoteProvenance::carriers), oldest first.
  bool collapse = true;
  // Facets to count over the whole match (not only the page returned): any
  // field of Searcher::fields() with `facet` set (person, org, place,
  // source, year, subject...), each at most once (or the request is
  // invalid_argument). They count every matching article, copies folded
  // into a hit included.
  std::vector<std::string> facets;
  std::size_t facet_size = 10;   // values per facet, the most frequent first: 1 to 1,000
  // estimated_total is exact, at the cost of visiting every match and
  // reading its cluster (as facets do). Otherwise the matching documents are
  // counted and copies folded by the share of stories in the whole index:
  // exact without copies, never below offset + hits returned.
  bool count_exactly = false;
  // Offer a spelling correction ("did you mean") for words the index does
  // not hold; see SearchResponse::corrected_query.
  bool suggest_spelling = true;
  // Markers put around matched words in snippet and quote texts, e.g.
  // "<mark>" and "</mark>" (the caller escapes the text first if it must).
  // Both empty (the default): texts are left as stored and matches are
  // given as byte offsets only; with markers the offsets are left empty.
  std::string highlight_start;
  std::string highlight_end;
  // Fill Hit::explanation: what each field added to the score.
  bool explain = false;
  // A timeline of the whole match (SearchResponse::timeline): the matching
  // documents (articles, or quotes in quotes mode; copies counted, as facets
  // count them) per day, week, month or year. none: no timeline.
  Interval timeline = Interval::none;
  // With a timeline, a facet field (speaker, person, source... as in
  // `facets`) whose timeline_top most frequent values each period names;
  // "" for none. Each period with matches is then counted once more, so a
  // timeline broken down this way spans at most kMaxTimelineBreakdowns
  // periods with matches (or the request is invalid_argument).
  std::string timeline_by;
  std::size_t timeline_top = 3;  // 1 to 100
};

// The longest timeline: periods from the first dated match to the last.
// A longer one is invalid_argument, whose message suggests a longer
// interval (30 years of days is 10,958 periods; of weeks, 1,566).
inline constexpr std::size_t kMaxTimelinePeriods = 20000;
// Periods with matches a timeline broken down by a field may span.
inline constexpr std::size_t kMaxTimelineBreakdowns = 1000;
// Carriers a quote's provenance reads, the oldest first (see
// QuoteProvenance). A search describes the provenance of its first
// kMaxProvenanceHits hits, and of those only while the carriers of the keys
// described so far number under kMaxCarriersPerSearch (each key's carriers
// are counted, read or not): the hits past either bound have their key
// only (documents 0, complete false).
inline constexpr std::size_t kMaxQuoteCarriers = 1000;
inline constexpr std::size_t kMaxProvenanceHits = 100;
inline constexpr std::size_t kMaxCarriersPerSearch = 50000;

// A matched word inside a snippet: byte offsets into Snippet::text.
struct Highlight {
  std::size_t begin = 0;
  std::size_t end = 0;
};

struct Snippet {
  std::string field;  // "headline", "standfirst", "body", "caption"
  std::string text;   // whole for the headline; an excerpt for the others
  std::vector<Highlight> highlights;
};

// A direct quote with who said it.
struct QuoteMatch {
  std::string id;               // the quote's own id: "<article id>#q<n>"
  std::string text;             // the words inside the quote marks
  std::string speaker;          // canonical name, or the group as written
  std::string speaker_mention;  // as the article wrote it ("she")
  std::string cue;              // "said", "according to"...
  std::string kind;             // "full" or "partial"
  int paragraph = -1;           // body paragraph, from 0
  std::vector<Highlight> highlights;  // matched words, byte offsets into text
  // person, organisation, group, role (the speaker is then whom the role
  // speaks for, or the role) or unknown (no speaker).
  std::string speaker_kind;
};

// A field's part in a hit's score (SearchRequest::explain).
struct FieldScore {
  std::string field;   // "headline", "body", "person"...
  double score = 0;    // the BM25 weight its matching terms added
  // The words that matched, as a user writes them: "sales" matched as
  // written, "sale~" as a stem (any form of it).
  std::vector<std::string> terms;
};

// An article carrying a quote.
struct QuoteCarrier {
  std::string quote_id;   // the quote document: "<article id>#q<n>"
  std::string article;    // the article's id
  std::string date;       // YYYY-MM-DD or ""
  std::string source;
  std::string headline;
  std::string url;
  std::string speaker;    // whom this article says spoke ("" if nobody)
  std::string text;       // the quote as this article gives it
};

struct FacetValue {
  std::string value;       // as displayed: "Antony Blinken", "2024"
  std::size_t count = 0;   // matching documents with that value
};

// Where a quote came from and who carried it: every quote document with its
// key, across the whole archive (not only those the query matched), read
// oldest first. A key with more carriers than were read (kMaxQuoteCarriers,
// kMaxCarriersPerSearch) is described by its oldest, apart from `last` and
// `documents`, and is not `complete`.
struct QuoteProvenance {
  std::string key;            // what quotekey:KEY finds
  QuoteCarrier first;         // the earliest date; then by source, then a fixed hash of the article id
  QuoteCarrier last;          // the latest date
  std::size_t documents = 0;  // quote documents with the key
  bool complete = true;       // every carrier read: the counts below are of all
  std::size_t articles = 0;   // distinct articles carrying it
  std::size_t sources = 0;    // distinct sources carrying it
  // The speakers the carriers give, the most frequent first (carriers that
  // name nobody are left out); the names of one person ("Trump", "Donald
  // Trump") count as one, under the fullest. More than one: they disagree.
  std::vector<FacetValue> speakers;
  bool speakers_disagree() const { return speakers.size() > 1; }
  // SearchRequest::collapse false: every carrier, oldest first.
  std::vector<QuoteCarrier> carriers;
};

struct Hit {
  std::size_t rank = 0;    // 1-based, over the whole result
  double score = 0;
  std::string id;
  std::string url;
  std::string headline;
  std::string date;        // YYYY-MM-DD or ""
  bool date_inferred = false;
  std::string source;
  std::string section;
  std::string language;
  std::vector<std::string> byline;
  std::vector<Snippet> snippets;  // headline first, then the best excerpt
  // Quotes mode: the one quote found. Articles mode: the article's quotes
  // that hold words of the query, at most three.
  std::vector<QuoteMatch> quotes;
  // Quotes mode: where the quote came from and who carried it.
  QuoteProvenance provenance;
  // The story's cluster: documents with the same key are copies of one
  // another ("" if the index has none for this one).
  std::string cluster;
  // With collapsing, how many other matching copies this hit stands for.
  std::size_t copies = 0;
  // With SearchRequest::explain: the fields that matched, highest score
  // first. Scores are each term's weight in this document, times the
  // field's weight where the query weighted it (unfielded words).
  std::vector<FieldScore> explanation;
};

struct Facet {
  std::string field;       // as requested ("org" is reported as "org")
  std::vector<FacetValue> values;  // by count, then value
};

// One period of a timeline.
struct TimelinePeriod {
  std::string label;   // "2024-04-19", "2024-W16", "2024-04", "2024"
  std::string first;   // its first day, YYYY-MM-DD
  std::string last;    // its last day
  std::size_t count = 0;          // matching documents dated in it
  std::vector<FacetValue> top;    // SearchRequest::timeline_by's values, most first
};

struct Timeline {
  Interval interval = Interval::none;
  std::string by;                       // SearchRequest::timeline_by
  // From the period of the first dated match to that of the last, each
  // period in between included (with a count of 0 if nothing matched).
  std::vector<TimelinePeriod> periods;
  std::size_t undated = 0;              // matching documents without a date
};

// The name of an interval ("day", "week"...), and the interval of a name
// (false if it is none of them).
const char* interval_name(Interval interval);
bool parse_interval(const std::string& name, Interval& out);

struct SearchResponse {
  Status status;
  std::string query;             // as given
  Mode mode = Mode::articles;
  std::string understood;        // as parsed: AND(...), fields, stems
  // Matches, copies folded into one when collapsing (see count_exactly).
  std::size_t estimated_total = 0;
  std::size_t offset = 0;
  std::vector<Hit> hits;
  std::vector<Facet> facets;     // in the order requested
  Timeline timeline;             // with SearchRequest::timeline
  // The query with its unknown words replaced by the index's closest
  // spellings, when that query finds more than this one; "" otherwise.
  // The hits are those of the query as given.
  std::string corrected_query;
  // With SearcherOptions::allow_partial: the shards that could not be
  // searched, each "NAME (why)"; the hits, totals and facets are those of
  // the others. Empty when every shard answered.
  std::vector<std::string> unavailable_shards;
  bool partial() const { return !unavailable_shards.empty(); }
  // Matches left out of `hits` because their stored data could not be read
  // (a document damaged, or written by something else): 0 normally.
  std::size_t unreadable_hits = 0;
  double elapsed_ms = 0;
};

// What one query may make a search spend. A query typed by anyone (into a
// web form, say) is read in time linear in its length, with recursion no
// deeper than max_depth, and within these limits is answered in well under
// a second on an archive of thousands of articles. A query over a limit is
// a bad_query whose message names the limit and its value, with the
// position where the query went over it. The defaults leave plenty of room
// for what people type; raise them only for callers you trust.
struct QueryLimits {
  // The query's length in bytes: a longer one is refused before it is read.
  std::size_t max_bytes = 4096;
  // Terms: each word (also each word of a phrase or a word split in two,
  // as "dual-use"), each wildcard and each filter value counts one.
  std::size_t max_terms = 100;
  // Words ending in '*'. Each searches up to max_wildcard_expansion index
  // words in every field it is searched in.
  std::size_t max_wildcards = 10;
  // The index words one wildcard stands for: when more begin with it, the
  // most frequent are searched and the others left out (not an error).
  std::size_t max_wildcard_expansion = 100;
  // Brackets inside brackets: "((a))" is 2 deep, as is "headline:(a (b))".
  // At most kMaxQueryDepth; Searcher::open refuses more (invalid_argument).
  std::size_t max_depth = 32;
};

// The deepest QueryLimits::max_depth may be: at that depth the parser's
// recursion takes under 512 kB of stack, even built with the sanitizers
// (about 200 kB without; threads get 8 MB from glibc).
inline constexpr std::size_t kMaxQueryDepth = 128;

struct SearcherOptions {
  // A file of synonyms: one group a line, entries separated by commas
  // ("UK, United Kingdom, Britain"); '#' starts a comment. A query word or
  // run of words that is an entry also finds the others. "" for none.
  std::string synonyms_file;
  // A shard that cannot be reached (a stub file's remote xapian-tcpsrv that
  // is down) is left out and named in SearchResponse::unavailable_shards,
  // instead of failing the search with database_error. Shards left out are
  // tried again every few seconds.
  bool allow_partial = false;
  // What each query may spend; see QueryLimits.
  QueryLimits limits;
};

// A field a query may name ("headline:word", "source:=value") or a facet
// count, as the schema defines it.
struct FieldInfo {
  std::string name;                  // what users type: "headline", "org"
  std::vector<std::string> aliases;  // other names it takes: "title"
  bool words = false;       // FIELD:word searches its words (else values only)
  bool unfielded = false;   // words without a field search it too
  bool facet = false;       // may be named in SearchRequest::facets
};

// The longest article id Searcher::article takes.
inline constexpr std::size_t kMaxArticleIdBytes = 4096;

class Searcher {
 public:
  // The fields and facets every database of this version knows, in a
  // stable order (the same list newsquery --help and the query parser's
  // errors give). Never fails.
  static std::vector<FieldInfo> fields();

  // Opens the database at `path`: a database, or a stub file listing
  // shards, local or remote (the lines Xapian reads, and "remote tcp HOST
  // PORT"). On failure returns nullptr and sets *status (if given) to
  // not_found, schema_mismatch, database_error (naming a shard that cannot
  // be reached), or invalid_argument for a stub line or synonyms file that
  // cannot be read, or options.limits.max_depth over kMaxQueryDepth.
  static std::unique_ptr<Searcher> open(const std::string& path, Status* status = nullptr,
                                        const SearcherOptions& options = {});
  // Opens several databases (shards, stub files) searched as one.
  static std::unique_ptr<Searcher> open_shards(const std::vector<std::string>& paths,
                                               Status* status = nullptr,
                                               const SearcherOptions& options = {});
  ~Searcher();
  Searcher(const Searcher&) = delete;
  Searcher& operator=(const Searcher&) = delete;

  SearchResponse search(const SearchRequest& request) const;

  // The article whose id is exactly `id` (any bytes, up to kMaxArticleIdBytes),
  // as one JSON document in the format `newsindex --extract` writes
  // (headline, byline, date, body paragraphs, captions, quotes, entities...)
  // without the entities' mentions. Sets *json and returns ok; not_found
  // when no article has the id; invalid_argument for an empty or too long
  // id; database_error when the database cannot be read.
  Status article(const std::string& id, std::string& json) const;

  // Articles in the database, as last committed, in *count; a Status
  // that says why when the database cannot be read.
  Status article_count(std::size_t& count) const;
  // The same, 0 when the database cannot be read.
  std::size_t article_count() const;

 private:
  struct Impl;
  explicit Searcher(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsarchive
