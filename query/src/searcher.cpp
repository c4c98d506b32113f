#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <exception>
#include <map>
#include <memory>
#include <optional>

#include "database_pool.h"
#include "estimate.h"
#include "newsarchive/article.h"
#include "newsarchive/article_json.h"
#include "newsarchive/schema.h"
#include "newsarchive/search.h"
#include "newsarchive/utf8.h"
#include "provenance.h"
#include "query_parser.h"
#include "recency.h"
#include "shown_fields.h"
#include "whole_match.h"
#include "snippet.h"
#include "timeline.h"
#include "synonyms.h"

namespace newsarchive {

namespace {

// The Status for the exception being handled, so that none crosses the API:
// Xapian's errors are the database's, the rest internal.
Status current_exception_status() {
  try {
    throw;
  } catch (const Xapian::Error& e) {
    return Status(StatusCode::database_error, e.get_description());
  } catch (const std::exception& e) {
    return Status(StatusCode::internal_error, e.what());
  } catch (...) {
    return Status(StatusCode::internal_error, "unknown error");
  }
}

constexpr std::size_t kMaxLimit = 10000;
// Edits (letters added, dropped, changed or swapped) a spelling correction
// may make to one word.
constexpr unsigned kMaxSpellingEdits = 2;
// Words taken from an article to find others like it.
constexpr Xapian::termcount kLikeTerms = 25;
// ... none of which is in more than one document in kLikeMaxShare.
constexpr Xapian::doccount kLikeMaxShare = 10;
// Matches counted to compare a corrected query with the one given.
constexpr Xapian::doccount kSpellingCheck = 100;
constexpr std::size_t kMinSnippet = 20;
constexpr std::size_t kMaxSnippet = 5000;
constexpr std::size_t kMaxQuotesPerArticle = 3;
constexpr std::size_t kMaxFacetSize = 1000;
constexpr std::size_t kMaxTimelineTop = 100;
constexpr double kMaxRecencyWeight = 1000;

// Sets each hit's count of the other matching copies in its cluster (of
// quotes with its quote key, in quotes mode: `keys` are those of the hits).
// MSetIterator::get_collapse_count() is only a lower bound (the matcher
// skips documents that cannot make the page without checking whether they
// collapse), so the copies are counted exactly, over the few clusters
// shown that have more than one document at all.
//
// `collapsed` holds, for each hit, the copies the match folded into it
// (that lower bound): when it already makes up the whole cluster but the
// hit, the count is exact without matching again.
void count_copies(const Xapian::Database& db, const Xapian::Query& query, bool quotes,
                  std::vector<Hit>& hits, const std::vector<Xapian::doccount>& collapsed) {
  const schema::Field& cluster =
      schema::field(quotes ? schema::FieldId::quotekey : schema::FieldId::cluster);
  auto key_of = [quotes](const Hit& h) -> const std::string& {
    return quotes ? h.provenance.key : h.cluster;
  };
  std::vector<std::string> terms;
  Xapian::doccount documents = 0;
  for (std::size_t i = 0; i < hits.size(); ++i) {
    Hit& h = hits[i];
    if (key_of(h).empty()) continue;
    std::string term = schema::filter_term(cluster, key_of(h));
    // A quote key's term is on its articles too: a described quote knows
    // its carriers exactly.
    const Xapian::doccount n = quotes && h.provenance.documents > 0
                                   ? static_cast<Xapian::doccount>(h.provenance.documents)
                                   : db.get_termfreq(term);
    if (n >= 2 && collapsed[i] + 1 >= n) {
      h.copies = n - 1;  // every other document of the cluster matched
      continue;
    }
    if (n < 2 || std::find(terms.begin(), terms.end(), term) != terms.end()) continue;
    terms.push_back(std::move(term));
    documents += n;
  }
  if (terms.empty()) return;
  // Only membership counts here: no weights to compute, in any order.
  Xapian::Enquire enquire = query::counting_enquire(
      db, Xapian::Query(Xapian::Query::OP_FILTER, query,
                        Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end())));
  Xapian::ValueCountMatchSpy spy(static_cast<Xapian::valueno>(cluster.value_slot));
  enquire.add_matchspy(&spy);
  enquire.get_mset(0, 0, documents);
  std::map<std::string, std::size_t> counts;
  for (auto v = spy.values_begin(); v != spy.values_end(); ++v) counts[*v] = v.get_termfreq();
  for (Hit& h : hits)
    if (auto it = counts.find(key_of(h)); it != counts.end() && it->second > 1)
      h.copies = it->second - 1;
}

// "Did you mean": the query with each unfielded word that no article holds
// replaced by the closest spelling in the index (Xapian's spelling table,
// which newsindex fills with the words of at least two articles); "" when
// no word needs it.
std::string corrected_spelling(const Xapian::Database& db, const std::string& query,
                               const std::vector<query::QueryWord>& words) {
  std::string out;
  std::size_t at = 0;
  for (const query::QueryWord& w : words) {
    if (w.position < at || db.term_exists(w.term)) continue;
    const std::string suggestion = db.get_spelling_suggestion(w.term, kMaxSpellingEdits);
    if (suggestion.empty() || suggestion == w.term) continue;
    out.append(query, at, w.position - at);
    out += suggestion;
    at = w.position + w.length;
  }
  if (at == 0) return {};
  out.append(query, at);
  return out;
}

// More like this: the body words that best tell an article from the rest of
// the index (Xapian's expand set over the article alone), OR'd; and what to
// leave out (the article and its copies). An empty query when no article
// has the id.
struct LikeQuery {
  Xapian::Query query;
  Xapian::Query exclude;
  std::vector<std::string> words;  // the stems chosen, for highlighting
};

// The words worth looking for: body stems ("Z" then no capital: other
// fields' stems have their prefix after the Z) of at least three bytes, not
// numbers, found in other documents but not in a large part of the index,
// where they tell little (such words as "we" and "what", in any language).
class TellingStems : public Xapian::ExpandDecider {
 public:
  explicit TellingStems(const Xapian::Database& db)
      : db_(db), most_(std::max<Xapian::doccount>(2, db.get_doccount() / kLikeMaxShare)) {}
  bool operator()(const std::string& term) const override {
    if (term.size() < 4 || term[0] != 'Z' || (term[1] >= 'A' && term[1] <= 'Z')) return false;
    if (term.find_first_not_of("0123456789", 1) == std::string::npos) return false;
    const Xapian::doccount n = db_.get_termfreq(term);
    return n >= 2 && n <= most_;
  }

