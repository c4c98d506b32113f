#include "newsarchive/language.h"

#include "newsarchive/ascii.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <unordered_map>
#include <vector>

namespace newsarchive {
namespace {

// The commonest short function words of each Latin-script language that has
// a Snowball stemmer. Words shared by several languages ("a", "de") still
// help: the other words of the text decide.
struct WordList {
  const char* language;
  std::array<const char*, 24> words;
};

constexpr WordList kWordLists[] = {
    {"en", {"the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "on", "it",
            "as", "by", "said", "are", "has", "have", "from", "this", "which", "be", "at", "its"}},
    {"de", {"der", "die", "und", "das", "ist", "nicht", "den", "mit", "sich", "des", "auf", "ein",
            "eine", "dem", "für", "von", "zu", "im", "auch", "wird", "sie", "es", "hat", "bei"}},
    {"fr", {"le", "la", "les", "et", "des", "est", "une", "du", "dans", "que", "qui", "pour",
            "pas", "sur", "au", "avec", "il", "elle", "sont", "ce", "aux", "ont", "par", "plus"}},
    {"es", {"el", "los", "las", "y", "del", "que", "en", "por", "con", "una", "para", "es",
            "se", "su", "al", "como", "más", "pero", "sus", "fue", "ha", "han", "lo", "este"}},
    {"it", {"il", "di", "che", "e", "della", "per", "una", "sono", "non", "gli", "del", "le",
            "nel", "alla", "con", "si", "è", "ha", "anche", "dei", "delle", "al", "ma", "questo"}},
    {"pt", {"o", "os", "as", "que", "do", "da", "em", "um", "uma", "para", "com", "não", "dos",
            "das", "por", "mais", "foi", "ao", "na", "no", "se", "é", "seu", "sua"}},
    {"nl", {"de", "het", "een", "en", "van", "is", "dat", "op", "te", "zijn", "niet", "met",
            "voor", "ook", "aan", "er", "maar", "om", "door", "naar", "bij", "wordt", "werd", "deze"}},
    {"sv", {"och", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den",
            "har", "inte", "om", "ett", "var", "jag", "sig", "från", "men", "vi", "så", "kan"}},
    {"da", {"og", "at", "det", "som", "en", "på", "er", "af", "for", "med", "til", "den", "har",
            "ikke", "om", "et", "var", "fra", "men", "vi", "så", "kan", "blev", "efter"}},
    {"no", {"og", "at", "det", "som", "en", "på", "er", "av", "for", "med", "til", "den", "har",
            "ikke", "om", "et", "var", "fra", "men", "vi", "så", "kan", "ble", "etter"}},
    {"fi", {"ja", "on", "ei", "että", "oli", "se", "hän", "mutta", "kun", "ovat", "myös", "sen",
            "joka", "niin", "tai", "vain", "kuin", "ole", "jo", "nyt", "mukaan", "olla", "jossa", "vuoden"}},
};

// Lower-cases ASCII only: the word lists are matched against lower-case
// words, and non-ASCII letters in them (für, è) appear in lower case in text
// except at a sentence start, which is rare enough for a vote.
const std::unordered_map<std::string, std::vector<int>>& word_index() {
  static const auto* index = [] {
    auto* map = new std::unordered_map<std::string, std::vector<int>>;
    for (int i = 0; i < static_cast<int>(std::size(kWordLists)); ++i)
      for (const char* w : kWordLists[i].words) (*map)[w].push_back(i);
    return map;
  }();
  return *index;
}

// How much text to look at: enough for a reliable vote, bounded for speed.
constexpr std::size_t kSampleBytes = 8192;

}  // namespace

std::string detect_language(std::string_view text, std::string_view fallback) {
  if (text.size() > kSampleBytes) {
    // Cut at a character boundary.
    std::size_t cut = kSampleBytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text = text.substr(0, cut);
  }

  int latin = 0, han = 0, kana = 0, hangul = 0, thai = 0, cyrillic = 0, arabic = 0,
      greek = 0, hebrew = 0, devanagari = 0;
  std::array<int, std::size(kWordLists)> votes{};
  const auto& index = word_index();

  std::string word;
  auto flush_word = [&] {
    if (word.empty()) return;
    auto it = index.find(lower_ascii(word));
    if (it != index.end())
      for (int lang : it->second) ++votes[lang];
    word.clear();
  };

  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) {
      flush_word();
      continue;
    }
    if (!u_isalpha(c)) {
      flush_word();
      continue;
    }
    word.append(text.substr(start, i - start));
    UErrorCode status = U_ZERO_ERROR;
    switch (uscript_getScript(c, &status)) {
      case USCRIPT_LATIN: ++latin; break;
      case USCRIPT_HAN: ++han; break;
      case USCRIPT_HIRAGANA:
      case USCRIPT_KATAKANA: ++kana; break;
      case USCRIPT_HANGUL: ++hangul; break;
      case USCRIPT_THAI: ++thai; break;
      case USCRIPT_CYRILLIC: ++cyrillic; break;
      case USCRIPT_ARABIC: ++arabic; break;
      case USCRIPT_GREEK: ++greek; break;
      case USCRIPT_HEBREW: ++hebrew; break;
      case USCRIPT_DEVANAGARI: ++devanagari; break;
      default: break;
    }
  }
  flush_word();

  // Scripts other than Latin decide by themselves once they dominate: a
  // Chinese article quoting an English name is still Chinese.
  const int letters = latin + han + kana + hangul + thai + cyrillic + arabic + greek + hebrew +
                      devanagari;
  if (letters == 0) return std::string(fallback);
  // Japanese mixes kana with Han; Chinese has none, or a stray loanword.
  if ((han + kana) * 2 > letters) return kana * 20 >= han + kana ? "ja" : "zh";
  if (hangul * 2 > letters) return "ko";
  if (thai * 2 > letters) return "th";
  if (cyrillic * 2 > letters) return "ru";
  if (arabic * 2 > letters) return "ar";
  if (greek * 2 > letters) return "el";
  if (hebrew * 2 > letters) return "he";
  if (devanagari * 2 > letters) return "hi";

  const auto best = std::max_element(votes.begin(), votes.end());
  if (*best < 2) return std::string(fallback);
  return kWordLists[best - votes.begin()].language;
}

