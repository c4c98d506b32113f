// Article <-> JSON, in the shape of DESIGN.md's "Interfaces that others rely
// on": the output of `newsindex --extract` and the data stored with each
// indexed document.
#pragma once

#include <string>
#include <string_view>

#include "newsarchive/article.h"

namespace newsarchive {

// How much of an Article to write: all of it (--extract), or what a
// document stores for display, which leaves out where each entity is
// mentioned (the names and types stay; the mentions are a third of a
// typical article's JSON, and searching has no use for them) and the
// cluster key, which the document holds in its value slot, set once the
// key is known (schema.h, "Copies"); it also leaves out empty keys.
enum class JsonDetail { full, stored };

// One line of compact JSON, no trailing newline. Invalid UTF-8 in a field is
// replaced with U+FFFD rather than failing.
std::string to_json(const Article& article, JsonDetail detail = JsonDetail::full);

// Reads what to_json() wrote. Unknown keys are ignored and missing keys stay
// empty. Returns false, with a reason in `error` if given, when `json` is not
// a JSON object.
bool from_json(std::string_view json, Article& article, std::string* error = nullptr);

}  // namespace newsarchive
