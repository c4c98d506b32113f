// The field lists users and library users see all come from the schema's
// table: Searcher::fields(), newsquery's help paragraphs and the parse
// error for an unknown field. Nothing here is listed by hand.
#include <gtest/gtest.h>

#include <cctype>
#include <string>

#include "newsarchive/render.h"
#include "newsarchive/schema.h"
#include "newsarchive/search.h"
#include "query_parser.h"

namespace newsarchive::query {
namespace {

// Whether `name` stands in `text` as a whole word (not inside another).
bool names(const std::string& text, const std::string& name) {
  auto word_char = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  for (std::size_t at = text.find(name); at != std::string::npos; at = text.find(name, at + 1)) {
    const bool before = at == 0 || !word_char(text[at - 1]);
    const std::size_t end = at + name.size();
    const bool after = end == text.size() || !word_char(text[end]);
    if (before && after) return true;
  }
  return false;
}

TEST(FieldCatalogue, SearcherFieldsAreTheSchemasVisibleFields) {
  const std::vector<FieldInfo> fields = Searcher::fields();
  std::size_t i = 0;
  for (const schema::Field& f : schema::fields()) {
    if (f.has(schema::kInternal)) continue;
    ASSERT_LT(i, fields.size());
    const FieldInfo& info = fields[i++];
    EXPECT_EQ(info.name, f.names.front());
    ASSERT_EQ(info.aliases.size() + 1, f.names.size()) << info.name;
    for (std::size_t k = 1; k < f.names.size(); ++k) EXPECT_EQ(info.aliases[k - 1], f.names[k]);
    EXPECT_EQ(info.words, f.has(schema::kText)) << info.name;
    EXPECT_EQ(info.facet, f.has(schema::kFacet)) << info.name;
    EXPECT_EQ(info.unfielded, f.has(schema::kDefaultSearch)) << info.name;
  }
  EXPECT_EQ(i, fields.size());
}

TEST(FieldCatalogue, HelpAndParseErrorNameEveryField) {
  const std::string help = render_field_help(Searcher::fields());
  QueryParser parser({"en"}, true);
  const ParsedQuery bad = parser.parse("nosuchfield:word");
  ASSERT_FALSE(bad.ok);
  const std::string& hint = bad.error.message;
  for (const std::string& name : schema::field_names()) {
    EXPECT_TRUE(names(help, name)) << name << " is missing from the help";
    EXPECT_TRUE(names(hint, name)) << name << " is missing from the parse error";
  }
  const std::string facets = help.substr(help.find("Facets:"));
  for (const std::string& name : schema::facet_names())
    EXPECT_TRUE(names(facets, name)) << name << " is missing from the facets";
  // What the parser keeps for itself is not offered to users.
  for (const schema::Field& f : schema::fields()) {
    if (!f.has(schema::kInternal)) continue;
    EXPECT_FALSE(names(help, std::string(f.names.front()))) << f.names.front();
  }
}

TEST(FieldCatalogue, HelpLinesFitATerminal) {
  const std::string help = render_field_help(Searcher::fields());
  std::size_t start = 0;
  while (start < help.size()) {
    const std::size_t end = help.find('\n', start);
    const std::size_t len = (end == std::string::npos ? help.size() : end) - start;
    EXPECT_LE(len, 78u) << help.substr(start, len);
    if (end == std::string::npos) break;
    start = end + 1;
  }
}

}  // namespace
}  // namespace newsarchive::query
