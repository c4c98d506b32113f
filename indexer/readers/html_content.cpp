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

// "© Jane Roe/AP", "(c) Agency", "Photo: Jane Roe": a picture's credit
// left outside its figure. A short block with a © anywhere in it is a
// picture's caption ending in its credit ("The pilots in Bremen. © Agency")
// or the page's copyright line: prose rarely carries the sign.
bool credit_line(const TextBlock& b) {
  constexpr std::size_t kMaxCaption = 200;
  if (b.text.size() <= kMaxCaption && b.text.find("\xC2\xA9") != std::string::npos) return true;
  if (b.text.size() > 80) return false;
  const std::string low = lower_ascii(b.text.substr(0, 8));
  return low.rfind("\xC2\xA9", 0) == 0 || low.rfind("(c) ", 0) == 0 || low.rfind("photo:", 0) == 0 ||
         low.rfind("foto:", 0) == 0 || low.rfind("bild:", 0) == 0;
}

bool inside_element(const xmlNode* node, const xmlNode* ancestor) {
  for (const xmlNode* n = node; n; n = n->parent)
    if (n == ancestor) return true;
  return false;
}

// The blocks outside page furniture. Furniture that holds half the page's
// prose is content after all (a form must also hold half the page's text:
// a sign-up form's labels can outweigh a short article's prose); when the
// furniture held all the prose, the class words misled us and every block
// is kept.
std::vector<const TextBlock*> without_furniture(const std::vector<TextBlock>& blocks) {
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
  if (kept_weight == 0 && total > 0) {
    kept.clear();
    for (const TextBlock& b : blocks) kept.push_back(&b);
  }
  return kept;
}

// Prose weight and text size of every element holding blocks, and the
// elements in the order first met.
struct Sizes {
  std::vector<const xmlNode*> elements;
  std::unordered_map<const xmlNode*, std::pair<double, double>> of;  // prose, text

  double prose(const xmlNode* n) const {
    auto it = of.find(n);
    return it == of.end() ? 0 : it->second.first;
  }
  double density(const xmlNode* n) const {
    auto it = of.find(n);
    return it == of.end() || it->second.second <= 0 ? 0 : it->second.first / it->second.second;
  }
};

Sizes measure(const std::vector<const TextBlock*>& blocks) {
  Sizes sizes;
  for (const TextBlock* b : blocks) {
    const double w = static_cast<double>(weight(*b));
    for (const xmlNode* n = b->container; n; n = n->parent) {
      auto [it, added] = sizes.of.try_emplace(n, 0.0, 0.0);
      if (added) sizes.elements.push_back(n);
      it->second.first += w;
      it->second.second += static_cast<double>(b->text.size());
    }
  }
  return sizes;
}

// The element with the best weight * density^3 among those holding 30% of
// the richest one's prose (a lone paragraph must not beat a container with
// a list of links in it on density alone); on a tie, the deeper one.
const xmlNode* choose_container(const Sizes& sizes) {
  constexpr double kShare = 0.3;
  double richest = 0;
  for (const xmlNode* n : sizes.elements) richest = std::max(richest, sizes.prose(n));
  const xmlNode* best_node = nullptr;
  double best = 0;
  for (const xmlNode* n : sizes.elements) {
    const double w = sizes.prose(n);
    if (w <= 0 || w < kShare * richest) continue;
    const double d = sizes.density(n);
    const double score = w * d * d * d;
    if (score > best || (score == best && best_node && inside_element(n, best_node))) {
      best = score;
      best_node = n;
    }
  }
  return best_node;
}

// The chosen element may leave out part of the article (an intro above
// the text's own element, a list of ingredients beside it): siblings of it
// and of its parent and grandparent that are almost all prose join it.
std::vector<const xmlNode*> article_regions(const xmlNode* container, const Sizes& sizes) {
  constexpr int kLevels = 3;
  constexpr double kSiblingDensity = 0.95;
  constexpr double kSiblingProse = 150;
  std::vector<const xmlNode*> regions{container};
  const xmlNode* level = container;
  for (int l = 0; l < kLevels && level->parent; ++l, level = level->parent) {
    for (const xmlNode* sib = level->parent->children; sib; sib = sib->next) {
      if (sib != level && is_element(sib) && sizes.prose(sib) >= kSiblingProse &&
          sizes.density(sib) >= kSiblingDensity)
        regions.push_back(sib);
    }
  }
  return regions;
}

// Elements that group other elements into a part of the page, as opposed
// to those that shape a run of text (paragraphs, lists, quotes, tables).
bool is_section_tag(const xmlNode* n) {
  static constexpr std::string_view kSections[] = {"div",    "section", "article", "aside", "footer",
                                                   "header", "form",    "nav",     "main"};
  return std::find(std::begin(kSections), std::end(kSections), tag(n)) != std::end(kSections);
}

// The section element a block's text runs in: the nearest one around its
// paragraph, list or table; for text straight inside a <div>, the div's
// parent (the div is then a paragraph).
const xmlNode* text_holder(const TextBlock& b) {
  const xmlNode* n = b.container;
  if (!n) return nullptr;
  if (is_section_tag(n)) return n->parent ? n->parent : n;
  while (n->parent && !is_section_tag(n)) n = n->parent;
  return n;
}

