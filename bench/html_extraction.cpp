// html_extraction: measures the HTML reader (read_html) on two public sets.
//
// (a) Mozilla Readability's test pages (../shared/corpora/readability-test-pages):
//     each folder has source.html, expected.html (the article as cleaned by
//     Readability) and expected-metadata.json (title, byline).
//     - Body: our body paragraphs, joined, against the text of expected.html,
//       both cut into the same tokens (runs of Unicode letters, digits and
//       combining marks, lower-cased), compared as bags
//       of tokens with counts: precision, recall and F1 per page, then the
//       median and mean over pages.
//     - Title: our headline equals the expected title once both are reduced
//       to their tokens, concatenated ("exact"). Readability's titles
//       sometimes keep a " - Site" or " | Author" ending that the reader
//       deliberately strips from a headline, so "title" also accepts our
//       headline when it equals the expected title without a last part
//       after " | ", " - ", " – " or " — " that names the site (the expected
//       siteName or our source) or the author (the expected byline or
//       ours). The --min-title target applies to "title", the
//       --min-exact-title target to "exact".
//     - Byline: over pages whose expected byline is not null, the name words
//       (tokens without "by" and "and") of ours and of the expected byline
//       are the same set.
//     Figures are printed over the news pages (the folders named in
//     --news-list: news publishers' article pages) and over all pages.
// (b) Trafilatura's evaluation set (../shared/corpora/trafilatura-eval):
//     evaldata.json maps a URL to {file, with: [...], without: [...]}. Our
//     text is the headline and the body paragraphs; a snippet is found when
//     it occurs in it, both with white space collapsed, soft hyphens removed
//     and ASCII lower-cased.
//     "with" recall: the share of all with-snippets found; "without"
//     exclusion: the share of all without-snippets not found. Where the set
//     gives them, also the title (our headline, compared as for (a),
//     exactly) and the date (the first ten characters of ours, as written,
//     against the given YYYY-MM-DD); no targets apply to these.
//
// Usage: html_extraction [--readability DIR] [--trafilatura DIR]
//                        [--news-list FILE] [--verbose]
//                        [--min-f1 X] [--min-title X] [--min-exact-title X]
//                        [--min-with X] [--min-without X]
// --min-f1, --min-title and --min-exact-title apply to the news pages
// (median body F1, title accuracy, exact title accuracy). Exit status 1
// when a figure falls below its target, 2 on bad usage or an unreadable
// corpus.
#include <nlohmann/json.hpp>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "readers/html_dom.h"
#include "readers/html_reader.h"

namespace fs = std::filesystem;
using namespace newsarchive::indexer;
using namespace newsarchive::indexer::html;

