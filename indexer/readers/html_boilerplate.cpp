#include "readers/html_boilerplate.h"

#include <algorithm>
#include <iterator>

#include "text/word_list.h"

namespace newsarchive::data {
extern const std::string_view kHtmlBoilerplate;
}

namespace newsarchive::indexer::html {
namespace {

template <std::size_t N>
bool among(std::string_view word, const std::string_view (&words)[N]) {
  return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

constexpr std::string_view kNonContentTags[] = {
    "script", "style",  "template", "iframe", "svg",   "canvas", "object", "embed", "button", "select", "input",
    "textarea", "figure", "video",  "audio",  "map",   "dialog", "head",   "title", "rt",     "rp"};

// Page furniture by their tag. Not left out unread: a page may wrap all of
// itself in a <form>, and a <header> or <noscript> left open swallows the
// page.
constexpr std::string_view kFurnitureTags[] = {"nav",  "aside", "footer",  "header",
                                                            "form", "menu",  "noscript"};

constexpr std::string_view kFurnitureRoles[] = {
    "navigation", "banner", "contentinfo", "complementary", "search",
    "dialog",     "alert",  "menu",        "menubar"};

// data/html_boilerplate.txt, compiled in, read once.
struct BoilerplateWords {
  WordList comments, furniture, screen_reader_only;
  static const BoilerplateWords& get() {
    static const BoilerplateWords kWords = [] {
      BoilerplateWords w;
      read_built_in_sections("data/html_boilerplate.txt", data::kHtmlBoilerplate,
                             {{"comments", &w.comments},
                              {"furniture", &w.furniture},
                              {"screen_reader_only", &w.screen_reader_only}});
      return w;
    }();
    return kWords;
  }
};

bool inside_article(const xmlNode* e) {
  for (const xmlNode* n = e->parent; n; n = n->parent)
    if (is_tag(n, "article") || is_tag(n, "main")) return true;
  return false;
}

}  // namespace

bool is_non_content_tag(std::string_view t) { return among(t, kNonContentTags); }

// Classes by which pages hide labels from the eye and keep them for
// screen readers ("Media caption", "Image copyright"): not text a reader sees.
bool is_screen_reader_only(const xmlNode* e) {
  const std::string classes = lower_ascii(attr(e, "class"));
  std::size_t start = 0;
  while (start < classes.size()) {
    std::size_t end = classes.find_first_of(" \t\n", start);
    if (end == std::string::npos) end = classes.size();
    const std::string_view c = std::string_view(classes).substr(start, end - start);
    if (BoilerplateWords::get().screen_reader_only.contains(c)) return true;
    start = end + 1;
  }
  return false;
}

bool is_hidden(const xmlNode* e) {
  if (has_attr(e, "hidden")) return true;
  if (lower_ascii(attr(e, "aria-hidden")) == "true") return true;
  if (is_screen_reader_only(e)) return true;
  const std::string style = lower_ascii(attr(e, "style"));
  if (style.empty()) return false;
  std::string compact;
  for (char c : style)
    if (c != ' ') compact += c;
  return compact.find("display:none") != std::string::npos ||
         compact.find("visibility:hidden") != std::string::npos;
}

bool is_declared_content(const xmlNode* e) {
  const std::string_view t = tag(e);
  if (t == "article" || t == "main") return true;
  if (lower_ascii(attr(e, "itemprop")) == "articlebody") return true;
  return lower_ascii(attr(e, "role")) == "main";
}

Boilerplate boilerplate_kind(const xmlNode* e) {
  // Sites put the page's type and their feature switches on these.
  if (is_tag(e, "html") || is_tag(e, "body")) return Boilerplate::none;
  if (is_tag(e, "header") && inside_article(e)) return Boilerplate::article_header;
  if (among(tag(e), kFurnitureTags)) return Boilerplate::weak;
  const std::string role = lower_ascii(attr(e, "role"));
  if (among(std::string_view(role), kFurnitureRoles)) return Boilerplate::weak;
  const std::string itemprop = lower_ascii(attr(e, "itemprop"));
  if (itemprop == "author" || itemprop == "comment") return Boilerplate::weak;
  if (lower_ascii(attr(e, "rel")) == "author") return Boilerplate::weak;
  const BoilerplateWords& words = BoilerplateWords::get();
  Boilerplate kind = Boilerplate::none;
  for (const std::string& w : class_id_tokens(e)) {
    if (words.comments.contains(w)) return Boilerplate::strong;
    if (words.furniture.contains(w)) kind = Boilerplate::weak;
  }
  return kind;
}

}  // namespace newsarchive::indexer::html
