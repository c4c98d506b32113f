#include "readers/html_hints.h"

#include <array>

#include "readers/html_boilerplate.h"
#include "text/text_scan.h"

namespace newsarchive::indexer::html {
namespace {

constexpr std::size_t kMaxByline = 120;

bool is_byline_element(const xmlNode* e) {
  if (lower_ascii(attr(e, "rel")) == "author") return true;
  if (lower_ascii(attr(e, "itemprop")) == "author") return true;
  for (const std::string& w : class_id_tokens(e))
    if (w == "byline" || w == "author" || w == "authors") return true;
  return false;
}

const xmlNode* find_itemprop_name(const xmlNode* node) {
  for (const xmlNode* c = node->children; c; c = c->next) {
    if (!is_element(c)) continue;
    if (lower_ascii(attr(c, "itemprop")) == "name") return c;
    if (const xmlNode* f = find_itemprop_name(c)) return f;
  }
  return nullptr;
}

void walk_hints(const xmlNode* node, PageHints& out, std::string& first_time) {
  for (const xmlNode* c = node->children; c; c = c->next) {
    if (!is_element(c)) continue;
    const std::string_view t = tag(c);
    if (t == "script" || t == "style" || t == "nav" || t == "footer" || t == "aside" || t == "head" ||
        t == "noscript" || t == "template" || is_hidden(c))
      continue;
    if (t == "time" && out.time.empty()) {
      const std::string dt = collapse_space(attr(c, "datetime"));
      if (!dt.empty()) {
        const std::string itemprop = lower_ascii(attr(c, "itemprop"));
        if (itemprop == "datepublished" || has_attr(c, "pubdate")) out.time = dt;
        else if (first_time.empty()) first_time = dt;
      }
    }
    if (t == "h1" && out.h1.empty()) out.h1 = visible_text(c);
    if ((t == "h1" || t == "h2" || t == "h3") && out.headings.size() < 50) out.headings.push_back(visible_text(c));
    if (out.byline.empty() && is_byline_element(c)) {
      const xmlNode* name = find_itemprop_name(c);
      std::string text = visible_text(name ? name : c);
      if (text.size() >= 3 && text.size() <= kMaxByline) {
        out.byline = std::move(text);
        continue;
      }
    }
    walk_hints(c, out, first_time);
  }
}

bool starts_with_word(const std::string& low, std::string_view word) {
  return low.size() > word.size() && low.compare(0, word.size(), word) == 0 && low[word.size()] == ' ';
}

bool has_digit(std::string_view s) {
  for (char c : s)
    if (is_ascii_digit(c)) return true;
  return false;
}

// English month names and their abbreviations, in any case.
bool is_month(std::string_view written) {
  std::string word = lower_ascii(written);
  if (!word.empty() && word.back() == '.') word.pop_back();
  static constexpr std::string_view kMonths[] = {"january", "february", "march", "april", "may", "june", "july",
                                                 "august", "september", "october", "november", "december"};
  for (std::string_view m : kMonths)
    if (word == m || (word.size() >= 3 && m.substr(0, word.size()) == word)) return true;
  return word == "sept";
}

}  // namespace

PageHints read_hints(xmlNode* root) {
  PageHints out;
  std::string first_time;
  if (root) walk_hints(root, out, first_time);
  if (out.time.empty()) out.time = first_time;
  return out;
}

std::vector<std::string> byline_names(const std::string& byline) {
  std::string s = collapse_space(byline);
  for (std::string_view word : {"by", "von", "par", "por", "di", "door", "av", "af"}) {
    if (starts_with_word(lower_ascii(s), word)) {
      s.erase(0, word.size() + 1);
      break;
    }
  }
  // Unify the separators to commas.
  std::string unified;
  std::size_t i = 0;
  while (i < s.size()) {
    bool replaced = false;
    for (std::string_view sep : {" and ", " und ", " et ", " y ", " & ", " | ", ";"}) {
      if (s.compare(i, sep.size(), sep) == 0) {
        unified += ',';
        i += sep.size();
        replaced = true;
        break;
      }
    }
    if (!replaced) unified += s[i++];
  }
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= unified.size()) {
    std::size_t end = unified.find(',', start);
    if (end == std::string::npos) end = unified.size();
    // A date or time after the name ("Ana Silva Mar 3, 2024 10:00") ends it:
    // keep the words before the first word with a digit.
    const std::string part = unified.substr(start, end - start);
    const std::vector<std::string_view> words = space_separated(part);
    std::size_t cut = 0;
    while (cut < words.size() && !has_digit(words[cut])) ++cut;
    if (cut < words.size() && cut > 0 && is_month(words[cut - 1])) --cut;
    std::string name;
    for (std::size_t w = 0; w < cut; ++w) (name += w ? " " : "") += words[w];
    if (!name.empty() && name.size() <= 60) out.push_back(std::move(name));
    if (has_digit(unified.substr(start, end - start))) break;
    start = end + 1;
  }
  return out;
}

}  // namespace newsarchive::indexer::html
