// browser_check: the search page in a real browser. Through ChromeDriver's
// WebDriver API it opens headless Chromium on the page, types a query and
// Enter into the search box, and waits for hits: at least one hit with a
// highlighted word, the search in the address, an exact count, facets, and
// a timeline with a bar for each month /search gives. It then clicks the
// first facet value and waits for the narrowed search; goes back to the
// first search and forward to the second; reloads the page and sees the
// same results. It clicks a month of the timeline and sees the search
// narrowed to it (the range in the query and the address, no more matches
// than before, every hit dated in that month), switches the timeline to days
// and clicks a day, whose range replaces the month's, and goes back. It opens
// the page on a misspelt query (a word the index does not hold, ASCII
// letters) and follows its "did you mean"; last, it searches QUOTES in
// quotes mode and sees each quote's provenance.
//
//   browser_check DRIVER_URL PAGE_URL QUERY MISSPELT QUOTES
//
// QUERY must match articles in more than one month.
//
// DRIVER_URL is a running chromedriver (http://127.0.0.1:PORT). Exit 1 when
// the page does not behave, 2 when the driver cannot start a browser.
#include <httplib.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

namespace {

using nlohmann::json;

// WebDriver's key for element references in its answers.
constexpr const char* kElement = "element-6066-11e4-a52e-4f735466cecf";

// Scripts run in the page: what its timeline's bars say, and the date of
// each hit shown ("" for a hit without one).
constexpr const char* kBars =
    "return Array.from(document.querySelectorAll('#timeline .bar'), b => ({"
    "title: (b.querySelector('title') || {}).textContent || '',"
    "label: b.getAttribute('aria-label') || '', role: b.getAttribute('role') || '',"
    "index: Number(b.dataset.index), first: b.dataset.first, last: b.dataset.last}));";
constexpr const char* kHitDates =
    "return Array.from(document.querySelectorAll('#hits .hit'), h => {"
    "const t = h.querySelector('.meta time'); return t ? t.dateTime : ''; });";
// What each hit says of its quote's provenance: the line, and the note on
// speakers who disagree ("" for none).
constexpr const char* kProvenance =
    "return Array.from(document.querySelectorAll('#hits .hit'), h => {"
    "const p = h.querySelector('.provenance'), d = h.querySelector('.provenance .disagree');"
    "return {line: p && p.firstChild ? p.textContent.slice(0, p.textContent.length -"
    " (d ? d.textContent.length : 0)) : '', disagree: d ? d.textContent : ''}; });";

// "1 article", "3 articles".
std::string counted(std::size_t n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// The line the page shows for a quote's provenance (JSON, as /search gives it).
std::string provenance_line(const json& p) {
  const auto date = [](const json& carrier) {
    return carrier.contains("date") && carrier["date"].is_string()
               ? carrier["date"].get<std::string>() : std::string("undated");
  };
  const json first = p.value("first", json::object()), last = p.value("last", json::object());
  const std::string source = first.value("source", "");
  return "first: " + date(first) + (source.empty() ? "" : " " + source) +
         " \u00b7 carried by " + counted(p.value("articles", std::size_t{0}), "article", "articles") +
         ", " + counted(p.value("sources", std::size_t{0}), "source", "sources") +
         " \u00b7 last: " + date(last);
}

class Driver {
 public:
  explicit Driver(const std::string& url) : client_(url) { client_.set_read_timeout(60); }

  // The answer's "value", or null with *error set.
  json call(const std::string& method, const std::string& path, const json& body,
            std::string* error) {
    httplib::Result res = method == "GET"      ? client_.Get(path)
                          : method == "DELETE" ? client_.Delete(path)
                                               : client_.Post(path, body.dump(), "application/json");
    if (!res) {
      *error = method + " " + path + ": no answer from the driver";
      return nullptr;
    }
    json answer = json::parse(res->body, nullptr, false);
    if (answer.is_discarded() || !answer.contains("value")) {
      *error = method + " " + path + ": not a WebDriver answer: " + res->body.substr(0, 200);
      return nullptr;
    }
    if (res->status != 200) {
      *error = method + " " + path + ": " + answer["value"].value("message", res->body);
      return nullptr;
    }
    return answer["value"];
  }

 private:
  httplib::Client client_;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc != 6) {
    std::fprintf(stderr, "usage: browser_check DRIVER_URL PAGE_URL QUERY MISSPELT QUOTES\n");
    return 2;
  }
  Driver driver(argv[1]);
  const std::string page = argv[2], query = argv[3], misspelt = argv[4], quotes = argv[5];
  std::string error;

  // What the server answers, straight from /search: what the page should show.
  std::string origin = page;
  while (!origin.empty() && origin.back() == '/') origin.pop_back();
  httplib::Client server(origin);
  server.set_read_timeout(30);
  auto searched = [&](const httplib::Params& params) {
    const httplib::Result res = server.Get("/search", params, httplib::Headers{});
    json body = res && res->status == 200 ? json::parse(res->body, nullptr, false) : json();
    return body.is_object() ? body : json::object();
  };
  auto timeline_of = [&](const std::string& q, const std::string& interval) {
    const json body = searched({{"q", q}, {"timeline", interval}});
    return body.contains("timeline") ? body["timeline"].value("periods", json::array())
                                     : json::array();
  };

  const json capabilities = {
      {"capabilities",
       {{"alwaysMatch",
         {{"goog:chromeOptions",
           {{"args",
             {"--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              "--window-size=1200,900"}}}}}}}}};
  json session = driver.call("POST", "/session", capabilities, &error);
  if (session.is_null()) {
    std::fprintf(stderr, "browser_check: %s\n", error.c_str());
    return 2;
  }
  const std::string s = "/session/" + session.at("sessionId").get<std::string>();
  const std::string browser = session["capabilities"].value("browserVersion", "?");

  auto find_all = [&](const std::string& css) {
    json found = driver.call("POST", s + "/elements", {{"using", "css selector"}, {"value", css}},
                             &error);
    return found.is_array() ? found : json::array();
  };
  // Polls until `css` matches something, for up to ten seconds.
  auto wait_for = [&](const std::string& css) {
    for (int i = 0; i < 100; ++i) {
      json found = find_all(css);
      if (!found.empty()) return found;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return json::array();
  };
  auto text_of = [&](const json& element) {
    json text = driver.call("GET", s + "/element/" + element.at(kElement).get<std::string>() + "/text",
                            nullptr, &error);
    return text.is_string() ? text.get<std::string>() : std::string();
  };

  int status = 0;
  auto check = [&](bool ok, const std::string& what) {
    std::printf("browser_check: %s: %s\n", ok ? "ok" : "FAIL", what.c_str());
    if (!ok) status = 1;
  };

  auto value_of = [&](const std::string& element_id) {
    json v = driver.call("GET", s + "/element/" + element_id + "/property/value", nullptr, &error);
    return v.is_string() ? v.get<std::string>() : std::string();
  };
  auto address = [&] {
    json u = driver.call("GET", s + "/url", nullptr, &error);
    return u.is_string() ? u.get<std::string>() : std::string();
  };
  auto first_hit = [&] {
    json hits = find_all("#hits .hit");
    return hits.empty() ? std::string() : text_of(hits[0]);
  };
  // Polls `ok` for up to ten seconds.
  auto wait_until = [&](const auto& ok) {
    for (int i = 0; i < 100; ++i) {
      if (ok()) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return false;
  };
  // The search box, found again after the page is loaded anew.
  auto search_box = [&] {
    json box = wait_for("#q");
    return box.empty() ? std::string() : box[0].at(kElement).get<std::string>();
  };
  auto click = [&](const json& element) {
    driver.call("POST", s + "/element/" + element.at(kElement).get<std::string>() + "/click",
                json::object(), &error);
  };
  auto execute = [&](const char* script) {
    json value = driver.call("POST", s + "/execute/sync",
                             {{"script", script}, {"args", json::array()}}, &error);
    return value.is_array() ? value : json::array();
  };
  // The total the summary shows ("1–10 of 23 (...)"): 0 for no matches, -1
  // for none shown.
  auto total_shown = [&]() -> long {
    json summary = find_all("#summary");
    const std::string text = summary.empty() ? "" : text_of(summary[0]);
    if (text == "No matches.") return 0;
    const std::size_t of = text.find(" of ");
    return of == std::string::npos ? -1 : std::strtol(text.c_str() + of + 4, nullptr, 10);
  };
  // Whether the page shows hits, every one dated from `first` to `last`.
  auto hits_dated_in = [&](const std::string& first, const std::string& last) {
    json dates = execute(kHitDates);
    if (dates.empty()) return false;
    for (const json& date : dates) {
      const std::string d = date.is_string() ? date.get<std::string>() : "";
      if (d.empty() || d < first || d > last) return false;
    }
    return true;
  };

  driver.call("POST", s + "/url", {{"url", page}}, &error);
  std::string id = search_box();
  check(!id.empty(), "the page shows a search box");
  if (!id.empty()) {
    driver.call("POST", s + "/element/" + id + "/value", {{"text", query + "\xEE\x80\x87"}},
                &error);  // U+E007: Enter
    json hits = wait_for("#hits .hit");
    check(!hits.empty(), "typing '" + query + "' and Enter shows hits");
    if (!hits.empty()) {
      check(!find_all("#hits .hit mark").empty(), "matched words are highlighted");
      const std::string first_search = address();
      const std::string first_result = first_hit();
      std::printf("browser_check: first hit: %s\n", first_result.substr(0, 120).c_str());
      check(first_search.find("q=" + query) != std::string::npos,
            "the search is in the address: " + first_search);
      json summary = find_all("#summary");
      const std::string counted = summary.empty() ? "" : text_of(summary[0]);
      check(counted.find(" of ") != std::string::npos &&
                counted.find("about") == std::string::npos,
            "the count is exact: " + counted);

      // The timeline: a bar for each month with matches, at its place among
      // the months from the first match to the last, titled "label: count".
      const json months = timeline_of(query, "month");
      std::vector<std::size_t> busy;  // the months with matches
      for (std::size_t i = 0; i < months.size(); ++i)
        if (months[i].value("count", 0) > 0) busy.push_back(i);
      check(busy.size() > 1, "'" + query + "' matches in " + std::to_string(busy.size()) +
                                 " months of " + std::to_string(months.size()) +
                                 " (the timeline test needs more than one)");
      check(first_search.find("timeline=month") != std::string::npos,
            "the address asks for a timeline by month");
      const bool drawn = wait_until([&] { return execute(kBars).size() == busy.size(); });
      check(drawn && !busy.empty(), "the timeline draws " + std::to_string(busy.size()) +
                                        " bars, one for each month with matches");
      if (drawn && !busy.empty()) {
        const json bars = execute(kBars);
        bool titled = true;
        for (std::size_t b = 0; b < bars.size(); ++b) {
          const json& month = months[busy[b]];
          const std::string want = month.value("label", "") + ": " +
                                   std::to_string(month.value("count", 0));
          if (bars[b].value("title", "") != want || bars[b].value("label", "").empty() ||
              bars[b].value("role", "") != "button" || bars[b].value("index", -1) != static_cast<long>(busy[b]) ||
              bars[b].value("first", "") != month.value("first", "") ||
              bars[b].value("last", "") != month.value("last", ""))
            titled = false;
        }
        check(titled, "each bar is a labelled button titled \"month: count\", at its month: " +
                          bars[0].value("title", "") + ", " + bars[0].value("label", ""));
      }

      json facets = find_all("#facets .facet a");
      check(!facets.empty(), "facets are shown");
      if (!facets.empty()) {
        const std::string value = text_of(facets[0]);
        driver.call("POST", s + "/element/" + facets[0].at(kElement).get<std::string>() + "/click",
                    json::object(), &error);
        // The value becomes a filter in the query, and the narrowed search
        // still has hits (a facet value counts matching articles).
        const bool narrowed = wait_until([&] {
          return value_of(id).find(":=\"") != std::string::npos && !find_all("#hits .hit").empty() &&
                 address() != first_search;
        });
        check(narrowed, "clicking the facet value '" + value + "' adds it to the query, with hits");
        const std::string second_search = address();
        const std::string second_result = first_hit();

        // Back to the first search, forward to the second.
        driver.call("POST", s + "/back", json::object(), &error);
        check(wait_until([&] {
                return address() == first_search && value_of(id) == query &&
                       first_hit() == first_result;
              }),
              "back shows the first search again");
        driver.call("POST", s + "/forward", json::object(), &error);
        check(wait_until([&] {
                return address() == second_search &&
                       value_of(id).find(":=\"") != std::string::npos &&
                       first_hit() == second_result;
              }),
              "forward shows the narrowed search again");

        // A reload draws the same search from the address alone.
        driver.call("POST", s + "/refresh", json::object(), &error);
        id = search_box();
        check(!id.empty() && wait_until([&] {
                return value_of(id).find(":=\"") != std::string::npos &&
                       first_hit() == second_result;
              }),
              "a reload shows the same results");
      }

      // A month with matches, clicked, narrows the search to it.
      driver.call("POST", s + "/url", {{"url", page + "?q=" + query + "&timeline=month"}}, &error);
      id = search_box();
      wait_until([&] { return execute(kBars).size() == busy.size() && total_shown() > 0; });
      const long before = total_shown();
      const std::size_t k = busy.empty() ? 0 : busy[0];  // the first month with matches
      json bars = find_all("#timeline .bar");
      if (!busy.empty() && !bars.empty()) {
        const std::string first = months[k].value("first", ""), last = months[k].value("last", "");
        const std::string month_range = "date:" + first + ".." + last;
        click(bars[0]);
        const bool narrowed = wait_until([&] {
          return value_of(id) == query + " " + month_range &&
                 address().find("date%3A" + first + ".." + last) != std::string::npos &&
                 total_shown() <= months[k].value("count", 0) && hits_dated_in(first, last);
        });
        const long after = total_shown();
        check(narrowed, "clicking the bar of " + months[k].value("label", "") + " adds " +
                            month_range + " to the query and the address, and every hit is "
                            "dated in it");
        check(after > 0 && after <= before && after <= months[k].value("count", 0),
              "the narrowed search finds " + std::to_string(after) + " of the " +
                  std::to_string(before) + " before");
        const std::string month_search = address();

        // Days: the bar of a day replaces the month's range, not adds to it.
        json day = find_all("#timeline-interval option[value=day]");
        if (!day.empty()) click(day[0]);
        std::string day_first, day_last;
        const bool by_day = wait_until([&] {
          if (address().find("timeline=day") == std::string::npos) return false;
          const json shown = execute(kBars);
          if (shown.empty()) return false;
          day_first = shown[0].value("first", "");
          day_last = shown[0].value("last", "");
          return day_first == day_last && day_first >= first && day_last <= last;
        });
        check(by_day, "choosing days redraws the timeline by day within " + first + ".." + last);
        json day_bars = find_all("#timeline .bar");
        if (by_day && !day_bars.empty()) {
          click(day_bars[0]);
          const std::string day_range = "date:" + day_first + ".." + day_last;
          check(wait_until([&] {
                  return value_of(id) == query + " " + day_range && hits_dated_in(day_first, day_last);
                }),
                "clicking a day replaces the month's range with " + day_range + ": " + value_of(id));
        }
        driver.call("POST", s + "/back", json::object(), &error);
        driver.call("POST", s + "/back", json::object(), &error);
        check(wait_until([&] {
                return address() == month_search && value_of(id) == query + " " + month_range &&
                       hits_dated_in(first, last);
              }),
              "back twice shows the month again");
      }
    }
    // A misspelt query offers the correction as a link, which searches.
    driver.call("POST", s + "/url", {{"url", page + "?q=" + misspelt}}, &error);
    id = search_box();
    json link = wait_for("#suggestion a");
    check(!link.empty(), "'" + misspelt + "' offers a correction");
    if (!link.empty()) {
      const std::string fix = text_of(link[0]);
      driver.call("POST", s + "/element/" + link[0].at(kElement).get<std::string>() + "/click",
                  json::object(), &error);
      check(wait_until([&] {
              return value_of(id) == fix && !find_all("#hits .hit").empty() &&
                     address().find("q=" + fix) != std::string::npos;
            }),
            "following the correction '" + fix + "' searches for it");
    }

    // Quotes mode: each quote says where it first appeared, who carried it,
    // and whether they disagree on who said it, as /search gives it.
    const json answer = searched({{"q", quotes}, {"mode", "quotes"}});
    const json expected = answer.value("hits", json::array());
    std::size_t disagreeing = 0;
    for (const json& hit : expected)
      if (hit.contains("provenance") && hit["provenance"].value("speakers_disagree", false))
        ++disagreeing;
    check(disagreeing > 0, "some quote of '" + quotes +
                               "' is given different speakers (the test needs one)");
    driver.call("POST", s + "/url", {{"url", page + "?q=" + quotes + "&mode=quotes"}}, &error);
    wait_for("#hits .hit .provenance");
    json shown = execute(kProvenance);
    bool same = !expected.empty() && shown.size() == expected.size();
    std::string wrong;
    for (std::size_t i = 0; same && i < shown.size(); ++i) {
      const json& p = expected[i].value("provenance", json::object());
      if (p.empty()) { same = false; break; }
      std::string note;
      if (p.value("speakers_disagree", false)) {
        note = "The carriers disagree on the speaker: ";
        const json speakers = p.value("speakers", json::array());
        for (std::size_t j = 0; j < speakers.size(); ++j)
          note += (j ? ", " : "") + speakers[j].value("value", "") + " (" +
                  std::to_string(speakers[j].value("count", 0)) + ")";
      }
      if (shown[i].value("line", "") != provenance_line(p) || shown[i].value("disagree", "") != note) {
        same = false;
        wrong = ": " + shown[i].value("line", "") + " / " + shown[i].value("disagree", "") +
                "; expected " + provenance_line(p) + " / " + note;
      }
    }
    check(same, "each quote of '" + quotes + "' shows its first and last carrier, how many "
                "carried it, and the speakers when they disagree" + wrong);
    if (same && !shown.empty())
      std::printf("browser_check: provenance: %s\n", shown[0].value("line", "").c_str());
  }
  driver.call("DELETE", s, nullptr, &error);
  std::printf("browser_check: Chromium %s: %s\n", browser.c_str(), status == 0 ? "passed" : "failed");
  return status;
}
