#include "newsarchive/schema.h"

#include "newsarchive/ascii.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace newsarchive::schema {
namespace {

// The table, a named row a field. Slots come from the one list in schema.h
// (namespace slot). `weight`: for the headline, standfirst and captions, the
// wdf of their words in the whole text; for other fields searched by
// unfielded words, the query-time weight of their matches.
const std::vector<Field>& table() {
  static const std::vector<Field> kFields = {
      {.id = FieldId::id, .name = "id", .names = {"id"}, .filter_prefix = "Q",
       .flags = kFilter | kStored | kQuoteDoc},
      {.id = FieldId::url, .name = "url", .names = {"url"}, .filter_prefix = "U",
       .flags = kFilter | kStored},
      {.id = FieldId::host, .name = "host", .names = {"host", "site"}, .filter_prefix = "H",
       .flags = kFilter | kFacet | kQuoteDoc, .facet_slot = slot::kHostFacet, .facet_values = 1},
      {.id = FieldId::format, .name = "format", .names = {"format"}, .filter_prefix = "XF",
       .flags = kFilter | kStored | kFacet, .facet_slot = slot::kFormatFacet, .facet_values = 1},
      {.id = FieldId::headline, .name = "headline", .names = {"headline", "title"},
       .text_prefix = "S", .weight = 2.0, .flags = kText | kDefaultSearch | kStored | kSnippet},
      {.id = FieldId::standfirst, .name = "standfirst",
       .names = {"standfirst", "summary", "description"}, .text_prefix = "XSF", .weight = 1.0,
       .flags = kText | kDefaultSearch | kStored | kSnippet},
      {.id = FieldId::byline, .name = "byline", .names = {"byline", "author", "by"},
       .text_prefix = "A", .filter_prefix = "XBY", .weight = 1.0,
       .flags = kText | kName | kFilter | kDefaultSearch | kStored | kFacet,
       .facet_slot = slot::kBylineFacet, .facet_values = kMaxFacetValues},
      {.id = FieldId::date, .name = "date", .names = {"date"}, .filter_prefix = "D",
       .value_slot = slot::kDate, .flags = kFilter | kStored | kQuoteDoc},
      {.id = FieldId::year, .name = "year", .names = {"year"}, .filter_prefix = "Y",
       .flags = kFilter | kFacet | kQuoteDoc, .facet_slot = slot::kYearFacet, .facet_values = 1},
      {.id = FieldId::month, .name = "month", .names = {"month"}, .filter_prefix = "M",
       .flags = kFilter | kFacet | kQuoteDoc, .facet_slot = slot::kMonthFacet, .facet_values = 1},
      {.id = FieldId::dateline, .name = "dateline", .names = {"dateline"}, .text_prefix = "XDL",
       .filter_prefix = "XDLP", .weight = 1.0, .flags = kText | kName | kFilter | kStored | kFacet,
       .facet_slot = slot::kDatelineFacet, .facet_values = 1},
      {.id = FieldId::section, .name = "section", .names = {"section", "category"},
       .text_prefix = "XSEC", .filter_prefix = "K", .weight = 1.0,
       .flags = kText | kFilter | kStored | kFacet | kQuoteDoc, .facet_slot = slot::kSectionFacet,
       .facet_values = 1},
      {.id = FieldId::source, .name = "source", .names = {"source", "publisher", "agency"},
       .text_prefix = "XSRC", .filter_prefix = "XS", .value_slot = slot::kSource, .weight = 1.0,
       .flags = kText | kName | kFilter | kStored | kFacet | kQuoteDoc,
       .facet_slot = slot::kSourceFacet, .facet_values = 1},
      {.id = FieldId::language, .name = "language", .names = {"language", "lang"},
       .filter_prefix = "L", .value_slot = slot::kLanguage,
       .flags = kFilter | kStored | kFacet | kQuoteDoc, .facet_slot = slot::kLanguageFacet,
       .facet_values = 1},
      {.id = FieldId::body, .name = "body", .names = {"body", "text"}, .weight = 1.0,
       .flags = kText | kDefaultSearch | kStored | kSnippet | kQuoteDoc},
      {.id = FieldId::caption, .name = "caption", .names = {"caption", "photo"},
       .text_prefix = "XCAP", .weight = 1.0, .flags = kText | kDefaultSearch | kStored | kSnippet},
      {.id = FieldId::credit, .name = "credit", .names = {"credit"}, .text_prefix = "XCR",
       .filter_prefix = "XCRED", .weight = 1.0, .flags = kText | kName | kFilter | kStored | kFacet,
       .facet_slot = slot::kCreditFacet, .facet_values = kMaxFacetValues},
      {.id = FieldId::quote, .name = "quote", .names = {"quote"}, .text_prefix = "XQ",
       .weight = 1.0, .flags = kText | kDefaultSearch | kStored | kSnippet | kQuoteDoc | kInBody},
      {.id = FieldId::speaker, .name = "speaker", .names = {"speaker"}, .text_prefix = "XSP",
       .filter_prefix = "XSPK", .weight = 1.0,
       .flags = kText | kName | kFilter | kStored | kFacet | kQuoteDoc,
       .facet_slot = slot::kSpeakerFacet, .facet_values = kMaxFacetValues},
      {.id = FieldId::person, .name = "person", .names = {"person", "people"}, .text_prefix = "XP",
       .filter_prefix = "XPER", .weight = 1.0, .flags = kText | kName | kFilter | kStored | kFacet,
       .facet_slot = slot::kPersonFacet, .facet_values = kMaxFacetValues},
      {.id = FieldId::organization, .name = "organization",
       .names = {"org", "organization", "organisation"}, .text_prefix = "XO",
       .filter_prefix = "XORG", .weight = 1.0, .flags = kText | kName | kFilter | kStored | kFacet,
       .facet_slot = slot::kOrganizationFacet, .facet_values = kMaxFacetValues},
      {.id = FieldId::place, .name = "place", .names = {"place", "location"}, .text_prefix = "XPL",
       .filter_prefix = "XPLC", .weight = 1.0, .flags = kText | kName | kFilter | kStored | kFacet,
       .facet_slot = slot::kPlaceFacet, .facet_values = kMaxFacetValues},
      {.id = FieldId::entity, .name = "entity", .names = {"entity"}, .text_prefix = "XE",
       .filter_prefix = "XENT", .weight = 1.0, .flags = kText | kName | kFilter,
       .covers = {FieldId::person, FieldId::organization, FieldId::place}},
      {.id = FieldId::subject, .name = "subject", .names = {"subject", "topic", "keyword"},
       .text_prefix = "XSU", .filter_prefix = "XSUB", .weight = 1.0,
       .flags = kText | kFilter | kStored | kFacet, .facet_slot = slot::kSubjectFacet,
       .facet_values = kMaxFacetValues},
      {.id = FieldId::cluster, .name = "cluster", .names = {"cluster"}, .filter_prefix = "XCL",
       .value_slot = slot::kCluster, .flags = kFilter | kQuoteDoc},
      {.id = FieldId::quotekey, .name = "quotekey", .names = {"quotekey"}, .filter_prefix = "XQK",
       .value_slot = slot::kQuoteKey, .flags = kFilter | kFacet | kQuoteDoc,
       .facet_slot = slot::kQuoteKeyFacet, .facet_values = 1},
      {.id = FieldId::doctype, .name = "type", .names = {"type"}, .filter_prefix = "XT",
       .flags = kFilter | kQuoteDoc | kInternal},
      {.id = FieldId::article, .name = "article", .names = {"article"}, .filter_prefix = "XART",
       .flags = kFilter | kQuoteDoc | kInternal},
  };
  return kFields;
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
  const std::string wanted = lower_ascii(name);
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
