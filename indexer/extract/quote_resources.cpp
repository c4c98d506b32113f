#include "extract/quote_resources.h"

#include <string_view>

namespace newsarchive::data {
extern const std::string_view kCues;
extern const std::string_view kRoles;
}  // namespace newsarchive::data

namespace newsarchive::indexer {

const QuoteResources& QuoteResources::defaults() {
  static const QuoteResources built = [] {
    QuoteResources r;
    r.cues.add_text(data::kCues);
    r.roles.add_text(data::kRoles);
    return r;
  }();
  return built;
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
