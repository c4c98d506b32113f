// "Did you mean" data: Xapian's spelling table, filled from the words of the
// index rather than from every word of every article as it is written. At
// the end of a run the body's vocabulary is read once, and each word found
// in at least kMinSpellingDocs documents gets that count as its spelling
// frequency; rarer words (typos among them) are left out, or taken out.
#pragma once

#include <xapian.h>

#include <cstddef>

namespace newsarchive::indexer {

inline constexpr unsigned kMinSpellingDocs = 2;

// Brings the spelling table of `db` up to date with its terms, without
// committing. Returns the number of words changed. Throws Xapian::Error.
std::size_t update_spelling(Xapian::WritableDatabase& db);

}  // namespace newsarchive::indexer
