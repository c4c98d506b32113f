#include "extract/entity_typing.h"

#include <algorithm>

#include <string>
#include <string_view>
#include <unordered_set>

#include "text/text_scan.h"

namespace newsarchive::indexer {
namespace {

bool lower_is(const EntityToken& t, std::string_view w) { return t.word && t.text == w; }

bool is_place_prefix(std::string_view w) {
  return w == "Mount" || w == "Mt." || w == "Lake" || w == "Cape" || w == "Port" ||
         w == "Fort" || w == "Gulf" || w == "Isle";
}

bool is_place_entry(const GazetteerEntry* e) {
  return e != nullptr && e->type == EntityType::kPlace && !e->demonym;
}

// A hyphenated word made of nationalities or places: "Sino-Japanese",
// "Bosnian-Serb", "Franco-German".
bool is_compound_nationality(std::string_view w, const Gazetteer& gaz) {
  const std::size_t dash = w.find('-');
  if (dash == std::string_view::npos) return false;
  const GazetteerEntry* left = gaz.find(w.substr(0, dash));
  const GazetteerEntry* right = gaz.find(w.substr(dash + 1));
  return (left && left->demonym) || (right && right->demonym);
}

Typing typed(EntityType t, Certainty c) { return {t, c, false}; }

// A number written as a word: a name holding one is a title, a tournament or
// a programme ("Six Nations", "Million Dollar Baby"), not a person.
bool is_number_word(std::string_view w) {
  static constexpr std::string_view kNumbers[] = {
      "One",   "Two",    "Three",  "Four",    "Five",     "Six",     "Seven",
      "Eight", "Nine",   "Ten",    "Eleven",  "Twelve",   "Twenty",  "Hundred",
      "Thousand", "Million", "Billion"};
  return std::find(std::begin(kNumbers), std::end(kNumbers), w) != std::end(kNumbers);
}

// Cues in the words after the span.
Typing after_cues(const std::vector<EntityToken>& tk, const EntityCandidate& c,
                  const ParagraphShape& shape, const EntityResources& res) {
  const std::size_t n = c.last - c.first;
  const std::size_t a = c.last;
  // "Michael Johnson (U.S.)": a person in a results list.
  if (a + 2 < tk.size() && tk[a].text == "(" && n <= 3) {
    const Gazetteer::Match g = res.gazetteer.longest_match(tk, a + 1, tk.size());
    if (g.tokens > 0 && a + 1 + g.tokens < tk.size() && tk[a + 1 + g.tokens].text == ")" &&
        is_place_entry(g.entry)) {
      return typed(EntityType::kPerson, Certainty::kCue);
    }
  }
  // "Capri, Italy": a place in its country.
  if (a + 1 < tk.size() && tk[a].text == "," && n <= 3) {
    const Gazetteer::Match g = res.gazetteer.longest_match(tk, a + 1, tk.size());
    if (g.tokens > 0 && is_place_entry(g.entry)) {
      const std::size_t after = a + 1 + g.tokens;
      if (after == tk.size() || !tk[after].word || starts_with_digit(tk[after]) ||
          !tk[after].capitalised) {
        return typed(EntityType::kPlace, Certainty::kCue);
      }
    }
  }
  // A row of a results table: "Barcelona 3 1 1 1 4 4 4".
  if (shape.table && a < tk.size() && starts_with_digit(tk[a])) {
    return typed(EntityType::kOrganization, Certainty::kCue);
  }
  // "the Tanjug news agency", "the Ferrari team": a noun for an
  // organisation right after the name.
  if (a < tk.size() && tk[a].word && !(n == 1 && c.sentence_start)) {
    std::string_view noun = tk[a].text;
    if (noun == "news" && a + 1 < tk.size()) noun = tk[a + 1].text;
    if (res.firm_nouns.contains(noun)) return typed(EntityType::kOrganization, Certainty::kCue);
  }
  if (a < tk.size() && tk[a].word &&
      (tk[a].text == "said" || tk[a].text == "says" || tk[a].text == "told" ||
       tk[a].text == "added")) {
    return typed(EntityType::kPerson, Certainty::kGuess);
  }
  return {};
}

// Cues in the words before the span.
Typing before_cues(const std::vector<EntityToken>& tk, const EntityCandidate& c,
                   const EntityResources& res) {
  const std::size_t f = c.first;
  if (f >= 2 && lower_is(tk[f - 1], "of")) {
    const std::string_view noun = tk[f - 2].text;
    if (noun == "island" || noun == "city" || noun == "town" || noun == "village" ||
        noun == "province" || noun == "state" || noun == "region" || noun == "capital" ||
        noun == "suburb" || noun == "outskirts" || noun == "port" || noun == "district") {
      return typed(EntityType::kPlace, Certainty::kCue);
    }
  }
  const bool lower_before = f >= 1 && tk[f - 1].word && !tk[f - 1].capitalised;
  // "the news agency Tanjug", "the brokerage Smith Barney".
  if (lower_before && res.firm_nouns.contains(tk[f - 1].text)) {
    return typed(EntityType::kOrganization, Certainty::kCue);
  }
  // "the film Vera Drake", "his novel Saturday", "the programme Go
  // Digital": a work's title.
  if (lower_before && res.work_words.contains(tk[f - 1].text)) {
    return typed(EntityType::kMisc, Certainty::kCue);
  }
  // "an analyst with Jupiter Research", "economist at Smith Barney": where
  // someone works is an organisation.
  if (f >= 2 && (lower_is(tk[f - 1], "at") || lower_is(tk[f - 1], "with")) && tk[f - 2].word &&
      !tk[f - 2].capitalised && res.job_words.contains(tk[f - 2].text)) {
    return typed(EntityType::kOrganization, Certainty::kCue);
  }
  if (f >= 1 && (lower_is(tk[f - 1], "in") || lower_is(tk[f - 1], "near") ||
                 lower_is(tk[f - 1], "outside"))) {
    return typed(EntityType::kPlace, Certainty::kGuess);
  }
  return {};
}

}  // namespace

Typing type_candidate(const std::vector<EntityToken>& tk, const EntityCandidate& c,
                      const ParagraphShape& shape, TextRole role,
                      const EntityResources& res) {
  if (c.known != nullptr) return {c.known->type, Certainty::kKnown, c.known->demonym};
  if (c.dateline || role == TextRole::kDateline) return typed(EntityType::kPlace, Certainty::kKnown);
  if (c.caps_only) return {};
  const std::size_t n = c.last - c.first;
  const std::string_view first = tk[c.first].text;
  const std::string_view last = tk[c.last - 1].text;
  // A keyword alone ("Corp", "Bank", "Agreement"), a letter alone ("P" in
  // "S and P") or a common word alone ("Officials" in "U.S. Officials
  // said") names nothing by itself; a surname that is also a word ("Young")
  // is recalled from the article's full name later.
  if (n == 1 && (first.size() == 1 || res.common_words.contains(first) ||
                 res.place_words.contains(first) || res.misc_words.contains(first))) {
    return {};
  }
  // In a sports report a club's keyword alone is the club ("Rangers",
  // "Dinamo").
  if (n == 1 && res.org_words.contains(first)) {
    return shape.sports ? typed(EntityType::kOrganization, Certainty::kGuess) : Typing{};
  }
  if (n == 1 && is_compound_nationality(first, res.gazetteer)) {
    return typed(EntityType::kMisc, Certainty::kCue);
  }
  if (n >= 2) {
    if (res.org_words.contains(last)) return typed(EntityType::kOrganization, Certainty::kKnown);
    if (res.place_words.contains(last)) return typed(EntityType::kPlace, Certainty::kKnown);
    if (res.misc_words.contains(last)) return typed(EntityType::kMisc, Certainty::kKnown);
    // "National Bank of Poland", "Gulf of Mexico": the word before "of".
    for (std::size_t k = c.first + 1; k + 1 < c.last; ++k) {
      if (tk[k].text != "of") continue;
      const std::string_view head = tk[k - 1].text;
      if (res.org_words.contains(head)) return typed(EntityType::kOrganization, Certainty::kKnown);
      if (res.place_words.contains(head)) return typed(EntityType::kPlace, Certainty::kKnown);
      if (res.misc_words.contains(head)) return typed(EntityType::kMisc, Certainty::kKnown);
      break;
    }
    if (is_place_prefix(first)) return typed(EntityType::kPlace, Certainty::kCue);
    // "Dynamo Moscow", "Bayern Munich": in a sports report, a name ending
    // in a city is a team.
    if (shape.sports) {
      for (std::size_t k = c.first + 1; k < c.last; ++k) {
        const Gazetteer::Match g = res.gazetteer.longest_match(tk, k, c.last);
        if (k + g.tokens == c.last && is_place_entry(g.entry)) {
          return typed(EntityType::kOrganization, Certainty::kCue);
        }
      }
    }
  }
  // "Douglas & Lomason", "Marks & Spencer": people's names joined by "&"
  // are a firm's.
  if (n >= 3 && std::any_of(tk.begin() + static_cast<long>(c.first),
                            tk.begin() + static_cast<long>(c.last),
                            [](const EntityToken& t) { return t.text == "&"; })) {
    return typed(EntityType::kOrganization, Certainty::kCue);
  }
  if (c.after_title) return typed(EntityType::kPerson, Certainty::kKnown);
  // "The Aviator", "Six Nations": a title or an event, never a person.
  if (n >= 2 && (first == "The" || std::any_of(tk.begin() + static_cast<long>(c.first),
                                                tk.begin() + static_cast<long>(c.last),
                                                [](const EntityToken& t) {
                                                  return is_number_word(t.text);
                                                }))) {
    return typed(EntityType::kMisc, Certainty::kCue);
  }
  if (n >= 2 && (res.given_names.contains(first) || is_initial(first))) {
    return typed(EntityType::kPerson, Certainty::kCue);
  }
  // "Banque Paribas", "Air France": a keyword first starts a company's name.
  // Not when a person's name follows a party or a position ("Democrat
  // Walter Mondale", "centre Walter Little").
  if (n >= 2 && res.org_words.contains(first) && !res.given_names.contains(first) &&
      !res.given_names.contains(tk[c.first + 1].text)) {
    return typed(EntityType::kOrganization, Certainty::kCue);
  }
  if (const Typing t = before_cues(tk, c, res); t.certainty != Certainty::kNone) return t;
  // An acronym ("USDA said") is an organisation's, not a person's.
  if (n == 1 && tk[c.first].all_caps && first.size() >= 2 && first.size() <= 6) {
    return typed(EntityType::kOrganization, Certainty::kGuess);
  }
  if (const Typing t = after_cues(tk, c, shape, res); t.certainty != Certainty::kNone) return t;
  if (n == 1 && res.given_names.contains(first)) return typed(EntityType::kPerson, Certainty::kGuess);
  return {};
}

Typing default_typing(const std::vector<EntityToken>& tk, const EntityCandidate& c,
                      TextRole role) {
  const std::size_t n = c.last - c.first;
  switch (role) {
    case TextRole::kSource:
      return typed(EntityType::kOrganization, Certainty::kGuess);
    case TextRole::kCredit:
      // "Owen Hartley/Ashbridge Evening Courier": the photographer, then
      // after the slash the outlet or agency.
      if (c.first > 0 && !tk[c.first - 1].word && tk[c.first - 1].text == "/")
        return typed(EntityType::kOrganization, Certainty::kGuess);
      return typed(n >= 2 ? EntityType::kPerson : EntityType::kOrganization, Certainty::kGuess);
    case TextRole::kDateline:
      return typed(EntityType::kPlace, Certainty::kGuess);
    case TextRole::kText:
      break;
  }
  (void)tk;
  // A lone capitalised word nothing explains is more often not a name (or
  // not one we can type) than a person; several words are most often a
  // person's name.
  if (n == 1) return {};
  return typed(EntityType::kPerson, Certainty::kGuess);
}

bool is_sports_report(const std::vector<const std::vector<EntityToken>*>& paragraphs,
                      const EntityResources& res) {
  std::unordered_set<std::string> seen;
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    for (const EntityToken& t : *paragraphs[p]) {
      if (!t.word || !res.sports_words.contains(t.text)) continue;
      if (p < 2 && res.sports_words.flagged(t.text)) return true;
      seen.insert(lower_ascii(t.text));
      if (seen.size() >= 4) return true;
    }
  }
  return false;
}

