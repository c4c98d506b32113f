// A tolerant scanner for SGML as news collections write it (TREC, Reuters-
// 21578): start and end tags, text, and the markup to skip (comments,
// declarations). It knows no DTD: tags are not checked against one, end tags
// may be omitted, and a '<' that does not start a tag is text.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace newsarchive::indexer {

struct SgmlToken {
  enum class Kind {
    kStartTag,   // <NAME attributes>
    kEndTag,     // </NAME>
    kText,       // character data, references not decoded
    kMarkup,     // <!-- comment -->, <!DOCTYPE ...>, <?...>: skipped
    kBrokenTag,  // "<NAME" or "</NAME" not closed by '>' before the next '<'
  };
  Kind kind = Kind::kText;
  std::string_view name;        // tags: the element name as written
  std::string_view attributes;  // start tags: what follows the name
  std::string_view raw;         // the token's bytes in the input
  std::size_t offset = 0;       // byte offset of the token in the input
  std::size_t line = 1;         // line the token starts on, from 1
};

// Reads tokens off `input`, which it does not own. Never throws.
class SgmlScanner {
 public:
  explicit SgmlScanner(std::string_view input) : input_(input) {}

  // The next token, or false at the end of the input.
  bool next(SgmlToken& token);

 private:
  void advance_to(std::size_t end);

  std::string_view input_;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
};

// The value of the attribute `name` (ASCII case-insensitive) in a start
// tag's attribute text, quoted or not; nullopt if it is not there.
std::optional<std::string> sgml_attribute(std::string_view attributes, std::string_view name);

// A character of an element or attribute name in SGML and XML markup:
// ASCII letters and digits, "_", "-", "." and ":".
bool is_markup_name_char(char c);

}  // namespace newsarchive::indexer
