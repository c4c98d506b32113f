// web_client: the web backend's test client. Eight clients at once send a
// mix of valid and malformed requests, several rounds each, and every answer
// is checked: the status expected for it (200, 400 or 404, never anything
// else), a body that is valid JSON (or the page's HTML), for a valid search
// the same hits whichever client asked, and for some what the body must hold
// (a timeline, the quotes' provenance).
//
//   web_client BASE_URL [ROUNDS]     BASE_URL as http://127.0.0.1:PORT
//
// Prints a line per failure and a summary; exit 1 on any failure.
#include <httplib.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

namespace {

constexpr int kClients = 8;

// What a body must hold: "" if it does, else what is wrong.
using BodyCheck = std::function<std::string(const nlohmann::json&)>;

struct Case {
  std::string name;
  std::string path;
  int status;        // expected
  bool html = false;  // the page, not JSON
  bool hits = false;  // a search that must find something
  BodyCheck body = nullptr;
  // Asked as a browser asks (gzip, deflate, br): the answer must come
  // gzip-compressed, which the client inflates.
  bool compressed = false;
};

// A timeline by `interval`: periods from the first match to the last, each
// with its label, first and last day and count, and the top values of a
// field if `by` names one.
BodyCheck timeline(const std::string& interval, const std::string& by = "") {
  return [interval, by](const nlohmann::json& body) -> std::string {
    if (!body.contains("timeline") || !body["timeline"].is_object()) return "no timeline object";
    const nlohmann::json& t = body["timeline"];
    if (t.value("interval", "") != interval) return "the timeline's interval is not " + interval;
    if (!t.contains("by") || (by.empty() ? !t["by"].is_null() : t.value("by", "") != by))
      return "the timeline's by is not " + (by.empty() ? std::string("null") : by);
    if (!t.contains("periods") || !t["periods"].is_array() || t["periods"].empty())
      return "a timeline without periods";
    std::size_t counted = 0;
    for (const nlohmann::json& p : t["periods"]) {
      if (!p.contains("label") || !p.contains("first") || !p.contains("last") || !p.contains("count"))
        return "a period without label, first, last or count";
      if (p.value("first", "") > p.value("last", "")) return "a period that ends before it starts";
      if (p.contains("top") == by.empty()) return "a period's top values are wrong";
      counted += p.value("count", std::size_t{0});
    }
    if (counted == 0) return "a timeline that counts nothing";
    return "";
  };
}

// Each quote's provenance: its first carrier, and how many carried it.
std::string provenance(const nlohmann::json& body) {
  if (!body.contains("hits") || !body["hits"].is_array()) return "no hits array";
  for (const nlohmann::json& hit : body["hits"]) {
    if (!hit.contains("provenance") || !hit["provenance"].is_object())
      return "a quote without provenance";
    const nlohmann::json& p = hit["provenance"];
    const auto has = [&p](const char* key) { return p.contains(key); };
    if (!has("first") || !p["first"].is_object() || !p["first"].contains("article") ||
        !has("last") || !p["last"].is_object() || !has("articles") || !has("sources") ||
        !has("speakers") || !p["speakers"].is_array() || !has("speakers_disagree") ||
        !p["speakers_disagree"].is_boolean())
      return "a provenance without first, last, articles, sources, speakers or speakers_disagree";
    if (p.value("articles", 0) < 1) return "a quote carried by no article";
    if (p["speakers_disagree"].get<bool>() != (p["speakers"].size() > 1))
      return "speakers_disagree does not follow the speakers";
  }
  return "";
}

std::vector<Case> cases() {
  const std::string huge(100 * 1024, 'a');
  // Within the server's 8 kB request line but over the library's limits.
  std::string long_words;
  while (long_words.size() < 5000) long_words += "harbour%20";
  const std::string deep = std::string(2000, '(') + "strike" + std::string(2000, ')');
  return {
      {"page", "/", 200, true},
      {"words", "/search?q=minister", 200, false, true},
      {"facets and sort", "/search?q=minister&facets=person,source,year&sort=newest", 200, false,
       true},
      {"second page", "/search?q=said&page=2&per_page=5", 200, false, true},
      {"quotes", "/search?q=said&mode=quotes&facets=speaker", 200, false, true, provenance},
      {"no collapse", "/search?q=minister&collapse=false", 200, false, true},
      {"exact count", "/search?q=minister&count=exact", 200, false, true},
      {"recent first", "/search?q=minister&recent=365", 200, false, true},
      {"phrase", "/search?q=%22interest%20rates%22", 200, false, true},
      {"timeline by month", "/search?q=minister&timeline=month", 200, false, true,
       timeline("month")},
      {"timeline by week, sources", "/search?q=minister&timeline=week&timeline_by=source&timeline_top=2",
       200, false, true, timeline("week", "source")},
      {"timeline by day, compressed", "/search?q=said&timeline=day", 200, false, true,
       timeline("day"), true},
      {"quotes timeline by year, speakers",
       "/search?q=said&mode=quotes&timeline=year&timeline_by=speaker", 200, false, true,
       timeline("year", "speaker")},
      {"article", "/article/sample_corpus/business/halvard-bank-profit.txt", 200},
      {"more like this", "/search?like=sample_corpus/business/halvard-bank-profit.txt", 200,
       false, true},
      {"more like an unknown article", "/search?like=no/such/article.txt", 400},
      {"empty q", "/search?q=", 400},
      {"no q", "/search", 400},
      {"100 kB q", "/search?q=" + huge, 400},
      {"page zero", "/search?q=minister&page=0", 400},
      {"page not a number", "/search?q=minister&page=two", 400},
      {"page past the end", "/search?q=minister&page=1000000", 400},
      {"unknown facet", "/search?q=minister&facets=colour", 400},
      {"unknown sort", "/search?q=minister&sort=random", 400},
      {"half-life out of range", "/search?q=minister&recent=-3", 400},
      {"unknown mode", "/search?q=minister&mode=pictures", 400},
      {"unknown count", "/search?q=minister&count=roughly", 400},
      {"invalid UTF-8", "/search?q=caf%C3%28", 400},
      {"unbalanced query", "/search?q=headline:(strike", 400},
      {"unknown field", "/search?q=colour:red", 400},
      {"5 kB q, over the query length limit", "/search?q=" + long_words, 400},
      {"brackets 2,000 deep", "/search?q=" + deep, 400},
      {"NOT NOT", "/search?q=NOT%20NOT%20strike", 400},
      {"a facet twice", "/search?q=minister&facets=person,person", 400},
      {"timeline of a fortnight", "/search?q=minister&timeline=fortnight", 400},
      {"timeline_top zero", "/search?q=minister&timeline=month&timeline_top=0", 400},
      {"timeline_top 101", "/search?q=minister&timeline=month&timeline_top=101", 400},
      {"timeline by an unknown field", "/search?q=minister&timeline=month&timeline_by=colour", 400},
      {"missing article", "/article/no/such/article.txt", 404},
      {"unknown path", "/nothing-here", 404},
  };
}

// The ids of a search's hits, in order: what every client must agree on.
std::string hit_ids(const nlohmann::json& body) {
  std::string out;
  for (const auto& hit : body.at("hits")) out += hit.at("id").get<std::string>() + "\n";
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: web_client BASE_URL [ROUNDS]\n");
    return 2;
  }
  const std::string base = argv[1];
  const int rounds = argc > 2 ? std::atoi(argv[2]) : 5;
  const std::vector<Case> all = cases();

