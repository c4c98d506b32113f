#include <string>

#include "newsarchive/render.h"

namespace newsarchive {
namespace {

constexpr const char* kBold = "\x1b[1m";
constexpr const char* kBoldOff = "\x1b[22m";
constexpr const char* kHeadline = "\x1b[36m";  // cyan
constexpr const char* kDim = "\x1b[2m";
constexpr const char* kReset = "\x1b[0m";

std::string marked(const Snippet& s, const TextStyle& style) {
  std::string out;
  std::size_t at = 0;
  for (const Highlight& h : s.highlights) {
    if (h.begin < at || h.end > s.text.size()) continue;
    out.append(s.text, at, h.begin - at);
    out += style.ansi ? kBold : style.highlight_start;
    out.append(s.text, h.begin, h.end - h.begin);
    out += style.ansi ? kBoldOff : style.highlight_end;
    at = h.end;
  }
  out.append(s.text, at, std::string::npos);
  return out;
}

}  // namespace

std::string render_text(const SearchResponse& r, const TextStyle& style) {
  std::string out;
  if (!r.status.ok()) return "error: " + r.status.to_string() + "\n";
  const std::size_t shown = r.hits.size();
  out += std::to_string(shown) + (shown == 1 ? " hit" : " hits");
  if (shown > 0)
    out += " (" + std::to_string(r.offset + 1) + "-" + std::to_string(r.offset + shown) + ")";
  out += " of about " + std::to_string(r.estimated_total) + " for: " + r.understood + "\n";

  for (const Hit& h : r.hits) {
    out += "\n";
    std::string headline = h.headline.empty() ? "(no headline)" : h.headline;
    if (!h.snippets.empty() && h.snippets.front().field == "headline" && !h.headline.empty())
      headline = marked(h.snippets.front(), style);
    out += std::to_string(h.rank) + ". ";
    out += style.ansi ? std::string(kHeadline) + headline + kReset : headline;
    out += "\n   ";

    std::string meta;
    auto add = [&meta](const std::string& s) {
      if (s.empty()) return;
      meta += (meta.empty() ? "" : " | ") + s;
    };
    add(h.date.empty() ? "" : h.date + (h.date_inferred ? " (inferred)" : ""));
    add(h.source);
    add(h.url.empty() ? h.id : h.url);
    out += style.ansi ? std::string(kDim) + meta + kReset : meta;
    out += "\n";

    for (std::size_t i = 1; i < h.snippets.size(); ++i) {
      const Snippet& s = h.snippets[i];
      out += "   ";
      if (s.field != "body") out += "[" + s.field + "] ";
      out += marked(s, style) + "\n";
    }
  }
  return out;
}

}  // namespace newsarchive
