#include "extract/entity_aliases.h"

#include <algorithm>

#include "text/text_scan.h"

namespace newsarchive::indexer {
namespace {

// "European Central Bank" -> "ECB"; "Bank of England" -> "BOE"; "" when the
// name has fewer than two capitalised words.
std::string initials(const std::vector<std::string_view>& words) {
  std::string out;
  for (std::string_view w : words) {
    if (!w.empty() && w[0] >= 'A' && w[0] <= 'Z') out += w[0];
  }
  return out.size() >= 2 ? out : std::string();
}

}  // namespace

void EntityMemory::remember(std::string key, const KnownName& k) {
  auto [it, inserted] = by_text_.try_emplace(std::move(key), k);
  if (!inserted && k.certainty > it->second.certainty) it->second = k;
}

void EntityMemory::learn(std::string_view text, const Typing& typing,
                         std::string_view canonical) {
  if (text.empty() || typing.certainty == Certainty::kNone) return;
  const KnownName k{typing.type, typing.certainty, std::string(canonical)};
  remember(lower_ascii(text), k);
  const std::vector<std::string_view> words = space_separated(text);
  if (words.size() < 2 || typing.certainty < Certainty::kCue) return;
  if (typing.type == EntityType::kPerson) {
    people_.add(text);
    // Short forms, less sure than the full name: "Blinken", "Wang".
    const KnownName short_form{EntityType::kPerson, Certainty::kCue, std::string(canonical)};
    remember(lower_ascii(words.back()), short_form);
    remember(lower_ascii(words.front()), {EntityType::kPerson, Certainty::kGuess,
                                          std::string(canonical)});
  } else if (typing.type == EntityType::kOrganization) {
    const std::string acronym = initials(words);
    if (!acronym.empty()) remember(lower_ascii(acronym), {k.type, Certainty::kGuess, k.canonical});
    // A firm's short name: "Merrill" for "Merrill Lynch", "Morgan" for
    // "J.P. Morgan"; a person's name of the same word, known surer, wins.
    if (words.size() <= 5) {
      const std::string_view front = words.front();
      const bool initialled = front.find('.') != std::string_view::npos && front.size() <= 5;
      remember(lower_ascii(initialled ? words[1] : front), {k.type, Certainty::kGuess, k.canonical});
    }
  }
}

void EntityMemory::define_acronym(std::string_view acronym, const KnownName& full) {
  KnownName k = full;
  k.certainty = std::min(k.certainty, Certainty::kCue);
  remember(lower_ascii(acronym), k);
}

const KnownName* EntityMemory::recall(std::string_view text) const {
  const auto it = by_text_.find(lower_ascii(text));
  return it == by_text_.end() ? nullptr : &it->second;
}

std::size_t EntityMemory::longest_known(const std::vector<EntityToken>& tokens,
                                        std::size_t i, std::size_t end) const {
  end = std::min(end, tokens.size());
  for (std::size_t n = std::min<std::size_t>(end - i, 5); n > 0; --n) {
    std::string key;
    for (std::size_t k = i; k < i + n; ++k) {
      if (!key.empty()) key += ' ';
      key += lower_ascii(tokens[k].text);
    }
    const auto it = by_text_.find(key);
    if (it != by_text_.end() && it->second.certainty >= Certainty::kCue) return n;
  }
  return 0;
}

}  // namespace newsarchive::indexer
