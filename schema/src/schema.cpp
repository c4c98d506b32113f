#include "newsarchive/schema.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace newsarchive::schema {
namespace {

// The table. Weights are query-time multipliers of a field's BM25 score in
// unfielded searches: a word in the headline counts three times a word in
// the body. Slots: 0 date, 1 source, 2 duplicate cluster, 3 language; 4 holds
// the MinHash signature (kSignatureSlot, schema.h), 5 the order of equally
// relevant results (kOrderSlot).
const std::vector<Field>& table() {
  static const std::vector<Field> kFields = {
      // id             name           names users type                text    filter  slot    weight flags
      {FieldId::id, "id", {"id"}, "", "Q", kNoSlot, 0, kFilter | kStored | kQuoteDoc},
      {FieldId::url, "url", {"url"}, "", "U", kNoSlot, 0, kFilter | kStored},
      {FieldId::host, "host", {"host", "site"}, "", "H", kNoSlot, 0, kFilter | kFacet | kQuoteDoc,
       10, 1},
      {FieldId::format, "format", {"format"}, "", "XF", kNoSlot, 0, kFilter | kStored | kFacet, 20,
       1},
      {FieldId::headline, "headline", {"headline", "title"}, "S", "", kNoSlot, 2.0,
       kText | kDefaultSearch | kStored | kSnippet},
      {FieldId::standfirst, "standfirst", {"standfirst", "summary", "description"}, "XSF", "",
       kNoSlot, 1.0, kText | kDefaultSearch | kStored | kSnippet},
      {FieldId::byline, "byline", {"byline", "author", "by"}, "A", "XBY", kNoSlot, 1.0,
       kText | kName | kFilter | kDefaultSearch | kStored | kFacet, 30, kMaxFacetValues},
      {FieldId::date, "date", {"date"}, "", "D", 0, 0, kFilter | kStored | kQuoteDoc},
      {FieldId::year, "year", {"year"}, "", "Y", kNoSlot, 0, kFilter | kFacet | kQuoteDoc, 40, 1},
      {FieldId::month, "month", {"month"}, "", "M", kNoSlot, 0, kFilter | kFacet | kQuoteDoc, 50, 1},
      {FieldId::dateline, "dateline", {"dateline"}, "XDL", "XDLP", kNoSlot, 1.0,
       kText | kName | kFilter | kStored | kFacet, 60, 1},
      {FieldId::section, "section", {"section", "category"}, "XSEC", "K", kNoSlot, 1.0,
       kText | kFilter | kStored | kFacet | kQuoteDoc, 70, 1},
      {FieldId::source, "source", {"source", "publisher", "agency"}, "XSRC", "XS", 1, 1.0,
       kText | kName | kFilter | kStored | kFacet | kQuoteDoc, 80, 1},
      {FieldId::language, "language", {"language", "lang"}, "", "L", 3, 0,
       kFilter | kStored | kFacet | kQuoteDoc, 90, 1},
      {FieldId::body, "body", {"body", "text"}, "", "", kNoSlot, 1.0,
       kText | kDefaultSearch | kStored | kSnippet | kQuoteDoc},
      {FieldId::caption, "caption", {"caption", "photo"}, "XCAP", "", kNoSlot, 1.0,
       kText | kDefaultSearch | kStored | kSnippet},
      {FieldId::credit, "credit", {"credit"}, "XCR", "XCRED", kNoSlot, 1.0,
       kText | kName | kFilter | kStored | kFacet, 100, kMaxFacetValues},
      {FieldId::quote, "quote", {"quote"}, "XQ", "", kNoSlot, 1.0,
       kText | kDefaultSearch | kStored | kSnippet | kQuoteDoc | kInBody},
      {FieldId::speaker, "speaker", {"speaker"}, "XSP", "XSPK", kNoSlot, 1.0,
       kText | kName | kFilter | kStored | kFacet | kQuoteDoc, 110, kMaxFacetValues},
      {FieldId::person, "person", {"person", "people"}, "XP", "XPER", kNoSlot, 1.0,
       kText | kName | kFilter | kStored | kFacet, 120, kMaxFacetValues},
      {FieldId::organization, "organization", {"org", "organization", "organisation"}, "XO",
       "XORG", kNoSlot, 1.0, kText | kName | kFilter | kStored | kFacet, 130, kMaxFacetValues},
      {FieldId::place, "place", {"place", "location"}, "XPL", "XPLC", kNoSlot, 1.0,
       kText | kName | kFilter | kStored | kFacet, 140, kMaxFacetValues},
      {FieldId::entity, "entity", {"entity"}, "XE", "XENT", kNoSlot, 1.0, kText | kName | kFilter, kNoSlot,
       0, {FieldId::person, FieldId::organization, FieldId::place}},
      {FieldId::subject, "subject", {"subject", "topic", "keyword"}, "XSU", "XSUB", kNoSlot, 1.0,
       kText | kFilter | kStored | kFacet, 150, kMaxFacetValues},
      {FieldId::cluster, "cluster", {"cluster"}, "", "XCL", 2, 0, kFilter | kQuoteDoc},
      {FieldId::doctype, "type", {"type"}, "", "XT", kNoSlot, 0, kFilter | kQuoteDoc | kInternal},
      {FieldId::article, "article", {"article"}, "", "XART", kNoSlot, 0,
       kFilter | kQuoteDoc | kInternal},
  };
  return kFields;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

const std::vector<Field>& fields() { return table(); }

const Field& field(FieldId id) {
  for (const Field& f : table())
    if (f.id == id) return f;
  // Every FieldId has a row; reaching here is a bug in the table above.
  throw std::logic_error("schema: field without a row in the table");
}

const Field* find_field(std::string_view name) {
  const std::string wanted = lower(name);
  for (const Field& f : table())
    if (std::find(f.names.begin(), f.names.end(), wanted) != f.names.end()) return &f;
  return nullptr;
}

std::vector<std::string> facet_names() {
  std::vector<std::string> names;
  for (const Field& f : table())
    if (f.has(kFacet)) names.emplace_back(f.names.front());
  return names;
}

bool in_whole_text(const Field& f) {
  return f.has(kText) && f.has(kDefaultSearch) && !f.has(kName) && !f.has(kInBody) &&
         !f.text_prefix.empty();
}

std::string order_key(std::string_view compact_date, std::string_view id, std::size_t quote) {
  // The date as a number, big-endian so that bytes compare as numbers do.
  std::uint32_t day = 0;
  if (compact_date.size() == 8 &&
      std::all_of(compact_date.begin(), compact_date.end(),
                  [](char c) { return c >= '0' && c <= '9'; }))
    for (char c : compact_date) day = day * 10 + static_cast<std::uint32_t>(c - '0');
  // FNV-1a, 64 bits: fixed by its definition, so the order is the same on
  // every machine and in every version built from this table.
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (unsigned char c : id) hash = (hash ^ c) * 0x100000001b3ULL;
  std::string key(kOrderKeySize, '\0');
  for (int i = 0; i < 4; ++i) key[i] = static_cast<char>(day >> (8 * (3 - i)));
  for (int i = 0; i < 8; ++i) key[4 + i] = static_cast<char>(hash >> (8 * (7 - i)));
  if (quote > 0) {
    const auto n = static_cast<std::uint16_t>(std::min<std::size_t>(quote, 0xffff));
    key += static_cast<char>(n >> 8);
    key += static_cast<char>(n & 0xff);
  }
  return key;
}

std::string join_facet_values(const std::vector<std::string_view>& values, int most) {
  std::vector<std::string> kept;
  for (std::string_view v : values) {
    if (static_cast<int>(kept.size()) == most) break;
    std::string value(v);
    std::replace(value.begin(), value.end(), kFacetSeparator, ' ');
    if (!value.empty() && std::find(kept.begin(), kept.end(), value) == kept.end())
      kept.push_back(std::move(value));
  }
  std::sort(kept.begin(), kept.end());
  std::string out;
  for (const std::string& value : kept) {
    if (!out.empty()) out += kFacetSeparator;
    out += value;
  }
  return out;
}

std::vector<std::string_view> split_facet_values(std::string_view slot_value) {
  std::vector<std::string_view> out;
  while (!slot_value.empty()) {
    const auto end = std::min(slot_value.find(kFacetSeparator), slot_value.size());
    if (end > 0) out.push_back(slot_value.substr(0, end));
    slot_value.remove_prefix(std::min(end + 1, slot_value.size()));
  }
  return out;
}

std::vector<std::string> field_names() {
  std::vector<std::string> names;
  for (const Field& f : table())
    if (!f.has(kInternal))
      for (std::string_view n : f.names) names.emplace_back(n);
  return names;
}

std::string field_list() {
  std::string out;
  for (const Field& f : table()) {
    if (f.has(kInternal) || f.names.empty()) continue;
    if (!out.empty()) out += ", ";
    out += f.names.front();
    for (std::size_t i = 1; i < f.names.size(); ++i)
      out += std::string(i == 1 ? " (" : ", ") + std::string(f.names[i]);
    if (f.names.size() > 1) out += ')';
  }
  return out;
}

}  // namespace newsarchive::schema

#include <cstdint>
#include <cstdio>

#include "newsarchive/text.h"

namespace newsarchive::schema {

namespace {
// Xapian's limit is 245 bytes per term; leave room for the prefix.
constexpr std::size_t kMaxFilterTerm = 240;


// "prefix...cut" + 16 hex digits of the whole, when `s` is longer than
// `limit`; the cut keeps UTF-8 characters whole and `keep` bytes at least.
void shorten(std::string& s, std::size_t limit, std::size_t keep) {
  if (s.size() <= limit) return;
  char hash[17];
  std::snprintf(hash, sizeof hash, "%016llx", static_cast<unsigned long long>(stable_hash(s)));
  std::size_t cut = limit - 16;
  while (cut > keep && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  s.resize(cut);
  s += hash;
}
}  // namespace

std::uint64_t stable_hash(std::string_view s) {
  std::uint64_t h = 1469598103934665603ull;  // FNV-1a, 64 bits
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

std::string filter_term(const Field& f, std::string_view value) {
  std::string term(f.filter_prefix);
  // Ids and URLs are case-sensitive; every other value is normalised so
  // that the user need not match its case.
  if (f.id == FieldId::id || f.id == FieldId::url)
    term.append(value);
  else
    term += text::normalise(value);
  shorten(term, kMaxFilterTerm, f.filter_prefix.size());
  return term;
}

std::string input_record_key(std::string_view input_id) {
  std::string key(kInputRecordPrefix);
  key.append(input_id);
  shorten(key, kMaxFilterTerm, kInputRecordPrefix.size());
  return key;
}

std::string check_version(std::string_view stored, std::string_view path) {
  if (stored.empty() || stored == std::to_string(kSchemaVersion)) return "";
  return "database " + std::string(path) + " was written with schema version " +
         std::string(stored) + ", this newsarchive uses version " +
         std::to_string(kSchemaVersion) + "; rebuild it with newsindex into a new database";
}

}  // namespace newsarchive::schema
