#include "extract/boilerplate.h"

#include <algorithm>
#include <cstdint>

#include "text/text_scan.h"

namespace newsarchive::indexer {
namespace {

// A line longer than this is a paragraph, whatever it starts with. Long
// enough for "READ MORE: <a headline>" and a copyright notice.
constexpr std::size_t kMaxBytes = 160;
constexpr std::size_t kMaxWords = 24;

enum class Match { kWhole, kPrefix };

struct Pattern {
  Match match;
  std::string_view text;  // lower case
};

// kWhole: the line is exactly this, ignoring case and a final ':' '.' or '…'.
// kPrefix: the line starts with this (the pattern ends where a word ends).
constexpr Pattern kPatterns[] = {
    // Advertising.
    {Match::kWhole, "advertisement"},
    {Match::kWhole, "advertisements"},
    {Match::kWhole, "advertising"},
    {Match::kWhole, "skip advertisement"},
    {Match::kWhole, "story continues below advertisement"},
    {Match::kWhole, "article continues below advertisement"},
    {Match::kWhole, "sponsored"},
    {Match::kWhole, "sponsored content"},
    {Match::kWhole, "anzeige"},
    {Match::kWhole, "werbung"},
    {Match::kWhole, "publicité"},
    {Match::kWhole, "publicidad"},
    {Match::kWhole, "pubblicità"},
    // Links to other pages.
    {Match::kWhole, "read more"},
    {Match::kPrefix, "read more:"},
    {Match::kPrefix, "read more about"},
    {Match::kPrefix, "read more here"},
    {Match::kPrefix, "also read:"},
    {Match::kPrefix, "read also:"},
    {Match::kWhole, "continue reading"},
    {Match::kWhole, "related"},
    {Match::kPrefix, "related:"},
    {Match::kWhole, "related articles"},
    {Match::kWhole, "related stories"},
    {Match::kWhole, "related content"},
    {Match::kWhole, "related topics"},
    {Match::kWhole, "more on this story"},
    {Match::kPrefix, "see also:"},
    {Match::kPrefix, "watch:"},
    {Match::kPrefix, "listen:"},
    {Match::kWhole, "listen to this article"},
    {Match::kPrefix, "click here"},
    {Match::kPrefix, "lire aussi"},
    {Match::kPrefix, "à lire aussi"},
    {Match::kPrefix, "mehr zum thema"},
    {Match::kPrefix, "lesen sie auch"},
    {Match::kWhole, "weiterlesen"},
    {Match::kPrefix, "leggi anche"},
    {Match::kPrefix, "lee también"},
    // Sharing and following.
    {Match::kWhole, "share"},
    {Match::kWhole, "share this"},
    {Match::kWhole, "share this article"},
    {Match::kWhole, "share this story"},
    {Match::kWhole, "share this page"},
    {Match::kPrefix, "share on "},
    {Match::kPrefix, "share via "},
    {Match::kWhole, "print"},
    {Match::kWhole, "email"},
    {Match::kWhole, "comments"},
    {Match::kPrefix, "follow us on"},
    {Match::kPrefix, "follow us:"},
    {Match::kPrefix, "like us on facebook"},
    {Match::kPrefix, "download our app"},
    {Match::kPrefix, "download the app"},
    // Newsletters and paywalls.
    {Match::kPrefix, "sign up for"},
    {Match::kPrefix, "sign up to"},
    {Match::kWhole, "sign up"},
    {Match::kPrefix, "subscribe"},
    {Match::kPrefix, "get our newsletter"},
    {Match::kPrefix, "newsletter"},
    {Match::kPrefix, "already a subscriber"},
    {Match::kPrefix, "jetzt abonnieren"},
    {Match::kPrefix, "abonnez-vous"},
    // Rights notices.
    {Match::kPrefix, "copyright"},
    {Match::kPrefix, "(c) "},
    {Match::kPrefix, "(c)"},
    {Match::kPrefix, "\xC2\xA9"},  // ©
    {Match::kPrefix, "all rights reserved"},
};

bool word_boundary_after(std::string_view line, std::size_t n) {
  if (n >= line.size()) return true;
  const char prev = line[n - 1];
  const char next = line[n];
  // A pattern ending in punctuation or a space has its own boundary.
  if (!is_ascii_alpha(prev) && !is_ascii_digit(prev)) return true;
  return !is_ascii_alpha(next) && !is_ascii_digit(next) &&
         static_cast<unsigned char>(next) < 0x80;
}

std::string_view strip_final_mark(std::string_view s) {
  if (s.ends_with("\xE2\x80\xA6")) {  // …
    s.remove_suffix(3);
  } else if (!s.empty() && (s.back() == ':' || s.back() == '.' || s.back() == '!')) {
    s.remove_suffix(1);
  }
  return trim(s);
}

// The patterns' shortest length and their first bytes (ASCII folded to
// lower case): a line no pattern could match is passed at once, so that
// text of many short lines costs no pass over the table for each.
struct PatternIndex {
  std::size_t shortest = SIZE_MAX;
  bool first[256] = {};
  PatternIndex() {
    for (const Pattern& p : kPatterns) {
      shortest = std::min(shortest, p.text.size());
      first[static_cast<unsigned char>(p.text[0])] = true;
    }
  }
  bool may_match(std::string_view line) const {
    if (line.size() < shortest) return false;
    unsigned char c = static_cast<unsigned char>(line[0]);
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    return first[c];
  }
};

}  // namespace

bool is_boilerplate(std::string_view line) {
  static const PatternIndex index;
  line = trim(line);
  if (line.empty() || line.size() > kMaxBytes || !index.may_match(line)) return false;
  if (count_words(line) > kMaxWords) return false;
  const std::string_view whole = strip_final_mark(line);
  for (const Pattern& p : kPatterns) {
    if (p.match == Match::kWhole) {
      if (iequals(whole, p.text)) return true;
    } else if (istarts_with(line, p.text) && word_boundary_after(line, p.text.size())) {
      return true;
    }
  }
  return false;
}

}  // namespace newsarchive::indexer
