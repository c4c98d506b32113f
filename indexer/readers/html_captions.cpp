#include "readers/html_captions.h"

#include <array>

#include "readers/html_boilerplate.h"

namespace newsarchive::indexer::html {
namespace {

bool is_credit_element(const xmlNode* e) {
  for (const std::string& w : class_id_tokens(e))
    if (w == "credit" || w == "credits" || w == "copyright" || w == "source" || w == "attribution" ||
        w == "photographer" || w == "byline")
      return true;
  return false;
}

void find_credit(const xmlNode* node, std::string& credit) {
  for (const xmlNode* c = node->children; c && credit.empty(); c = c->next) {
    if (!is_element(c)) continue;
    if (is_credit_element(c)) credit = visible_text(c);
    else find_credit(c, credit);
  }
}

// Text of the caption without the credit element.
void caption_text(const xmlNode* node, std::string& out) {
  for (const xmlNode* c = node->children; c; c = c->next) {
    if (is_text(c)) {
      out += node_content(c);
    } else if (is_element(c)) {
      const std::string_view t = tag(c);
      if (t == "script" || t == "style" || is_credit_element(c) || is_hidden(c)) continue;
      if (t == "br") out += ' ';
      caption_text(c, out);
    }
  }
}

const xmlNode* find_tag(const xmlNode* node, std::string_view name) {
  for (const xmlNode* c = node->children; c; c = c->next) {
    if (!is_element(c)) continue;
    if (is_tag(c, name)) return c;
    if (const xmlNode* f = find_tag(c, name)) return f;
  }
  return nullptr;
}

Caption read_figure(const xmlNode* figure) {
  Caption cap;
  if (const xmlNode* img = find_tag(figure, "img")) cap.alt_text = collapse_space(attr(img, "alt"));
  const xmlNode* fc = find_tag(figure, "figcaption");
  if (!fc) return cap;
  find_credit(fc, cap.credit);
  std::string raw;
  caption_text(fc, raw);
  cap.text = collapse_space(raw);
  if (cap.credit.empty()) {
    std::string text;
    std::string credit;
    if (split_caption_credit(cap.text, text, credit)) {
      cap.text = std::move(text);
      cap.credit = std::move(credit);
    }
  }
  return cap;
}

void collect_figures(const xmlNode* node, std::vector<Caption>& out) {
  for (const xmlNode* c = node->children; c; c = c->next) {
    if (!is_element(c)) continue;
    const std::string_view t = tag(c);
    if (t == "script" || t == "style" || t == "nav" || t == "aside" || t == "footer") continue;
    if (is_hidden(c) || boilerplate_kind(c) == Boilerplate::strong) continue;
    if (t == "figure") {
      Caption cap = read_figure(c);
      if (!cap.text.empty() || !cap.alt_text.empty()) out.push_back(std::move(cap));
      continue;
    }
    collect_figures(c, out);
  }
}

std::string trim_punct(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '.' || s.back() == ')' || s.back() == '|'))
    s.pop_back();
  while (!s.empty() && (s.front() == ' ' || s.front() == '(' || s.front() == '|')) s.erase(0, 1);
  return s;
}

}  // namespace

bool split_caption_credit(const std::string& caption, std::string& text, std::string& credit) {
  // "... Photograph: Jane Roe/AP", "... Photo by Jane Roe", "Credit: ..."
  static constexpr std::array<std::string_view, 8> kLabels = {
      "photograph: ", "photo: ", "photo by ", "photos: ", "credit: ", "image: ", "picture: ",
      "foto: "};
  const std::string low = lower_ascii(caption);
  std::size_t best = std::string::npos;
  std::size_t label_len = 0;
  for (std::string_view label : kLabels) {
    const auto at = low.rfind(label);
    if (at != std::string::npos && (best == std::string::npos || at > best)) {
      best = at;
      label_len = label.size();
    }
  }
  if (best != std::string::npos && caption.size() - best - label_len <= 80) {
    text = collapse_space(caption.substr(0, best));
    credit = trim_punct(caption.substr(best + label_len));
    if (!credit.empty()) return true;
  }
  // "... (Getty Images)" or "... (Jane Roe/AFP)": a short closing
  // parenthesis with a capital letter, at the very end.
  if (!caption.empty() && caption.back() == ')') {
    const auto open = caption.rfind('(');
    if (open != std::string::npos && open > 0 && caption.size() - open <= 60) {
      const std::string inner = caption.substr(open + 1, caption.size() - open - 2);
      const bool agency = inner.find('/') != std::string::npos ||
                          lower_ascii(inner).find("images") != std::string::npos ||
                          lower_ascii(inner).find("photo") != std::string::npos;
      if (agency && !inner.empty() && inner[0] >= 'A' && inner[0] <= 'Z') {
        text = collapse_space(caption.substr(0, open));
        credit = collapse_space(inner);
        return true;
      }
    }
  }
  return false;
}

std::vector<Caption> read_captions(const xmlNode* region) {
  std::vector<Caption> out;
  if (region) collect_figures(region, out);
  return out;
}

}  // namespace newsarchive::indexer::html
