#include "readers/html_reader.h"

#include <libxml/uri.h>

#include <array>

#include "readers/html_blocks.h"
#include "readers/html_captions.h"
#include "readers/html_charset.h"
#include "readers/html_content.h"
#include "readers/html_hints.h"
#include "readers/html_metadata.h"

namespace newsarchive::indexer {

using namespace html;

namespace {

constexpr std::array<std::string_view, 10> kTitleSeparators = {" | ", " - ", " – ", " — ", " :: ",
                                                                " » ", " › ", " « ", " · ", " / "};

bool same_text(std::string_view a, std::string_view b) {
  const std::string ca = comparable(a);
  return !ca.empty() && ca == comparable(b);
}

bool is_heading(const std::string& text, const PageHints& hints) {
  for (const std::string& h : hints.headings)
    if (same_text(text, h)) return true;
  return false;
}

// "Headline | Site" -> "Headline", when the part cut off is the site's
// name or the part kept is one of the page's headings (<h1>-<h3>); "Site |
// Headline" -> "Headline" when the part cut off is the site's name. (An
// <h1> that equals a title's last part is as often the site's logo as the
// headline.)
std::string strip_site_name(const std::string& title, const std::string& site, const PageHints& hints) {
  for (std::string_view sep : kTitleSeparators) {
    const auto last = title.rfind(sep);
    if (last != std::string::npos && last > 0) {
      const std::string head = title.substr(0, last);
      const std::string tail = title.substr(last + sep.size());
      if (same_text(tail, site) || is_heading(head, hints)) return head;
    }
    const auto first = title.find(sep);
    if (first != std::string::npos && first > 0) {
      const std::string head = title.substr(0, first);
      if (same_text(head, site)) return title.substr(first + sep.size());
    }
  }
  return title;
}

// The page's <title> when it (without the site's name) is the <h1>: what
// the page shows as its headline. Else the metadata's headline, else the
// <title>, else the <h1>.
std::string choose_headline(const PageMetadata& meta, const PageHints& hints) {
  const std::string title = strip_site_name(meta.title, meta.source, hints);
  if (same_text(title, hints.h1)) return title;
  if (!meta.headline.empty()) return strip_site_name(meta.headline, meta.source, hints);
  if (!title.empty()) return title;
  return hints.h1;
}

// The element whose figures belong to the article: the nearest <article>
// around the chosen text, else the text's own element.
const xmlNode* caption_region(const xmlNode* container) {
  for (const xmlNode* n = container; n; n = n->parent)
    if (is_tag(n, "article")) return n;
  return container;
}

std::size_t text_size(const std::vector<std::string>& paragraphs) {
  std::size_t n = 0;
  for (const std::string& p : paragraphs) n += p.size();
  return n;
}

// A page's own URL as it states it, made absolute against where the page
// came from; "" when it is relative and there is nothing to resolve it with.
std::string absolute_url(const std::string& stated, const std::string& base) {
  if (stated.empty() || stated.find("://") != std::string::npos) return stated;
  if (base.empty()) return "";
  xmlChar* built = xmlBuildURI(reinterpret_cast<const xmlChar*>(stated.c_str()),
                               reinterpret_cast<const xmlChar*>(base.c_str()));
  if (!built) return "";
  std::string out(reinterpret_cast<const char*>(built));
  xmlFree(built);
  return out;
}

// JSON-LD articleBody: paragraphs at line breaks, white space collapsed.
std::vector<std::string> split_paragraphs(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string p = collapse_space(text.substr(start, end - start));
    if (!p.empty()) out.push_back(std::move(p));
    start = end + 1;
  }
  return out;
}

}  // namespace

ReadResult read_html(const Input& input) {
  ReadResult result;
  PageBytes page;
  if (auto error = prepare_page(input.bytes, page)) {
    result.errors.push_back(std::move(*error));
    return result;
  }
  RawArticle raw;
  raw.warnings = std::move(page.warnings);
  XmlDoc doc = parse_html(page.bytes, page.encoding);
  xmlNode* root = root_element(doc);
  if (!root) {
    result.errors.push_back({"", "not an HTML document"});
    return result;
  }

  const PageMetadata meta = read_metadata(root);
  const PageHints hints = read_hints(root);
  raw.origin = input.name;
  raw.format = "html";
  raw.url = absolute_url(meta.url, input.url);
  if (raw.url.empty()) raw.url = input.url;
  raw.id = !raw.url.empty() ? raw.url : input.id;
  raw.headline = choose_headline(meta, hints);
  raw.standfirst = meta.description;
  raw.byline = meta.authors;
  if (raw.byline.empty() && !hints.byline.empty()) raw.byline = byline_names(hints.byline);
  raw.date = !meta.date.empty() ? meta.date : hints.time;
  raw.section = meta.section;
  raw.source = meta.source;
  raw.language = meta.language;
  raw.subjects = meta.keywords;

  const ContentSelection content = select_content(collect_blocks(root), raw.headline);
  raw.body = content.paragraphs;
  // Pages that render their text with scripts may state it in JSON-LD.
  if (text_size(raw.body) * 2 < meta.article_body.size()) raw.body = split_paragraphs(meta.article_body);
  if (content.container) raw.captions = read_captions(caption_region(content.container));
  if (raw.body.empty() && raw.headline.empty()) {
    result.errors.push_back({"", "no article text found"});
    return result;
  }
  result.articles.push_back(std::move(raw));
  return result;
}

}  // namespace newsarchive::indexer
