// polnear_quotes: measures quote extraction and attribution on the PolNeAR
// corpus (../shared/corpora/polnear), split by split.
//
// Gold: every stretch in quote marks whose characters lie (80% or more)
// inside attributions' Content spans is a direct quote, spoken by the Source
// of the attribution covering most of it; quoted stretches outside Content
// spans (scare quotes, titles) are not quotes. The stretches are found here
// with a scanner of their own, not the extractor's.
//
// Prediction: the real reader and extractor (read_plain_text, extract), each
// quote mapped back to character offsets in the article file.
//
// A predicted quote matches a gold one when their shared word tokens are at
// least 80% of each (one to one, greedily). Attribution accuracy counts the
// matched quotes whose gold Source is not a pronoun, and calls a speaker
// right when the gold Source contains a name word of the predicted speaker
// or of its mention.
//
// Usage: polnear_quotes [--corpus DIR] [--split NAME]... [--cues FILE]
//                       [--min-f1 X --min-attribution Y] [--targets-on NAME]
//                       [--show-errors]
// Exit status 1 when a figure of the --targets-on split (default dev) falls
// below a --min-* target, 2 on bad usage or an unreadable corpus.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extractor.h"
#include "extract/quotes.h"
#include "text/text_scan.h"
#include "text/utf8_scan.h"
#include "readers/plain_text_reader.h"

namespace fs = std::filesystem;
using namespace newsarchive;
using namespace newsarchive::indexer;

namespace {

struct Range {
  std::size_t begin;  // code points
  std::size_t end;
};

// The file as code points, with the byte offset of each.
struct Text {
  std::string bytes;
  std::vector<char32_t> cps;
  std::vector<std::size_t> byte_of;  // size cps.size() + 1
  std::size_t to_cp(std::size_t byte) const {
    return static_cast<std::size_t>(std::lower_bound(byte_of.begin(), byte_of.end(), byte) -
                                    byte_of.begin());
  }
};

Text load_text(std::string bytes) {
  Text t;
  t.bytes = std::move(bytes);
  std::size_t i = 0;
  while (i < t.bytes.size()) {
    std::size_t len = 0;
    t.byte_of.push_back(i);
    t.cps.push_back(decode_at(t.bytes, i, len));
    i += len;
  }
  t.byte_of.push_back(t.bytes.size());
  return t;
}

bool read_file(const fs::path& p, std::string& out) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

// ---- gold -----------------------------------------------------------------

struct GoldAttribution {
  std::vector<Range> content;
  std::string source;
};

std::vector<GoldAttribution> read_annotations(const std::string& ann) {
  std::map<std::string, std::vector<Range>> spans;
  std::map<std::string, std::string> texts;
  std::map<std::string, std::string> types;
  std::vector<std::pair<std::string, std::string>> links;  // content id, source id
  std::istringstream in(ann);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const std::size_t tab1 = line.find('\t');
    if (tab1 == std::string::npos) continue;
    const std::string id = line.substr(0, tab1);
    const std::size_t tab2 = line.find('\t', tab1 + 1);
    const std::string mid = line.substr(tab1 + 1, tab2 == std::string::npos ? std::string::npos
                                                                            : tab2 - tab1 - 1);
    if (id[0] == 'T') {
      const std::size_t sp = mid.find(' ');
      types[id] = mid.substr(0, sp);
      std::istringstream segs(mid.substr(sp + 1));
      std::string seg;
      while (std::getline(segs, seg, ';')) {
        std::istringstream nums(seg);
        std::size_t b = 0, e = 0;
        if (nums >> b >> e) spans[id].push_back({b, e});
      }
      if (tab2 != std::string::npos) texts[id] = line.substr(tab2 + 1);
    } else if (id[0] == 'E') {
      std::istringstream args(mid);
      std::string arg, content, source;
      while (args >> arg) {
        const std::size_t colon = arg.find(':');
        if (colon == std::string::npos) continue;
        const std::string role = arg.substr(0, colon);
        if (role == "Content") content = arg.substr(colon + 1);
        if (role == "Source") source = arg.substr(colon + 1);
      }
      if (!content.empty()) links.emplace_back(content, source);
    }
  }
  std::vector<GoldAttribution> out;
  for (const auto& [content, source] : links) {
    GoldAttribution g;
    g.content = spans[content];
    if (!source.empty()) g.source = texts[source];
    out.push_back(std::move(g));
  }
  return out;
}

