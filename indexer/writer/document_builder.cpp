#include "writer/document_builder.h"

#include <algorithm>
#include <set>
#include <string_view>
#include <vector>

#include "dedupe/cluster_key.h"
#include "dedupe/stored_fingerprint.h"
#include "newsarchive/article_json.h"
#include "newsarchive/schema.h"
#include "newsarchive/sentences.h"

namespace newsarchive::indexer {
namespace {

using schema::Field;
using schema::FieldId;

// The values of each field of an article, in reading order. The schema says
// how a field is indexed; this says where its values are in an Article.
// What a document is, beyond its Article: its type and, for a quote, the
// id of the article it belongs to.
struct Kind {
  const char* doctype;
  const std::string& parent;
};

std::vector<std::string_view> values_of(const Article& a, FieldId id, const Kind& kind) {
  std::vector<std::string_view> v;
  auto add = [&v](std::string_view s) {
    if (!s.empty()) v.push_back(s);
  };
  auto add_entities = [&](std::string_view type) {
    for (const Entity& e : a.entities)
      if (e.type == type) add(e.name);
  };
  switch (id) {
    case FieldId::id: add(a.id); break;
    case FieldId::url: add(a.url); break;
    case FieldId::host: {
      // scheme://host[:port]/... -> host
      std::string_view url = a.url;
      if (auto scheme = url.find("://"); scheme != std::string_view::npos) {
        url.remove_prefix(scheme + 3);
        add(url.substr(0, url.find_first_of("/:?#")));
      }
      break;
    }
    case FieldId::format: add(a.format); break;
    case FieldId::headline: add(a.headline); break;
    case FieldId::standfirst: add(a.standfirst); break;
    case FieldId::byline: for (const auto& b : a.byline) add(b); break;
    case FieldId::date: add(a.date); break;
    case FieldId::year: if (a.date.size() >= 4) add(std::string_view(a.date).substr(0, 4)); break;
    case FieldId::month: if (a.date.size() >= 7) add(std::string_view(a.date).substr(0, 7)); break;
    case FieldId::dateline: add(a.dateline); break;
    case FieldId::section: add(a.section); break;
    case FieldId::source: add(a.source); break;
    case FieldId::language: add(a.language); break;
    case FieldId::body: for (const auto& p : a.body) add(p); break;
    case FieldId::caption:
      for (const Caption& c : a.captions) {
        add(c.text);
        add(c.alt_text);
      }
      break;
    case FieldId::credit: for (const Caption& c : a.captions) add(c.credit); break;
    case FieldId::quote:
      for (const Quote& q : a.quotes)
        if (is_searchable_quote(q)) add(q.text);
      break;
    case FieldId::speaker:
      for (const Quote& q : a.quotes)
        if (is_searchable_quote(q)) add(q.speaker);
      break;
    case FieldId::person: add_entities("person"); break;
    case FieldId::organization: add_entities("organization"); break;
    case FieldId::place: add_entities("place"); break;
    // The other types: entity: also searches person, organization and place.
    case FieldId::entity: add_entities("misc"); break;
    case FieldId::subject: for (const auto& s : a.subjects) add(s); break;
    case FieldId::cluster: add(a.cluster); break;
    case FieldId::quotekey: break;  // found after the documents are built: set_quote_keys
    case FieldId::doctype: add(kind.doctype); break;
    case FieldId::article: add(kind.parent); break;
  }
  return v;
}

// Longest context a quote document indexes around its quote.
constexpr std::size_t kMaxQuoteContext = 600;

// What surrounds a quote: the rest of the sentence holding it and the
// sentence before it (which often names the speaker or the subject), cut to
// kMaxQuoteContext bytes, as the text before the quote and the text after
// it; the quote's own words are its quote field. Nothing if the paragraph
// does not hold the quote. The whole paragraph would be too much: some
// archives' articles are a single paragraph.
struct Surroundings {
  std::string_view before, after;
};

Surroundings quote_surroundings(std::string_view paragraph, std::string_view quote) {
  const std::size_t start =
      paragraph.find(quote.substr(0, std::min<std::size_t>(quote.size(), 40)));
  if (start == std::string_view::npos) return {};
  const std::size_t quote_end = std::min(paragraph.size(), start + quote.size());
  const TextSpan around = sentences_around(paragraph, start, quote_end, kMaxQuoteContext);
  return {paragraph.substr(around.begin, start - around.begin),
          paragraph.substr(quote_end, around.end - quote_end)};
}

// "2024-04-19" -> "20240419"; "" if not that shape.
std::string compact_date(std::string_view date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return "";
  std::string out;
  out.append(date.substr(0, 4)).append(date.substr(5, 2)).append(date.substr(8, 2));
  for (char c : out)
    if (c < '0' || c > '9') return "";
  return out;
}

}  // namespace

std::string DocumentBuilder::id_term(const std::string& id) {
  return schema::filter_term(schema::field(FieldId::id), id);
}

// Words whose stems a builder keeps, per language; past this the cache
// starts again, so that memory stays flat on any corpus.
constexpr std::size_t kMaxCachedStems = 200000;

const std::string& DocumentBuilder::CachedStemmer::operator()(const std::string& word) {
  auto it = stems.find(word);
  if (it != stems.end()) return it->second;
  if (stems.size() >= kMaxCachedStems) stems.clear();
  return stems.emplace(word, stemmer(word)).first->second;
}

DocumentBuilder::CachedStemmer& DocumentBuilder::stemmer_for(const std::string& language) {
  auto it = stemmers_.find(language);
  if (it == stemmers_.end())
    it = stemmers_.emplace(language, CachedStemmer{text::Stemmer(language), {}}).first;
  return it->second;
}

std::string DocumentBuilder::quote_id(const std::string& article_id, std::size_t i) {
  return article_id + "#q" + std::to_string(i + 1);
}

std::string DocumentBuilder::article_term(const std::string& article_id) {
  return schema::filter_term(schema::field(FieldId::article), article_id);
}

Xapian::Document DocumentBuilder::build(const Article& a) {
  Xapian::Document doc = index(a, "article", std::string(), 0);
  doc.set_data(to_json(a, JsonDetail::stored));
  // What a later run needs to find this article's copies.
  if (a.minhash.size() == kHashes) {
    doc.add_value(schema::kSignatureSlot, encode_signature(a.minhash));
    for (const std::uint64_t band : band_hashes(a.minhash)) doc.add_boolean_term(band_term(band));
  }
  return doc;
}

PreparedArticle DocumentBuilder::prepare(const Article& a) {
  PreparedArticle p{a.id, a.language, build(a), {}, a.minhash, {}, {}};
  p.quotes.reserve(a.quotes.size());
  // Quote documents for speech only (is_searchable_quote); each keeps its
  // number among all the article's quotes.
  for (std::size_t i = 0; i < a.quotes.size(); ++i) {
    if (!is_searchable_quote(a.quotes[i])) continue;
    p.quotes.push_back(build_quote(a, i));
    p.quote_words.push_back(quote_words(a.quotes[i].text));
    p.quote_speakers.push_back(a.quotes[i].speaker);
  }
  p.bytes = 4 * p.doc.get_data().size();
  for (const Xapian::Document& q : p.quotes) p.bytes += 4 * q.get_data().size();
  return p;
}

void DocumentBuilder::set_cluster(PreparedArticle& p, const std::string& key) {
  const Field& f = schema::field(FieldId::cluster);
  if (key.empty()) return;
  // The term on the article only: the query side counts a story's copies
  // by it (count_copies). Its quotes keep the key as a value, for display.
  p.doc.add_boolean_term(schema::filter_term(f, key));
  p.doc.add_value(static_cast<Xapian::valueno>(f.value_slot), key);
  for (Xapian::Document& quote : p.quotes)
    quote.add_value(static_cast<Xapian::valueno>(f.value_slot), key);
}

void DocumentBuilder::set_quote_keys(PreparedArticle& p, const std::vector<QuoteKey>& keys) {
  const Field& f = schema::field(FieldId::quotekey);
  std::set<std::string> terms;
  for (std::size_t i = 0; i < p.quotes.size() && i < keys.size(); ++i) {
    Xapian::Document& doc = p.quotes[i];
    const std::string term = schema::filter_term(f, keys[i].key);
    doc.add_boolean_term(term);
    terms.insert(term);
    doc.add_value(static_cast<Xapian::valueno>(f.value_slot), keys[i].key);
    doc.add_value(static_cast<Xapian::valueno>(f.facet_slot), keys[i].key);
    if (keys[i].founder)
      for (const std::uint64_t s : p.quote_words[i].shingles) doc.add_boolean_term(shingle_term(s));
  }
  for (const std::string& term : terms) p.doc.add_boolean_term(term);
}

Xapian::Document DocumentBuilder::build_quote(const Article& a, std::size_t i) {
  const Quote& q = a.quotes.at(i);
  Article view;
  view.id = quote_id(a.id, i);
  view.url = a.url;
  view.format = a.format;
  view.language = a.language;
  view.headline = a.headline;  // stored for display; not a kQuoteDoc field
  view.date = a.date;
  view.date_inferred = a.date_inferred;
  view.section = a.section;
  view.source = a.source;
  // The sentences around the quote, so that "what did she say about China"
  // finds a quote whose own words do not name China but whose sentence does.
  if (q.paragraph >= 0 && static_cast<std::size_t>(q.paragraph) < a.body.size()) {
    const Surroundings around =
        quote_surroundings(a.body[static_cast<std::size_t>(q.paragraph)], q.text);
    for (std::string_view part : {around.before, around.after})
      if (!part.empty()) view.body.emplace_back(part);
  }
  view.quotes.push_back(q);
  Xapian::Document doc = index(view, "quote", a.id, schema::kQuoteDoc);
  // The context is searched, never shown: a quote hit shows its quote and
  // its article's headline (schema.h, "Documents").
  view.body.clear();
  doc.set_data(to_json(view, JsonDetail::stored));
  // Its article's cluster as a value only (set_cluster).
  if (!a.cluster.empty())
    doc.add_value(static_cast<Xapian::valueno>(schema::field(FieldId::cluster).value_slot),
                  a.cluster);
  doc.add_value(schema::kOrderSlot, schema::order_key(compact_date(a.date), a.id, i + 1));
  return doc;
}

Xapian::Document DocumentBuilder::index(const Article& a, const char* doctype,
                                        const std::string& parent, unsigned required) {
  Xapian::Document doc;
  CachedStemmer& stem = stemmer_for(a.language);
  Xapian::termpos pos = 0;
  const std::string compact = compact_date(a.date);
  const Kind kind{doctype, parent};

  for (const Field& f : schema::fields()) {
    if ((f.flags & required) != required) continue;
    const auto values = values_of(a, f.id, kind);

    if (f.has(schema::kText)) {
      const std::string prefix(f.text_prefix);
      const std::string stem_prefix = std::string(schema::kStemPrefix) + prefix;
      const bool stems = !f.has(schema::kName);
      // A quote document's body is context: stems only (schema.h, Terms).
      const bool words = !(f.id == FieldId::body && required == schema::kQuoteDoc);
      // An article's headline, standfirst and captions are also in its
      // whole text, unprefixed and without positions (schema.h, Terms).
      const bool whole = required != schema::kQuoteDoc && schema::in_whole_text(f);
      const auto wdf = static_cast<Xapian::termcount>(std::max(1.0, f.weight));
      const std::string whole_stem(schema::kStemPrefix);
      for (std::string_view value : values) {
        tokens_.clear();
        text::tokenize(value, tokens_);
        for (const text::Token& t : tokens_) {
          if (words) doc.add_posting(prefix + t.term, ++pos);
          if (!stems) continue;
          const std::string& stemmed = stem(t.term);  // valid until the next stem()
          doc.add_term(stem_prefix + stemmed);
          if (whole) {
            doc.add_term(t.term, wdf);
            doc.add_term(whole_stem + stemmed, wdf);
          }
        }
        pos += schema::kParagraphGap;
      }
    }

    if (f.has(schema::kFilter)) {
      std::set<std::string> seen;  // one term per distinct value
      if (f.id == FieldId::date && !compact.empty()) {
        doc.add_boolean_term(schema::filter_term(f, compact));
      } else if (f.id == FieldId::month && !compact.empty()) {
        doc.add_boolean_term(schema::filter_term(f, compact.substr(0, 6)));
      } else if (f.id != FieldId::date) {
        for (std::string_view value : values)
          if (seen.insert(std::string(value)).second)
            doc.add_boolean_term(schema::filter_term(f, value));
      }
    }

    if (f.has(schema::kFacet) && f.facet_slot != schema::kNoSlot) {
      std::string facet = schema::join_facet_values(values, f.facet_values);
      if (!facet.empty()) doc.add_value(static_cast<Xapian::valueno>(f.facet_slot), facet);
    }

    if (f.value_slot != schema::kNoSlot) {
      if (f.id == FieldId::date) {
        if (!compact.empty()) doc.add_value(f.value_slot, compact);
      } else if (!values.empty()) {
        doc.add_value(f.value_slot, std::string(values.front()));
      }
    }
  }

  doc.add_value(schema::kOrderSlot, schema::order_key(compact, a.id));
  return doc;
}

}  // namespace newsarchive::indexer
