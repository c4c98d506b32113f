#include "extract/structured.h"

#include <cctype>

#include "extract/boilerplate.h"
#include "extract/caption.h"
#include "text/dateline.h"
#include "text/meta_lines.h"
#include "text/text_scan.h"
#include "newsarchive/ascii.h"

namespace newsarchive::indexer {
namespace {

// "Photograph: Owen Hartley" -> "Owen Hartley": the label says what a
// credit is, not who is credited.
std::string without_credit_label(const std::string& credit) {
  static const char* const kLabels[] = {"photograph:", "photo:", "picture:", "image:",
                                        "credit:", "photos:", "foto:", "bild:"};
  for (const char* label : kLabels) {
    const std::string_view l(label);
    if (credit.size() > l.size() && lower_ascii(std::string_view(credit).substr(0, l.size())) == l)
      return std::string(trim(std::string_view(credit).substr(l.size())));
  }
  return credit;
}

// Whether two ways of writing a dateline name the same place: equal
// without regard to ASCII case, or one the other's first part ("NEW YORK"
// and "New York, N.Y.").
bool same_place(std::string_view stated, std::string_view found) {
  const std::string a = lower_ascii(trim(stated)), b = lower_ascii(trim(found));
  if (a.empty() || b.empty()) return false;
  const std::string& shorter = a.size() < b.size() ? a : b;
  const std::string& longer = a.size() < b.size() ? b : a;
  return longer.compare(0, shorter.size(), shorter) == 0 &&
         (longer.size() == shorter.size() || !std::isalnum(static_cast<unsigned char>(longer[shorter.size()])));
}

}  // namespace

std::optional<Date> copy_structured(const RawArticle& raw, Article& article) {
  article.headline = trim(raw.headline);
  article.standfirst = trim(raw.standfirst);
  article.section = trim(raw.section);
  article.source = trim(raw.source);
  article.dateline = trim(raw.dateline);
  for (const std::string& name : raw.byline) {
    const std::string_view n = trim(name);
    if (!n.empty()) article.byline.emplace_back(n);
  }
  for (const std::string& paragraph : raw.body) {
    const std::string_view p = trim(paragraph);
    if (p.empty() || is_boilerplate(p)) continue;
    // A page that prints its headline or standfirst again above the text.
    if (article.body.empty() && (p == article.headline || p == article.standfirst)) continue;
    if (const auto src = source_line(p)) {
      if (article.source.empty()) article.source = *src;
      continue;
    }
    article.body.emplace_back(p);
  }
  for (const Caption& c : raw.captions) {
    Caption out;
    out.text = trim(c.text);
    out.alt_text = trim(c.alt_text);
    out.credit = trim(c.credit);
    std::string_view text;
    std::string_view credit;
    if (out.credit.empty() && split_credit(out.text, text, credit)) {
      out.credit = credit;
      out.text = std::string(text);
    }
    out.credit = without_credit_label(out.credit);
    if (!out.text.empty() || !out.alt_text.empty()) article.captions.push_back(std::move(out));
  }
  if (!article.body.empty()) {
    if (const auto d = parse_dateline(article.body.front())) {
      // A stated dateline that the text repeats ("NEW YORK (AP) —") is
      // taken out of the text too; another place there is left alone.
      const bool stated = !article.dateline.empty();
      if (stated && !same_place(article.dateline, d->place)) return std::nullopt;
      if (!stated) article.dateline = d->place;
      std::string rest = article.body.front().substr(d->text_start);
      if (!trim(rest).empty()) article.body.front() = std::move(rest);
      if (article.source.empty()) article.source = d->agency;
      return d->date;
    }
  }
  return std::nullopt;
}

}  // namespace newsarchive::indexer
