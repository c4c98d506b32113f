#include "readers/html_content.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "readers/html_boilerplate.h"

namespace newsarchive::indexer::html {
namespace {

// A block shorter than this (bytes of text outside links) is a label, a
// date or a menu entry rather than article prose.
constexpr std::size_t kMinProse = 25;

bool link_dense(const TextBlock& b) { return b.link_chars * 2 > b.text.size(); }

std::size_t weight(const TextBlock& b) {
  if (link_dense(b)) return 0;
  const std::size_t plain = b.text.size() - b.link_chars;
  return plain >= kMinProse ? plain : 0;
}

bool inside(const xmlNode* node, const xmlNode* ancestor) {
  for (const xmlNode* n = node; n; n = n->parent)
    if (n == ancestor) return true;
  return false;
}

}  // namespace

std::string comparable(std::string_view s) {
  std::string out;
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) out += static_cast<char>(c);
  }
  return out;
}

ContentSelection select_content(const std::vector<TextBlock>& blocks, const std::string& headline) {
  ContentSelection out;
  // Furniture that holds half the page's weight is content after all.
  std::size_t total = 0;
  std::size_t total_text = 0;
  std::unordered_map<const xmlNode*, std::pair<std::size_t, std::size_t>> furniture_size;
  for (const TextBlock& b : blocks) {
    const std::size_t w = weight(b);
    total += w;
    total_text += b.text.size();
    for (const xmlNode* f : b.furniture) {
      furniture_size[f].first += w;
      furniture_size[f].second += b.text.size();
    }
  }
  // A form must also hold half the page's text: a sign-up form's labels
  // can outweigh a short article's prose.
  std::unordered_set<const xmlNode*> dropped;
  for (const auto& [f, size] : furniture_size) {
    const auto& [w, t] = size;
    if (total == 0 || w * 2 < total || (is_tag(f, "form") && t * 2 < total_text)) dropped.insert(f);
  }
  std::vector<const TextBlock*> kept;
  std::size_t kept_weight = 0;
  for (const TextBlock& b : blocks) {
    bool drop = false;
    for (const xmlNode* f : b.furniture) drop = drop || dropped.count(f) > 0;
    if (!drop) {
      kept.push_back(&b);
      kept_weight += weight(b);
    }
  }
  // All the prose in furniture: the class words misled us more than once.
  if (kept_weight == 0 && total > 0) {
    kept.clear();
    for (const TextBlock& b : blocks) kept.push_back(&b);
  }

  std::unordered_map<const xmlNode*, double> prose;
  std::unordered_map<const xmlNode*, double> text;
  for (const TextBlock* b : kept) {
    const double w = static_cast<double>(weight(*b));
    for (const xmlNode* n = b->container; n; n = n->parent) {
      prose[n] += w;
      text[n] += static_cast<double>(b->text.size());
    }
  }
  double best = 0;
  double all_prose = 0;
  for (const auto& [node, w] : prose) all_prose = std::max(all_prose, w);
  // Containers holding less than this share of the prose of the richest
  // one (the page's root, mostly) are not candidates: a lone paragraph
  // beats a container with a list of links in it only on density.
  constexpr double kShare = 0.3;
  for (const auto& [node, w] : prose) {
    if (w <= 0 || w < kShare * all_prose) continue;
    const double density = w / text[node];
    const double score = w * density * density * density;
    if (score > best || (score == best && out.container && inside(node, out.container))) {
      best = score;
      out.container = node;
    }
  }
  if (!out.container) {
    // No prose anywhere: a short page is all its text.
    for (const TextBlock* b : kept)
      if (!link_dense(*b) && !is_tag(b->container, "h1")) out.paragraphs.push_back(b->text);
    return out;
  }

  const std::string head = comparable(headline);
  // The chosen element may leave out part of the article (an intro above
  // the text's own element, a list of ingredients beside it): siblings of it
  // and of its parent and grandparent that are almost all prose join it.
  constexpr int kLevels = 3;
  constexpr double kSiblingDensity = 0.95;
  constexpr double kSiblingProse = 150;
  std::vector<const xmlNode*> regions{out.container};
  const xmlNode* level = out.container;
  for (int l = 0; l < kLevels && level->parent; ++l, level = level->parent) {
    for (const xmlNode* sib = level->parent->children; sib; sib = sib->next) {
      if (sib == level || !is_element(sib)) continue;
      auto w = prose.find(sib);
      if (w != prose.end() && w->second >= kSiblingProse && w->second / text[sib] >= kSiblingDensity)
        regions.push_back(sib);
    }
  }
  std::vector<const TextBlock*> inner;
  for (const TextBlock* b : kept) {
    bool in = false;
    for (const xmlNode* r : regions) in = in || inside(b->container, r);
    if (in) inner.push_back(b);
  }
  std::size_t last_prose = 0;
  for (std::size_t i = 0; i < inner.size(); ++i)
    if (weight(*inner[i]) > 0) last_prose = i;
  for (std::size_t i = 0; i < inner.size(); ++i) {
    const TextBlock* b = inner[i];
    if (link_dense(*b) || is_tag(b->container, "h1")) continue;
    if (!head.empty() && comparable(b->text) == head) continue;
    // Short lines after the last prose ("Mehr zum Thema", "Share:") and
    // short lines heading a list of links are the page's, not the article's.
    const bool short_block = weight(*b) == 0;
    if (short_block && (i > last_prose || b->in_article_header)) continue;
    if (short_block && i + 1 < inner.size() && link_dense(*inner[i + 1])) continue;
    out.paragraphs.push_back(b->text);
  }
  return out;
}

}  // namespace newsarchive::indexer::html