  std::mutex mutex;
  std::vector<std::string> failures;
  std::vector<std::string> first_ids(all.size());
  std::atomic<int> requests{0};
  auto fail = [&](const std::string& what) {
    std::lock_guard lock(mutex);
    failures.push_back(what);
  };

  std::vector<std::thread> clients;
  for (int c = 0; c < kClients; ++c) {
    clients.emplace_back([&, c] {
      httplib::Client client(base);
      client.set_connection_timeout(5);
      client.set_read_timeout(30);
      for (int round = 0; round < rounds; ++round) {
        // Each client walks the cases from its own starting point, so that
        // different requests are in flight together.
        for (std::size_t k = 0; k < all.size(); ++k) {
          const std::size_t i = (k + static_cast<std::size_t>(c) * 3) % all.size();
          const Case& t = all[i];
          const std::string label = "client " + std::to_string(c) + ", " + t.name;
          const auto res = t.compressed
                               ? client.Get(t.path, httplib::Headers{{"Accept-Encoding", "gzip, deflate, br"}})
                               : client.Get(t.path);
          ++requests;
          if (!res) {
            fail(label + ": no answer (" + httplib::to_string(res.error()) + ")");
            continue;
          }
          if (res->status != t.status) {
            fail(label + ": status " + std::to_string(res->status) + ", expected " +
                 std::to_string(t.status) + ": " + res->body.substr(0, 200));
            continue;
          }
          if (t.compressed && res->get_header_value("Content-Encoding") != "gzip")
            fail(label + ": not gzip-compressed (Content-Encoding: " +
                 res->get_header_value("Content-Encoding") + ")");
          if (t.html) {
            if (res->body.find("<form id=\"search\"") == std::string::npos)
              fail(label + ": the page has no search form");
            continue;
          }
          nlohmann::json body;
          try {
            body = nlohmann::json::parse(res->body);
          } catch (const nlohmann::json::exception& e) {
            fail(label + ": not JSON: " + e.what());
            continue;
          }
          if (t.status != 200) {
            if (!body.contains("error") || !body["error"].contains("message"))
              fail(label + ": an error without error.message");
            continue;
          }
          if (t.body) {
            std::string wrong;
            try {
              wrong = t.body(body);
            } catch (const nlohmann::json::exception& e) {
              wrong = std::string("a value of the wrong type: ") + e.what();
            }
            if (!wrong.empty()) fail(label + ": " + wrong);
          }
          if (!t.hits) continue;
          if (!body.contains("hits") || body["hits"].empty()) {
            fail(label + ": no hits");
            continue;
          }
          const std::string ids = hit_ids(body);
          std::lock_guard lock(mutex);
          if (first_ids[i].empty()) first_ids[i] = ids;
          else if (first_ids[i] != ids) failures.push_back(label + ": other hits than another client got");
        }
      }
    });
  }
  for (auto& t : clients) t.join();

  for (const std::string& f : failures) std::printf("FAIL %s\n", f.c_str());
  std::printf("web_client: %d clients, %d requests (%zu kinds, valid and malformed): %zu failed\n",
              kClients, requests.load(), all.size(), failures.size());
  return failures.empty() ? 0 : 1;
}