 private:
  const Xapian::Database& db_;
  Xapian::doccount most_;
};

LikeQuery more_like(const Xapian::Database& db, const std::string& id) {
  LikeQuery out;
  const std::string id_term = schema::filter_term(schema::field(schema::FieldId::id), id);
  const auto article = db.postlist_begin(id_term);
  if (article == db.postlist_end(id_term)) return out;
  Xapian::RSet rset;
  rset.add_document(*article);
  Xapian::Enquire enquire(db);
  const TellingStems telling(db);
  const Xapian::ESet eset = enquire.get_eset(kLikeTerms, rset, &telling);
  std::vector<Xapian::Query> terms;
  for (auto t = eset.begin(); t != eset.end(); ++t) {
    terms.emplace_back(*t);
    out.words.push_back((*t).substr(1));
  }
  if (terms.empty()) return out;
  out.query = Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
  std::vector<Xapian::Query> self = {Xapian::Query(id_term)};
  const std::string cluster = db.get_document(*article).get_value(
      static_cast<Xapian::valueno>(schema::field(schema::FieldId::cluster).value_slot));
  if (!cluster.empty())
    self.emplace_back(schema::filter_term(schema::field(schema::FieldId::cluster), cluster));
  out.exclude = Xapian::Query(Xapian::Query::OP_OR, self.begin(), self.end());
  return out;
}

// The schema field whose terms `term` is one of: the prefix is the run of
// capitals after the stem marker Z, if any; the body has none.
const schema::Field* field_of_term(const std::string& term) {
  std::size_t i = 0;
  if (term.size() > 1 && term[0] == schema::kStemPrefix[0]) i = 1;
  std::size_t end = i;
  while (end < term.size() && term[end] >= 'A' && term[end] <= 'Z') ++end;
  const std::string_view prefix(term.data() + i, end - i);
  for (const schema::Field& f : schema::fields())
    if (f.has(schema::kText) && f.text_prefix == prefix) return &f;
  return nullptr;
}

// Explains a hit: each query term that matches the document, weighed alone
// in it (filtered to the document by its id term, so with the collection's
// statistics, as in the whole query), summed by field. A field the query
// did not name was searched by unfielded words, which the field's weight
// scales.
std::vector<FieldScore> explain(const Xapian::Database& db, const Xapian::Enquire& enquire,
                                Xapian::docid docid, const std::string& id_term,
                                const std::vector<std::string>& named_fields) {
  std::map<std::string, FieldScore> by_field;
  for (auto t = enquire.get_matching_terms_begin(docid);
       t != enquire.get_matching_terms_end(docid); ++t) {
    const std::string term = *t;
    const schema::Field* f = field_of_term(term);
    if (f == nullptr) continue;  // a filter term: it adds no weight
    Xapian::Enquire one(db);
    one.set_query(
        Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(term), Xapian::Query(id_term)));
    const Xapian::MSet m = one.get_mset(0, 1);
    if (m.empty()) continue;
    const std::string name(f->name);
    const bool named =
        std::find(named_fields.begin(), named_fields.end(), name) != named_fields.end();
    FieldScore& s = by_field[name];
    s.field = name;
    s.score += m.begin().get_weight() * (named ? 1.0 : f->weight);
    // The word as users type it: "sale~" for the stem Zsale, "sales" for
    // the word itself (FieldScore::terms).
    const bool stem = term.size() > 1 && term[0] == schema::kStemPrefix[0] &&
                      term.compare(1, f->text_prefix.size(), f->text_prefix) == 0;
    const std::size_t cut = (stem ? 1 : 0) + f->text_prefix.size();
    s.terms.push_back(term.substr(cut) + (stem ? "~" : ""));
  }
  std::vector<FieldScore> out;
  for (auto& [name, s] : by_field) out.push_back(std::move(s));
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& a, const auto& b) { return a.score > b.score; });
  return out;
}

