#include "provenance.h"

#include <algorithm>
#include <set>
#include <vector>

#include "date_range.h"
#include "newsarchive/article.h"
#include "newsarchive/article_json.h"
#include "newsarchive/schema.h"
#include "newsarchive/text.h"
#include "shown_fields.h"

namespace newsarchive::query {

namespace {

// One carrier as its values give it.
struct Seen {
  Xapian::docid did = 0;
  std::string date;     // "YYYYMMDD" or ""
  std::string source;
  std::string article;  // the order key's first 12 bytes: the article's date and id hash
  std::string speaker;
};

// Oldest first: by date (undated last), then source, then the article.
bool older(const Seen& a, const Seen& b) {
  if (a.date.empty() != b.date.empty()) return !a.date.empty();
  if (a.date != b.date) return a.date < b.date;
  if (a.source != b.source) return a.source < b.source;
  return a.article < b.article;
}

// A carrier as a hit shows it, from its stored data.
QuoteCarrier carrier(const Xapian::Database& db, const Seen& seen) {
  QuoteCarrier c;
  c.date = iso_date(seen.date);
  c.source = seen.source;
  c.speaker = seen.speaker;
  Article a;
  const std::string data = db.get_document(seen.did).get_data();
  if (!read_shown_fields(data, a) && !from_json(data, a)) return c;
  c.quote_id = a.id;
  c.article = article_of_quote(a.id);
  c.headline = a.headline;
  c.url = a.url;
  if (!a.source.empty()) c.source = a.source;
  if (!a.quotes.empty()) {
    c.speaker = a.quotes.front().speaker;
    c.text = a.quotes.front().text;
  }
  return c;
}

// A name's words, as the query side normalises them.
std::vector<std::string> name_words(const std::string& name) {
  std::vector<std::string> words;
  for (const text::Token& t : text::tokenize(name)) words.push_back(t.term);
  return words;
}

// Whether two names given as a speaker are one person's: the same last
// word, and the same first word unless one is the last word alone ("Trump",
// "Donald Trump", "Donald J. Trump"; not "Bill Clinton" and "Hillary
// Clinton").
bool one_person(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty() || a.back() != b.back()) return false;
  return a.size() == 1 || b.size() == 1 || a.front() == b.front();
}

// The speakers with the names of one person counted as one, under their
// fullest name (the most words, then the most frequent); the most frequent
// first. A surname alone joins the most frequent full name it fits.
std::vector<FacetValue> same_people(std::vector<FacetValue> names) {
  auto by_count = [](const FacetValue& a, const FacetValue& b) {
    return a.count != b.count ? a.count > b.count : a.value < b.value;
  };
  std::stable_sort(names.begin(), names.end(), by_count);
  std::vector<FacetValue> people;
  std::vector<std::vector<std::string>> words;
  // Full names first, so that a surname finds the person it stands for.
  std::stable_partition(names.begin(), names.end(),
                        [](const FacetValue& v) { return name_words(v.value).size() > 1; });
  for (const FacetValue& v : names) {
    const std::vector<std::string> w = name_words(v.value);
    std::size_t i = 0;
    while (i < people.size() && !one_person(words[i], w)) ++i;
    if (i == people.size()) {
      people.push_back(v);
      words.push_back(w);
      continue;
    }
    people[i].count += v.count;
    if (w.size() > words[i].size()) people[i].value = v.value, words[i] = w;
  }
  std::stable_sort(people.begin(), people.end(), by_count);
  return people;
}

}  // namespace

std::string article_of_quote(const std::string& quote_id) {
  const auto mark = quote_id.rfind("#q");
  return mark == std::string::npos ? quote_id : quote_id.substr(0, mark);
}