bool letter_or_digit(char32_t c) { return is_letter(c) || is_digit(c); }

// Quoted stretches, found line by line: double marks pair with each other,
// single marks count only outside double ones and at word edges. An open
// quote at the end of a line runs to it, and on into the next paragraph when
// that opens with a quote mark.
std::vector<std::vector<Range>> quoted_stretches(const Text& t) {
  std::vector<std::vector<Range>> out;
  const std::vector<char32_t>& c = t.cps;
  std::size_t line_start = 0;
  bool carry = false;  // the previous paragraph's quote is still open
  while (line_start < c.size()) {
    std::size_t line_end = line_start;
    while (line_end < c.size() && c[line_end] != '\n') ++line_end;
    int state = 0;  // 0 none, 1 double open, 2 single open
    std::size_t open_at = 0;
    bool opened_here_at_start = false;
    auto is_space_at = [&](std::size_t k) {
      return k < line_start || k >= line_end || is_unicode_space(c[k]);
    };
    std::size_t first_visible = line_start;
    while (first_visible < line_end && is_unicode_space(c[first_visible])) ++first_visible;
    for (std::size_t k = line_start; k < line_end; ++k) {
      char32_t ch = c[k];
      std::size_t mark_start = k;
      if (ch == '\'' && k + 1 < line_end && c[k + 1] == '\'') {  // '' for "
        ch = '"';
        ++k;
      }
      const bool dbl = ch == U'\u201C' || ch == U'\u201D' || ch == '"' || ch == U'\u201E' ||
                       ch == U'\u00AB' || ch == U'\u00BB';
      const bool sgl = ch == U'\u2018' || ch == U'\u2019' || ch == '\'';
      if (dbl) {
        const bool can_open = ch != U'\u201D' && ch != U'\u00BB' && !is_space_at(k + 1);
        if (state == 1 && (ch != U'\u201C' || is_space_at(k + 1) || !is_space_at(k - 1))) {
          std::vector<Range> r{{open_at, mark_start}};
          if (opened_here_at_start && carry && !out.empty()) {
            out.back().push_back(r.front());
          } else {
            out.push_back(r);
          }
          state = 0;
          opened_here_at_start = false;
        } else if (can_open) {
          state = 1;
          open_at = k + 1;
          opened_here_at_start = mark_start == first_visible;
        }
      } else if (sgl && state != 1) {
        const bool before_word = !is_space_at(k + 1) && letter_or_digit(c[k + 1]);
        const bool after_word = k > line_start && !is_unicode_space(c[k - 1]);
        if (state == 2 && after_word && (k + 1 >= line_end || !letter_or_digit(c[k + 1]))) {
          out.push_back({{open_at, k}});
          state = 0;
        } else if (state == 0 && ch != U'\u2019' && before_word && is_space_at(k - 1)) {
          state = 2;
          open_at = k + 1;
        }
      }
    }
    bool still_open = false;
    if (state == 1) {
      std::vector<Range> r{{open_at, line_end}};
      if (opened_here_at_start && carry && !out.empty()) {
        out.back().push_back(r.front());
      } else {
        out.push_back(r);
      }
      still_open = true;
    }
    // Blank lines between paragraphs keep the carry.
    if (line_end > line_start && first_visible < line_end) carry = still_open;
    line_start = line_end + 1;
  }
  return out;
}

// ---- tokens and matching ---------------------------------------------------

// Word tokens of the file: runs of letters and digits, by start offset.
std::vector<std::size_t> token_starts(const Text& t) {
  std::vector<std::size_t> out;
  for (std::size_t k = 0; k < t.cps.size(); ++k) {
    if (letter_or_digit(t.cps[k]) && (k == 0 || !letter_or_digit(t.cps[k - 1]))) out.push_back(k);
  }
  return out;
}

std::set<std::size_t> tokens_in(const std::vector<std::size_t>& starts, const std::vector<Range>& rs) {
  std::set<std::size_t> out;
  for (const Range& r : rs) {
    auto it = std::lower_bound(starts.begin(), starts.end(), r.begin);
    for (; it != starts.end() && *it < r.end; ++it) out.insert(*it);
  }
  return out;
}

std::size_t covered(const std::vector<Range>& rs, const std::vector<Range>& by) {
  std::size_t n = 0;
  for (const Range& r : rs) {
    for (const Range& b : by) {
      const std::size_t lo = std::max(r.begin, b.begin), hi = std::min(r.end, b.end);
      if (hi > lo) n += hi - lo;
    }
  }
  return n;
}

