// A paragraph as a sequence of tokens for attribution: words, punctuation,
// and each top-level quote (quote_spans.h) as one token, with sentence
// numbers computed on the writer's text around the quotes.
//
// Words keep internal apostrophes, hyphens and full stops ("Russia’s",
// "D-Md", "U.S."), and an abbreviation keeps its full stop ("Gov.", "J.").
// Offsets are bytes into the paragraph, which the caller keeps alive.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "extract/quote_spans.h"

namespace newsarchive::indexer {

struct Token {
  enum class Kind { kWord, kPunct, kQuote };
  Kind kind = Kind::kWord;
  std::size_t begin = 0;  // bytes into the paragraph (the marks, for a quote)
  std::size_t end = 0;
  int quote = -1;         // index into the spans, for kQuote
  bool upper = false;     // a word starting with a capital letter
  int sentence = 0;
};

struct TokenizedParagraph {
  std::string_view text;
  std::vector<QuoteSpan> spans;
  std::vector<Token> tokens;
  std::vector<std::string_view> words;  // each token's text; "\x01" for a quote
  int sentences = 0;
  // By sentence number: its first token, and its first word token
  // (tokens.size() when it has none). Lets per-quote questions about "this
  // sentence" be answered without walking it.
  std::vector<std::size_t> sentence_begin;
  std::vector<std::size_t> sentence_first_word;

  std::string_view text_of(std::size_t t) const { return words[t]; }
  bool is_word(std::size_t t) const { return tokens[t].kind == Token::Kind::kWord; }
  bool is_quote(std::size_t t) const { return tokens[t].kind == Token::Kind::kQuote; }
  bool is_punct(std::size_t t, std::string_view p) const {
    return tokens[t].kind == Token::Kind::kPunct && words[t] == p;
  }
};

TokenizedParagraph tokenize_paragraph(std::string_view text, std::vector<QuoteSpan> spans);


}  // namespace newsarchive::indexer
