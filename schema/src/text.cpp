#include "newsarchive/text.h"

#include "newsarchive/ascii.h"

#include <unicode/brkiter.h>
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <memory>

namespace newsarchive::text {
namespace {

// Typographic marks folded to ASCII so that Russia’s matches Russia's and
// “quoted” matches "quoted". Returns 0 for characters that stay.
char fold_mark(UChar32 c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
    case 0x02BB: case 0xFF07:
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB:
    case 0x00BB: case 0xFF02:
      return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
      return '-';
    default:
      return 0;
  }
}

bool is_ascii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

// Replaces typographic marks and invalid sequences; leaves the rest as is.
std::string fold_marks(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const int32_t length = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD
    } else if (char folded = fold_mark(c)) {
      out += folded;
    } else {
      out.append(utf8.substr(start, i - start));
    }
  }
  return out;
}

std::string normalize_with(const icu::Normalizer2* normalizer, const std::string& in) {
  std::string out;
  out.reserve(in.size());
  icu::StringByteSink<std::string> sink(&out);
  UErrorCode status = U_ZERO_ERROR;
  normalizer->normalizeUTF8(0, icu::StringPiece(in.data(), static_cast<int32_t>(in.size())),
                            sink, nullptr, status);
  return U_SUCCESS(status) ? out : in;
}

const icu::Normalizer2* nfkc() {
  static const icu::Normalizer2* instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    return icu::Normalizer2::getNFKCInstance(status);
  }();
  return instance;
}

const icu::Normalizer2* nfkc_casefold() {
  static const icu::Normalizer2* instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    return icu::Normalizer2::getNFKCCasefoldInstance(status);
  }();
  return instance;
}

// One word break iterator per thread: creating one loads rules and
// dictionaries, and an iterator holds the text it is walking.
icu::BreakIterator* word_breaker() {
  thread_local std::unique_ptr<icu::BreakIterator> breaker = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> b(
        icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) b.reset();
    return b;
  }();
  return breaker.get();
}

}  // namespace

std::string fold_punctuation(std::string_view utf8) {
  if (is_ascii(utf8)) return std::string(utf8);
  return normalize_with(nfkc(), fold_marks(utf8));
}

std::string normalise(std::string_view utf8) {
  if (is_ascii(utf8)) {
    std::string out(utf8);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  // NFKC_Casefold can turn a folded mark back into nothing new, but it can
  // turn fullwidth marks into typographic ones, so fold marks on both sides.
  std::string folded = normalize_with(nfkc_casefold(), fold_marks(utf8));
  return is_ascii(folded) ? folded : fold_marks(folded);
}

namespace {

// ASCII's share of the Unicode word break rules (UAX #29 as ICU's root
// rules have them: the colon is not a mid-letter there, and "@" counts as a
// letter, so that handles and e-mail addresses stay whole).
bool is_word_letter(char c) { return is_ascii_alpha(c) || c == '@'; }
// Letters, digits and the underscore (ExtendNumLet) join whatever their order.
bool is_ascii_word_char(char c) { return is_word_letter(c) || is_ascii_digit(c) || c == '_'; }

// Where the word starting at `i` ends. A full stop or an apostrophe joins
// two letters ("U.S", "don't") or two digits ("3.5"); a comma or a
// semicolon joins two digits ("1,000").
std::size_t ascii_word_end(std::string_view s, std::size_t i) {
  while (i < s.size()) {
    const char c = s[i];
    if (is_ascii_word_char(c)) {
      ++i;
      continue;
    }
    if (i + 1 < s.size() && i > 0) {
      const char before = s[i - 1], after = s[i + 1];
      const bool letters = is_word_letter(before) && is_word_letter(after);
      const bool digits = is_ascii_digit(before) && is_ascii_digit(after);
      if (((c == '.' || c == '\'') && (letters || digits)) || ((c == ',' || c == ';') && digits)) {
        i += 2;
        continue;
      }
    }
    break;
  }
  return i;
}

void tokenize_ascii(std::string_view s, std::vector<Token>& out) {
  std::size_t i = 0;
  while (i < s.size()) {
    if (!is_ascii_word_char(s[i])) {
      ++i;
      continue;
    }
    const std::size_t end = ascii_word_end(s, i);
    // ICU gives a lone underscore no word status (two make a word).
    const bool lone_underscore = end - i == 1 && s[i] == '_';
    if (end - i <= kMaxTermBytes && !lone_underscore) {
      std::string term(s.substr(i, end - i));
      for (char& c : term)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      out.push_back(Token{std::move(term), i, end});
    }
    i = end;
  }
}

}  // namespace

void tokenize(std::string_view utf8, std::vector<Token>& out) {
  if (is_ascii(utf8))
    tokenize_ascii(utf8, out);
  else
    tokenize_with_icu(utf8, out);
}

void tokenize_with_icu(std::string_view utf8, std::vector<Token>& out) {
  if (utf8.empty()) return;
  icu::BreakIterator* breaker = word_breaker();
  if (breaker == nullptr) return;  // ICU data missing: nothing sensible to do

  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
  if (U_FAILURE(status)) return;
  breaker->setText(ut, status);
  if (U_FAILURE(status)) {
    utext_close(ut);
    return;
  }
  // With UTF-8 UText the iterator's indices are byte offsets into utf8.
  int32_t start = breaker->first();
  for (int32_t end = breaker->next(); end != icu::BreakIterator::DONE;
       start = end, end = breaker->next()) {
    if (breaker->getRuleStatus() == UBRK_WORD_NONE) continue;  // spaces, punctuation
    const std::string_view word = utf8.substr(static_cast<std::size_t>(start),
                                              static_cast<std::size_t>(end - start));
    std::string term = normalise(word);
    if (term.empty() || term.size() > kMaxTermBytes) continue;
    out.push_back(Token{std::move(term), static_cast<std::size_t>(start),
                        static_cast<std::size_t>(end)});
  }
  // Detach the iterator from the text before the UText goes away.
  breaker->setText(icu::UnicodeString());
  utext_close(ut);
}

std::vector<Token> tokenize(std::string_view utf8) {
  std::vector<Token> out;
  tokenize(utf8, out);
  return out;
}

bool is_unspaced_script(char32_t cp) {
  UErrorCode status = U_ZERO_ERROR;
  switch (uscript_getScript(static_cast<UChar32>(cp), &status)) {
    case USCRIPT_HAN:
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
    case USCRIPT_THAI:
    case USCRIPT_LAO:
    case USCRIPT_KHMER:
    case USCRIPT_MYANMAR:
      return true;
    default:
      return false;
  }
}

}  // namespace newsarchive::text
