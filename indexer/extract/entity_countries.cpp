#include "extract/entity_countries.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <string>

#include "text/text_scan.h"

namespace newsarchive::indexer {
namespace {

// Languages whose country names are added as aliases: the languages of the
// archives we expect, in Latin and other scripts.
constexpr const char* kLanguages[] = {"de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb",
                                      "fi", "pl", "cs", "tr", "ru", "uk", "ar", "zh", "ja"};

std::string display_country(const char* code, const char* language) {
  icu::UnicodeString name;
  icu::Locale("", code).getDisplayCountry(icu::Locale(language), name);
  std::string out;
  name.toUTF8String(out);
  return out;
}

// "Myanmar (Burma)" -> "Myanmar"; "Bosnia & Herzegovina" -> "Bosnia and
// Herzegovina"; "St. Lucia" stays.
std::string clean(std::string name) {
  const std::size_t paren = name.find(" (");
  if (paren != std::string::npos) name.resize(paren);
  const std::size_t amp = name.find(" & ");
  if (amp != std::string::npos) name.replace(amp, 3, " and ");
  return std::string(trim(name));
}

}  // namespace

void add_icu_countries(Gazetteer& gazetteer, const EntityWordList& common_words) {
  for (const char* const* cc = icu::Locale::getISOCountries(); cc && *cc; ++cc) {
    const std::string code = *cc;
    const std::string english = display_country(code.c_str(), "en");
    // ICU answers with the code itself when it has no name.
    if (english.empty() || english == code) continue;
    const std::string name = clean(english);
    const GazetteerEntry* known = gazetteer.find(name);
    if (known == nullptr) known = gazetteer.find(english);
    std::string canonical = name;
    if (known != nullptr && known->type == EntityType::kPlace) canonical = known->canonical;
    gazetteer.add(canonical, canonical, EntityType::kPlace, false, /*keep_existing=*/true);
    gazetteer.add(name, canonical, EntityType::kPlace, false, true);
    gazetteer.add(english, canonical, EntityType::kPlace, false, true);
    if (gazetteer.country_of(canonical).empty()) gazetteer.set_country(canonical, canonical);
    for (const char* lang : kLanguages) {
      const std::string local = clean(display_country(code.c_str(), lang));
      if (local.empty() || local == code || common_words.contains(local)) continue;
      gazetteer.add(local, canonical, EntityType::kPlace, false, true);
    }
  }
}

}  // namespace newsarchive::indexer
