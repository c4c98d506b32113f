#include "extract/structure.h"

#include "extract/blocks.h"
#include "extract/boilerplate.h"
#include "extract/caption.h"
#include "text/meta_lines.h"
#include "text/text_scan.h"

namespace newsarchive::indexer {
namespace {

// Publication lines and bylines are looked for this many blocks after the
// headline; further down, a date alone on a line is more likely a list item.
constexpr std::size_t kMetaBlocks = 6;

constexpr std::size_t kMaxStandfirstWords = 60;
constexpr std::size_t kMaxStandfirstSentences = 2;

enum class Kind { kText, kCaption };

struct Item {
  Kind kind = Kind::kText;
  Block lines;
  Caption caption;
  bool meta_after = false;  // publication line or byline removed just after it
};

// The first sentence of a paragraph, roughly: up to the first ". ".
std::string_view first_sentence(std::string_view p) {
  const std::size_t end = p.find(". ");
  return end == std::string_view::npos ? p : p.substr(0, end + 1);
}

std::string join_lines(const Block& lines) {
  std::size_t size = 0;
  for (std::string_view l : lines) size += l.size() + 1;
  std::string out;
  out.reserve(size);
  for (std::string_view l : lines) {
    if (!out.empty()) out += ' ';
    out += l;
  }
  return out;
}

// Removes the lines that are not article text from `lines`, noting what they
// say in `s`. Returns true if a publication line or byline was among them.
bool take_meta_lines(Block& lines, bool near_top, Structure& s) {
  bool meta = false;
  Block kept;
  kept.reserve(lines.size());
  for (std::string_view line : lines) {
    if (is_boilerplate(line)) continue;
    if (const auto src = source_line(line)) {
      s.source = *src;
      continue;
    }
    if (near_top) {
      if (const auto date = publication_line(line)) {
        if (!s.published) s.published = date;
        meta = true;
        continue;
      }
      if (s.byline.empty()) {
        std::vector<std::string> names = byline_line(line);
        if (!names.empty()) {
          s.byline = std::move(names);
          meta = true;
          continue;
        }
      }
    }
    kept.push_back(line);
  }
  lines = std::move(kept);
  return meta;
}

}  // namespace

// The standfirst rule. A standfirst is a one- or two-sentence summary of at
// most 60 words between the headline and the body. Its shape alone does not
// tell it from a news lede: 2164 of the 2225 BBC ledes have that shape, and
// BBC articles have no standfirst. So the shape is necessary (this function)
// but not sufficient: parse_structure also wants the block set apart from
// the body, by one of
//   - a photo caption, publication line or byline right after it, as on news
//     sites that put the summary above the picture (the seed);
//   - a dateline opening the next paragraph: the story proper starts there;
//   - a publication line or byline before it, when it names no day and the
//     next paragraph's first sentence does ("on Tuesday"): the lede says
//     when, the summary does not. Without a header line this test alone
//     would take 156 BBC ledes.
// A lede followed straight by paragraphs stays in the body: we prefer
// missing a standfirst to taking a lede out of the body.
bool looks_like_standfirst(std::string_view block) {
  block = trim(block);
  // Bytes, not words, for the lower bound: Chinese has no spaces.
  if (block.size() < 20) return false;
  const std::size_t words = count_words(block);
  if (words > kMaxStandfirstWords || block.size() > kMaxStandfirstWords * 12) return false;
  if (count_sentences(block) > kMaxStandfirstSentences) return false;
  // A paragraph that opens with a quote or a dateline, or ends in one, is
  // the story speaking, not a summary of it.
  if (starts_with_quote(block) || ends_with_quote(block)) return false;
  if (parse_dateline(block)) return false;
  return true;
}

Structure parse_structure(std::string_view text) {
  Structure s;
  std::vector<Block> blocks = split_blocks(text);

  // The headline: the first line that is not boilerplate or a publication
  // line. The rest of its block is treated as a block of its own.
  std::vector<Item> items;
  std::size_t b = 0;
  for (; b < blocks.size() && s.headline.empty(); ++b) {
    Block& lines = blocks[b];
    std::size_t l = 0;
    for (; l < lines.size(); ++l) {
      if (is_boilerplate(lines[l])) continue;
      if (const auto date = publication_line(lines[l])) {
        if (!s.published) s.published = date;
        continue;
      }
      s.headline = lines[l];
      break;
    }
    if (l + 1 < lines.size()) {
      Item rest;
      rest.lines.assign(lines.begin() + static_cast<std::ptrdiff_t>(l) + 1, lines.end());
      items.push_back(std::move(rest));
    }
  }
  for (; b < blocks.size(); ++b) {
    Item item;
    item.lines = std::move(blocks[b]);
    items.push_back(std::move(item));
  }

  // Meta lines and boilerplate out; captions recognised. An emptied block
  // passes its "meta after" mark back to the block before it.
  std::vector<Item> kept;
  kept.reserve(items.size());
  bool meta_before = false;  // a publication line or byline above the first block
  for (std::size_t i = 0; i < items.size(); ++i) {
    Item& item = items[i];
    const bool meta = take_meta_lines(item.lines, i < kMetaBlocks, s);
    if (meta && !kept.empty()) kept.back().meta_after = true;
    if (meta && kept.empty()) meta_before = true;
    if (item.lines.empty()) continue;
    if (auto caption = parse_caption(item.lines)) {
      item.kind = Kind::kCaption;
      item.caption = std::move(*caption);
    }
    kept.push_back(std::move(item));
  }

  // The standfirst: the first block, if shaped like one and set apart from
  // the body (see looks_like_standfirst).
  std::size_t first_body = 0;
  if (kept.size() >= 2 && kept[0].kind == Kind::kText) {
    std::size_t next_text = 1;
    while (next_text < kept.size() && kept[next_text].kind != Kind::kText) ++next_text;
    if (next_text < kept.size()) {
      std::string candidate = join_lines(kept[0].lines);
      const std::string next = join_lines(kept[next_text].lines);
      const bool set_apart =
          kept[0].meta_after || kept[1].kind == Kind::kCaption || parse_dateline(next) ||
          (meta_before && !mentions_day(candidate) && mentions_day(first_sentence(next)));
      if (set_apart && looks_like_standfirst(candidate)) {
        s.standfirst = std::move(candidate);
        first_body = 1;
      }
    }
  }

  for (std::size_t i = first_body; i < kept.size(); ++i) {
    if (kept[i].kind == Kind::kCaption) {
      s.captions.push_back(std::move(kept[i].caption));
    } else {
      s.body.push_back(join_lines(kept[i].lines));
    }
  }

  if (!s.body.empty()) {
    if (auto d = parse_dateline(s.body.front())) {
      std::string rest = s.body.front().substr(d->text_start);
      if (!trim(rest).empty()) s.body.front() = std::move(rest);
      s.dateline = std::move(d);
    }
  }
  return s;
}

}  // namespace newsarchive::indexer
