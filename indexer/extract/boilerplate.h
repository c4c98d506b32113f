// Lines that are page furniture, not article: "Advertisement", "Read more",
// "Share this article", "Sign up for our newsletter", "© Copyright ...".
#pragma once

#include <string_view>

namespace newsarchive::indexer {

// True if the trimmed line is boilerplate. Only short lines can be: a long
// paragraph that happens to start with "Subscribe" is article text.
// Matching is anchored at the start and ASCII case-insensitive. The patterns
// are a table in boilerplate.cpp.
bool is_boilerplate(std::string_view line);

}  // namespace newsarchive::indexer