// Puts markers around each highlight of `text` and clears the offsets.
void mark(std::string& text, std::vector<Highlight>& highlights, const std::string& start,
          const std::string& end) {
  std::string out;
  std::size_t at = 0;
  for (const Highlight& h : highlights) {
    if (h.begin < at || h.end > text.size() || h.begin > h.end) continue;
    out.append(text, at, h.begin - at);
    out += start;
    out.append(text, h.begin, h.end - h.begin);
    out += end;
    at = h.end;
  }
  out.append(text, at, std::string::npos);
  text = std::move(out);
  highlights.clear();
}

// Checks the facet names of a request; "" when they are all known, and
// each asked for once (each is a pass over the whole match: a request
// naming one a thousand times took seconds and hundreds of megabytes).
std::string unknown_facet(const std::vector<std::string>& names) {
  std::vector<const schema::Field*> seen;
  for (const std::string& name : names) {
    const schema::Field* f = schema::find_field(name);
    if (f == nullptr || !f->has(schema::kFacet)) {
      std::string known;
      for (const std::string& n : schema::facet_names()) known += (known.empty() ? "" : ", ") + n;
      return "unknown facet '" + name + "'; facets are " + known;
    }
    if (std::find(seen.begin(), seen.end(), f) != seen.end())
      return "the facet '" + name + "' is asked for twice; ask for each once";
    seen.push_back(f);
  }
  return "";
}

// What is wrong with a request's timeline fields; "" if nothing.
std::string timeline_problem(const SearchRequest& request) {
  if (request.timeline_by.empty()) return "";
  if (request.timeline == Interval::none) return "timeline_by needs a timeline interval";
  if (request.timeline_top == 0 || request.timeline_top > kMaxTimelineTop)
    return "timeline_top must be between 1 and " + std::to_string(kMaxTimelineTop);
  return unknown_facet({request.timeline_by});
}

QuoteMatch quote_match(const std::string& id, const Quote& q,
                       std::vector<Highlight> highlights) {
  return QuoteMatch{id,          q.text,     q.speaker,
                    q.speaker_mention, q.cue, q.kind,
                    q.paragraph, std::move(highlights), q.speaker_kind};
}

