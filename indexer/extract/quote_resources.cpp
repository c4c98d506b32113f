#include "extract/quote_resources.h"

#include <string_view>

#include "text/text_scan.h"

namespace newsarchive::data {
extern const std::string_view kCues;
extern const std::string_view kRoles;
extern const std::string_view kGazetteerGivenNames;
}  // namespace newsarchive::data

namespace newsarchive::indexer {

const QuoteResources& QuoteResources::defaults() {
  static const QuoteResources built = [] {
    QuoteResources r;
    r.cues.add_text(data::kCues);
    r.roles.add_text(data::kRoles);
    r.add_given_names(data::kGazetteerGivenNames);
    return r;
  }();
  return built;
}

Gender QuoteResources::given_name_gender(std::string_view first_name) const {
  if (given_names.empty() || first_name.empty()) return Gender::kUnknown;
  const auto it = given_names.find(lower_ascii(first_name));
  return it == given_names.end() ? Gender::kUnknown : it->second;
}

void QuoteResources::add_given_names(std::string_view text) {
  Gender section = Gender::kUnknown;
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    const std::string_view line = trim(text.substr(0, nl));
    text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
    if (line.empty() || line.front() == '#') continue;
    if (line.front() == '[') {
      section = line == "[female]" ? Gender::kFemale
                : line == "[male]" ? Gender::kMale
                                   : Gender::kUnknown;  // [either]
    } else if (section != Gender::kUnknown) {
      given_names[lower_ascii(line)] = section;
    }
  }
}

std::string QuoteResources::load_cues(const std::string& path) {
  std::string error = cues.add_file(path);
  return error.empty() ? error : "cue list: " + error;
}

std::string QuoteResources::load_roles(const std::string& path) {
  std::string error = roles.add_file(path);
  return error.empty() ? error : "role list: " + error;
}

}  // namespace newsarchive::indexer
