#include "extract/entity_extraction.h"

#include "newsarchive/text.h"

#include <algorithm>
#include <map>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "extract/entity_aliases.h"
#include "extract/entity_mentions.h"
#include "extract/entity_tokens.h"
#include "extract/entity_typing.h"

namespace newsarchive::indexer {
namespace {

// One paragraph of the article and where it comes from.
struct Unit {
  std::string_view field;
  int paragraph = -1;
  std::string_view text;
  TextRole role = TextRole::kText;
  std::vector<EntityToken> tokens;
  ParagraphShape shape;
};

struct Found {
  std::size_t unit = 0;
  EntityCandidate cand;
  Typing typing;
  std::string canonical;
};

std::vector<Unit> units_of(const Article& a) {
  std::vector<Unit> units;
  auto add = [&](std::string_view field, int paragraph, std::string_view text, TextRole role) {
    if (!text.empty()) units.push_back({field, paragraph, text, role, {}, {}});
  };
  add("headline", -1, a.headline, TextRole::kText);
  add("dateline", -1, a.dateline, TextRole::kDateline);
  add("standfirst", -1, a.standfirst, TextRole::kText);
  for (std::size_t i = 0; i < a.captions.size(); ++i) {
    const int p = static_cast<int>(i);
    add("caption", p, a.captions[i].alt_text, TextRole::kText);
    add("caption", p, a.captions[i].text, TextRole::kText);
    add("caption", p, a.captions[i].credit, TextRole::kCredit);
  }
  for (std::size_t i = 0; i < a.body.size(); ++i) {
    add("body", static_cast<int>(i), a.body[i], TextRole::kText);
  }
  add("source", -1, a.source, TextRole::kSource);
  return units;
}

// The words of a span joined by single spaces: the key for the article's
// memory and the name when nothing better is known.
std::string span_text(const std::vector<EntityToken>& tokens, std::size_t first,
                      std::size_t last) {
  std::string out;
  for (std::size_t k = first; k < last; ++k) {
    if (k > first && tokens[k - 1].end != tokens[k].begin) out += ' ';
    out += tokens[k].text;
  }
  return out;
}

class Extraction {
 public:
  Extraction(const Article& a, const EntityResources& res) : res_(res), units_(units_of(a)) {}

  std::vector<EntityMention> run() {
    std::vector<const std::vector<EntityToken>*> paragraphs;
    for (Unit& u : units_) {
      u.tokens = tokenize_for_entities(u.text);
      // A source line or a credit is a name, not a sentence: its first word
      // ("Northern Wire Service") is not a sentence's opening word.
      if ((u.role == TextRole::kSource || u.role == TextRole::kCredit) && !u.tokens.empty())
        u.tokens.front().sentence_start = false;
      paragraphs.push_back(&u.tokens);
      for (const EntityToken& t : u.tokens) {
        if (t.word && !t.capitalised) lower_words_.insert(std::string(t.text));
      }
    }
    sports_ = is_sports_report(paragraphs, res_);
    for (std::size_t u = 0; u < units_.size(); ++u) first_pass(u);
    for (Found& f : found_) second_pass(f);
    found_.insert(found_.end(), extra_.begin(), extra_.end());
    std::stable_sort(found_.begin(), found_.end(), [](const Found& a, const Found& b) {
      return a.unit != b.unit ? a.unit < b.unit : a.cand.first < b.cand.first;
    });
    std::vector<EntityMention> out;
    out.reserve(found_.size());
    for (const Found& f : found_) {
      if (f.typing.certainty == Certainty::kNone) continue;
      const Unit& u = units_[f.unit];
      EntityMention m;
      m.field = std::string(u.field);
      m.paragraph = u.paragraph;
      m.begin = u.tokens[f.cand.first].begin;
      m.end = u.tokens[f.cand.last - 1].end;
      m.text = span_text(u.tokens, f.cand.first, f.cand.last);
      m.type = f.typing.demonym ? EntityType::kMisc : f.typing.type;
      m.entity_type = f.typing.type;
      m.canonical = f.canonical;
      out.push_back(std::move(m));
    }
    return out;
  }