namespace {

bool read_file(const fs::path& p, std::string& out) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

// Runs of letters, digits and combining marks, lower-cased.
std::vector<std::string> tokens(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const auto length = static_cast<int32_t>(s.size());
  int32_t i = 0;
  while (i < length) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c >= 0 && (u_isalnum(c) || u_getCombiningClass(c) > 0 || u_charType(c) == U_NON_SPACING_MARK)) {
      c = u_tolower(c);
      char buf[4];
      int32_t n = 0;
      U8_APPEND_UNSAFE(buf, n, c);
      cur.append(buf, static_cast<std::size_t>(n));
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

std::string squeeze(std::string_view s) {
  std::string out;
  for (const std::string& t : tokens(s)) out += t;
  return out;
}

struct Prf {
  double p = 0, r = 0, f = 0;
};

Prf bag_overlap(const std::vector<std::string>& ours, const std::vector<std::string>& gold) {
  std::map<std::string, int> g;
  for (const auto& t : gold) ++g[t];
  std::size_t common = 0;
  for (const auto& t : ours) {
    auto it = g.find(t);
    if (it != g.end() && it->second > 0) {
      --it->second;
      ++common;
    }
  }
  Prf out;
  if (ours.empty() && gold.empty()) return {1, 1, 1};
  out.p = ours.empty() ? 0 : static_cast<double>(common) / static_cast<double>(ours.size());
  out.r = gold.empty() ? 0 : static_cast<double>(common) / static_cast<double>(gold.size());
  out.f = out.p + out.r > 0 ? 2 * out.p * out.r / (out.p + out.r) : 0;
  return out;
}

std::set<std::string> name_words(const std::string& s) {
  static const std::set<std::string> kLinks = {"by", "and", "et", "par", "und", "von", "y", "por"};
  std::set<std::string> out;
  for (auto& t : tokens(s))
    if (!kLinks.count(t)) out.insert(t);
  return out;
}

// Whether `ours` is `expected` without a last " | X" (or " - X", ...) part
// where X is one of `names`.
bool equal_but_suffix(const std::string& ours, const std::string& expected,
                      const std::vector<std::string>& names) {
  for (std::string_view sep : {" | ", " - ", " – ", " — "}) {
    const auto at = expected.rfind(sep);
    if (at == std::string::npos) continue;
    const std::string tail = squeeze(expected.substr(at + sep.size()));
    bool named = false;
    for (const std::string& n : names) named = named || (!tail.empty() && squeeze(n) == tail);
    if (named && squeeze(expected.substr(0, at)) == squeeze(ours)) return true;
  }
  return false;
}

struct PageScore {
  std::string name;
  Prf body;
  bool title_exact = false;
  bool title_ok = false;
  bool has_byline = false;
  bool byline_ok = false;
};

double median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

struct Summary {
  double median_f1 = 0, mean_f1 = 0, mean_p = 0, mean_r = 0, median_p = 0, median_r = 0;
  double title_exact = 0, title = 0, byline = 0;
  std::size_t pages = 0, byline_pages = 0;
};

Summary summarise(const std::vector<PageScore>& pages) {
  Summary s;
  std::vector<double> f, p, r;
  std::size_t titles = 0, exact = 0, bylines = 0;
  for (const PageScore& ps : pages) {
    f.push_back(ps.body.f);
    p.push_back(ps.body.p);
    r.push_back(ps.body.r);
    titles += ps.title_ok;
    exact += ps.title_exact;
    if (ps.has_byline) {
      ++s.byline_pages;
      bylines += ps.byline_ok;
    }
  }
  s.pages = pages.size();
  if (pages.empty()) return s;
  auto mean = [](const std::vector<double>& v) {
    double t = 0;
    for (double x : v) t += x;
    return t / static_cast<double>(v.size());
  };
  s.median_f1 = median(f);
  s.median_p = median(p);
  s.median_r = median(r);
  s.mean_f1 = mean(f);
  s.mean_p = mean(p);
  s.mean_r = mean(r);
  s.title = static_cast<double>(titles) / static_cast<double>(pages.size());
  s.title_exact = static_cast<double>(exact) / static_cast<double>(pages.size());
  s.byline = s.byline_pages ? static_cast<double>(bylines) / static_cast<double>(s.byline_pages) : 0;
  return s;
}

void print_summary(const char* label, const Summary& s) {
  std::printf(
      "%-10s pages %3zu  body F1 median %.3f mean %.3f  P median %.3f mean %.3f  R median %.3f mean %.3f"
      "  title %.3f (exact %.3f)  byline %.3f (%zu)\n",
      label, s.pages, s.median_f1, s.mean_f1, s.median_p, s.mean_p, s.median_r, s.mean_r, s.title,
      s.title_exact, s.byline, s.byline_pages);
}

std::string joined_body(const RawArticle& a) {
  std::string out;
  for (const auto& p : a.body) out += p + "\n";
  return out;
}

std::string expected_text(const std::string& html) {
  XmlDoc doc = parse_html(html, "utf-8");
  return visible_text(root_element(doc));
}

bool score_readability(const fs::path& dir, const std::set<std::string>& news, bool verbose,
                       Summary& news_summary, Summary& all_summary) {
  std::vector<fs::path> folders;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.is_directory()) folders.push_back(e.path());
  if (ec || folders.empty()) {
    std::fprintf(stderr, "html_extraction: cannot read %s\n", dir.c_str());
    return false;
  }
  std::sort(folders.begin(), folders.end());
  std::vector<PageScore> all, news_pages;
  for (const fs::path& f : folders) {
    std::string source, expected, meta_text;
    if (!read_file(f / "source.html", source) || !read_file(f / "expected.html", expected) ||
        !read_file(f / "expected-metadata.json", meta_text))
      continue;
    const nlohmann::json meta = nlohmann::json::parse(meta_text, nullptr, false);
    ReadResult r = read_html(Input{(f / "source.html").string(), f.filename().string(), source, ""});
    RawArticle a;
    if (!r.articles.empty()) a = r.articles.front();
    PageScore ps;
    ps.name = f.filename().string();
    ps.body = bag_overlap(tokens(joined_body(a)), tokens(expected_text(expected)));
    auto meta_string = [&](const char* key) {
      return meta.is_object() && meta.contains(key) && meta[key].is_string() ? meta[key].get<std::string>()
                                                                               : std::string();
    };
    const std::string title = meta_string("title");
    const std::string byline = meta_string("byline");
    std::string ours;
    for (const auto& b : a.byline) ours += b + " ";
    std::vector<std::string> names = {meta_string("siteName"), a.source, byline};
    for (const auto& b : a.byline) names.push_back(b);
    ps.title_exact = squeeze(a.headline) == squeeze(title);
    ps.title_ok = ps.title_exact || equal_but_suffix(a.headline, title, names);
    ps.has_byline = !byline.empty();
    ps.byline_ok = ps.has_byline && name_words(ours) == name_words(byline);
    if (verbose) {
      std::printf("%-5s %-34s F1 %.3f P %.3f R %.3f title %s byline %s\n",
                  news.count(ps.name) ? "news" : "other", ps.name.c_str(), ps.body.f, ps.body.p,
                  ps.body.r, ps.title_ok ? "ok" : "MISS", !ps.has_byline ? "-" : ps.byline_ok ? "ok" : "MISS");
      if (!ps.title_exact)
        std::printf("      title%s ours [%s] expected [%s]\n", ps.title_ok ? " (not exact)" : "", a.headline.c_str(),
                    title.c_str());
      if (ps.has_byline && !ps.byline_ok)
        std::printf("      byline ours [%s] expected [%s]\n", ours.c_str(), byline.c_str());
    }
    if (news.count(ps.name)) news_pages.push_back(ps);
    all.push_back(std::move(ps));
  }
  news_summary = summarise(news_pages);
  all_summary = summarise(all);
  std::printf("readability-test-pages\n");
  print_summary("news", news_summary);
  print_summary("all", all_summary);
  return true;
}

std::string normalise(std::string_view s) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    // Soft hyphens are invisible: some snippets have them, some pages not.
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xAD) {
      ++i;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    out += static_cast<char>(c);
  }
  return out;
}