Hit make_hit(const Xapian::MSetIterator& m, const Article& a, const query::ParsedQuery& parsed,
             query::SnippetMaker& maker, std::size_t snippet_length, Mode mode) {
  Hit hit;
  hit.rank = m.get_rank() + 1;
  hit.score = m.get_weight();
  hit.id = a.id;
  hit.url = a.url;
  hit.headline = a.headline;
  hit.date = a.date;
  hit.date_inferred = a.date_inferred;
  hit.source = a.source;
  hit.section = a.section;
  hit.language = a.language;
  hit.byline = a.byline;

  hit.snippets.push_back(maker.whole("headline", a.headline, a.language));

  if (mode == Mode::quotes) {
    // A quote document: its Article holds the one quote and the paragraph
    // around it.
    hit.id = query::article_of_quote(a.id);
    if (!a.quotes.empty()) {
      const Quote& q = a.quotes.front();
      hit.quotes.push_back(
          quote_match(a.id, q, maker.whole("quote", q.text, a.language).highlights));
    }
    return hit;
  }
  for (std::size_t i = 0; i < a.quotes.size() && hit.quotes.size() < kMaxQuotesPerArticle;
       ++i) {
    if (!is_searchable_quote(a.quotes[i])) continue;
    Snippet s = maker.whole("quote", a.quotes[i].text, a.language);
    if (!s.highlights.empty())
      hit.quotes.push_back(quote_match(a.id + "#q" + std::to_string(i + 1), a.quotes[i],
                                       std::move(s.highlights)));
  }

  // The excerpt from whichever text field shows the most query words. Ties
  // go to a field the query names, then to the body, where readers expect
  // an excerpt to come from. A caption is shown with its credit.
  std::vector<std::string> captions, quotes;
  for (const Caption& c : a.captions)
    captions.push_back(c.credit.empty() ? c.text : c.text + " [" + c.credit + "]");
  for (const Quote& q : a.quotes) quotes.push_back(q.text);
  const std::vector<std::string> standfirst = {a.standfirst};
  std::vector<std::pair<std::string, const std::vector<std::string>*>> candidates = {
      {"body", &a.body}, {"standfirst", &standfirst}, {"caption", &captions}, {"quote", &quotes}};
  auto named = [&parsed](const std::string& field) {
    const auto& f = parsed.fields;
    return std::find(f.begin(), f.end(), field) != f.end() ||
           (field == "caption" && std::find(f.begin(), f.end(), "credit") != f.end());
  };
  std::stable_partition(candidates.begin(), candidates.end(),
                        [&](const auto& c) { return named(c.first); });
  Snippet best;
  std::size_t best_score = 0;
  for (const auto& [field, paragraphs] : candidates) {
    Snippet s;
    const std::size_t score = maker.excerpt(field, *paragraphs, a.language, snippet_length, s);
    if (score > best_score) {
      best_score = score;
      best = std::move(s);
    }
  }
  if (best_score == 0) {
    if (!a.standfirst.empty())
      best = query::SnippetMaker::lead("standfirst", a.standfirst, snippet_length);
    else if (!a.body.empty())
      best = query::SnippetMaker::lead("body", a.body.front(), snippet_length);
  }
  if (!best.text.empty()) hit.snippets.push_back(std::move(best));
  return hit;
}

}  // namespace

struct Searcher::Impl {
  Impl(std::vector<std::string> paths, const SearcherOptions& options)
      : pool(std::move(paths), options.allow_partial), limits(options.limits) {}
  mutable query::DatabasePool pool;
  query::Synonyms synonyms;  // read once at open; read-only after
  QueryLimits limits;

  SearchResponse run(const SearchRequest& request, query::Handle& handle) const;
};

using query::Handle;

