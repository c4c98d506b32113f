# Script mode helper of NewsarchiveEmbed.cmake: INPUT -> OUTPUT as SYMBOL.
file(READ "${INPUT}" content)
string(FIND "${content}" ")NEWSARCHIVE_DATA\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw string delimiter")
endif()
file(WRITE "${OUTPUT}.tmp"
"// Generated from ${INPUT}; edit that file instead.
#include <string_view>
namespace newsarchive::data {
extern const std::string_view ${SYMBOL};
const std::string_view ${SYMBOL} = R\"NEWSARCHIVE_DATA(${content})NEWSARCHIVE_DATA\";
}  // namespace newsarchive::data
")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