QuoteProvenance provenance_of(const Xapian::Database& db, const std::string& key,
                              bool list_carriers, std::size_t most, std::size_t* read) {
  QuoteProvenance out;
  out.key = key;
  const Xapian::Query carriers(
      Xapian::Query::OP_FILTER,
      Xapian::Query(schema::filter_term(schema::field(schema::FieldId::quotekey), key)),
      Xapian::Query(schema::filter_term(schema::field(schema::FieldId::doctype), "quote")));
  // The dated carriers oldest first, then the undated: an order key starts
  // with the day as a number, 0 for none (schema::order_key).
  const std::string day_one("\0\0\0\1", 4);
  const std::string undated_last = std::string(4, '\0') + std::string(schema::kOrderKeySize, '\xff');
  auto oldest_first = [&](Xapian::Query::op op, const std::string& bound) {
    Xapian::Enquire e(db);
    e.set_query(Xapian::Query(Xapian::Query::OP_FILTER, carriers,
                              Xapian::Query(op, schema::kOrderSlot, bound)));
    e.set_weighting_scheme(Xapian::BoolWeight());
    e.set_sort_by_value(schema::kOrderSlot, false);
    return e;
  };
  Xapian::Enquire enquire = oldest_first(Xapian::Query::OP_VALUE_GE, day_one);
  Xapian::Enquire undated = oldest_first(Xapian::Query::OP_VALUE_LE, undated_last);
  // Counted exactly (a walk of the key's postings), read up to `most`.
  const auto want = static_cast<Xapian::doccount>(std::max<std::size_t>(most, 1));
  Xapian::MSet mset = enquire.get_mset(0, want, db.get_doccount());
  Xapian::MSet rest = undated.get_mset(0, want - std::min(want, mset.size()), db.get_doccount());
  out.documents = mset.get_matches_estimated() + rest.get_matches_estimated();
  out.complete = out.documents <= mset.size() + rest.size();
  if (read) *read += out.documents;
  mset.fetch();
  rest.fetch();

  const auto date_slot = static_cast<Xapian::valueno>(schema::field(schema::FieldId::date).value_slot);
  const auto source_slot =
      static_cast<Xapian::valueno>(schema::field(schema::FieldId::source).value_slot);
  const auto speaker_slot =
      static_cast<Xapian::valueno>(schema::field(schema::FieldId::speaker).facet_slot);
  std::vector<Seen> seen;
  seen.reserve(mset.size() + rest.size());
  for (const Xapian::MSet* part : {&mset, &rest}) {
    for (auto m = part->begin(); m != part->end(); ++m) {
      const Xapian::Document doc = m.get_document();
      Seen s{*m, doc.get_value(date_slot), doc.get_value(source_slot),
             doc.get_value(schema::kOrderSlot).substr(0, schema::kOrderKeySize), {}};
      // One quote, one speaker; the slot holds it as facets count it.
      const std::string speakers = doc.get_value(speaker_slot);
      for (std::string_view name : schema::split_facet_values(speakers)) {
        s.speaker = std::string(name);
        break;
      }
      seen.push_back(std::move(s));
    }
  }
  if (seen.empty()) return out;
  std::stable_sort(seen.begin(), seen.end(), older);

  std::set<std::string> articles, sources;
  std::vector<FacetValue> names;
  for (const Seen& s : seen) {
    articles.insert(s.article);
    if (!s.source.empty()) sources.insert(s.source);
    if (s.speaker.empty()) continue;
    auto it = std::find_if(names.begin(), names.end(),
                           [&](const FacetValue& v) { return v.value == s.speaker; });
    if (it == names.end()) names.push_back({s.speaker, 1});
    else ++it->count;
  }
  out.articles = articles.size();
  out.sources = sources.size();
  out.speakers = same_people(std::move(names));
  // Each carrier shown is read once: listed, or as the first or last alone.
  if (list_carriers)
    for (const Seen& s : seen) out.carriers.push_back(carrier(db, s));
  auto shown = [&](std::size_t i) { return list_carriers ? out.carriers[i] : carrier(db, seen[i]); };
  out.first = shown(0);
  // The latest dated carrier; past the carriers read, the newest of all.
  if (out.documents > seen.size()) {
    enquire.set_sort_by_value(schema::kOrderSlot, true);
    const Xapian::MSet newest = enquire.get_mset(0, 1);
    if (!newest.empty()) {
      const Xapian::Document doc = newest.begin().get_document();
      out.last = carrier(
          db, Seen{*newest.begin(), doc.get_value(date_slot), doc.get_value(source_slot), {}, {}});
    } else {
      out.last = shown(seen.size() - 1);
    }
  } else {
    std::size_t last = seen.size() - 1;
    for (std::size_t i = seen.size(); i-- > 0;)
      if (!seen[i].date.empty()) {
        last = i;
        break;
      }
    out.last = shown(last);
  }
  return out;
}

}  // namespace newsarchive::query
