// What kind of speaker an attribution names, and the speaker a quote keeps.
//
// A quote's speaker is a name (a person or an organisation), a group named as
// such, or a role ("spokesman", "prime minister"), with the organisation the
// role speaks for when the phrase names it ("a Microsoft spokesman" is
// Microsoft's). Anything else the attribution code may have taken for a
// speaker (a fragment of the sentence: "global superstar status", "report",
// "30-year-old") is not kept: the quote's speaker is empty, its kind
// unknown, and the mention as written stays for the reader.
#pragma once

#include <string>
#include <string_view>

#include "extract/attribution.h"
#include "extract/phrase_list.h"

namespace newsarchive::indexer {

// The kinds written in Quote::speaker_kind.
inline constexpr std::string_view kSpeakerPerson = "person";
inline constexpr std::string_view kSpeakerOrganisation = "organisation";
inline constexpr std::string_view kSpeakerGroup = "group";
inline constexpr std::string_view kSpeakerRole = "role";
inline constexpr std::string_view kSpeakerUnknown = "unknown";

struct JudgedSpeaker {
  std::string speaker;  // empty when the kind is unknown
  std::string_view kind = kSpeakerUnknown;
};

// The speaker `a` names, judged: `roles` is the role list (data/roles.txt).
JudgedSpeaker judge_speaker(const Attribution& a, const PhraseList& roles);

// Whether a lower-case phrase is a role of the list or the plural of one
// ("analysts"), matched as a whole from its last words: "the finance
// minister" ends with one, "global superstar status" does not.
bool ends_with_role(std::string_view phrase, const PhraseList& roles);

}  // namespace newsarchive::indexer