 private:
  void first_pass(std::size_t ui) {
    Unit& u = units_[ui];
    u.shape = paragraph_shape(u.tokens);
    u.shape.sports = sports_;
    const std::size_t start = found_.size();
    for (EntityCandidate c : find_candidates(u.tokens, u.shape, res_)) {
      if (u.role == TextRole::kDateline) c.caps_only = false;
      Found f{ui, c, type_candidate(u.tokens, c, u.shape, u.role, res_), {}};
      const std::string text = span_text(u.tokens, c.first, c.last);
      f.canonical = c.known ? c.known->canonical : text;
      if (f.typing.certainty >= Certainty::kCue) memory_.learn(text, f.typing, f.canonical);
      found_.push_back(std::move(f));
    }
    link_acronyms(u, start);
  }

  // "Group of Seven (G7)": the bracketed capitals name the entity before.
  void link_acronyms(const Unit& u, std::size_t start) {
    for (std::size_t i = start; i + 1 < found_.size(); ++i) {
      Found& full = found_[i];
      Found& acr = found_[i + 1];
      const std::size_t a = full.cand.last;
      if (acr.cand.first != a + 1 || acr.cand.last != a + 2 || a + 2 >= u.tokens.size() ||
          u.tokens[a].text != "(" || u.tokens[a + 2].text != ")" ||
          !u.tokens[a + 1].all_caps) {
        continue;
      }
      if (full.typing.certainty == Certainty::kNone && acr.typing.certainty >= Certainty::kCue) {
        full.typing = acr.typing;
        full.canonical = acr.canonical;
      }
      if (full.typing.certainty == Certainty::kNone) continue;
      memory_.define_acronym(span_text(u.tokens, a + 1, a + 2),
                             {full.typing.type, full.typing.certainty, full.canonical});
      if (acr.cand.known == nullptr) {
        acr.typing = full.typing;
        acr.typing.demonym = false;
        acr.canonical = full.canonical;
      }
    }
  }

  void second_pass(Found& f) {
    const Unit& u = units_[f.unit];
    if (f.cand.caps_only) {
      resolve_caps(f);
      return;
    }
    const std::string text = span_text(u.tokens, f.cand.first, f.cand.last);
    if (f.typing.certainty < Certainty::kKnown) {
      const KnownName* k = memory_.recall(text);
      // What the article names a single word ("Morgan" after "J.P.
      // Morgan") beats a guess that it is a person's name.
      const bool single_guess = f.typing.certainty == Certainty::kGuess &&
                                f.typing.type == EntityType::kPerson &&
                                f.cand.last - f.cand.first == 1;
      if (k != nullptr && (k->certainty > f.typing.certainty ||
                           (single_guess && k->certainty == Certainty::kGuess))) {
        f.typing = {k->type, k->certainty, false};
        f.canonical = k->canonical;
      }
    }
    if (f.typing.certainty == Certainty::kNone) {
      // A lone unknown word starting a sentence is a common word when the
      // article also writes it in lower case ("Result", "Trailing").
      if (f.cand.sentence_start && f.cand.last - f.cand.first == 1 &&
          lower_words_.count(lower_ascii(u.tokens[f.cand.first].text))) {
        return;
      }
      f.typing = default_typing(u.tokens, f.cand, u.role);
      // Words nothing explains, the last of them one the article also
      // writes in lower case ("Currency Units", "Industrial Average") or
      // a letter ("Series A"): a thing's name, not a person's.
      // So are the words split from a known name right before them
      // ("European" + "Currency Units").
      const EntityToken& end = u.tokens[f.cand.last - 1];
      const std::size_t at = f.cand.first;
      const bool after_name = at > 0 && u.tokens[at - 1].word && u.tokens[at - 1].capitalised &&
                              u.tokens[at - 1].end < u.tokens[at].begin;
      if (u.role == TextRole::kText && f.typing.type == EntityType::kPerson &&
          (end.text.size() == 1 || lower_words_.count(lower_ascii(end.text)) || after_name)) {
        f.typing.certainty = Certainty::kNone;
      }
      // A person's full name, guessed, still names the short forms after
      // it ("Wang Donghai" ... "Wang's arrest").
      if (f.typing.type == EntityType::kPerson && f.typing.certainty == Certainty::kGuess &&
          f.cand.last - f.cand.first >= 2) {
        memory_.learn(text, {EntityType::kPerson, Certainty::kCue, false}, f.canonical);
      }
    }
    if (sports_) retype_for_sports(u.tokens, f.cand, f.canonical, res_, f.typing);
    if (f.cand.known == nullptr && f.typing.type == EntityType::kPerson) {
      f.canonical = memory_.person_name(f.canonical);
      // A given name alone after an article names a thing ("the Bill").
      const std::size_t at = f.cand.first;
      if (f.typing.certainty <= Certainty::kGuess && f.cand.last - at == 1 && at > 0 &&
          f.canonical == text && res_.given_names.contains(text) &&
          (u.tokens[at - 1].text == "the" || u.tokens[at - 1].text == "a")) {
        f.typing.certainty = Certainty::kNone;
      }
    }
  }

