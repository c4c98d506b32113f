#include "extract/entity_resources.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "extract/entity_countries.h"

namespace newsarchive::data {
extern const std::string_view kGazetteerPlaces;
extern const std::string_view kGazetteerCities;
extern const std::string_view kGazetteerOrganizations;
extern const std::string_view kGazetteerMisc;
extern const std::string_view kGazetteerPersons;
extern const std::string_view kGazetteerDemonyms;
extern const std::string_view kGazetteerGivenNames;
extern const std::string_view kGazetteerCommonWords;
extern const std::string_view kGazetteerOrgWords;
extern const std::string_view kGazetteerPlaceWords;
extern const std::string_view kGazetteerMiscWords;
extern const std::string_view kGazetteerTitles;
extern const std::string_view kGazetteerSportsWords;
}  // namespace newsarchive::data

namespace newsarchive::indexer {

std::string EntityResources::add_text(std::string_view file_name, std::string_view text) {
  if (file_name == "places.txt" || file_name == "cities.txt") {
    gazetteer.add_names(text, EntityType::kPlace);
  } else if (file_name == "organizations.txt") {
    gazetteer.add_names(text, EntityType::kOrganization);
  } else if (file_name == "misc.txt") {
    gazetteer.add_names(text, EntityType::kMisc);
  } else if (file_name == "persons.txt") {
    gazetteer.add_names(text, EntityType::kPerson);
  } else if (file_name == "demonyms.txt") {
    gazetteer.add_demonyms(text);
  } else if (file_name == "given_names.txt") {
    given_names.add_text(text);
  } else if (file_name == "common_words.txt") {
    common_words.add_text(text);
  } else if (file_name == "org_words.txt") {
    org_words.add_text(text);
  } else if (file_name == "place_words.txt") {
    place_words.add_text(text);
  } else if (file_name == "misc_words.txt") {
    misc_words.add_text(text);
  } else if (file_name == "sports_words.txt") {
    sports_words.add_text(text);
  } else if (file_name == "titles.txt") {
    titles.add_text(text);
  } else {
    return "gazetteer file name not known: " + std::string(file_name) +
           " (see data/gazetteer/README.txt)";
  }
  return "";
}

const EntityResources& EntityResources::defaults() {
  static const EntityResources resources = [] {
    namespace d = newsarchive::data;
    EntityResources r;
    r.add_text("common_words.txt", d::kGazetteerCommonWords);
    r.add_text("given_names.txt", d::kGazetteerGivenNames);
    r.add_text("org_words.txt", d::kGazetteerOrgWords);
    r.add_text("place_words.txt", d::kGazetteerPlaceWords);
    r.add_text("misc_words.txt", d::kGazetteerMiscWords);
    r.add_text("titles.txt", d::kGazetteerTitles);
    r.add_text("sports_words.txt", d::kGazetteerSportsWords);
    // Places first so that ICU's countries take their canonical names from
    // places.txt; then what may share a written form with a place and should
    // win (a city named like a region, an organisation named like a place).
    r.add_text("places.txt", d::kGazetteerPlaces);
    add_icu_countries(r.gazetteer, r.common_words);
    r.add_text("cities.txt", d::kGazetteerCities);
    r.add_text("misc.txt", d::kGazetteerMisc);
    r.add_text("organizations.txt", d::kGazetteerOrganizations);
    r.add_text("demonyms.txt", d::kGazetteerDemonyms);
    r.add_text("persons.txt", d::kGazetteerPersons);
    return r;
  }();
  return resources;
}

std::string EntityResources::load_directory(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) return "cannot read gazetteer directory " + dir + ": " + ec.message();
  std::string problems;
  try {
  for (const fs::directory_entry& entry : it) {
    if (!entry.is_regular_file(ec)) continue;
    const std::string name = entry.path().filename().string();
    if (name == "README.txt" || name.starts_with('.')) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    std::string problem = in ? add_text(name, text.str())
                             : "cannot read gazetteer file " + entry.path().string();
    if (!problem.empty()) {
      if (!problems.empty()) problems += '\n';
      problems += problem;
    }
  }
  } catch (const fs::filesystem_error& e) {
    if (!problems.empty()) problems += '\n';
    problems += "cannot read gazetteer directory " + dir + ": " + e.what();
  }
  return problems;
}

}  // namespace newsarchive::indexer
