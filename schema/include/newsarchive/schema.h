// The schema: the one table that says how each article field is indexed.
//
// The indexer and the query parser both loop over fields(); no term prefix,
// value slot or weight is written anywhere else in the code.
//
// Documents
//   Each article is one Xapian document (type:article). Its data is the
//   Article as JSON (article_json.h, JsonDetail::stored: without entity
//   mentions). Its unique id term is the `id` field's
//   filter prefix followed by the article id, so indexing the same input
//   again replaces it.
//   Each direct quote is also a document of its own (type:quote), with the
//   id "<article id>#q<n>" and the `article` filter term of its article, so
//   that all of an article's quotes are replaced with it. It indexes only
//   the fields flagged kQuoteDoc: the quote text (as `quote`), its speaker,
//   the text around it as its body (the rest of the quote's sentence and the
//   sentence before, without the quote's own words), and the article's date, source,
//   section and language. Its data is an Article holding the article's
//   headline, date, source and url, and that one quote.
//
// Copies
//   Articles that are copies of one story (an agency item as several outlets
//   ran it) share a `cluster` key, found at index time (indexer/dedupe/); an
//   article that copies no other has a key of its own. The query side
//   collapses on its value slot in articles mode. A quote document holds its
//   article's key as a value, not as a term: the term counts a story's
//   articles.
//   For later runs to find the copies an article may have, its document also
//   holds its MinHash signature in kSignatureSlot and one boolean term per
//   LSH band: kBandPrefix followed by the low 40 bits of the band's hash
//   in 10 hex digits (band_term, indexer/dedupe/stored_fingerprint.h).
//
// Quote keys
//   The quote documents that carry one quote, in any article (verbatim,
//   trimmed, re-punctuated or with words elided by "..."), share a
//   `quotekey`, found at index time (indexer/dedupe/quote_words.h,
//   indexer/writer/quote_key_index.h): its value slot, which quotes mode
//   collapses on, and its filter term, which the quote's article holds too,
//   so that quotekey:KEY finds the carriers in either mode. A quote of at
//   least kMinSharedQuoteWords words joins the key of an earlier quote that
//   founded one when the shingles of the one with fewer lie mostly in the
//   other's (same_quote) and, when the shorter has under
//   kAnySpeakerShingles shingles, their speakers agree (same_speaker);
//   else it founds a key of its own, the hash of its words (and of its
//   speaker, for such a medium quote), and its document holds one
//   kQuoteShinglePrefix term per shingle (the low 40 bits of its hash in 10
//   hex digits) for later runs to find it. A quote that finds its own key
//   (an article indexed again) founds it again. A shorter quote is too
//   common a phrase to tell one utterance from another: it shares a key
//   only with the same words in copies of its article's story (the
//   article's cluster key, the words and which repeat of them in the
//   article it is, hashed).
//
// Terms
//   Free-text fields produce, for each word, the normalised word with its
//   position under the field's text prefix, and "Z" + text prefix + stem
//   without position (Xapian's convention for stemmed terms); names (fields
//   flagged kName: people, places, bylines...) are not stemmed, and a query
//   word searches them as written. In a quote's document the text around
//   the quote (its body) gives stems only: it helps find the quote
//   by its subject, while phrases are matched in the quote itself. The body is
//   indexed without a prefix, and an article's other free-text fields in
//   the default search that are not names (headline, standfirst, caption)
//   give their words and stems there too, without positions, `weight` times
//   each (its wdf): the article's whole text as one field, so that BM25
//   sees one frequency and one length per word, and a headline word counts
//   twice where a body word counts once. An unfielded query word searches
//   that whole text and the name fields in the default search (bylines); a
//   phrase or a wildcard searches every default field, each under its own
//   prefix. In a quote's document the quote and its context are searched as
//   their fields, each weighted by `weight`. Paragraphs and
//   captions within a field are separated by kParagraphGap positions, so a
//   phrase never matches across them; fields have their own prefixes, so a
//   phrase never matches across fields either.
//   Filter fields produce one boolean term: filter prefix + normalised value.
//   A field that `covers` others is searched with them: entity: searches the
//   person, organisation and place fields and its own terms, which hold only
//   the entities of other types, so that each name is indexed once.
//   Prefixes follow Omega's conventions where one exists (Q id, U url, S
//   headline, A byline, L language, K section, H host, D/M/Y dates) and are
//   X-prefixed otherwise. All term bodies are lower case, so no prefix needs
//   Omega's ':' separator.
//
// Values
//   Slot numbers are in namespace slot below, one list of every slot; the
//   date slot holds "YYYYMMDD", which sorts as a string. Each facet has a
//   slot of its own (`facet_slot`). A many-valued field's slot (people, bylines) holds the
//   document's distinct values, the first kMaxFacetValues it gives, sorted
//   and joined by kFacetSeparator (join_facet_values): Xapian's
//   ValueCountMatchSpy counts each combination with one read a document,
//   and the query side adds a combination's count to each of its values.
//   Values beyond kMaxFacetValues are searchable but not counted.
//
// Metadata
//   kVersionKey: kSchemaVersion as decimal text; opening a database with
//     another version is an error that says to rebuild it.
//   kLanguagesKey: the languages of indexed articles, comma-separated, so the
//     query side can stem query words for each of them.
//   kPartKey: "K/N" when the database holds part K of N of an archive
//     (newsindex --part), so that a later run cannot mix in other parts or
//     skip their articles as already indexed.
//   input_record_key(input id): "<size> <mtime in ns>" of an input file all
//     of whose articles the database holds, so that a later run can skip it
//     while it is unchanged. Each shard of a sharded database keeps its own
//     records: an input counts as indexed when every shard has its record.
//
// Shards and generations
//   A database is a directory holding its shards (each a database as above)
//   and a stub file XAPIANDB listing them, which Xapian opens as one
//   database. An article lives in shard stable_hash(id) % N. A shard's
//   directory is shard-<i> as created and shard-<i>.g<G> once a run has
//   merged into it: the stub names the current generation G, and the
//   staging area of a run building on it is staging.g<G>/ beside it
//   (indexer/writer/staging.h).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsarchive::schema {

