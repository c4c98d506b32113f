// Text analysis shared by the indexer and the query side.
//
// The same functions turn article text into index terms and query words into
// search terms, so that what a user types matches what was indexed:
//   - words are found with ICU's word break rules, which split Chinese,
//     Japanese and Thai text into dictionary words;
//   - each word is normalised: NFKC, case folded, typographic apostrophes,
//     quotes and dashes folded to their ASCII forms (Russia’s -> russia's);
//   - stems come from Xapian's Snowball stemmers, chosen by language.
//
// All functions are thread-safe: per-thread state lives in thread_locals.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace newsarchive::text {

// Folds typographic apostrophes, quotation marks and dashes to ASCII and
// applies NFKC. Keeps case. Invalid UTF-8 sequences become U+FFFD.
std::string fold_punctuation(std::string_view utf8);

// fold_punctuation() followed by full Unicode case folding: the form every
// term takes before stemming.
std::string normalise(std::string_view utf8);

// A word found in a text.
struct Token {
  std::string term;  // normalise()d word
  std::size_t begin = 0;  // byte offsets of the word in the analysed text
  std::size_t end = 0;
};

// Longest term, in bytes, that tokenize() returns; longer words are skipped
// (they are URLs, base64 or other noise, and Xapian limits term length).
inline constexpr std::size_t kMaxTermBytes = 64;

// Splits UTF-8 text into words by ICU's word boundary rules and normalises
// each. Punctuation and spaces are not tokens. Appends to `out`. Text that
// is all ASCII takes a scanner that applies the same rules without ICU
// (several times faster); other text goes through ICU's break iterator.
void tokenize(std::string_view utf8, std::vector<Token>& out);
std::vector<Token> tokenize(std::string_view utf8);

// tokenize() through ICU whatever the text: the reference that the ASCII
// scanner is tested against.
void tokenize_with_icu(std::string_view utf8, std::vector<Token>& out);

// True if the code point belongs to a script written without spaces between
// words (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar).
bool is_unspaced_script(char32_t cp);

// A stemmer for a language, by ISO 639-1 code ("en", "de", "fr"). For a
// language without a Snowball stemmer (or an empty code) it returns words
// unchanged. Copyable; a copy may be used from another thread.
class Stemmer {
 public:
  explicit Stemmer(std::string_view language = "en");
  ~Stemmer();
  Stemmer(const Stemmer&);
  Stemmer& operator=(const Stemmer&);

  std::string operator()(const std::string& term) const;
  // Whether this language has a real stemmer.
  bool active() const;
  const std::string& language() const { return language_; }

 private:
  struct Impl;
  std::string language_;
  std::unique_ptr<Impl> impl_;
};

// True if Xapian has a Snowball stemmer for the ISO 639-1 code.
bool has_stemmer(std::string_view language);

}  // namespace newsarchive::text