std::size_t length(const std::vector<Range>& rs) {
  std::size_t n = 0;
  for (const Range& r : rs) n += r.end - r.begin;
  return n;
}

std::string lower(std::string_view s) { return lower_ascii(s); }

std::vector<std::string> words_of(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (char ch : s) {
    const bool word = is_ascii_alpha(ch) || is_ascii_digit(ch) || (static_cast<unsigned char>(ch) >= 0x80);
    if (word) {
      cur += ch;
    } else if (!cur.empty()) {
      out.push_back(cur);
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

bool is_pronoun_source(std::string_view s) {
  static const std::set<std::string> kPronouns = {"he", "she", "they", "it", "we", "i", "you",
                                                  "his", "her", "their", "its", "them", "him",
                                                  "us", "me", "our", "my"};
  const std::vector<std::string> w = words_of(lower(trim(s)));
  return w.size() == 1 && kPronouns.count(w[0]) > 0;
}

// Name words: capitalised words of the speaker and its mention, without
// "The" and the like; for a description with none, its longer words.
std::set<std::string> name_words(const Quote& q) {
  static const std::set<std::string> kSkip = {"the", "a", "an", "of", "and", "for", "in",
                                              "he", "she", "they", "it", "his", "her", "their",
                                              "its", "to", "at", "on", "from", "with", "mr",
                                              "mrs", "ms", "dr"};
  std::set<std::string> caps, others;
  for (const std::string& s : {q.speaker, q.speaker_mention}) {
    for (const std::string& w : words_of(s)) {
      const std::string l = lower(w);
      if (kSkip.count(l) || w.size() < 2) continue;
      const std::string_view base = w;
      if (is_ascii_upper(base[0]) || static_cast<unsigned char>(base[0]) >= 0x80) {
        caps.insert(l);
      } else if (w.size() >= 3) {
        others.insert(l);
      }
    }
  }
  return caps.empty() ? others : caps;
}

bool attribution_right(const Quote& q, const std::string& gold_source) {
  std::set<std::string> gold;
  for (const std::string& w : words_of(gold_source)) gold.insert(lower(w));
  for (const std::string& n : name_words(q)) {
    // "Trump’s" in the gold counts for "Trump".
    if (gold.count(n)) return true;
    for (const std::string& g : gold) {
      if (g.rfind(n, 0) == 0 && g.size() <= n.size() + 3) return true;
    }
  }
  return false;
}

// ---- prediction -------------------------------------------------------------

// Byte offset of each paragraph of the article in the file, found in order.
struct Located {
  std::size_t headline = std::string::npos;
  std::size_t standfirst = std::string::npos;
  std::vector<std::size_t> body;
};

std::size_t locate(const std::string& file, std::string_view para, std::size_t& cursor) {
  if (para.empty()) return std::string::npos;
  std::size_t at = file.find(para, cursor);
  if (at == std::string::npos) at = file.find(para);
  if (at != std::string::npos) cursor = at + para.size();
  return at;
}

Located locate_all(const std::string& file, const Article& a) {
  Located l;
  std::size_t cursor = 0;
  l.headline = locate(file, a.headline, cursor);
  l.standfirst = locate(file, a.standfirst, cursor);
  for (const std::string& p : a.body) l.body.push_back(locate(file, p, cursor));
  return l;
}

struct Predicted {
  Quote quote;
  std::vector<Range> ranges;
};

std::vector<Predicted> predict(const Text& t, const std::string& name, const QuoteResources& res,
                               std::size_t& unplaced) {
  std::vector<Predicted> out;
  const ReadResult r = read_plain_text({name, name, t.bytes, ""});
  if (r.articles.size() != 1) return out;
  const Article a = extract(r.articles[0], res);
  const Located where = locate_all(t.bytes, a);
  for (const FoundQuote& f : find_quotes(a, res)) {
    Predicted p;
    p.quote = f.quote;
    for (const QuotePart& part : f.parts) {
      std::size_t base = std::string::npos;
      if (part.field == QuotePart::Field::kHeadline) base = where.headline;
      if (part.field == QuotePart::Field::kStandfirst) base = where.standfirst;
      if (part.field == QuotePart::Field::kBody && part.paragraph >= 0 &&
          static_cast<std::size_t>(part.paragraph) < where.body.size())
        base = where.body[static_cast<std::size_t>(part.paragraph)];
      std::size_t begin = base == std::string::npos ? base : base + part.begin;
      if (begin == std::string::npos) {
        // A paragraph the extractor rewrote (a dateline taken off, lines
        // joined): find the quote's own words instead.
        const std::string_view para = part.field == QuotePart::Field::kHeadline ? a.headline
            : part.field == QuotePart::Field::kStandfirst ? a.standfirst
            : std::string_view(a.body[static_cast<std::size_t>(part.paragraph)]);
        const std::string_view words = para.substr(part.begin, part.end - part.begin);
        begin = words.empty() ? std::string::npos : t.bytes.find(words);
        if (begin == std::string::npos) continue;
      }
      p.ranges.push_back({t.to_cp(begin), t.to_cp(begin + part.end - part.begin)});
    }
    if (p.ranges.empty()) {
      ++unplaced;
      continue;
    }
    out.push_back(std::move(p));
  }
  return out;
}

// ---- scoring ----------------------------------------------------------------

struct Figures {
  std::size_t articles = 0, gold = 0, predicted = 0, matched = 0;
  std::size_t named = 0, named_right = 0, unplaced = 0;
  double precision() const { return predicted ? double(matched) / double(predicted) : 0; }
  double recall() const { return gold ? double(matched) / double(gold) : 0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
  double accuracy() const { return named ? double(named_right) / double(named) : 0; }
};

std::string excerpt(const Text& t, const std::vector<Range>& rs) {
  if (rs.empty()) return "";
  const std::size_t b = t.byte_of[rs.front().begin], e = t.byte_of[rs.back().end];
  std::string s = t.bytes.substr(b, std::min<std::size_t>(e - b, 90));
  std::replace(s.begin(), s.end(), '\n', ' ');
  return s;
}

bool score_split(const fs::path& dir, const QuoteResources& res, bool show_errors, Figures& f) {
  const fs::path texts = dir / "text", anns = dir / "attributions";
  if (!fs::is_directory(texts) || !fs::is_directory(anns)) return false;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(texts)) {
    if (e.path().extension() == ".txt") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<fs::path> ann_files;
  for (const auto& e : fs::directory_iterator(anns)) ann_files.push_back(e.path());
  std::sort(ann_files.begin(), ann_files.end());
  for (const fs::path& file : files) {
    const std::string stem = file.stem().string();
    // Articles annotated by several annotators: the first annotation.
    std::string ann_text;
    bool found = false;
    for (const fs::path& a : ann_files) {
      const std::string n = a.filename().string();
      if (n.rfind(stem + "_", 0) == 0 && n.ends_with(".ann") &&
          n.find('_', stem.size() + 1) == std::string::npos) {
        found = read_file(a, ann_text);
        break;
      }
    }
    std::string bytes;
    if (!found || !read_file(file, bytes)) continue;
    ++f.articles;
    const Text t = load_text(std::move(bytes));
    const std::vector<GoldAttribution> attributions = read_annotations(ann_text);
    std::vector<Range> all_content;
    for (const auto& g : attributions) all_content.insert(all_content.end(), g.content.begin(), g.content.end());

    struct Gold {
      std::vector<Range> ranges;
      std::string source;
    };
    std::vector<Gold> gold;
    for (const auto& s : quoted_stretches(t)) {
      const std::size_t len = length(s);
      if (len == 0 || covered(s, all_content) * 10 < len * 8) continue;
      const GoldAttribution* best = nullptr;
      std::size_t best_n = 0;
      for (const auto& g : attributions) {
        const std::size_t n = covered(s, g.content);
        if (n > best_n) best_n = n, best = &g;
      }
      gold.push_back({s, best ? best->source : ""});
    }
    const std::vector<std::size_t> starts = token_starts(t);
    const std::vector<Predicted> pred = predict(t, file.filename().string(), res, f.unplaced);
    f.gold += gold.size();
    f.predicted += pred.size();
    std::vector<std::set<std::size_t>> gtok, ptok;
    for (const Gold& g : gold) gtok.push_back(tokens_in(starts, g.ranges));
    for (const Predicted& p : pred) ptok.push_back(tokens_in(starts, p.ranges));
    std::vector<bool> gold_used(gold.size(), false), pred_used(pred.size(), false);
    for (std::size_t pi = 0; pi < pred.size(); ++pi) {
      for (std::size_t gi = 0; gi < gold.size(); ++gi) {
        if (gold_used[gi]) continue;
        std::size_t common = 0;
        for (std::size_t x : ptok[pi]) common += gtok[gi].count(x);
        if (common == 0 || common * 10 < ptok[pi].size() * 8 || common * 10 < gtok[gi].size() * 8)
          continue;
        gold_used[gi] = pred_used[pi] = true;
        ++f.matched;
        const std::string& src = gold[gi].source;
        if (!trim(src).empty() && !is_pronoun_source(src)) {
          ++f.named;
          const bool right = attribution_right(pred[pi].quote, src);
          f.named_right += right ? 1 : 0;
          if (show_errors && !right) {
            std::printf("WRONG  %s | gold: %s | got: %s (%s) | %s\n", stem.c_str(), src.c_str(),
                        pred[pi].quote.speaker.c_str(), pred[pi].quote.speaker_mention.c_str(),
                        excerpt(t, pred[pi].ranges).c_str());
          }
        }
        break;
      }
    }
    if (show_errors) {
      for (std::size_t pi = 0; pi < pred.size(); ++pi) {
        if (!pred_used[pi])
          std::printf("FALSE+ %s | %s | %s\n", stem.c_str(), pred[pi].quote.speaker.c_str(),
                      excerpt(t, pred[pi].ranges).c_str());
      }
      for (std::size_t gi = 0; gi < gold.size(); ++gi) {
        if (!gold_used[gi])
          std::printf("MISSED %s | %s | %s\n", stem.c_str(), gold[gi].source.c_str(),
                      excerpt(t, gold[gi].ranges).c_str());
      }
    }
  }
  return true;
}

void print(const std::string& split, const Figures& f) {
  std::printf("polnear %-5s  articles %4zu  gold quotes %5zu  predicted %5zu  matched %5zu\n",
              split.c_str(), f.articles, f.gold, f.predicted, f.matched);
  std::printf("  quotes       precision %.3f  recall %.3f  F1 %.3f\n", f.precision(), f.recall(),
              f.f1());
  std::printf("  attribution  accuracy %.3f  (%zu of %zu matched quotes with a named source)\n",
              f.accuracy(), f.named_right, f.named);
  if (f.unplaced) std::printf("  (%zu predicted quotes not found in the file)\n", f.unplaced);
}

}  // namespace

int main(int argc, char** argv) {
  std::string corpus = NEWSARCHIVE_DEFAULT_POLNEAR;
  std::vector<std::string> splits;
  std::string targets_on = "dev";
  double min_f1 = 0, min_attribution = 0;
  bool show_errors = false;
  QuoteResources res = QuoteResources::defaults();
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "polnear_quotes: %s needs a value\n", arg.c_str());
        std::exit(2);
      }
      return argv[++i];
    };
    if (arg == "--corpus") corpus = value();
    else if (arg == "--split") splits.push_back(value());
    else if (arg == "--targets-on") targets_on = value();
    else if (arg == "--min-f1") min_f1 = std::atof(value().c_str());
    else if (arg == "--min-attribution") min_attribution = std::atof(value().c_str());
    else if (arg == "--show-errors") show_errors = true;
    else if (arg == "--cues") {
      const std::string error = res.load_cues(value());
      if (!error.empty()) {
        std::fprintf(stderr, "polnear_quotes: %s\n", error.c_str());
        return 2;
      }
    } else {
      std::fprintf(stderr, "polnear_quotes: unknown argument %s\n", arg.c_str());
      return 2;
    }
  }
  if (splits.empty()) splits = {"dev", "train"};
  int status = 0;
  for (const std::string& split : splits) {
    Figures f;
    if (!score_split(fs::path(corpus) / split, res, show_errors, f)) {
      std::fprintf(stderr, "polnear_quotes: no text/ and attributions/ in %s/%s\n",
                   corpus.c_str(), split.c_str());
      return 2;
    }
    print(split, f);
    if (split == targets_on && (min_f1 > 0 || min_attribution > 0)) {
      const bool f1_ok = f.f1() >= min_f1;
      const bool attribution_ok = f.accuracy() >= min_attribution;
      std::printf("  targets: F1 %.3f against %.3f %s, attribution %.3f against %.3f %s\n",
                  f.f1(), min_f1, f1_ok ? "PASS" : "BELOW TARGET", f.accuracy(), min_attribution,
                  attribution_ok ? "PASS" : "BELOW TARGET");
      if (!f1_ok || !attribution_ok) status = 1;
    }
  }
  return status;
}