// Bump when a change to the table makes older databases unreadable.
// 4: databases are directories of shard generations (see "Shards").
// 5: stored data without empty keys, quote documents without their context
//    in it, band terms of 40 bits.
// 6: the order key is 12 bytes: the date and a hash of the id (kOrderSlot).
// 7: headline, standfirst and caption words also in the article's whole
//    text, unprefixed (Terms).
// 8: quote keys (Quote keys).
inline constexpr int kSchemaVersion = 8;

inline constexpr std::string_view kVersionKey = "newsarchive:schema-version";
inline constexpr std::string_view kLanguagesKey = "newsarchive:languages";
inline constexpr std::string_view kInputRecordPrefix = "newsarchive:input:";
inline constexpr std::string_view kPartKey = "newsarchive:part";

// Position gap between paragraphs and between repeated values of one field.
inline constexpr unsigned kParagraphGap = 100;

// Values of a many-valued field that facets count per document.
inline constexpr int kMaxFacetValues = 8;
// Between the values in a many-valued field's facet slot.
inline constexpr char kFacetSeparator = '\x1f';

// Prefix of stemmed terms (Xapian's convention).
inline constexpr std::string_view kStemPrefix = "Z";

// Every value slot, in one list: a field's own (Field::value_slot), each
// facet's (Field::facet_slot) and those of no field.
namespace slot {
inline constexpr int kDate = 0;       // "YYYYMMDD"
inline constexpr int kSource = 1;
inline constexpr int kCluster = 2;    // the copies' shared key
inline constexpr int kLanguage = 3;
inline constexpr int kSignature = 4;  // MinHash signature (Copies)
inline constexpr int kOrder = 5;      // order of equal relevance (order_key)
inline constexpr int kQuoteKey = 6;   // a quote document's quote key
inline constexpr int kHostFacet = 10;
inline constexpr int kFormatFacet = 20;
inline constexpr int kBylineFacet = 30;
inline constexpr int kYearFacet = 40;
inline constexpr int kMonthFacet = 50;
inline constexpr int kDatelineFacet = 60;
inline constexpr int kSectionFacet = 70;
inline constexpr int kSourceFacet = 80;
inline constexpr int kLanguageFacet = 90;
inline constexpr int kCreditFacet = 100;
inline constexpr int kSpeakerFacet = 110;
inline constexpr int kPersonFacet = 120;
inline constexpr int kOrganizationFacet = 130;
inline constexpr int kPlaceFacet = 140;
inline constexpr int kSubjectFacet = 150;
inline constexpr int kQuoteKeyFacet = 160;
}  // namespace slot

// Near-duplicate detection (see "Copies" above): the prefix of the band
// terms and the value slot of the signature. Neither is a field users type.
inline constexpr std::string_view kBandPrefix = "XMB";
inline constexpr int kSignatureSlot = slot::kSignature;

// Quote keys (see "Quote keys" above): the prefix of the word-shingle terms
// a quote document holds when its quote founded its key. Not a field users
// type.
inline constexpr std::string_view kQuoteShinglePrefix = "XQW";

// Results of equal relevance are ordered by this slot, newest first: the
// document's date, then a fixed 64-bit hash of its id (order_key), so that
// the order depends on neither the shards nor the order of indexing. The
// key is 12 bytes (4 of date as the number YYYYMMDD, 0 when there is none,
// then 8 of hash, both big-endian): every candidate of a match reads it, and
// a key holding the whole id (schema 5) made the match up to a third slower.
// A quote document's key is its article's, then the quote's number (1 for
// the first, 2 bytes): the quotes of one article keep the article's order.
inline constexpr int kOrderSlot = slot::kOrder;
inline constexpr std::size_t kOrderKeySize = 12;
std::string order_key(std::string_view compact_date, std::string_view id, std::size_t quote = 0);

