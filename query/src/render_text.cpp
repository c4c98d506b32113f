#include <algorithm>
#include <cstdio>
#include <string>

#include "newsarchive/render.h"

namespace newsarchive {
namespace {

constexpr const char* kBold = "\x1b[1m";
constexpr const char* kBoldOff = "\x1b[22m";
constexpr const char* kHeadline = "\x1b[36m";  // cyan
constexpr const char* kDim = "\x1b[2m";
constexpr const char* kReset = "\x1b[0m";

// Quotes shown under an article hit are cut to about this many bytes.
constexpr std::size_t kQuoteExcerpt = 160;

std::string marked(const std::string& text, const std::vector<Highlight>& highlights,
                   const TextStyle& style) {
  std::string out;
  std::size_t at = 0;
  for (const Highlight& h : highlights) {
    if (h.begin < at || h.end > text.size()) continue;
    out.append(text, at, h.begin - at);
    out += style.ansi ? kBold : style.highlight_start;
    out.append(text, h.begin, h.end - h.begin);
    out += style.ansi ? kBoldOff : style.highlight_end;
    at = h.end;
  }
  out.append(text, at, std::string::npos);
  return out;
}

std::string marked(const Snippet& s, const TextStyle& style) {
  return marked(s.text, s.highlights, style);
}

// At most about `length` bytes of `text` around its first highlight, cut at
// spaces, with the highlights moved to match.
std::string excerpt(const std::string& text, const std::vector<Highlight>& highlights,
                    std::size_t length, std::vector<Highlight>& moved) {
  moved = highlights;
  if (text.size() <= length) return text;
  std::size_t from = highlights.empty() ? 0 : highlights.front().begin;
  from = from > length / 4 ? from - length / 4 : 0;
  if (from > 0) {
    const auto space = text.find(' ', from);
    from = space == std::string::npos || space > highlights.front().begin ? 0 : space + 1;
  }
  std::size_t to = std::min(text.size(), from + length);
  if (to < text.size()) {
    const auto space = text.rfind(' ', to);
    if (space != std::string::npos && space > from) to = space;
  }
  const std::string lead = from > 0 ? "\xE2\x80\xA6 " : "";
  std::string out = lead + text.substr(from, to - from) + (to < text.size() ? " \xE2\x80\xA6" : "");
  moved.clear();
  for (const Highlight& h : highlights)
    if (h.begin >= from && h.end <= to)
      moved.push_back({h.begin - from + lead.size(), h.end - from + lead.size()});
  return out;
}

// The quote in typographic marks; in full, or an excerpt of `length` bytes.
std::string quoted(const QuoteMatch& q, const TextStyle& style, std::size_t length = 0) {
  std::vector<Highlight> highlights;
  const std::string text =
      length == 0 ? q.text : excerpt(q.text, q.highlights, length, highlights);
  return "\xE2\x80\x9C" + marked(text, length == 0 ? q.highlights : highlights, style) +
         "\xE2\x80\x9D";
}

// "Annalena Baerbock (as “she”)"; the mention only when it differs.
std::string speaker_line(const QuoteMatch& q) {
  std::string out = q.speaker.empty() ? "(speaker unknown)" : q.speaker;
  if (!q.speaker_mention.empty() && q.speaker_mention != q.speaker)
    out += " (as \xE2\x80\x9C" + q.speaker_mention + "\xE2\x80\x9D)";
  return out;
}

std::string dim(const std::string& s, const TextStyle& style) {
  return style.ansi ? std::string(kDim) + s + kReset : s;
}

// The hit's date, source and id, after `first`; for an article, the
// copies folded into it (a quote tells its carriers in its provenance).
std::string meta_line(const Hit& h, const std::string& first, bool quote = false) {
  std::string meta;
  auto add = [&meta](const std::string& s) {
    if (s.empty()) return;
    meta += (meta.empty() ? "" : " | ") + s;
  };
  add(first);
  add(h.date.empty() ? "" : h.date + (h.date_inferred ? " (inferred)" : ""));
  add(h.source);
  add(h.url.empty() ? h.id : h.url);
  if (h.copies > 0 && !quote) {
    std::string copies = "+";
    copies += std::to_string(h.copies);
    copies += h.copies == 1 ? " more copy" : " more copies";
    add(copies);
  }
  return meta;
}

// "explain: headline 9.12 (Sstrike ZSstrike), body 3.40 (Zstrike), recency 1.50"
std::string explanation_line(const Hit& h) {
  std::string line = "explain:";
  for (std::size_t i = 0; i < h.explanation.size(); ++i) {
    const FieldScore& f = h.explanation[i];
    char score[32];
    std::snprintf(score, sizeof score, "%.2f", f.score);
    line += (i ? ", " : " ") + f.field + " " + score;
    if (f.terms.empty()) continue;  // the recency boost
    line += " (";
    for (std::size_t k = 0; k < f.terms.size(); ++k) line += (k ? " " : "") + f.terms[k];
    line += ")";
  }
  return line;
}

// "2024-03-04 Harbour Post (world/a.txt)"
std::string appearance(const QuoteCarrier& c) {
  std::string out = c.date.empty() ? "(undated)" : c.date;
  if (!c.source.empty()) out += " " + c.source;
  if (!c.article.empty()) out += " (" + c.article + ")";
  return out;
}

std::string plural(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// Where the quote first appeared and who carried it, when more than its
// own article did; the speakers when the carriers disagree; the carriers
// when listed.
void render_provenance(const QuoteProvenance& p, const TextStyle& style, std::string& out) {
  if (p.key.empty()) return;
  if (p.documents > 1) {
    out += "   first: " + appearance(p.first) + "\n";
    out += "   carried by " + std::string(p.complete ? "" : "at least ") +
           plural(p.articles, "article", "articles") + " from " +
           plural(p.sources, "source", "sources") + ", last " + appearance(p.last) + "\n";
  }
  if (p.speakers_disagree()) {
    out += "   speakers disagree:";
    for (std::size_t i = 0; i < p.speakers.size(); ++i)
      out += (i ? ", " : " ") + p.speakers[i].value + " (" + std::to_string(p.speakers[i].count) +
             ")";
    out += "\n";
  }
  if (p.documents > 1 && !p.carriers.empty()) out += "   carriers, oldest first:\n";
  for (const QuoteCarrier& c : p.documents > 1 ? p.carriers : std::vector<QuoteCarrier>{})
    out += "     " + dim(appearance(c), style) + " \xE2\x80\x94 " +
           (c.speaker.empty() ? "(speaker unknown)" : c.speaker) + "\n";
  if (p.documents > 1) out += "   quotekey:" + p.key + "\n";
}

void render_quote_hit(const Hit& h, const TextStyle& style, std::string& out) {
  if (h.quotes.empty()) return;
  const QuoteMatch& q = h.quotes.front();
  out += std::to_string(h.rank) + ". " + quoted(q, style) + "\n";
  out += "   " + dim(meta_line(h, speaker_line(q), true), style) + "\n";
  out += "   in: " + (style.ansi ? std::string(kHeadline) + h.headline + kReset : h.headline) +
         "\n";
  render_provenance(h.provenance, style, out);
}

// A bar `eighths` eighths of a character cell long.
std::string bar(std::size_t eighths) {
  static const char* const kPartial[] = {"", "\xE2\x96\x8F", "\xE2\x96\x8E", "\xE2\x96\x8D",
                                         "\xE2\x96\x8C", "\xE2\x96\x8B", "\xE2\x96\x8A",
                                         "\xE2\x96\x89"};
  std::string out;
  for (std::size_t i = 0; i < eighths / 8; ++i) out += "\xE2\x96\x88";  // full block
  out += kPartial[eighths % 8];
  return out;
}

// Bars at most this many cells wide.
constexpr std::size_t kBarCells = 40;

void render_timeline(const Timeline& t, const TextStyle& style, std::string& out) {
  std::string title = std::string("timeline by ") + interval_name(t.interval);
  if (!t.by.empty()) title += ", top " + t.by;
  // Appended piece by piece: GCC 12 at -O2 takes "\n" + a temporary for
  // overlapping copies (-Wrestrict).
  out += '\n';
  if (style.ansi) out += kBold;
  out += title;
  if (style.ansi) out += kBoldOff;
  out += '\n';
  if (t.periods.empty()) out += "  (no dated matches)\n";
  std::size_t most = 1, label_width = 0, count_width = 1;
  for (const TimelinePeriod& p : t.periods) {
    most = std::max(most, p.count);
    label_width = std::max(label_width, p.label.size());
    count_width = std::max(count_width, std::to_string(p.count).size());
  }
  for (const TimelinePeriod& p : t.periods) {
    const std::string count = std::to_string(p.count);
    out += "  " + p.label + std::string(label_width - p.label.size(), ' ') + "  " +
           std::string(count_width - count.size(), ' ') + count;
    if (style.bars) {
      // At least an eighth for any count above 0, so that a period with
      // matches never looks empty.
      const std::size_t eighths = (p.count * kBarCells * 8 + most - 1) / most;
      if (eighths > 0) out += " " + bar(eighths);
    }
    for (std::size_t i = 0; i < p.top.size(); ++i) {
      out += i ? ", " : "  ";
      out += p.top[i].value;
      out += ' ';
      out += std::to_string(p.top[i].count);
    }
    out += '\n';
  }
  if (t.undated > 0) out += "  undated  " + std::to_string(t.undated) + "\n";
}

}  // namespace

std::string render_text(const SearchResponse& r, const TextStyle& style) {
  std::string out;
  if (!r.status.ok()) return "error: " + r.status.to_string() + "\n";
  const std::size_t shown = r.hits.size();
  const bool quotes = r.mode == Mode::quotes;
  out += std::to_string(shown) + (quotes ? (shown == 1 ? " quote" : " quotes")
                                         : (shown == 1 ? " hit" : " hits"));
  if (shown > 0)
    out += " (" + std::to_string(r.offset + 1) + "-" + std::to_string(r.offset + shown) + ")";
  out += " of about " + std::to_string(r.estimated_total) + " for: " + r.understood + "\n";
  if (!r.corrected_query.empty()) out += "Did you mean: " + r.corrected_query + "\n";

  for (const Hit& h : r.hits) {
    out += "\n";
    if (r.mode == Mode::quotes) {
      render_quote_hit(h, style, out);
      continue;
    }
    std::string headline = h.headline.empty() ? "(no headline)" : h.headline;
    if (!h.snippets.empty() && h.snippets.front().field == "headline" && !h.headline.empty())
      headline = marked(h.snippets.front(), style);
    out += std::to_string(h.rank) + ". ";
    out += style.ansi ? std::string(kHeadline) + headline + kReset : headline;
    out += "\n   ";

    out += dim(meta_line(h, ""), style) + "\n";
    if (!h.explanation.empty()) out += "   " + dim(explanation_line(h), style) + "\n";

    for (std::size_t i = 1; i < h.snippets.size(); ++i) {
      const Snippet& s = h.snippets[i];
      out += "   ";
      if (s.field != "body") out += "[" + s.field + "] ";
      out += marked(s, style) + "\n";
    }
    for (const QuoteMatch& q : h.quotes)
      out += "   " + quoted(q, style, kQuoteExcerpt) + " \xE2\x80\x94 " + speaker_line(q) + "\n";
  }
  for (const Facet& f : r.facets) {
    out += "\n" + (style.ansi ? std::string(kBold) + f.field + kBoldOff : f.field) + "\n";
    if (f.values.empty()) out += "  (none)\n";
    for (const FacetValue& v : f.values) {
      std::string count = std::to_string(v.count);
      out += std::string(count.size() < 6 ? 6 - count.size() : 0, ' ') + count + "  " + v.value +
             "\n";
    }
  }
  if (r.timeline.interval != Interval::none) render_timeline(r.timeline, style, out);
  return out;
}

}  // namespace newsarchive
