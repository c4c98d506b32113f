#include "readers/reuters_codes.h"

#include <vector>

#include "text/text_scan.h"

namespace newsarchive::indexer {
namespace {

struct Named {
  std::string_view code;
  std::string_view name;
};

// Place codes whose words, capitalised, are not the name the gazetteer uses.
constexpr Named kPlaces[] = {
    {"usa", "United States"},
    {"uk", "United Kingdom"},
    {"ussr", "Soviet Union"},
    {"uae", "United Arab Emirates"},
    {"us-virgin-islands", "U.S. Virgin Islands"},
    {"trinidad-tobago", "Trinidad and Tobago"},
    {"guinea-bissau", "Guinea-Bissau"},
    {"yemen-arab-republic", "North Yemen"},
    {"yemen-demo-republic", "South Yemen"},
};

// Organisation codes that are not plain acronyms.
constexpr Named kOrganizations[] = {
    {"worldbank", "World Bank"},
    {"adb-africa", "African Development Bank"},
    {"adb-asia", "Asian Development Bank"},
    {"ico-coffee", "International Coffee Organization"},
    {"ico-islam", "Organisation of the Islamic Conference"},
    {"iwc-whale", "International Whaling Commission"},
    {"iwc-wheat", "International Wheat Council"},
};

// Words that stay in lower case inside a name ("de la Madrid").
char upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

std::vector<std::string_view> code_words(std::string_view code) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (start <= code.size()) {
    std::size_t dash = code.find('-', start);
    if (dash == std::string_view::npos) dash = code.size();
    if (dash > start) out.push_back(code.substr(start, dash - start));
    start = dash + 1;
  }
  return out;
}

std::string capitalise(std::string_view word) {
  std::string w(word);
  if (!w.empty()) w[0] = upper(w[0]);
  return w;
}

std::string_view name_of_code(const Named* table, std::size_t n, std::string_view code) {
  for (std::size_t i = 0; i < n; ++i) {
    if (table[i].code == code) return table[i].name;
  }
  return {};
}

}  // namespace

std::string reuters_place_name(std::string_view code) {
  if (const auto known = name_of_code(kPlaces, std::size(kPlaces), code); !known.empty()) {
    return std::string(known);
  }
  std::string name;
  for (std::string_view w : code_words(code)) {
    if (!name.empty()) name += ' ';
    name += capitalise(w);
  }
  return name;
}

std::string reuters_person_name(std::string_view code) {
  const std::vector<std::string_view> parts = code_words(code);
  std::string name;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const std::string_view w = parts[i];
    // "o-kennedy": the Irish O' prefix.
    if (w == "o" && i + 1 < parts.size()) {
      name += "O'";
      continue;
    }
    if (!name.empty() && !name.ends_with('\'')) name += ' ';
    name += (i > 0 && i + 1 < parts.size() && is_name_particle(w)) ? std::string(w) : capitalise(w);
  }
  return name;
}

std::string reuters_organization_name(std::string_view code) {
  if (const auto known = name_of_code(kOrganizations, std::size(kOrganizations), code);
      !known.empty()) {
    return std::string(known);
  }
  std::string name;
  for (char c : code) name += c == '-' ? ' ' : upper(c);
  return name;
}

}  // namespace newsarchive::indexer
