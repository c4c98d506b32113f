#include "extract/tokens.h"

#include "newsarchive/sentences.h"
#include "text/text_scan.h"
#include "text/utf8_scan.h"
#include "text/word_scan.h"

namespace newsarchive::indexer {
namespace {

constexpr std::string_view kQuotePlaceholder = "\x01";

}  // namespace

TokenizedParagraph tokenize_paragraph(std::string_view text, std::vector<QuoteSpan> spans) {
  TokenizedParagraph tp;
  tp.text = text;
  tp.spans = std::move(spans);
  std::size_t next_span = 0;
  std::size_t i = 0;
  auto push = [&](Token t) {
    tp.words.push_back(t.kind == Token::Kind::kQuote ? kQuotePlaceholder
                                                     : text.substr(t.begin, t.end - t.begin));
    tp.tokens.push_back(t);
  };
  while (i < text.size()) {
    if (next_span < tp.spans.size() && i >= tp.spans[next_span].open) {
      const QuoteSpan& s = tp.spans[next_span];
      Token t;
      t.kind = Token::Kind::kQuote;
      t.begin = s.open;
      t.end = s.close;
      t.quote = static_cast<int>(next_span);
      push(t);
      i = s.close;
      ++next_span;
      continue;
    }
    std::size_t len = 0;
    const char32_t c = decode_at(text, i, len);
    if (is_unicode_space(c)) {
      i += len;
      continue;
    }
    const std::size_t limit =
        next_span < tp.spans.size() ? tp.spans[next_span].open : text.size();
    Token t;
    t.begin = i;
    if (is_word_char(c)) {
      t.upper = is_upper(c);
      const std::size_t j = word_end(text, i, limit, /*split_possessive=*/false);
      t.end = j;
    } else {
      t.kind = Token::Kind::kPunct;
      t.end = i + len;
    }
    push(t);
    i = t.end;
  }
  // Sentences: a full stop, question or exclamation mark in the writer's
  // text, or a quote ending in one, followed by a capital or another quote.
  int sentence = 0;
  for (std::size_t k = 0; k < tp.tokens.size(); ++k) {
    tp.tokens[k].sentence = sentence;
    const Token& t = tp.tokens[k];
    bool end = false;
    if (t.kind == Token::Kind::kPunct && ends_as_sentence(tp.words[k])) {
      end = true;
    } else if (t.kind == Token::Kind::kQuote) {
      // A quote ending in one ("“It is over.”").
      const QuoteSpan& s = tp.spans[static_cast<std::size_t>(t.quote)];
      end = ends_as_sentence(text.substr(s.begin, s.end - s.begin));
    }
    if (end && k + 1 < tp.tokens.size()) {
      const Token& n = tp.tokens[k + 1];
      const bool next_starts = n.kind == Token::Kind::kQuote || n.upper ||
                               (n.kind == Token::Kind::kWord && is_ascii_digit(tp.words[k + 1][0]));
      if (!next_starts) end = false;
    }
    if (end) ++sentence;
  }
  tp.sentences = tp.tokens.empty() ? 0 : sentence + 1;
  if (!tp.tokens.empty() && tp.tokens.back().sentence < sentence) tp.sentences = sentence;
  const std::size_t numbered = tp.tokens.empty() ? 0 : static_cast<std::size_t>(tp.tokens.back().sentence) + 1;
  tp.sentence_begin.assign(numbered, tp.tokens.size());
  tp.sentence_first_word.assign(numbered, tp.tokens.size());
  for (std::size_t k = tp.tokens.size(); k-- > 0;) {
    const auto s = static_cast<std::size_t>(tp.tokens[k].sentence);
    tp.sentence_begin[s] = k;
    if (tp.is_word(k)) tp.sentence_first_word[s] = k;
  }
  return tp;
}

}  // namespace newsarchive::indexer
