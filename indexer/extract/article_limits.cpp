#include "extract/article_limits.h"

#include <cstddef>

namespace newsarchive::indexer {
namespace {

bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// "256 KiB", "8 MiB", or bytes when the number is not a whole unit.
std::string size_text(std::size_t n) {
  if (n >= (1u << 20) && n % (1u << 20) == 0) return std::to_string(n >> 20) + " MiB";
  if (n >= (1u << 10) && n % (1u << 10) == 0) return std::to_string(n >> 10) + " KiB";
  return std::to_string(n) + " bytes";
}

// Where to end a piece of `s` of at most `limit` bytes (s.size() > limit):
// after the last space within it, else at the last character boundary.
// Never 0, so splitting always advances.
std::size_t cut_point(std::string_view s, std::size_t limit) {
  if (limit == 0) limit = 1;
  const std::size_t space = s.substr(0, limit).find_last_of(" \t\n");
  if (space != std::string_view::npos && space > 0) return space;
  std::size_t end = limit;
  while (end > 0 && continuation(s[end])) --end;
  return end > 0 ? end : limit;
}

std::string_view trim_spaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

// Appends `text` to `out` in pieces of at most `limit` bytes; returns how
// many pieces were made.
std::size_t split_into(std::string_view text, std::size_t limit, std::vector<std::string>& out) {
  std::size_t pieces = 0;
  text = trim_spaces(text);
  while (!text.empty()) {
    std::size_t end = text.size();
    if (end > limit) end = cut_point(text, limit);
    const std::string_view piece = trim_spaces(text.substr(0, end));
    if (!piece.empty()) {
      out.emplace_back(piece);
      ++pieces;
    }
    text = trim_spaces(text.substr(end));
  }
  return pieces;
}

// A headline or standfirst over the paragraph limit: what fits stays, the
// rest goes to `overflow`.
void bound_field(std::string& field, const char* name, std::size_t limit,
                 std::vector<std::string>& overflow, std::vector<std::string>& warnings) {
  if (field.size() <= limit) return;
  const std::size_t size = field.size();
  const std::size_t end = cut_point(field, limit);
  const std::size_t moved = split_into(std::string_view(field).substr(end), limit, overflow);
  field = std::string(trim_spaces(std::string_view(field).substr(0, end)));
  warnings.push_back(std::string(name) + " of " + std::to_string(size) +
                     " bytes is longer than the paragraph limit of " + size_text(limit) +
                     ": its first " + std::to_string(field.size()) + " bytes kept as " + name +
                     ", the rest put at the start of the body as " + std::to_string(moved) +
                     " paragraph" + (moved == 1 ? "" : "s"));
}

}  // namespace

std::string_view bound_article_text(std::string_view text, const Limits& limits,
                                    std::vector<std::string>& warnings) {
  const std::size_t limit = limits.max_article_bytes;
  if (text.size() <= limit) return text;
  // A break that keeps at least half the limit: a paragraph break, else a
  // line end, else a space or a character boundary.
  const std::string_view head = text.substr(0, limit);
  const auto late = [&](std::size_t at) { return at != std::string_view::npos && at >= limit / 2; };
  std::size_t end = head.rfind("\n\n");
  if (!late(end)) end = head.rfind('\n');
  if (!late(end)) end = cut_point(text, limit);
  warnings.push_back("article text of " + std::to_string(text.size()) +
                     " bytes is longer than the article limit of " + size_text(limit) +
                     ": cut at byte " + std::to_string(end) + ", the rest is not indexed");
  return text.substr(0, end);
}

void bound_article(Article& a, const Limits& limits) {
  const std::size_t para = limits.max_paragraph_bytes;
  std::vector<std::string> body;
  bound_field(a.headline, "headline", para, body, a.warnings);
  bound_field(a.standfirst, "standfirst", para, body, a.warnings);

  std::size_t split = 0, longest = 0;
  for (std::size_t i = 0; i < a.body.size(); ++i) {
    if (a.body[i].size() <= para) {
      body.push_back(std::move(a.body[i]));
      continue;
    }
    if (split == 0) longest = i;
    if (a.body[longest].size() < a.body[i].size()) longest = i;
    ++split;
    split_into(a.body[i], para, body);
  }
  if (split > 0) {
    a.warnings.push_back(std::to_string(split) + " body paragraph" + (split == 1 ? "" : "s") +
                         " longer than the paragraph limit of " + size_text(para) +
                         " split at spaces (paragraph " + std::to_string(longest + 1) +
                         " was the longest)");
  }
  a.body = std::move(body);

  std::size_t cut_captions = 0;
  for (Caption& c : a.captions) {
    if (c.text.size() <= para) continue;
    c.text = std::string(trim_spaces(std::string_view(c.text).substr(0, cut_point(c.text, para))));
    ++cut_captions;
  }
  if (cut_captions > 0) {
    a.warnings.push_back(std::to_string(cut_captions) + " caption" + (cut_captions == 1 ? "" : "s") +
                         " longer than the paragraph limit of " + size_text(para) +
                         " cut at a space before it");
  }

  std::size_t total = a.headline.size() + a.standfirst.size();
  for (const Caption& c : a.captions) total += c.text.size() + c.alt_text.size() + c.credit.size();
  for (std::size_t i = 0; i < a.body.size(); ++i) {
    total += a.body[i].size();
    if (total <= limits.max_article_bytes) continue;
    const std::size_t dropped = a.body.size() - i;
    a.warnings.push_back("article longer than the article limit of " +
                         size_text(limits.max_article_bytes) + ": the body cut after paragraph " +
                         std::to_string(i) + ", " + std::to_string(dropped) + " paragraph" +
                         (dropped == 1 ? "" : "s") + " not indexed");
    a.body.resize(i);
    break;
  }
}

}  // namespace newsarchive::indexer
