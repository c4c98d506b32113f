#include "extract/caption.h"

#include "text/text_scan.h"

namespace newsarchive::indexer {
namespace {

// A credit names a photographer and an agency; longer brackets are
// editorial insertions. A caption or alt text is a sentence or two.
constexpr std::size_t kMaxCreditWords = 10;
constexpr std::size_t kMaxCaptionWords = 80;
constexpr std::size_t kMaxAltWords = 50;

}  // namespace

bool split_credit(std::string_view line, std::string_view& text, std::string_view& credit) {
  line = trim(line);
  if (!line.ends_with(']')) return false;
  const std::size_t open = line.rfind('[');
  if (open == std::string_view::npos) return false;
  const std::string_view inside = trim(line.substr(open + 1, line.size() - open - 2));
  // A credit that ends a sentence ("[HuffPost.]") cites the source of a
  // digest item; photo credits are names, not sentences.
  if (inside.empty() || inside.find(']') != std::string_view::npos || inside.ends_with('.') ||
      count_words(inside) > kMaxCreditWords) {
    return false;
  }
  text = trim(line.substr(0, open));
  credit = inside;
  return true;
}

std::optional<Caption> parse_caption(const Block& block) {
  if (block.empty() || block.size() > 2) return std::nullopt;
  std::string_view text;
  std::string_view credit;
  if (!split_credit(block.back(), text, credit)) return std::nullopt;
  if (text.empty() || count_words(text) > kMaxCaptionWords) return std::nullopt;
  Caption caption;
  caption.text = text;
  caption.credit = credit;
  if (block.size() == 2) {
    const std::string_view alt = trim(block.front());
    if (count_words(alt) > kMaxAltWords) return std::nullopt;
    caption.alt_text = alt;
  }
  return caption;
}

}  // namespace newsarchive::indexer
