#include "newsarchive/article.h"

namespace newsarchive {

bool is_searchable_quote(const Quote& q) {
  constexpr std::size_t kSpeechWords = 4;
  if (q.paragraph < 0 && q.cue == kHeadlineSubjectCue) return false;
  if (!q.speaker.empty()) return true;
  std::size_t words = 0;
  bool in_word = false;
  for (const char c : q.text) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words >= kSpeechWords;
}

}  // namespace newsarchive
