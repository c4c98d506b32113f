// Searcher::fields() and the field and facet paragraphs of newsquery --help:
// both read from the schema's table, so neither can fall behind it.
#include <string>
#include <vector>

#include "newsarchive/render.h"
#include "newsarchive/schema.h"
#include "newsarchive/search.h"

namespace newsarchive {

std::vector<FieldInfo> Searcher::fields() {
  std::vector<FieldInfo> out;
  try {
    for (const schema::Field& f : schema::fields()) {
      if (f.has(schema::kInternal) || f.names.empty()) continue;
      FieldInfo info;
      info.name = std::string(f.names.front());
      for (std::size_t i = 1; i < f.names.size(); ++i) info.aliases.emplace_back(f.names[i]);
      info.words = f.has(schema::kText);
      info.unfielded = f.has(schema::kDefaultSearch);
      info.facet = f.has(schema::kFacet);
      out.push_back(std::move(info));
    }
  } catch (...) {
    out.clear();  // only std::bad_alloc can get here
  }
  return out;
}

namespace {

// "headline (title)": a field's name and its aliases.
std::string named(const FieldInfo& f) {
  std::string out = f.name;
  for (std::size_t i = 0; i < f.aliases.size(); ++i) out += (i == 0 ? " (" : ", ") + f.aliases[i];
  if (!f.aliases.empty()) out += ')';
  return out;
}

// `text` broken into lines of at most `width` bytes, each after the first
// indented by two spaces; words are never split.
std::string wrapped(const std::string& text, std::size_t width) {
  std::string out, line;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t j = text.find(' ', i);
    if (j == std::string::npos) j = text.size();
    const std::string word = text.substr(i, j - i);
    if (!line.empty() && line.size() + 1 + word.size() > width) {
      out += line + "\n";
      line = "  " + word;
    } else {
      line += (line.empty() ? "" : " ") + word;
    }
    i = j + 1;
  }
  if (!line.empty()) out += line + "\n";
  return out;
}

}  // namespace

std::string render_field_help(const std::vector<FieldInfo>& fields) {
  std::string words, values, facets;
  for (const FieldInfo& f : fields) {
    std::string& list = f.words ? words : values;
    list += (list.empty() ? "" : ", ") + named(f);
    if (f.facet) facets += (facets.empty() ? "" : ", ") + f.name;
  }
  constexpr std::size_t kWidth = 78;
  return wrapped("Fields: " + words + "; exact-value filters " + values + ".", kWidth) + "\n" +
         wrapped("Facets: --facets counts, over all matching articles (or quotes, with "
                 "--quotes), the commonest values of each field named: " +
                     facets + ".",
                 kWidth);
}

}  // namespace newsarchive
