#include "extract/extractor.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "extract/article_limits.h"
#include "text/date.h"
#include "extract/date_inference.h"
#include "extract/entity_extraction.h"
#include "extract/entity_hints.h"
#include "extract/quotes.h"
#include "extract/structure.h"
#include "extract/structured.h"
#include "text/text_scan.h"
#include "newsarchive/language.h"

namespace newsarchive::indexer {
namespace {

// Language detection needs a few sentences, not the whole article.
constexpr std::size_t kLanguageSampleBytes = 2000;

// Plain text: everything comes from the structure of the text. Returns the
// date the text states (publication line, else dateline), if any.
std::optional<Date> extract_plain(const RawArticle& raw, Article& a, const Limits& limits) {
  Structure s = parse_structure(bound_article_text(raw.text, limits, a.warnings));
  a.headline = std::move(s.headline);
  a.standfirst = std::move(s.standfirst);
  a.byline = std::move(s.byline);
  a.captions = std::move(s.captions);
  a.body = std::move(s.body);
  a.source = std::move(s.source);
  std::optional<Date> stated = s.published;
  if (s.dateline) {
    a.dateline = std::move(s.dateline->place);
    if (!stated) stated = s.dateline->date;
    // A wire story's "(Reuters)" names its source when no Source: line does.
    if (a.source.empty()) a.source = std::move(s.dateline->agency);
  }
  // Metadata a reader found alongside the text wins over the text.
  if (!raw.byline.empty()) a.byline = raw.byline;
  if (!trim(raw.section).empty()) a.section = trim(raw.section);
  if (!trim(raw.source).empty()) a.source = trim(raw.source);
  return stated;
}

// Topics the source assigns, trimmed, each once.
void copy_subjects(const RawArticle& raw, Article& a) {
  for (const std::string& s : raw.subjects) {
    const std::string subject(trim(s));
    if (!subject.empty() && std::find(a.subjects.begin(), a.subjects.end(), subject) == a.subjects.end())
      a.subjects.push_back(subject);
  }
}

std::string language_sample(const Article& a) {
  std::string sample = a.headline;
  sample += '\n';
  sample += a.standfirst;
  for (const std::string& p : a.body) {
    if (sample.size() >= kLanguageSampleBytes) break;
    sample += '\n';
    sample += p;
  }
  return sample;
}

void set_language(const RawArticle& raw, Article& a) {
  if (!trim(raw.language).empty()) {
    a.language = normalise_language_tag(trim(raw.language));
    if (!a.language.empty()) return;
    a.warnings.push_back("language tag '" + std::string(trim(raw.language)) +
                         "' not recognised; detected from the text");
  }
  a.language = detect_language(language_sample(a));
}

}  // namespace

Article extract(const RawArticle& raw) { return extract(raw, QuoteResources::defaults()); }

Article extract(const RawArticle& raw, const QuoteResources& res,
                const EntityResources& entities, const Limits& limits) {
  Article a;
  a.id = raw.id;
  a.url = raw.url;
  a.format = raw.format;
  a.warnings = raw.warnings;

  std::optional<Date> stated = trim(raw.text).empty() ? copy_structured(raw, a)
                                                      : extract_plain(raw, a, limits);
  bound_article(a, limits);
  // A date in the input's metadata comes before anything the text says.
  if (!trim(raw.date).empty()) {
    if (const auto d = parse_date(raw.date)) {
      stated = d;
    } else {
      a.warnings.push_back("date not understood: '" + std::string(trim(raw.date)) + "'");
    }
  }
  if (stated) {
    a.date = stated->iso();
  } else if (const auto inferred = infer_date(a)) {
    a.date = inferred->iso();
    a.date_inferred = true;
    a.warnings.push_back("date inferred from the text");
  }

  copy_subjects(raw, a);
  set_language(raw, a);
  a.quotes = extract_quotes(a, res);
  a.entities = extract_entities(a, entities);
  apply_entity_hints(raw.entity_hints, a);
  if (a.headline.empty()) a.warnings.push_back("no headline found");
  if (a.body.empty()) a.warnings.push_back("no body text found");
  return a;
}

}  // namespace newsarchive::indexer
