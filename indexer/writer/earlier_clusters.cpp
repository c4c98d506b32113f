#include "writer/earlier_clusters.h"

#include <algorithm>
#include <string>
#include <vector>

#include "dedupe/cluster_key.h"
#include "dedupe/stored_fingerprint.h"
#include "newsarchive/schema.h"
#include "writer/database.h"

namespace newsarchive::indexer {
namespace {

// Lookups between two reopens of the database. The writer commits every
// batch of articles; a reopen now and then makes them visible here, long
// before they leave the window of recent articles.
constexpr std::size_t kReopenEvery = 1000;

}  // namespace

EarlierClusters::EarlierClusters(Xapian::Database db) : db_(std::move(db)) {
  try {
    started_empty_ = db_.get_doccount() == 0;
  } catch (const Xapian::Error& e) {
    throw DatabaseError("cannot look for earlier copies in the database: " +
                        e.get_description());
  }
}

std::optional<ClusterMatch> EarlierClusters::find(const ClusterSearch& search) {
  try {
    if (++since_reopen_ >= kReopenEvery) {
      db_.reopen();
      since_reopen_ = 0;
    }
    try {
      return look_up(search);
    } catch (const Xapian::DatabaseModifiedError&) {
      // More than one commit since the last reopen: read the latest.
      db_.reopen();
      since_reopen_ = 0;
      return look_up(search);
    }
  } catch (const Xapian::Error& e) {
    throw DatabaseError("cannot look for earlier copies in the database: " +
                        e.get_description());
  }
}

std::optional<ClusterMatch> EarlierClusters::look_up(const ClusterSearch& search) {
  if (db_.get_doccount() == 0) return std::nullopt;
  const auto cluster_slot =
      static_cast<Xapian::valueno>(schema::field(schema::FieldId::cluster).value_slot);
  // The document this article will replace, if it was indexed before. When
  // its text is the same, so is its cluster: one lookup instead of one a
  // band, which makes indexing a collection again cheap.
  const std::string id_term = schema::filter_term(schema::field(schema::FieldId::id), search.id);
  Xapian::docid self = 0;
  if (const auto p = db_.postlist_begin(id_term); p != db_.postlist_end(id_term)) {
    self = *p;
    const Xapian::Document doc = db_.get_document(self, Xapian::DOC_ASSUME_VALID);
    const Fingerprint stored = decode_signature(doc.get_value(schema::kSignatureSlot));
    if (std::equal(stored.begin(), stored.end(), search.print.begin(), search.print.end()))
      if (const auto key = parse_cluster_key(doc.get_value(cluster_slot)))
        return ClusterMatch{*key, 1.0};
  }

  std::optional<ClusterMatch> best;
  std::vector<Xapian::docid> seen;
  for (const std::uint64_t band : search.bands) {
    const std::string term = band_term(band);
    std::size_t read = 0;
    for (auto p = db_.postlist_begin(term); p != db_.postlist_end(term) && read < kMaxPerBand;
         ++p) {
      const Xapian::docid did = *p;
      if (did == self || std::find(seen.begin(), seen.end(), did) != seen.end()) continue;
      seen.push_back(did);
      ++read;
      const Xapian::Document doc = db_.get_document(did, Xapian::DOC_ASSUME_VALID);
      const double s =
          similarity(search.print, decode_signature(doc.get_value(schema::kSignatureSlot)));
      if (s < search.threshold || (best && s <= best->similarity)) continue;
      if (const auto key = parse_cluster_key(doc.get_value(cluster_slot)))
        best = ClusterMatch{*key, s};
    }
  }
  return best;
}

}  // namespace newsarchive::indexer