bool score_trafilatura(const fs::path& dir, bool verbose, double& with_recall, double& without_excl) {
  std::string text;
  if (!read_file(dir / "evaldata.json", text)) {
    std::fprintf(stderr, "html_extraction: cannot read %s\n", (dir / "evaldata.json").c_str());
    return false;
  }
  const nlohmann::json eval = nlohmann::json::parse(text, nullptr, false);
  if (!eval.is_object()) return false;
  std::size_t with_total = 0, with_found = 0, without_total = 0, without_absent = 0;
  std::size_t titles = 0, titles_ok = 0, dates = 0, dates_ok = 0;
  for (const auto& [url, item] : eval.items()) {
    std::string page;
    const std::string file = item.value("file", "");
    if (!read_file(dir / "html" / file, page)) continue;
    ReadResult r = read_html(Input{file, file, page, url});
    std::string ours;
    if (!r.articles.empty()) ours = r.articles.front().headline + "\n" + joined_body(r.articles.front());
    const std::string headline = r.articles.empty() ? "" : r.articles.front().headline;
    const std::string date = r.articles.empty() ? "" : r.articles.front().date;
    if (item.contains("title") && item["title"].is_string() && !item["title"].get<std::string>().empty()) {
      ++titles;
      const bool ok = squeeze(headline) == squeeze(item["title"].get<std::string>());
      titles_ok += ok;
      if (verbose && !ok)
        std::printf("traf  %-44s title ours [%s] expected [%s]\n", file.c_str(), headline.c_str(),
                    item["title"].get<std::string>().c_str());
    }
    if (item.contains("date") && item["date"].is_string() && !item["date"].get<std::string>().empty()) {
      ++dates;
      const bool ok = date.substr(0, 10) == item["date"].get<std::string>().substr(0, 10);
      dates_ok += ok;
      if (verbose && !ok)
        std::printf("traf  %-44s date ours [%s] expected [%s]\n", file.c_str(), date.c_str(),
                    item["date"].get<std::string>().c_str());
    }
    ours = normalise(ours);
    std::size_t wf = 0, wt = 0, nf = 0, nt = 0;
    std::vector<std::string> missed, leaked;
    for (const auto& s : item.value("with", nlohmann::json::array())) {
      if (!s.is_string()) continue;
      ++wt;
      if (ours.find(normalise(s.get<std::string>())) != std::string::npos) ++wf;
      else missed.push_back(s.get<std::string>());
    }
    for (const auto& s : item.value("without", nlohmann::json::array())) {
      if (!s.is_string()) continue;
      ++nt;
      if (ours.find(normalise(s.get<std::string>())) == std::string::npos) ++nf;
      else leaked.push_back(s.get<std::string>());
    }
    with_total += wt;
    with_found += wf;
    without_total += nt;
    without_absent += nf;
    if (verbose && (wf < wt || nf < nt)) {
      std::printf("traf  %-44s with %zu/%zu without %zu/%zu\n", file.c_str(), wf, wt, nf, nt);
      for (const auto& m : missed) std::printf("      missed [%s]\n", m.c_str());
      if (wf == 0) std::printf("      ours [%.300s]\n", ours.c_str());
      for (const auto& l : leaked) {
        std::printf("      leaked [%s]\n", l.c_str());
        // The paragraph it was found in, to see why it was kept.
        if (!r.articles.empty())
          for (const auto& p : r.articles.front().body)
            if (normalise(p).find(normalise(l)) != std::string::npos) {
              std::printf("        in [%.160s]%s\n", p.c_str(), p.size() > 160 ? "..." : "");
              break;
            }
      }
    }
  }
  with_recall = with_total ? static_cast<double>(with_found) / static_cast<double>(with_total) : 0;
  without_excl = without_total ? static_cast<double>(without_absent) / static_cast<double>(without_total) : 0;
  std::printf("trafilatura-eval\n");
  std::printf("pages %zu  with recall %.3f (%zu/%zu)  without exclusion %.3f (%zu/%zu)\n", eval.size(),
              with_recall, with_found, with_total, without_excl, without_absent, without_total);
  auto share = [](std::size_t a, std::size_t b) { return b ? static_cast<double>(a) / static_cast<double>(b) : 0.0; };
  std::printf("title %.3f (%zu/%zu)  date %.3f (%zu/%zu)\n", share(titles_ok, titles), titles_ok, titles,
              share(dates_ok, dates), dates_ok, dates);
  return true;
}

