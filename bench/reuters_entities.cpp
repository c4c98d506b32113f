// Reuters-21578 agreement check for the entity extractor.
//
//   reuters_entities [--docs N] [--min-places F] [--min-people F] DIR
//
// Reads DIR/reut2-*.sgm in order (a minimal SGML reading: each <REUTERS>
// record's TITLE, BODY, PLACES and PEOPLE; the product's SGML reader comes
// later), takes the first N documents with a body (default 1000), runs the
// extractor on each (headline = TITLE, dateline = DATELINE's place, body
// paragraphs = the BODY's indented paragraphs) and prints document-level agreement with the editors' codes:
//   PLACES: the share of gold country codes ("usa", "west-germany") whose
//     place the extractor names; a code is mapped to a canonical place by the
//     gazetteer (the code's words in capitals: "WEST GERMANY"), codes it
//     cannot map are counted apart. Shown for places named directly, and for
//     places named directly or through a city or region of that country.
//     Also the share of named countries that are among the gold codes.
//   PEOPLE: the share of gold people codes ("reagan", "james-baker") whose
//     family name (the code's last part) is the last word of a person the
//     extractor names.
// Exit 1 when the places found directly or via a city or region fall below
// --min-places, or the people found below --min-people (floors that hold
// the present figures, so that a change that loses them is seen); 2 on a
// usage or input error.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "extract/entity_extraction.h"
#include "extract/entity_resources.h"

namespace ni = newsarchive::indexer;

namespace {

struct Doc {
  std::string title;
  std::string dateline;  // "SALVADOR, Feb 26 - ": the place part
  std::string body;
  std::vector<std::string> places;
  std::vector<std::string> people;
};

std::string between(const std::string& s, const std::string& open, const std::string& close,
                    std::size_t from = 0) {
  const std::size_t a = s.find(open, from);
  if (a == std::string::npos) return "";
  const std::size_t b = s.find(close, a + open.size());
  if (b == std::string::npos) return "";
  return s.substr(a + open.size(), b - a - open.size());
}

std::vector<std::string> codes(const std::string& list) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  for (;;) {
    const std::size_t a = list.find("<D>", pos);
    if (a == std::string::npos) break;
    const std::size_t b = list.find("</D>", a);
    if (b == std::string::npos) break;
    out.push_back(list.substr(a + 3, b - a - 3));
    pos = b + 4;
  }
  return out;
}

std::string unescape(std::string s) {
  const std::pair<const char*, const char*> kEntities[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}, {"&#3;", ""}};
  for (const auto& [from, to] : kEntities) {
    std::size_t pos = 0;
    while ((pos = s.find(from, pos)) != std::string::npos) {
      s.replace(pos, std::string(from).size(), to);
      pos += std::string(to).size();
    }
  }
  return s;
}

// Paragraphs start with an indented line; other lines continue them. The
// closing "Reuter" signature is dropped.
std::vector<std::string> paragraphs(const std::string& body) {
  std::vector<std::string> out;
  std::istringstream in(body);
  std::string line;
  bool first = true;
  while (std::getline(in, line)) {
    const bool indented = line.rfind("    ", 0) == 0;
    std::size_t a = line.find_first_not_of(' ');
    if (a == std::string::npos) continue;
    std::string text = line.substr(a);
    if (text == "Reuter" || text == "REUTER") continue;
    if (first || indented || out.empty()) {
      out.push_back(text);
    } else {
      out.back() += ' ';
      out.back() += text;
    }
    first = false;
  }
  return out;
}

bool read_docs(const std::string& dir, std::size_t limit, std::vector<Doc>& docs) {
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    const std::string name = e.path().filename().string();
    if (name.rfind("reut2-", 0) == 0 && name.size() > 4 &&
        name.substr(name.size() - 4) == ".sgm") {
      files.push_back(e.path());
    }
  }
  if (ec || files.empty()) return false;
  std::sort(files.begin(), files.end());
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    const std::string text = ss.str();
    std::size_t pos = 0;
    while (docs.size() < limit) {
      const std::size_t a = text.find("<REUTERS", pos);
      if (a == std::string::npos) break;
      std::size_t b = text.find("</REUTERS>", a);
      if (b == std::string::npos) b = text.size();
      const std::string rec = text.substr(a, b - a);
      pos = b;
      Doc d;
      d.body = unescape(between(rec, "<BODY>", "</BODY>"));
      if (d.body.empty()) continue;
      d.title = unescape(between(rec, "<TITLE>", "</TITLE>"));
      d.dateline = unescape(between(rec, "<DATELINE>", "</DATELINE>"));
      const std::size_t comma = d.dateline.rfind(',');
      if (comma != std::string::npos) d.dateline.resize(comma);
      d.places = codes(between(rec, "<PLACES>", "</PLACES>"));
      d.people = codes(between(rec, "<PEOPLE>", "</PEOPLE>"));
      docs.push_back(std::move(d));
    }
    if (docs.size() >= limit) break;
  }
  return true;
}