void retype_for_sports(const std::vector<EntityToken>& tk, const EntityCandidate& c,
                       std::string_view canonical, const EntityResources& res, Typing& t) {
  if (t.type != EntityType::kPlace || t.demonym || c.dateline) return;
  // A national side is named after its nation and stays a place ("England
  // beat Scotland"), as a country does.
  if (res.gazetteer.is_nation(canonical)) return;
  // Continents and seas have no country; teams are cities and regions.
  if (res.gazetteer.country_of(canonical).empty() && c.known != nullptr) return;
  if (c.first > 0) {
    const std::string_view before = tk[c.first - 1].text;
    // "The Oval (London)": in brackets, where a venue is.
    if (before == "in" || before == "at" || before == "near" || before == "from" ||
        before == "to" || before == "of" || before == "(") {
      return;
    }
  }
  // A place beside a comma is where another place lies ("Leeds,
  // Yorkshire") only when the other is a known place too; after a score
  // ("Warwickshire 195, Surrey 429") it is a team.
  auto place_at = [&](std::size_t i, std::size_t end) {
    return is_place_entry(res.gazetteer.longest_match(tk, i, end).entry);
  };
  if (c.first >= 2 && tk[c.first - 1].text == "," && place_at(c.first - 2, c.first - 1)) return;
  if (c.last + 1 < tk.size() && tk[c.last].text == "," && place_at(c.last + 1, tk.size())) return;
  t.type = EntityType::kOrganization;
}

}  // namespace newsarchive::indexer
