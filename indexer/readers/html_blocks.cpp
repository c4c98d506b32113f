#include "readers/html_blocks.h"

#include <algorithm>
#include <array>

#include "readers/html_boilerplate.h"

namespace newsarchive::indexer::html {
namespace {

constexpr std::array<std::string_view, 44> kBlockTags = {
    "p",       "div",     "section", "article", "main",   "li",     "ul",      "ol",
    "dl",      "dt",      "dd",      "h1",      "h2",     "h3",     "h4",      "h5",
    "h6",      "blockquote", "pre",  "table",   "tr",     "td",     "th",      "tbody",
    "thead",   "tfoot",   "caption", "hr",      "center", "address", "details", "summary",
    "fieldset", "hgroup", "body",    "html",    "figcaption", "header", "footer", "aside",
    "nav",     "form",    "legend",  "option"};

bool has_element_child(const xmlNode* n) {
  for (const xmlNode* c = n->children; c; c = c->next)
    if (is_element(c)) return true;
  return false;
}

class Walker {
 public:
  Walker(std::vector<TextBlock>& out, const xmlNode* root) : out_(out), containers_{root} {}

  void visit(const xmlNode* n) {
    for (const xmlNode* c = n->children; c; c = c->next) {
      if (is_text(c)) {
        text(c);
      } else if (is_element(c)) {
        element(c);
      }
    }
  }

  void flush() {
    std::string t = collapse_space(buf_);
    if (!t.empty()) {
      TextBlock b;
      b.link_chars = std::min(link_chars_, t.size());
      b.text = std::move(t);
      b.container = containers_.empty() ? nullptr : containers_.back();
      b.furniture = furniture_;
      b.in_article_header = article_headers_ > 0;
      out_.push_back(std::move(b));
    }
    buf_.clear();
    link_chars_ = 0;
    brs_ = 0;
  }

 private:
  void text(const xmlNode* c) {
    const std::string_view s = node_content(c);
    buf_ += s;
    if (links_ > 0) link_chars_ += collapse_space(s).size();
    if (s.find_first_not_of(" \t\r\n") != std::string_view::npos) brs_ = 0;
  }

  void element(const xmlNode* c) {
    const std::string_view t = tag(c);
    if (t == "br") {
      if (++brs_ >= 2) flush();
      else buf_ += ' ';
      return;
    }
    if (is_non_content_tag(t) || is_hidden(c)) return;
    // The parser keeps some <noscript> content as raw markup text.
    if (t == "noscript" && !has_element_child(c)) return;
    const bool declared = is_declared_content(c);
    const Boilerplate kind = declared ? Boilerplate::none : boilerplate_kind(c);
    if (kind == Boilerplate::strong) return;
    const bool block = is_block_tag(t);
    if (block) {
      flush();
      containers_.push_back(c);
    }
    if (kind == Boilerplate::weak) furniture_.push_back(c);
    if (kind == Boilerplate::article_header) ++article_headers_;
    if (t == "a") ++links_;
    visit(c);
    if (t == "a") --links_;
    if (block) {
      flush();
      containers_.pop_back();
    }
    if (kind == Boilerplate::weak) furniture_.pop_back();
    if (kind == Boilerplate::article_header) --article_headers_;
  }

  std::vector<TextBlock>& out_;
  std::vector<const xmlNode*> containers_;
  std::string buf_;
  std::size_t link_chars_ = 0;
  int links_ = 0;
  int brs_ = 0;
  int article_headers_ = 0;
  std::vector<const xmlNode*> furniture_;
};

}  // namespace

bool is_block_tag(std::string_view t) {
  return std::find(kBlockTags.begin(), kBlockTags.end(), t) != kBlockTags.end();
}

std::vector<TextBlock> collect_blocks(xmlNode* root) {
  std::vector<TextBlock> out;
  if (!root) return out;
  Walker w(out, root);
  w.visit(root);
  w.flush();
  return out;
}

}  // namespace newsarchive::indexer::html