namespace {

// The documents a search looks at: the query's (articles or quotes), or,
// for more like an article, those like it that the query (if any)
// narrows. False, with the response's status set, when there is nothing
// to search for.
bool build_query(const SearchRequest& request, const query::QueryParser& parser,
                 Handle& handle, const Xapian::Query& of_type, query::ParsedQuery& parsed,
                 Xapian::Query& q, SearchResponse& response) {
  const bool like = !request.like.empty();
  if (!like || request.query.find_first_not_of(" \t\r\n") != std::string::npos) {
    parsed = parser.parse(request.query);
    if (!parsed.ok) {
      response.status = Status(StatusCode::bad_query, parsed.error.message,
                               parsed.error.position, parsed.error.fragment);
      return false;
    }
  }
  response.understood = parsed.description;
  q = Xapian::Query(Xapian::Query::OP_FILTER, parsed.query, of_type);
  if (!like) return true;
  LikeQuery similar = more_like(handle.db, request.like);
  if (similar.query.empty()) {
    response.status = Status(StatusCode::invalid_argument, "no article has the id " + request.like);
    return false;
  }
  q = parsed.ok ? Xapian::Query(Xapian::Query::OP_FILTER, similar.query,
                                Xapian::Query(Xapian::Query::OP_FILTER, parsed.query, of_type))
                : Xapian::Query(Xapian::Query::OP_FILTER, similar.query, of_type);
  q = Xapian::Query(Xapian::Query::OP_AND_NOT, q, similar.exclude);
  response.understood =
      "LIKE(" + request.like + ")" + (parsed.ok ? " FILTER " + parsed.description : std::string());
  parsed.highlight_terms.insert(parsed.highlight_terms.end(), similar.words.begin(),
                                similar.words.end());
  return true;
}

// The order of the hits: by relevance, newest or oldest first. Ties (of
// relevance, or of one day) follow a hash of the id (schema::order_key),
// not the document number, which depends on the shards and the order of
// indexing.
void set_order(Xapian::Enquire& enquire, Sort sort) {
  switch (sort) {
    case Sort::relevance: enquire.set_sort_by_relevance_then_value(schema::kOrderSlot, true); break;
    case Sort::newest: enquire.set_sort_by_value(schema::kOrderSlot, true); break;
    case Sort::oldest: enquire.set_sort_by_value(schema::kOrderSlot, false); break;
  }
}

// What a hit's explanation adds for the recency boost.
void explain_recency(const query::RecencyBoost& recency, const Xapian::Document& doc, Hit& hit) {
  const double boost = recency.boost(doc.get_value(
      static_cast<Xapian::valueno>(schema::field(schema::FieldId::date).value_slot)));
  if (boost <= 0) return;
  hit.explanation.push_back(FieldScore{"recency", boost, {}});
  std::stable_sort(hit.explanation.begin(), hit.explanation.end(),
                   [](const auto& a, const auto& b) { return a.score > b.score; });
}

// The page's hits, read from the match set; for each, the copies folded
// into it (when collapsing) go to `collapsed`.
void read_hits(const SearchRequest& request, Handle& handle, const Xapian::Enquire& enquire,
               const Xapian::MSet& mset, const query::ParsedQuery& parsed,
               const std::optional<query::RecencyBoost>& recency, SearchResponse& response,
               std::vector<Xapian::doccount>& collapsed) {
  const auto cluster_slot =
      static_cast<Xapian::valueno>(schema::field(schema::FieldId::cluster).value_slot);
  query::SnippetMaker maker(parsed.highlight_terms);
  for (auto m = mset.begin(); m != mset.end(); ++m) {
    const Xapian::Document doc = m.get_document();
    const std::string data = doc.get_data();
    // Only what a hit shows, unless the stored JSON is not of the shape
    // to_json() writes: then all of it, as the full reader sees it.
    Article article;
    if (!query::read_shown_fields(data, article) && !from_json(data, article)) {
      ++response.unreadable_hits;
      continue;
    }
    response.hits.push_back(
        make_hit(m, article, parsed, maker, request.snippet_length, request.mode));
    Hit& hit = response.hits.back();
    const bool quotes = request.mode == Mode::quotes;
    collapsed.push_back(request.collapse || quotes ? m.get_collapse_count() : 0);
    // Collapsing, the matcher has read the key already.
    hit.cluster = request.collapse && !quotes ? m.get_collapse_key() : doc.get_value(cluster_slot);
    if (quotes) hit.provenance.key = m.get_collapse_key();
    if (request.explain) {
      hit.explanation = explain(handle.db, enquire, *m,
                                schema::filter_term(schema::field(schema::FieldId::id), article.id),
                                parsed.fields);
      if (recency) explain_recency(*recency, doc, hit);
    }
    if (!request.highlight_start.empty() || !request.highlight_end.empty()) {
      for (Snippet& s : hit.snippets)
        mark(s.text, s.highlights, request.highlight_start, request.highlight_end);
      for (QuoteMatch& quote : hit.quotes)
        mark(quote.text, quote.highlights, request.highlight_start, request.highlight_end);
    }
  }
}

// The timeline from the whole match's days, broken down on request; false,
// with the response's status set, when it is too long to give.
bool timeline(const SearchRequest& request, Handle& handle, const Xapian::Query& q,
              const query::WholeMatch& counted, SearchResponse& response) {
  std::string problem;
  if (!query::make_timeline(counted.days, counted.undated, request.timeline, response.timeline,
                            problem)) {
    response.status = Status(StatusCode::invalid_argument, problem);
    return false;
  }
  if (request.timeline_by.empty()) return true;
  const auto with_matches = static_cast<std::size_t>(
      std::count_if(response.timeline.periods.begin(), response.timeline.periods.end(),
                    [](const TimelinePeriod& p) { return p.count > 0; }));
  if (with_matches > kMaxTimelineBreakdowns) {
    response.status = Status(
        StatusCode::invalid_argument,
        "a timeline broken down by " + request.timeline_by + " spans at most " +
            std::to_string(kMaxTimelineBreakdowns) + " periods with matches; this one has " +
            std::to_string(with_matches) + ": ask for a longer interval or a narrower date range");
    return false;
  }
  query::break_down(handle.db, q, request.timeline_by, request.timeline_top, response.timeline);
  return true;
}

// The facets and the total: counted over the whole match when facets or an
// exact count are asked for, else estimated (query/src/estimate.h).
// What a whole match counts depends on, for a request of the whole archive
// ("*"): the documents' type and what is counted.
std::string whole_archive_key(const SearchRequest& request) {
  std::string key = request.mode == Mode::quotes ? "quotes" : "articles";
  for (const std::string& f : request.facets) key += "|" + f;
  key += "|" + std::to_string(request.facet_size) + "|" + interval_name(request.timeline) + "|" +
         (request.count_exactly ? "exact" : "") + "|" + (request.collapse ? "collapse" : "");
  return key;
}

// The whole match, counted; for the whole archive, counted once a database
// revision (Handle::whole_archive).
query::WholeMatch whole_match(const SearchRequest& request, Handle& handle, const Xapian::Query& q,
                              bool everything, Xapian::valueno slot) {
  if (!everything) return query::count_whole_match(handle.db, q, request, slot);
  const std::string key = whole_archive_key(request);
  if (const auto it = handle.whole_archive.find(key); it != handle.whole_archive.end())
    return it->second;
  query::WholeMatch counted = query::count_whole_match(handle.db, q, request, slot);
  if (handle.whole_archive_order.size() == query::kMaxWholeArchiveCounts) {
    handle.whole_archive.erase(handle.whole_archive_order.front());
    handle.whole_archive_order.erase(handle.whole_archive_order.begin());
  }
  handle.whole_archive.emplace(key, counted);
  handle.whole_archive_order.push_back(key);
  return counted;
}

void count_match(const SearchRequest& request, Handle& handle, const Xapian::Query& q,
                 const Xapian::Query& of_type, const Xapian::MSet& mset, bool everything,
                 SearchResponse& response) {
  const bool quotes = request.mode == Mode::quotes;
  const bool collapse = request.collapse || quotes;
  const Xapian::valueno slot = query::collapse_slot(quotes);
  std::size_t documents = 0;  // matching documents, when a whole match counted them
  if (!request.facets.empty() || request.count_exactly || request.timeline != Interval::none) {
    query::WholeMatch counted = whole_match(request, handle, q, everything, slot);
    response.facets = std::move(counted.facets);
    documents = counted.documents;
    if (request.count_exactly) response.estimated_total = counted.total;
    if (request.timeline != Interval::none && !timeline(request, handle, q, counted, response))
      return;
  }
  if (request.count_exactly) return;
  double share = 1.0;
  if (collapse) {
    std::optional<double>& known = handle.story_share[quotes ? 1 : 0];
    if (!known) known = query::story_share(handle.db, of_type, slot);
    share = *known;
  }
  response.estimated_total = query::estimate_total(handle.db, q, mset, slot, collapse, share,
                                                   request.offset, response.hits.size(),
                                                   documents);
}

// A spelling correction, offered only when it finds more than the query
// given; "" for none.
std::string better_spelling(const SearchRequest& request, Handle& handle,
                            const query::QueryParser& parser, const query::ParsedQuery& parsed,
                            const Xapian::Query& of_type, const SearchResponse& response) {
  std::string fix;
  try {
    fix = corrected_spelling(handle.db, request.query, parsed.words);
  } catch (const Xapian::UnimplementedError&) {
    // A remote shard (xapian-tcpsrv) does not serve spelling data: the
    // search goes on without a suggestion.
  }
  const query::ParsedQuery again = fix.empty() ? query::ParsedQuery{} : parser.parse(fix);
  if (!again.ok) return "";
  Xapian::Enquire check(handle.db);
  check.set_query(Xapian::Query(Xapian::Query::OP_FILTER, again.query, of_type));
  check.set_weighting_scheme(Xapian::BoolWeight());
  if (request.collapse || request.mode == Mode::quotes)
    check.set_collapse_key(query::collapse_slot(request.mode == Mode::quotes));
  const auto found = check.get_mset(0, 1, kSpellingCheck).get_matches_estimated();
  const auto given = std::max<std::size_t>(response.estimated_total, response.hits.size());
  return found > given ? fix : "";
}

}  // namespace

