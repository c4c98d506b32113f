// browser_check: the search page in a real browser. Through ChromeDriver's
// WebDriver API it opens headless Chromium on the page, types a query and
// Enter into the search box, and waits for hits: at least one hit with a
// highlighted word, and facets. It then clicks the first facet value and
// waits for the narrowed search.
//
//   browser_check DRIVER_URL PAGE_URL QUERY
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
  if (argc != 4) {
    std::fprintf(stderr, "usage: browser_check DRIVER_URL PAGE_URL QUERY\n");
    return 2;
  }
  Driver driver(argv[1]);
  const std::string page = argv[2], query = argv[3];
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

  driver.call("POST", s + "/url", {{"url", page}}, &error);
  json box = wait_for("#q");
  check(!box.empty(), "the page shows a search box");
  if (!box.empty()) {
    const std::string id = box[0].at(kElement).get<std::string>();
    driver.call("POST", s + "/element/" + id + "/value", {{"text", query + "\xEE\x80\x87"}},
                &error);  // U+E007: Enter
    json hits = wait_for("#hits .hit");
    check(!hits.empty(), "typing '" + query + "' and Enter shows hits");
    if (!hits.empty()) {
      check(!find_all("#hits .hit mark").empty(), "matched words are highlighted");
      std::printf("browser_check: first hit: %s\n", text_of(hits[0]).substr(0, 120).c_str());
      json facets = find_all("#facets .facet a");
      check(!facets.empty(), "facets are shown");
      if (!facets.empty()) {
        const std::string value = text_of(facets[0]);
        driver.call("POST", s + "/element/" + facets[0].at(kElement).get<std::string>() + "/click",
                    json::object(), &error);
        // The value becomes a filter in the query, and the narrowed search
        // still has hits (a facet value counts matching articles).
        bool narrowed = false;
        for (int i = 0; i < 100 && !narrowed; ++i) {
          json q = driver.call("GET", s + "/element/" + id + "/property/value", nullptr, &error);
          narrowed = q.is_string() && q.get<std::string>().find(":=\"") != std::string::npos &&
                     !find_all("#hits .hit").empty();
          if (!narrowed) std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        check(narrowed, "clicking the facet value '" + value + "' adds it to the query, with hits");
      }
    }
  }
  driver.call("DELETE", s, nullptr, &error);
  std::printf("browser_check: Chromium %s: %s\n", browser.c_str(), status == 0 ? "passed" : "failed");
  return status;
}