enum class FieldId {
  id, url, host, format, headline, standfirst, byline, date, year, month,
  dateline, section, source, language, body, caption, credit, quote, speaker,
  person, organization, place, entity, subject, cluster, quotekey, doctype, article,
};

// How a field's value is indexed.
enum Flags : unsigned {
  kText = 1u << 0,           // free text: words, stems, positions
  kFilter = 1u << 1,         // one boolean term per value
  kDefaultSearch = 1u << 2,  // searched by unfielded query words
  kStored = 1u << 3,         // kept in the stored Article for display
  kFacet = 1u << 4,          // can be counted as a facet
  kSnippet = 1u << 5,        // snippets are cut from it
  kQuoteDoc = 1u << 6,       // also indexed in each quote's own document
  kName = 1u << 7,           // names: words as written, never stemmed
  // The field's words are also in an article's body (quotes): unfielded
  // searches of articles find them there and skip the field, so that they
  // are not counted twice; searches of quote documents, whose body is only
  // the text around the quote, search the field itself.
  kInBody = 1u << 8,
  // Kept for the indexer's own use (a document's type, its article): the
  // query parser knows the name, but field lists for users leave it out.
  kInternal = 1u << 9,
};

inline constexpr int kNoSlot = -1;

// One row of the table (schema.cpp), written with the members' names:
// what a row leaves out has the default below.
struct Field {
  FieldId id;
  std::string_view name;                 // canonical name, as in JSON
  std::vector<std::string_view> names;   // what users may type before ':'
  std::string_view text_prefix = {};     // for kText ("" for the body)
  std::string_view filter_prefix = {};   // for kFilter
  int value_slot = kNoSlot;              // namespace slot
  // For a field whose words are also in the article's whole text (Terms):
  // their wdf there. Otherwise the query-time weight of its matches when an
  // unfielded query searches it beside other fields.
  double weight = 0;
  unsigned flags = 0;
  // For kFacet: the value slot holding the field's display values, for
  // counting with Xapian's ValueCountMatchSpy (which also runs on remote
  // shards), and how many distinct values of a document it holds: 1, or
  // kMaxFacetValues for a many-valued field (see Values above).
  int facet_slot = kNoSlot;
  int facet_values = 0;
  // Fields that a search of this one searches too: entity: is person:,
  // org: and place: with the entities of no such type (entity's own terms),
  // so that each name is indexed once.
  std::vector<FieldId> covers = {};

  bool has(Flags f) const { return (flags & f) != 0; }
};

// Whether an article's field `f` gives its words to the whole text (Terms).
bool in_whole_text(const Field& f);

// Every field, in a stable order.
const std::vector<Field>& fields();

// The field with this id.
const Field& field(FieldId id);

// The field a user means by `name` (case-insensitive, "title" -> headline),
// or nullptr.
const Field* find_field(std::string_view name);

// The names users can type, every alias included (internal fields left
// out), in the table's order.
std::vector<std::string> field_names();

// The names of the fields that can be facets, for --help and errors.
std::vector<std::string> facet_names();

// The fields users may name, each as "name (alias, alias)", joined by ", ":
// the list --help and the query parser's errors give.
std::string field_list();

// A facet slot's contents: the distinct values among `values`, the first
// `most` of them, sorted and joined by kFacetSeparator (which a value
// cannot hold: it becomes a space); "" when there are none.
std::string join_facet_values(const std::vector<std::string_view>& values, int most);

// The values a facet slot holds, in order.
std::vector<std::string_view> split_facet_values(std::string_view slot_value);

}  // namespace newsarchive::schema

namespace newsarchive::schema {

// The boolean term for `value` of a filter field: the field's filter prefix
// and the normalised value. Values too long for a Xapian term are cut and
// end in a hash of the whole, so distinct values keep distinct terms. Used
// by the indexer and by the query parser alike.
std::string filter_term(const Field& field, std::string_view value);

// The metadata key of an input's record (see Metadata above); long ids are
// cut and end in a hash of the whole.
std::string input_record_key(std::string_view input_id);

// A 64-bit hash that is the same on every run and machine (FNV-1a): it
// chooses an article's shard and shortens long terms.
std::uint64_t stable_hash(std::string_view s);

// Checks the schema version a database records (its kVersionKey metadata).
// Returns "" when it matches, else a message for `path` that says what to do.
// An empty `stored` (a new, empty database) matches.
std::string check_version(std::string_view stored, std::string_view path);

}  // namespace newsarchive::schema