std::string to_upper_words(std::string code) {
  for (char& c : code) c = c == '-' ? ' ' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return code;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

double share(long a, long b) { return b ? double(a) / double(b) : 0.0; }

}  // namespace

int main(int argc, char** argv) {
  std::size_t limit = 1000;
  double min_places = -1, min_people = -1;
  std::string dir;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--docs" && i + 1 < argc) {
      limit = static_cast<std::size_t>(std::atol(argv[++i]));
    } else if (a == "--min-places" && i + 1 < argc) {
      min_places = std::atof(argv[++i]);
    } else if (a == "--min-people" && i + 1 < argc) {
      min_people = std::atof(argv[++i]);
    } else if (a.rfind("--", 0) == 0) {
      std::cerr << "reuters_entities: unknown option " << a << "\n";
      return 2;
    } else {
      dir = a;
    }
  }
  if (dir.empty()) {
    std::cerr << "usage: reuters_entities [--docs N] [--min-places F] [--min-people F] DIR\n";
    return 2;
  }
  std::vector<Doc> docs;
  if (!read_docs(dir, limit, docs)) {
    std::cerr << "reuters_entities: no reut2-*.sgm in " << dir << "\n";
    return 2;
  }
  const ni::EntityResources& res = ni::EntityResources::defaults();
  const ni::Gazetteer& gaz = res.gazetteer;
  long place_codes = 0, unmapped = 0, direct = 0, via_city = 0;
  long named_countries = 0, named_in_gold = 0;
  long people_codes = 0, people_found = 0;
  std::set<std::string> unmapped_codes;
  const auto started = std::chrono::steady_clock::now();
  for (const Doc& d : docs) {
    newsarchive::Article a;
    a.headline = d.title;
    a.dateline = d.dateline;
    a.body = paragraphs(d.body);
    const std::vector<newsarchive::Entity> entities = ni::extract_entities(a, res);
    std::set<std::string> places, countries, surnames;
    for (const newsarchive::Entity& e : entities) {
      if (e.type == "place") {
        places.insert(e.name);
        const std::string_view c = gaz.country_of(e.name);
        if (!c.empty()) countries.insert(std::string(c));
      } else if (e.type == "person") {
        const std::size_t sp = e.name.rfind(' ');
        surnames.insert(lower(sp == std::string::npos ? e.name : e.name.substr(sp + 1)));
      }
    }
    std::set<std::string> gold;
    for (const std::string& code : d.places) {
      ++place_codes;
      const ni::GazetteerEntry* entry = gaz.find(to_upper_words(code));
      if (entry == nullptr || entry->type != ni::EntityType::kPlace) {
        ++unmapped;
        unmapped_codes.insert(code);
        continue;
      }
      gold.insert(entry->canonical);
      if (places.count(entry->canonical)) ++direct;
      if (places.count(entry->canonical) || countries.count(entry->canonical)) ++via_city;
    }
    for (const std::string& p : places) {
      if (!gaz.is_country(p)) continue;
      ++named_countries;
      if (gold.count(p)) ++named_in_gold;
    }
    for (const std::string& code : d.people) {
      ++people_codes;
      const std::size_t dash = code.rfind('-');
      if (surnames.count(dash == std::string::npos ? code : code.substr(dash + 1))) ++people_found;
    }
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::printf("%s: %zu documents with a body, %.2f s\n", dir.c_str(), docs.size(), seconds);
  std::printf("  PLACES codes: %ld, mapped to a gazetteer place: %ld (%ld unmapped:",
              place_codes, place_codes - unmapped, unmapped);
  for (const std::string& c : unmapped_codes) std::printf(" %s", c.c_str());
  std::printf(")\n");
  std::printf("  PLACES found, named directly:               %.4f (%ld of %ld mapped)\n",
              share(direct, place_codes - unmapped), direct, place_codes - unmapped);
  std::printf("  PLACES found, directly or via city/region:  %.4f (%ld of %ld mapped)\n",
              share(via_city, place_codes - unmapped), via_city, place_codes - unmapped);
  std::printf("  countries named that are gold codes:        %.4f (%ld of %ld)\n",
              share(named_in_gold, named_countries), named_in_gold, named_countries);
  std::printf("  PEOPLE found (family name of a person):     %.4f (%ld of %ld)\n",
              share(people_found, people_codes), people_found, people_codes);
  int status = 0;
  auto floor = [&](const char* what, double value, double min) {
    if (min < 0) return;
    std::printf("  %s %.4f, floor %.4f: %s\n", what, value, min, value >= min ? "PASS" : "BELOW");
    if (value < min) status = 1;
  };
  floor("places found", share(via_city, place_codes - unmapped), min_places);
  floor("people found", share(people_found, people_codes), min_people);
  return status;
}