  // A run of unknown words in capitals: keep what the article names
  // elsewhere, drop the rest.
  void resolve_caps(Found& f) {
    const Unit& u = units_[f.unit];
    std::size_t i = f.cand.first;
    std::vector<Found> parts;
    while (i < f.cand.last) {
      const std::size_t n = memory_.longest_known(u.tokens, i, f.cand.last);
      if (n == 0) {
        ++i;
        continue;
      }
      const KnownName* k = memory_.recall(span_text(u.tokens, i, i + n));
      Found part{f.unit, f.cand, {k->type, k->certainty, false}, k->canonical};
      part.cand.first = i;
      part.cand.last = i + n;
      part.cand.caps_only = false;
      parts.push_back(std::move(part));
      i += n;
    }
    f.typing.certainty = Certainty::kNone;
    if (parts.empty()) return;
    f = parts.front();
    for (std::size_t p = 1; p < parts.size(); ++p) extra_.push_back(std::move(parts[p]));
  }

  const EntityResources& res_;
  std::vector<Unit> units_;
  std::vector<Found> found_;
  std::vector<Found> extra_;  // parts of capital runs beyond the first
  std::unordered_set<std::string> lower_words_;  // words the article writes in lower case
  bool sports_ = false;
  EntityMemory memory_;
};

}  // namespace

std::vector<EntityMention> find_entity_mentions(const Article& article,
                                                const EntityResources& res) {
  Extraction x(article, res);
  return x.run();
}

namespace {

// Whether a name has letters and no lower-case ASCII ones.
bool is_all_caps(std::string_view name) {
  bool letters = false;
  for (char c : name) {
    if (c >= 'a' && c <= 'z') return false;
    letters = letters || (c >= 'A' && c <= 'Z');
  }
  return letters;
}

}  // namespace

std::vector<Entity> group_entity_mentions(const std::vector<EntityMention>& mentions) {
  std::vector<Entity> out;
  std::unordered_map<std::string, std::size_t> index;
  std::vector<std::map<EntityType, int>> votes;
  // Names are grouped without regard to case ("CALVERA" in a dateline,
  // "Calvera" in the text); an entity is named as written in mixed case
  // when any mention is.
  for (const EntityMention& m : mentions) {
    const std::string key = text::normalise(m.canonical);
    auto [it, inserted] = index.try_emplace(key, out.size());
    if (inserted) {
      out.push_back({m.canonical, "", {}});
      votes.emplace_back();
    }
    std::string& name = out[it->second].name;
    if (is_all_caps(name)) {
      if (!is_all_caps(m.canonical)) name = m.canonical;
      else if (!is_all_caps(m.text) && text::normalise(m.text) == key) name = m.text;
    }
    out[it->second].mentions.push_back({m.text, m.field, m.paragraph});
    ++votes[it->second][m.entity_type];
  }
  for (std::size_t i = 0; i < out.size(); ++i) {
    EntityType best = EntityType::kMisc;
    int most = -1;
    for (const auto& [type, n] : votes[i]) {
      if (n > most) {
        best = type;
        most = n;
      }
    }
    out[i].type = std::string(entity_type_name(best));
  }
  return out;
}

std::vector<Entity> extract_entities(const Article& article, const EntityResources& res) noexcept {
  try {
    return group_entity_mentions(find_entity_mentions(article, res));
  } catch (...) {
    return {};
  }
}

}  // namespace newsarchive::indexer