SearchResponse Searcher::Impl::run(const SearchRequest& request, Handle& handle) const {
  SearchResponse response;
  response.query = request.query;
  response.mode = request.mode;
  response.offset = request.offset;

  const query::QueryParser parser(handle.languages, request.match_all,
                                  request.mode == Mode::quotes ? query::Documents::quotes
                                                               : query::Documents::articles,
                                  &synonyms, limits);
  // Articles and quotes are documents of their own types.
  const Xapian::Query of_type(schema::filter_term(schema::field(schema::FieldId::doctype),
                                                  request.mode == Mode::quotes ? "quote" : "article"));
  query::ParsedQuery parsed;
  Xapian::Query q;
  if (!build_query(request, parser, handle, of_type, parsed, q, response)) return response;

  // The boost adds weight to documents the query matches, and matches none
  // by itself: facets and counts are those of the query.
  std::optional<query::RecencyBoost> recency;
  Xapian::Query ranked = q;
  if (request.recency_half_life_days > 0) {
    recency.emplace(handle.db, request.recency_half_life_days, request.recency_weight);
    if (const Xapian::Query boost = recency->query(); !boost.empty())
      ranked = Xapian::Query(Xapian::Query::OP_AND_MAYBE, q, boost);
  }

  Xapian::Enquire enquire(handle.db);
  enquire.set_query(ranked);
  // A quote key is one hit whatever request.collapse says: it says whether
  // the hit lists its carriers.
  const bool quotes = request.mode == Mode::quotes;
  if (request.collapse || quotes) enquire.set_collapse_key(query::collapse_slot(quotes));
  set_order(enquire, request.sort);
  const Xapian::MSet mset = enquire.get_mset(
      static_cast<Xapian::doccount>(request.offset), static_cast<Xapian::doccount>(request.limit),
      static_cast<Xapian::doccount>(request.offset + request.limit));
  std::vector<Xapian::doccount> collapsed;
  read_hits(request, handle, enquire, mset, parsed, recency, response, collapsed);
  if (quotes) {
    std::size_t carriers = 0;  // of the keys described so far
    for (std::size_t i = 0; i < response.hits.size(); ++i) {
      QuoteProvenance& p = response.hits[i].provenance;
      if (p.key.empty()) continue;
      if (i >= kMaxProvenanceHits || carriers >= kMaxCarriersPerSearch) {
        p.complete = false;
        continue;
      }
      p = query::provenance_of(handle.db, p.key, !request.collapse, kMaxQuoteCarriers, &carriers);
    }
  }
  if (request.collapse || quotes) count_copies(handle.db, q, quotes, response.hits, collapsed);
  // "*" alone, nothing narrowing it: the whole archive of the type.
  const bool everything = request.like.empty() && parsed.ok && parsed.everything;
  count_match(request, handle, q, of_type, mset, everything, response);
  if (!response.status.ok()) return response;
  if (request.suggest_spelling && request.like.empty())
    response.corrected_query = better_spelling(request, handle, parser, parsed, of_type, response);
  return response;
}

