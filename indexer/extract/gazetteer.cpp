#include "extract/gazetteer.h"

#include <algorithm>

#include "text/text_scan.h"

namespace newsarchive::indexer {
namespace {

template <typename Fn>
void for_each_field(std::string_view s, char sep, Fn fn) {
  std::size_t pos = 0;
  while (pos <= s.size()) {
    std::size_t bar = s.find(sep, pos);
    if (bar == std::string_view::npos) bar = s.size();
    const std::string_view f = trim(s.substr(pos, bar - pos));
    pos = bar + 1;
    if (!f.empty()) fn(f);
  }
}

// A token matches a written word as written, or in capitals.
bool word_matches(const EntityToken& t, std::string_view written) {
  if (t.text == written) return true;
  return t.all_caps && iequals(t.text, written);
}

}  // namespace

void Gazetteer::add(std::string_view written, std::string_view canonical, EntityType type,
                    bool demonym, bool keep_existing) {
  GazetteerEntry e;
  std::string key;
  for (const EntityToken& t : tokenize_for_entities(written)) {
    e.words.emplace_back(t.text);
    if (!key.empty()) key += ' ';
    key += lower_ascii(t.text);
  }
  if (e.words.empty()) return;
  if (keep_existing && entries_.count(key)) return;
  e.canonical = std::string(canonical);
  e.type = type;
  e.demonym = demonym;
  std::size_t& longest = longest_by_first_[lower_ascii(e.words.front())];
  longest = std::max(longest, e.words.size());
  entries_[key] = std::move(e);
}

void Gazetteer::add_names(std::string_view text, EntityType type) {
  for_each_data_line(text, [&](std::string_view line) {
    const bool nation = line.ends_with(" !");
    if (nation) line = trim(line.substr(0, line.size() - 2));
    std::string_view country;
    const std::size_t gt = line.rfind(" > ");
    if (gt != std::string_view::npos) {
      country = trim(line.substr(gt + 3));
      line = trim(line.substr(0, gt));
    }
    std::string_view canonical;
    for_each_field(line, '|', [&](std::string_view name) {
      if (canonical.empty()) canonical = name;
      add(name, canonical, type);
    });
    if (!country.empty() && !canonical.empty()) set_country(canonical, country);
    if (nation && !canonical.empty()) nations_.insert(std::string(canonical));
  });
}

void Gazetteer::add_demonyms(std::string_view text) {
  for_each_data_line(text, [&](std::string_view line) {
    const std::size_t eq = line.rfind('=');
    if (eq == std::string_view::npos) return;
    const std::string_view place = trim(line.substr(eq + 1));
    if (place.empty()) return;
    const GazetteerEntry* known = find(place);
    const std::string canonical = known ? known->canonical : std::string(place);
    const EntityType type = known ? known->type : EntityType::kPlace;
    for_each_field(line.substr(0, eq), '|', [&](std::string_view d) {
      add(d, canonical, type, /*demonym=*/true);
    });
  });
}

void Gazetteer::set_country(std::string_view canonical, std::string_view country) {
  country_[std::string(canonical)] = std::string(country);
}

std::string_view Gazetteer::country_of(std::string_view canonical) const {
  const auto it = country_.find(std::string(canonical));
  return it == country_.end() ? std::string_view() : std::string_view(it->second);
}

bool Gazetteer::is_country(std::string_view canonical) const {
  return country_of(canonical) == canonical;
}

bool Gazetteer::is_nation(std::string_view canonical) const {
  return is_country(canonical) || nations_.count(std::string(canonical)) > 0;
}

const GazetteerEntry* Gazetteer::match_at(const std::vector<EntityToken>& tokens,
                                          std::size_t i, std::size_t n) const {
  std::string key;
  for (std::size_t k = i; k < i + n; ++k) {
    if (!key.empty()) key += ' ';
    key += lower_ascii(tokens[k].text);
  }
  const auto it = entries_.find(key);
  if (it == entries_.end()) return nullptr;
  const GazetteerEntry& e = it->second;
  for (std::size_t k = 0; k < n; ++k) {
    if (!word_matches(tokens[i + k], e.words[k])) return nullptr;
  }
  return &e;
}

Gazetteer::Match Gazetteer::longest_match(const std::vector<EntityToken>& tokens,
                                          std::size_t i, std::size_t end) const {
  end = std::min(end, tokens.size());
  if (i >= end || !tokens[i].word) return {};
  const auto it = longest_by_first_.find(lower_ascii(tokens[i].text));
  if (it == longest_by_first_.end()) return {};
  for (std::size_t n = std::min(it->second, end - i); n > 0; --n) {
    if (!tokens[i + n - 1].word && n > 1 && tokens[i + n - 1].text != ".") continue;
    if (const GazetteerEntry* e = match_at(tokens, i, n)) return {n, e};
  }
  return {};
}

const GazetteerEntry* Gazetteer::find(std::string_view phrase) const {
  const std::vector<EntityToken> tokens = tokenize_for_entities(phrase);
  if (tokens.empty()) return nullptr;
  const Match m = longest_match(tokens, 0, tokens.size());
  return m.tokens == tokens.size() ? m.entry : nullptr;
}

}  // namespace newsarchive::indexer
