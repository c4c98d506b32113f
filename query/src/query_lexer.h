// The query language's tokens: words, phrases in any quote marks, field
// names, brackets and operators, each with its byte position.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "query_parser.h"

namespace newsarchive::query {

enum class Tok { word, phrase, field, lparen, rparen, op_and, op_or, op_not, plus, minus, end };

struct Token {
  Tok kind;
  std::string text;        // word, phrase body or canonical field name
  std::size_t position;    // byte offset in the query
  bool exact = false;      // field written as name:= (exact value)
};

// Splits `input` into tokens ending with Tok::end. Returns false with
// `error` set for a phrase without its closing quote or an unknown field.
bool lex(std::string_view input, std::vector<Token>& out, ParseError& error);

}  // namespace newsarchive::query
