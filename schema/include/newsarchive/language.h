// Language identification, good enough to choose a stemmer.
//
// Script first (Han with kana is Japanese, Han alone Chinese, Hangul Korean,
// Thai, Cyrillic, Arabic, Greek, Hebrew...), then, for Latin script, counts of
// the commonest function words of each supported language.
#pragma once

#include <string>
#include <string_view>

namespace newsarchive {

// Returns an ISO 639-1 code. `fallback` is returned when the text gives no
// clear signal (too short, or no function words at all).
std::string detect_language(std::string_view utf8, std::string_view fallback = "en");

// Normalises a language tag from metadata ("en-GB", "EN", "eng", "English")
// to an ISO 639-1 code, or returns "" if it is not recognised.
std::string normalise_language_tag(std::string_view tag);

}  // namespace newsarchive