Searcher::Searcher(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Searcher::~Searcher() = default;

std::unique_ptr<Searcher> Searcher::open(const std::string& path, Status* status,
                                         const SearcherOptions& options) {
  return open_shards({path}, status, options);
}

std::unique_ptr<Searcher> Searcher::open_shards(const std::vector<std::string>& paths,
                                                Status* status, const SearcherOptions& options) {
  try {
    if (options.limits.max_depth > kMaxQueryDepth) {
      if (status)
        *status = Status(StatusCode::invalid_argument,
                         "QueryLimits::max_depth is " + std::to_string(options.limits.max_depth) +
                             "; it can be at most " + std::to_string(kMaxQueryDepth));
      return nullptr;
    }
    auto impl = std::make_unique<Impl>(paths, options);
    if (std::string error; !options.synonyms_file.empty() &&
                           !impl->synonyms.load(options.synonyms_file, error)) {
      if (status) *status = Status(StatusCode::invalid_argument, error);
      return nullptr;
    }
    Status s;
    auto lease = impl->pool.lease(s);
    if (!lease) {
      if (status) *status = s;
      return nullptr;
    }
    lease.reset();
    if (status) *status = Status();
    return std::unique_ptr<Searcher>(new Searcher(std::move(impl)));
  } catch (...) {
    if (status) *status = current_exception_status();
  }
  return nullptr;
}

SearchResponse Searcher::search(const SearchRequest& request) const {
  const auto start = std::chrono::steady_clock::now();
  SearchResponse response;
  response.query = request.query;
  try {
    // The length first: nothing else reads a query over the limit.
    if (query::ParseError too_long; !query::check_length(request.query, impl_->limits, too_long)) {
      response.status = Status(StatusCode::bad_query, too_long.message, too_long.position,
                               too_long.fragment);
    } else if (const std::size_t bad = text::invalid_utf8_at(request.query);
               bad != std::string::npos) {
      char byte[8];
      std::snprintf(byte, sizeof byte, "\\x%02X", static_cast<unsigned char>(request.query[bad]));
      response.status = Status(StatusCode::bad_query,
                               "the query is not valid UTF-8: byte " + std::string(byte) +
                                   " at position " + std::to_string(bad),
                               bad, byte);
    } else if (request.limit > kMaxLimit) {
      response.status = Status(StatusCode::invalid_argument,
                               "limit must be at most " + std::to_string(kMaxLimit));
    } else if (request.offset > static_cast<std::size_t>(Xapian::doccount(-1)) - kMaxLimit) {
      response.status = Status(StatusCode::invalid_argument, "offset is too large");
    } else if (std::string problem = unknown_facet(request.facets); !problem.empty()) {
      response.status = Status(StatusCode::invalid_argument, problem);
    } else if (std::string wrong = timeline_problem(request); !wrong.empty()) {
      response.status = Status(StatusCode::invalid_argument, wrong);
    } else if (request.facet_size == 0 || request.facet_size > kMaxFacetSize) {
      response.status = Status(StatusCode::invalid_argument,
                               "facet size must be between 1 and " + std::to_string(kMaxFacetSize));
    } else if (request.recency_half_life_days < 0 ||
               request.recency_half_life_days > query::RecencyBoost::kMaxDays ||
               !(request.recency_weight > 0 && request.recency_weight <= kMaxRecencyWeight)) {
      response.status = Status(StatusCode::invalid_argument,
                               "the recency half-life must be between 0 (off) and " +
                                   std::to_string(query::RecencyBoost::kMaxDays) +
                                   " days, and its weight above 0 and at most " +
                                   std::to_string(static_cast<int>(kMaxRecencyWeight)));
    } else if (request.snippet_length < kMinSnippet || request.snippet_length > kMaxSnippet) {
      response.status = Status(StatusCode::invalid_argument,
                               "snippet length must be between " + std::to_string(kMinSnippet) +
                                   " and " + std::to_string(kMaxSnippet));
    } else {
      // A commit by the indexer between reopen() and reading documents makes
      // Xapian throw DatabaseModifiedError; one retry on a fresh handle is
      // enough, as commits are far apart compared with a search. A second
      // one, or DatabaseCorruptError, is damage, reported as such.
      for (int attempt = 0;; ++attempt) {
        Status status;
        auto lease = impl_->pool.lease(status);
        if (!lease) {
          response.status = status;
          break;
        }
        try {
          response = impl_->run(request, **lease);
          response.unavailable_shards = (*lease)->unavailable();
          break;
        } catch (const Xapian::DatabaseModifiedError&) {
          // Past a second try on a fresh handle, this is no concurrent
          // commit: a block holds a revision the database never reached.
          (*lease)->broken = true;
          if (attempt == 0) continue;
          response = SearchResponse{};
          response.query = request.query;
          response.status = impl_->pool.damaged(**lease, query::kRevisionDamage);
          break;
        } catch (const Xapian::DatabaseError& e) {
          if (!query::is_damage(e)) throw;
          (*lease)->broken = true;
          response = SearchResponse{};
          response.query = request.query;
          response.status = impl_->pool.damaged(**lease, e.get_description());
          break;
        } catch (const Xapian::NetworkError& e) {
          // A remote shard stopped answering. The handle is dropped; with
          // allow_partial, a fresh one leaves that shard out.
          const std::vector<std::string> failed = (*lease)->failed_shards();
          if (impl_->pool.allow_partial() && attempt == 0) continue;
          std::string names;
          for (const std::string& f : failed) names += (names.empty() ? "" : "; ") + f;
          response = SearchResponse{};
          response.query = request.query;
          response.status = Status(
              StatusCode::database_error,
              failed.empty()      ? "a shard failed: " + e.get_description()
              : failed.size() == 1 ? "shard " + names + " is unavailable"
                                   : "shards " + names + " are unavailable");
          break;
        }
      }
    }
  } catch (...) {
    response = SearchResponse{};
    response.query = request.query;
    response.status = current_exception_status();
  }
  response.elapsed_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  return response;
}

Status Searcher::article(const std::string& id, std::string& json) const {
  if (id.empty() || id.size() > kMaxArticleIdBytes)
    return Status(StatusCode::invalid_argument,
                  "an article id is 1 to " + std::to_string(kMaxArticleIdBytes) + " bytes");
  try {
    Status status;
    auto lease = impl_->pool.lease(status);
    if (!lease) return status;
    const Xapian::Database& db = (*lease)->db;
    const std::string term = schema::filter_term(schema::field(schema::FieldId::id), id);
    // Quote documents have ids too ("<article>#q1"): only an article counts.
    const std::string is_article =
        schema::filter_term(schema::field(schema::FieldId::doctype), "article");
    for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
      auto t = db.termlist_begin(*it);
      t.skip_to(is_article);
      if (t == db.termlist_end(*it) || *t != is_article) continue;
      json = db.get_document(*it).get_data();
      return Status();
    }
    return Status(StatusCode::not_found, "no article has the id " + id);
  } catch (...) {
    return current_exception_status();
  }
}

Status Searcher::article_count(std::size_t& count) const {
  count = 0;
  try {
    Status status;
    auto lease = impl_->pool.lease(status);
    if (!lease) return status;
    const auto& doctype = schema::field(schema::FieldId::doctype);
    count = (*lease)->db.get_termfreq(schema::filter_term(doctype, "article"));
    return Status();
  } catch (...) {
    return current_exception_status();
  }
}

std::size_t Searcher::article_count() const {
  std::size_t count = 0;
  return article_count(count).ok() ? count : 0;
}

}  // namespace newsarchive