std::string normalise_language_tag(std::string_view tag) {
  std::string t = lower_ascii(tag);
  // Keep the primary subtag: "en-GB" and "en_GB" are English.
  if (auto cut = t.find_first_of("-_"); cut != std::string::npos) t.resize(cut);
  while (!t.empty() && std::isspace(static_cast<unsigned char>(t.back()))) t.pop_back();
  while (!t.empty() && std::isspace(static_cast<unsigned char>(t.front()))) t.erase(0, 1);
  if (t.empty()) return "";

  struct Name {
    const char* code;
    const char* iso3;
    const char* iso3_bib;
    const char* english;
  };
  static constexpr Name kNames[] = {
      {"en", "eng", "eng", "english"},   {"de", "deu", "ger", "german"},
      {"fr", "fra", "fre", "french"},    {"es", "spa", "spa", "spanish"},
      {"it", "ita", "ita", "italian"},   {"pt", "por", "por", "portuguese"},
      {"nl", "nld", "dut", "dutch"},     {"sv", "swe", "swe", "swedish"},
      {"da", "dan", "dan", "danish"},    {"no", "nor", "nor", "norwegian"},
      {"nb", "nob", "nob", "bokmal"},    {"nn", "nno", "nno", "nynorsk"},
      {"fi", "fin", "fin", "finnish"},   {"ru", "rus", "rus", "russian"},
      {"zh", "zho", "chi", "chinese"},   {"ja", "jpn", "jpn", "japanese"},
      {"ko", "kor", "kor", "korean"},    {"th", "tha", "tha", "thai"},
      {"ar", "ara", "ara", "arabic"},    {"el", "ell", "gre", "greek"},
      {"he", "heb", "heb", "hebrew"},    {"hi", "hin", "hin", "hindi"},
      {"tr", "tur", "tur", "turkish"},   {"hu", "hun", "hun", "hungarian"},
      {"ro", "ron", "rum", "romanian"},  {"pl", "pol", "pol", "polish"},
      {"ca", "cat", "cat", "catalan"},   {"eu", "eus", "baq", "basque"},
      {"ga", "gle", "gle", "irish"},     {"id", "ind", "ind", "indonesian"},
      {"lt", "lit", "lit", "lithuanian"}, {"ne", "nep", "nep", "nepali"},
      {"sr", "srp", "srp", "serbian"},   {"ta", "tam", "tam", "tamil"},
      {"hy", "hye", "arm", "armenian"},  {"uk", "ukr", "ukr", "ukrainian"},
      {"cs", "ces", "cze", "czech"},     {"vi", "vie", "vie", "vietnamese"},
  };
  for (const auto& n : kNames)
    if (t == n.code || t == n.iso3 || t == n.iso3_bib || t == n.english) {
      if (t == "nb" || t == "nn" || t == "bokmal" || t == "nynorsk") return "no";
      return n.code;
    }
  return "";
}

}  // namespace newsarchive
