// browser_check: the search page in a real browser. Through ChromeDriver's
// WebDriver API it opens headless Chromium on the page, types a query and
// Enter into the search box, and waits for hits: at least one hit with a
// highlighted word, the search in the address, an exact count, and facets.
// It then clicks the first facet value and waits for the narrowed search;
// goes back to the first search and forward to the second; reloads the page
// and sees the same results; and opens the page on a misspelt query (a word
// the index does not hold, ASCII letters) and follows its "did you mean".
//
//   browser_check DRIVER_URL PAGE_URL QUERY MISSPELT
//
// DRIVER_URL is a running chromedriver (http://127.0.0.1:PORT). Exit 1 when
// the page does not behave, 2 when the driver cannot start a browser.
#include <httplib.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <thread>

#include <nlohmann/json.hpp>

namespace {

using nlohmann::json;

// WebDriver's key for element references in its answers.
constexpr const char* kElement = "element-6066-11e4-a52e-4f735466cecf";

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
  if (argc != 5) {
    std::fprintf(stderr, "usage: browser_check DRIVER_URL PAGE_URL QUERY MISSPELT\n");
    return 2;
  }
  Driver driver(argv[1]);
  const std::string page = argv[2], query = argv[3], misspelt = argv[4];
  std::string error;

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
  }
  driver.call("DELETE", s, nullptr, &error);
  std::printf("browser_check: Chromium %s: %s\n", browser.c_str(), status == 0 ? "passed" : "failed");
  return status;
}
