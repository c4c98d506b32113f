#include "readers/wrapped_paragraphs.h"

#include "newsarchive/ascii.h"

namespace newsarchive::indexer {
namespace {


bool blank(std::string_view line) {
  for (char c : line) {
    if (!is_ascii_space(c)) return false;
  }
  return true;
}

}  // namespace

std::vector<std::string> wrapped_paragraphs(std::string_view text) {
  const std::vector<std::string_view> lines = split_lines(text);
  std::size_t indented = 0;
  std::size_t flush = 0;
  for (std::string_view line : lines) {
    if (blank(line)) continue;
    if (is_ascii_space(line.front())) ++indented;
    else ++flush;
  }
  const bool indent_starts = indented > 0 && flush > 0;

  std::vector<std::string> paragraphs;
  std::string current;
  auto end_paragraph = [&] {
    std::string p = collapse_space(current);
    if (!p.empty()) paragraphs.push_back(std::move(p));
    current.clear();
  };
  for (std::string_view line : lines) {
    if (blank(line)) {
      end_paragraph();
      continue;
    }
    if (indent_starts && is_ascii_space(line.front())) end_paragraph();
    current += ' ';
    current.append(line);
  }
  end_paragraph();
  return paragraphs;
}

}  // namespace newsarchive::indexer
