#include "text/text_scan.h"

#include <algorithm>
#include <array>

#include "newsarchive/ascii.h"

namespace newsarchive::indexer {
namespace {

constexpr std::string_view kNbsp = "\xC2\xA0";

// Quote marks as UTF-8. Straight quotes count at both ends.
constexpr std::array<std::string_view, 6> kClosingQuotes = {
    "\"", "\xE2\x80\x9D" /* ” */, "\xE2\x80\x99" /* ’ */, "\xC2\xBB" /* » */,
    "\xE3\x80\x8D" /* 」 */, "'"};
constexpr std::array<std::string_view, 7> kOpeningQuotes = {
    "\"", "\xE2\x80\x9C" /* “ */, "\xE2\x80\x98" /* ‘ */, "\xC2\xAB" /* « */,
    "\xE3\x80\x8C" /* 「 */, "\xE2\x80\x9E" /* „ */, "'"};

}  // namespace

std::string_view trim(std::string_view s) {
  for (;;) {
    if (!s.empty() && is_ascii_space(s.front())) {
      s.remove_prefix(1);
    } else if (s.starts_with(kNbsp)) {
      s.remove_prefix(kNbsp.size());
    } else {
      break;
    }
  }
  for (;;) {
    if (!s.empty() && is_ascii_space(s.back())) {
      s.remove_suffix(1);
    } else if (s.ends_with(kNbsp)) {
      s.remove_suffix(kNbsp.size());
    } else {
      break;
    }
  }
  return s;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (lower_ascii(a[i]) != lower_ascii(b[i])) return false;
  }
  return true;
}

bool istarts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

std::vector<std::string_view> space_separated(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t pos = 0;
  while (pos < s.size()) {
    const std::size_t sp = std::min(s.find(' ', pos), s.size());
    if (sp > pos) out.push_back(s.substr(pos, sp - pos));
    pos = sp + 1;
  }
  return out;
}

std::size_t count_words(std::string_view s) {
  std::size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    if (is_ascii_space(c)) {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      ++n;
    }
  }
  return n;
}

std::size_t count_sentences(std::string_view s) {
  s = trim(s);
  std::size_t n = 0;
  std::size_t word_start = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (is_ascii_space(c)) {
      word_start = i + 1;
      continue;
    }
    // CJK full stop, exclamation and question marks end a sentence as is.
    if (s.substr(i).starts_with("\xE3\x80\x82") || s.substr(i).starts_with("\xEF\xBC\x81") ||
        s.substr(i).starts_with("\xEF\xBC\x9F")) {
      ++n;
      i += 2;
      continue;
    }
    if (c != '.' && c != '!' && c != '?') continue;
    // Skip closing quotes and brackets after the mark, then require a space
    // or the end.
    std::size_t j = i + 1;
    for (;;) {
      bool moved = false;
      for (std::string_view q : kClosingQuotes) {
        if (s.substr(j).starts_with(q)) {
          j += q.size();
          moved = true;
        }
      }
      if (j < s.size() && s[j] == ')') {
        ++j;
        moved = true;
      }
      if (!moved) break;
    }
    if (j < s.size() && !is_ascii_space(s[j])) continue;
    // "Mr." "J." "U.S." are not sentence ends: a title, an initial, or a
    // word with an inner dot.
    const std::string_view word = s.substr(word_start, i - word_start);
    if (c == '.' && j < s.size() && is_abbreviation(word)) continue;
    ++n;
    i = j > i ? j - 1 : i;
  }
  return n;
}

bool ends_with_quote(std::string_view s) {
  s = trim(s);
  for (std::string_view q : kClosingQuotes) {
    if (s.ends_with(q)) return true;
  }
  // A quote that closes before the final full stop: ...,” she said." does
  // not count; ...end of it.” does, handled above. "...it”." also counts.
  if (!s.empty() && (s.back() == '.' || s.back() == ',')) {
    s.remove_suffix(1);
    for (std::string_view q : kClosingQuotes) {
      if (s.ends_with(q)) return true;
    }
  }
  return false;
}

bool starts_with_quote(std::string_view s) {
  s = trim(s);
  for (std::string_view q : kOpeningQuotes) {
    if (s.starts_with(q)) return true;
  }
  return false;
}

bool is_name_particle(std::string_view w) {
  static constexpr std::string_view kParticles[] = {"de", "da", "del", "della", "der", "den",
                                                    "di", "du", "des", "van", "von", "la",
                                                    "le", "al", "bin", "ibn", "dos", "el", "y"};
  return std::find(std::begin(kParticles), std::end(kParticles), w) != std::end(kParticles);
}

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' || text[i] == '\r') {
      lines.push_back(text.substr(start, i - start));
      if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      start = i + 1;
    }
  }
  lines.push_back(text.substr(start));
  return lines;
}

std::string collapse_space(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    bool space = is_ascii_space(static_cast<char>(c));
    std::size_t skip = 0;
    // U+00A0 no-break space, U+00AD soft hyphen and U+200B zero-width space
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
      space = true;
      skip = 1;
    } else if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xAD) {
      ++i;
      continue;
    } else if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
               static_cast<unsigned char>(text[i + 2]) == 0x8B) {
      i += 2;
      continue;
    }
    if (space) {
      pending = !out.empty();
      i += skip;
      continue;
    }
    if (pending) out += ' ';
    pending = false;
    out += static_cast<char>(c);
  }
  return out;
}

bool is_abbreviation(std::string_view word) {
  // Titles, company and month abbreviations and US states' short forms.
  static constexpr std::string_view kAbbreviations[] = {
      "mr",   "mrs",  "ms",   "dr",   "st",   "jr",   "sr",   "prof", "gen",  "col",  "lt",
      "sgt",  "capt", "rep",  "reps", "sen",  "sens", "gov",  "rev",  "mt",   "ft",   "inc",
      "ltd",  "corp", "co",   "bros", "vs",   "etc",  "approx", "dept", "fig", "no",  "adm",
      "maj",  "cmdr", "supt", "det",  "insp", "pres", "atty", "jan",  "feb",  "mar",  "apr",
      "jun",  "jul",  "aug",  "sep",  "sept", "oct",  "nov",  "dec",  "ariz", "calif", "colo",
      "conn", "fla",  "ill",  "ind",  "kan",  "mass", "mich", "minn", "miss", "nev",  "okla",
      "ore",  "penn", "tenn", "tex",  "va",   "wash", "wis",  "ala",  "ark",  "del",  "ga",
      "ky",   "la",   "md",   "mo",   "mont", "neb",  "d-md", "r-ky"};
  while (!word.empty() && !is_ascii_alpha(word.front())) word.remove_prefix(1);
  if (word.size() == 1 && is_ascii_upper(word[0])) return true;  // an initial
  if (word.find('.') != std::string_view::npos) return true;    // U.S., e.g.
  for (std::string_view a : kAbbreviations)
    if (iequals(word, a)) return true;
  return false;
}

}  // namespace newsarchive::indexer
