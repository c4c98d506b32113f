#include "extract/date_inference.h"


#include "extract/structure.h"
#include "text/text_scan.h"

namespace newsarchive::indexer {
namespace {

// Words that, just before a date, say it is yet to come, or that it ends a
// period ("the three months to 31 December") rather than dates an event.
constexpr std::string_view kFutureCues[] = {
    "until", "till", "by", "before", "due", "scheduled", "expected", "deadline", "expires",
    "will", "next", "planned", "to", "through", "ending", "ended",
    "bis", "jusqu'au", "avant", "prévu", "hasta"};

// How far before a date a cue counts.
constexpr std::size_t kCueWindow = 24;

// The word ending just before `pos` (skipping "on", "the", "for", "of").
bool future_cue_before(std::string_view text, std::size_t pos) {
  const std::size_t from = pos > kCueWindow ? pos - kCueWindow : 0;
  const std::string_view window = text.substr(from, pos - from);
  std::size_t end = window.size();
  for (int words = 0; words < 3; ++words) {
    while (end > 0 && !is_ascii_alpha(window[end - 1]) && window[end - 1] != '\'') --end;
    std::size_t begin = end;
    while (begin > 0 && (is_ascii_alpha(window[begin - 1]) || window[begin - 1] == '\'')) --begin;
    if (begin == end) return false;
    const std::string_view w = window.substr(begin, end - begin);
    for (std::string_view cue : kFutureCues) {
      if (iequals(w, cue)) return true;
    }
    if (!iequals(w, "on") && !iequals(w, "the") && !iequals(w, "for") && !iequals(w, "of") &&
        !iequals(w, "le") && !iequals(w, "am")) {
      return false;
    }
    end = begin;
  }
  return false;
}

// Bit i set if the text names weekday i ("Friday", "vendredi", "Freitag").
// Abbreviations are left out: "Sun", "Sat" and "Wed" are too often not days.
unsigned weekdays_named(std::string_view text, unsigned mask) {
  for_each_word(text, /*apostrophes=*/false, [&mask](std::string_view w) {
    if (w.size() >= 5 && w.size() <= 10) {
      const int d = weekday_from_name(w);
      if (d >= 0) mask |= 1U << d;
    }
    return true;
  });
  return mask;
}

// The latest date in `text` that does not read as the future, if later than
// `latest`.
void latest_date(std::string_view text, std::optional<Date>& latest) {
  for (const FoundDate& f : find_dates(text)) {
    if (future_cue_before(text, f.begin)) continue;
    if (!latest || f.date > *latest) latest = f.date;
  }
}

}  // namespace

std::optional<Date> infer_date(const Article& article) {
  std::optional<Date> caption;
  for (const Caption& c : article.captions) {
    latest_date(c.text, caption);
    latest_date(c.alt_text, caption);
  }
  unsigned named = weekdays_named(article.headline, 0);
  named = weekdays_named(article.standfirst, named);
  for (const std::string& p : article.body) named = weekdays_named(p, named);
  const auto is_named = [named](const Date& d) { return (named & (1U << d.weekday())) != 0; };

  if (caption) {
    // The photo was taken the day before the story's events when the text
    // names the next day's weekday but not the photo's.
    const Date next = Date::from_days(caption->days() + 1);
    if (!is_named(*caption) && is_named(next)) return next;
    return caption;
  }

  std::optional<Date> body;
  latest_date(article.standfirst, body);
  if (!article.body.empty()) latest_date(article.body.front(), body);
  // A first paragraph shaped like a summary leaves the when to the second.
  if (article.standfirst.empty() && article.body.size() > 1 &&
      looks_like_standfirst(article.body.front())) {
    latest_date(article.body[1], body);
  }
  if (!body || !is_named(*body)) return std::nullopt;
  return body;
}

}  // namespace newsarchive::indexer
