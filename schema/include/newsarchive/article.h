// The Article model: what extraction produces, what the writer indexes and
// what is stored in each document for display.
//
// Plain data, no behaviour. Every string is UTF-8. Field names follow the JSON
// interface described in DESIGN.md ("Interfaces that others rely on"), which
// article_json.h reads and writes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsarchive {

// A photo caption: the visible caption, the image's alt text and the credit
// ("Gregorio Borgia/Pool via Reuters") taken out of the caption's brackets.
struct Caption {
  std::string text;
  std::string alt_text;
  std::string credit;
};

// A direct quote and who said it.
struct Quote {
  std::string text;             // the words inside the quote marks
  std::string speaker;          // canonical name ("Annalena Baerbock")
  std::string speaker_mention;  // as written ("she", "Baerbock")
  std::string cue;              // the attributing verb or phrase ("said")
  int paragraph = -1;           // index into Article::body, -1 if elsewhere
  std::string kind;             // "full" (a sentence or more) or "partial"
  // The speaker's kind: person, organisation, group, role ("a Microsoft
  // spokesman": speaker Microsoft) or unknown (no speaker kept; the mention
  // may say more).
  std::string speaker_kind;
};

// Whether a quote is speech that quote search finds (quote documents, the
// quote: and speaker: fields, the quotes shown under a hit): it has a
// speaker or is long enough to be speech (four words or more), and a
// headline's quote has a speaker the headline names with a cue ("Minister
// says 'no deal'"), not only the headline's subject. Scare quotes ("a
// 'half-way house'") and headline slogans and claims ("Economy 'strong' in
// election year") stay among the article's quotes but are not searched as
// speech.
bool is_searchable_quote(const Quote& q);

// The cue of a headline's quote whose speaker is only the headline's
// subject ("Rover deal 'may cost 2,000 jobs'": "Rover"), no verb saying so.
inline constexpr std::string_view kHeadlineSubjectCue = "headline";

struct Mention {
  std::string text;   // as written
  std::string field;  // "headline", "standfirst", "caption", "body"
  int paragraph = -1; // index into the field's paragraphs, -1 if none
};

// One entity per canonical name per article.
struct Entity {
  std::string name;  // canonical name
  std::string type;  // "person", "organization", "place" or "misc"
  std::vector<Mention> mentions;
};

struct Article {
  std::string id;        // stable document id: the URL, else a path
  std::string url;
  std::string format;    // input format: "text", "jsonl", ...
  std::string language;  // ISO 639-1 code ("en", "de", "zh")
  std::string headline;
  std::string standfirst;
  std::vector<std::string> byline;
  std::string date;      // ISO 8601 calendar date "YYYY-MM-DD", or empty
  bool date_inferred = false;  // true when no dateline or metadata gave it
  std::string dateline;  // the dateline place ("CAPRI, Italy")
  std::string section;
  std::string source;    // publisher or agency
  std::vector<std::string> subjects;  // topics or keywords the source assigns
  std::vector<std::string> body;  // paragraphs
  std::vector<Caption> captions;
  std::vector<Quote> quotes;
  std::vector<Entity> entities;
  std::vector<std::string> warnings;  // what extraction repaired or doubted
  // The story this article is a copy of: articles with the same key are the
  // same story as several outlets carried it (16 hex digits), "" if unknown.
  std::string cluster;
  // The MinHash signature the cluster was found with, for the writer to
  // store so that later runs find this article; empty for an article too
  // short to compare. Not part of the JSON.
  std::vector<std::uint32_t> minhash;
};

}  // namespace newsarchive
