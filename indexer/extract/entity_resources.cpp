#include "extract/entity_resources.h"

#include <algorithm>
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
extern const std::string_view kGazetteerWorkWords;
extern const std::string_view kGazetteerFirmNouns;
extern const std::string_view kGazetteerJobWords;
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
  } else if (file_name == "work_words.txt") {
    work_words.add_text(text);
  } else if (file_name == "firm_nouns.txt") {
    firm_nouns.add_text(text);
  } else if (file_name == "job_words.txt") {
    job_words.add_text(text);
  } else if (file_name == "titles.txt") {
    titles.add_text(text);
  } else {
    return "gazetteer file name not known: " + std::string(file_name) +
           " (see data/gazetteer/README.txt)";
  }
  return "";
}

EntityResources EntityResources::build(const std::map<std::string, std::string>& replaced) {
  namespace d = newsarchive::data;
  EntityResources r;
  auto add = [&](const char* name, std::string_view built_in) {
    auto it = replaced.find(name);
    r.add_text(name, it == replaced.end() ? built_in : std::string_view(it->second));
  };
  add("common_words.txt", d::kGazetteerCommonWords);
  add("given_names.txt", d::kGazetteerGivenNames);
  add("org_words.txt", d::kGazetteerOrgWords);
  add("place_words.txt", d::kGazetteerPlaceWords);
  add("misc_words.txt", d::kGazetteerMiscWords);
  add("titles.txt", d::kGazetteerTitles);
  add("sports_words.txt", d::kGazetteerSportsWords);
  add("work_words.txt", d::kGazetteerWorkWords);
  add("firm_nouns.txt", d::kGazetteerFirmNouns);
  add("job_words.txt", d::kGazetteerJobWords);
  // Places first so that ICU's countries take their canonical names from
  // places.txt; then what may share a written form with a place and should
  // win (a city named like a region, an organisation named like a place).
  add("places.txt", d::kGazetteerPlaces);
  add_icu_countries(r.gazetteer, r.common_words);
  add("cities.txt", d::kGazetteerCities);
  add("misc.txt", d::kGazetteerMisc);
  add("organizations.txt", d::kGazetteerOrganizations);
  add("demonyms.txt", d::kGazetteerDemonyms);
  add("persons.txt", d::kGazetteerPersons);
  return r;
}

const EntityResources& EntityResources::defaults() {
  static const EntityResources resources = build({});
  return resources;
}

namespace {

bool replaces(std::string_view text) {
  const auto end = text.find('\n');
  std::string_view first = text.substr(0, end);
  while (!first.empty() && (first.back() == '\r' || first.back() == ' ')) first.remove_suffix(1);
  return first == "# replace";
}

}  // namespace

std::string EntityResources::load(const std::vector<std::string>& dirs, EntityResources& out) {
  namespace fs = std::filesystem;
  std::map<std::string, std::string> replaced;
  std::vector<std::pair<std::string, std::string>> added;
  std::string problems;
  auto problem = [&problems](const std::string& p) {
    if (!problems.empty()) problems += '\n';
    problems += p;
  };
  for (const std::string& dir : dirs) {
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) {
      problem("cannot read gazetteer directory " + dir + ": " + ec.message());
      continue;
    }
    std::vector<fs::path> files;
    for (; it != fs::directory_iterator(); it.increment(ec)) {
      if (ec) {
        problem("cannot read gazetteer directory " + dir + ": " + ec.message());
        break;
      }
      if (it->is_regular_file(ec)) files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& path : files) {
      const std::string name = path.filename().string();
      if (name == "README.txt" || name.starts_with('.')) continue;
      std::ifstream in(path, std::ios::binary);
      std::ostringstream text;
      text << in.rdbuf();
      if (!in) {
        problem("cannot read gazetteer file " + path.string());
        continue;
      }
      if (EntityResources probe; !probe.add_text(name, "").empty()) {
        problem("gazetteer file name not known: " + path.string() +
                " (see data/gazetteer/README.txt)");
        continue;
      }
      if (replaces(text.str()))
        replaced[name] = text.str();
      else
        added.emplace_back(name, text.str());
    }
  }
  out = build(replaced);
  for (const auto& [name, text] : added) out.add_text(name, text);
  return problems;
}

}  // namespace newsarchive::indexer
