#include "readers/wrapped_paragraphs.h"

#include "newsarchive/ascii.h"

namespace newsarchive::indexer {
namespace {


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

bool blank(std::string_view line) {
  for (char c : line) {
    if (!is_ascii_space(c)) return false;
  }
  return true;
}

}  // namespace

std::string collapse_space(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (char c : text) {
    if (is_ascii_space(c)) {
      space = !out.empty();
    } else {
      if (space) out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

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