// Whether two section elements are of one kind (same tag and class), as
// the parts of an article in several sections are.
bool same_kind(const xmlNode* a, const xmlNode* b) {
  return a && b && tag(a) == tag(b) && attr(a, "class") == attr(b, "class");
}

// The blocks placed after the article's text (an author's note, a call to
// subscribe or follow, related reading, a rating box): true for each block
// to leave out. The text ends at the last prose block of the element that
// holds the most prose in its own run of paragraphs (the main holder).
// After it:
// - everything, when all of it holds at most 10% as much prose as the
//   main holder;
// - else the blocks outside the main holder in elements of another kind,
//   when together they hold at most half as much prose: a larger part, or
//   one of the main holder's kind, is more of the article (an article in
//   several sections).
std::vector<bool> after_the_text(const std::vector<const TextBlock*>& blocks, const std::vector<bool>& kept) {
  constexpr double kAllShare = 0.1;
  constexpr double kUnlikeShare = 0.5;
  std::vector<bool> cut(blocks.size(), false);
  std::unordered_map<const xmlNode*, std::size_t> prose;
  const xmlNode* main = nullptr;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (!kept[i]) continue;
    const xmlNode* h = text_holder(*blocks[i]);
    const std::size_t w = prose[h] += weight(*blocks[i]);
    if (!main || w > prose[main]) main = h;
  }
  std::size_t last = blocks.size();
  for (std::size_t i = 0; i < blocks.size(); ++i)
    if (kept[i] && weight(*blocks[i]) > 0 && text_holder(*blocks[i]) == main) last = i;
  if (last == blocks.size()) return cut;
  auto unlike = [&](const TextBlock& b) { return !inside_element(b.container, main) && !same_kind(text_holder(b), main); };
  std::size_t tail = 0;
  std::size_t unlike_tail = 0;
  for (std::size_t i = last + 1; i < blocks.size(); ++i) {
    if (!kept[i]) continue;
    tail += weight(*blocks[i]);
    if (unlike(*blocks[i])) unlike_tail += weight(*blocks[i]);
  }
  const auto text = static_cast<double>(prose[main]);
  const bool all = static_cast<double>(tail) <= kAllShare * text;
  const bool unlike_only = static_cast<double>(unlike_tail) <= kUnlikeShare * text;
  for (std::size_t i = last + 1; i < blocks.size(); ++i) cut[i] = all || (unlike_only && unlike(*blocks[i]));
  return cut;
}

// The article's paragraphs among its blocks, as html_content.h says.
std::vector<std::string> paragraphs_of(const std::vector<const TextBlock*>& blocks, const std::vector<bool>& kept,
                                       const std::string& headline) {
  const std::string head = comparable(headline);
  std::size_t last_prose = 0;
  for (std::size_t i = 0; i < blocks.size(); ++i)
    if (kept[i] && weight(*blocks[i]) > 0) last_prose = i;
  const std::vector<bool> after = after_the_text(blocks, kept);
  std::vector<std::string> out;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (!kept[i] || after[i]) continue;
    const TextBlock* b = blocks[i];
    if (link_dense(*b) || is_tag(b->container, "h1") || credit_line(*b)) continue;
    if (!head.empty() && comparable(b->text) == head) continue;
    // Short lines after the last prose ("Mehr zum Thema", "Share:"), in the
    // article's header (kicker, byline, date) and heading a list of links
    // or left-out furniture are not the article's text.
    const bool short_block = weight(*b) == 0;
    if (short_block && (i > last_prose || b->in_article_header)) continue;
    if (short_block && i + 1 < blocks.size() && (link_dense(*blocks[i + 1]) || !kept[i + 1])) continue;
    out.push_back(b->text);
  }
  return out;
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
  const std::vector<const TextBlock*> kept = without_furniture(blocks);
  const Sizes sizes = measure(kept);
  out.container = choose_container(sizes);
  if (!out.container) {
    // No prose anywhere: a short page is all its text.
    for (const TextBlock* b : kept)
      if (!link_dense(*b) && !is_tag(b->container, "h1")) out.paragraphs.push_back(b->text);
    return out;
  }
  const std::vector<const xmlNode*> regions = article_regions(out.container, sizes);
  // Every block of the regions, with whether it was kept: a short line
  // heading left-out furniture ("Related stories") goes with it.
  std::unordered_set<const TextBlock*> kept_set(kept.begin(), kept.end());
  std::vector<const TextBlock*> inner;
  std::vector<bool> inner_kept;
  for (const TextBlock& b : blocks) {
    bool in = false;
    for (const xmlNode* r : regions) in = in || inside_element(b.container, r);
    if (in) {
      inner.push_back(&b);
      inner_kept.push_back(kept_set.count(&b) > 0);
    }
  }
  out.paragraphs = paragraphs_of(inner, inner_kept, headline);
  return out;
}

}  // namespace newsarchive::indexer::html