std::set<std::string> read_list(const fs::path& p, bool& ok) {
  std::set<std::string> out;
  std::string text;
  ok = read_file(p, text);
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (auto hash = line.find('#'); hash != std::string::npos) line.erase(hash);
    const auto b = line.find_first_not_of(" \t\r");
    if (b == std::string::npos) continue;
    const auto e = line.find_last_not_of(" \t\r");
    out.insert(line.substr(b, e - b + 1));
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  fs::path readability = NEWSARCHIVE_DEFAULT_CORPORA "/readability-test-pages";
  fs::path trafilatura = NEWSARCHIVE_DEFAULT_CORPORA "/trafilatura-eval";
  fs::path news_list = NEWSARCHIVE_DEFAULT_NEWS_LIST;
  bool verbose = false;
  double min_f1 = -1, min_title = -1, min_exact_title = -1, min_with = -1, min_without = -1;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> const char* {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "html_extraction: %s needs a value\n", arg.c_str());
        std::exit(2);
      }
      return argv[++i];
    };
    if (arg == "--readability") readability = value();
    else if (arg == "--trafilatura") trafilatura = value();
    else if (arg == "--news-list") news_list = value();
    else if (arg == "--verbose") verbose = true;
    else if (arg == "--min-f1") min_f1 = std::atof(value());
    else if (arg == "--min-title") min_title = std::atof(value());
    else if (arg == "--min-exact-title") min_exact_title = std::atof(value());
    else if (arg == "--min-with") min_with = std::atof(value());
    else if (arg == "--min-without") min_without = std::atof(value());
    else {
      std::fprintf(stderr, "html_extraction: unknown option %s\n", arg.c_str());
      return 2;
    }
  }
  bool list_ok = false;
  const std::set<std::string> news = read_list(news_list, list_ok);
  if (!list_ok) {
    std::fprintf(stderr, "html_extraction: cannot read %s\n", news_list.c_str());
    return 2;
  }
  Summary news_summary, all_summary;
  double with_recall = 0, without_excl = 0;
  if (!score_readability(readability, news, verbose, news_summary, all_summary)) return 2;
  if (!score_trafilatura(trafilatura, verbose, with_recall, without_excl)) return 2;
  bool pass = true;
  auto check = [&](const char* what, double value, double target) {
    if (target >= 0 && value < target) {
      std::printf("BELOW TARGET: %s %.3f < %.3f\n", what, value, target);
      pass = false;
    }
  };
  check("news median body F1", news_summary.median_f1, min_f1);
  check("news title accuracy", news_summary.title, min_title);
  check("news exact title accuracy", news_summary.title_exact, min_exact_title);
  check("trafilatura with recall", with_recall, min_with);
  check("trafilatura without exclusion", without_excl, min_without);
  return pass ? 0 : 1;
}
