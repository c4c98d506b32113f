#include "writer/spelling.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace newsarchive::indexer {
namespace {

// A word worth suggesting: letters only (any script; UTF-8 lead and
// continuation bytes count as letters), 3 to 24 bytes. Unprefixed terms are
// body words; every prefixed term starts with a capital letter.
bool is_spelling_word(const std::string& t) {
  if (t.size() < 3 || t.size() > 24) return false;
  for (unsigned char c : t)
    if (!((c >= 'a' && c <= 'z') || c >= 0x80)) return false;
  return true;
}

}  // namespace

std::size_t update_spelling(Xapian::WritableDatabase& db) {
  // The words of the index and of the spelling table, both in order, are
  // walked together; each side's count is compared with the other's.
  std::vector<std::pair<std::string, std::int64_t>> changes;
  auto t = db.allterms_begin();
  t.skip_to("a");  // prefixes are capitals, which sort before "a"
  auto sp = db.spellings_begin();
  const auto t_end = db.allterms_end();
  const auto sp_end = db.spellings_end();
  while (t != t_end || sp != sp_end) {
    // The smaller of the two current words, from either side or both.
    const std::string term = t != t_end ? *t : std::string();
    const std::string spelt = sp != sp_end ? *sp : std::string();
    const bool in_terms = t != t_end && (sp == sp_end || term <= spelt);
    const bool in_spelling = sp != sp_end && (t == t_end || spelt <= term);
    std::string word = in_terms ? term : spelt;
    Xapian::doccount want = 0, have = 0;
    if (in_terms) {
      if (is_spelling_word(word) && t.get_termfreq() >= kMinSpellingDocs) want = t.get_termfreq();
      ++t;
    }
    if (in_spelling) {
      have = sp.get_termfreq();
      ++sp;
    }
    if (want != have)
      changes.emplace_back(std::move(word), static_cast<std::int64_t>(want) - have);
  }
  // Changed after the walk, not during it.
  for (const auto& [word, delta] : changes) {
    if (delta > 0)
      db.add_spelling(word, static_cast<Xapian::termcount>(delta));
    else
      db.remove_spelling(word, static_cast<Xapian::termcount>(-delta));
  }
  return changes.size();
}

}  // namespace newsarchive::indexer
