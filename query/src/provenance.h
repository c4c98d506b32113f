// Quote provenance (QuoteProvenance): where a quote key's quote first
// appeared, who carried it and whom they said spoke, read from every quote
// document with the key.
#pragma once

#include <xapian.h>

#include <string>

#include "newsarchive/search.h"

namespace newsarchive::query {

// "world/capri.txt#q3" -> "world/capri.txt"
std::string article_of_quote(const std::string& quote_id);

// The provenance of quote key `key`; with `list_carriers`, every carrier
// read too, oldest first (the dated, then the undated). Counts the key's
// carriers, reads the values (date, source, speaker and article) of the
// oldest `most` (at least one), and the stored data only of those it
// shows; `*read` gains how many carriers the key has.
QuoteProvenance provenance_of(const Xapian::Database& db, const std::string& key,
                              bool list_carriers, std::size_t most, std::size_t* read);

}  // namespace newsarchive::query
