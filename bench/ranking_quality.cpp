// ranking_quality: newsquery's ranking measured on the TIME test collection
// (../shared/corpora/time-ir: 423 Time magazine articles of 1963, 83 queries,
// judgements for some of them), beside a bare-Xapian BM25 baseline scored in
// the same run on the same articles and queries.
//
//   ranking_quality --corpus DIR --jsonl OUT
//       writes the articles as JSON Lines for newsindex: id "time-N" for the
//       N-th *TEXT record (TIME.REL numbers documents by position), the date
//       from the record's header, the text as the body.
//   ranking_quality --corpus DIR --db DB [--judgements FILE] [--min-ratio R]
//       runs every judged query through the query library on DB (newsindex's
//       database of that JSON Lines file) and through the baseline, and
//       prints MAP, P@10 and nDCG@10 for each.
//
// The baseline is Xapian as its documentation sets it up: TermGenerator with
// the English stemmer and positions over the same text, QueryParser with the
// stemmer (STEM_SOME) and OR between words, Enquire with BM25 defaults. Both
// get each query in lower case (the collection is upper case, where AND, OR
// and NOT would read as operators) with the same words; both rank up to 1,000
// documents. The query library searches with OR between words (match_all
// off) and copies not collapsed, since each copy is judged on its own.
//
// Exit 1 when newsquery's figure is below R times the baseline's on any of
// the three (R = 1 unless told), 2 on bad usage or unreadable input.
#include <xapian.h>

#include <algorithm>
#include <cctype>
#include <cmath>
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

#include <nlohmann/json.hpp>

#include "newsarchive/search.h"

namespace {

constexpr std::size_t kDepth = 1000;  // documents ranked per query

struct TimeDoc {
  std::string date;  // YYYY-MM-DD or ""
  std::string text;
};

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "ranking_quality: cannot read %s\n", path.c_str());
    std::exit(2);
  }
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Records start with a line "*TEXT 017 01/04/63 PAGE 020" (documents) or
// "*FIND 1" (queries); their text is the lines up to the next record, with
// runs of blank lines (the file double-spaces its lines) read as one space.
struct Record {
  std::string header;
  std::string text;
};

std::vector<Record> records(const std::string& data, std::string_view marker) {
  std::vector<Record> out;
  std::istringstream in(data);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.rfind(marker, 0) == 0) {
      out.push_back({line, {}});
    } else if (line.rfind("*STOP", 0) == 0) {
      break;
    } else if (!out.empty()) {
      const auto first = line.find_first_not_of(' ');
      if (first == std::string::npos) continue;
      if (!out.back().text.empty()) out.back().text += ' ';
      out.back().text += line.substr(first);
    }
  }
  return out;
}

// "*TEXT 017 01/04/63 PAGE 020" -> "1963-01-04".
std::string header_date(const std::string& header) {
  std::istringstream in(header);
  std::string tag, number, date;
  in >> tag >> number >> date;
  int m = 0, d = 0, y = 0;
  if (std::sscanf(date.c_str(), "%d/%d/%d", &m, &d, &y) != 3) return {};
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 0 || y > 99) return {};
  char out[32];
  std::snprintf(out, sizeof out, "%04d-%02d-%02d", 1900 + y, m, d);
  return out;
}

std::vector<TimeDoc> time_documents(const std::filesystem::path& corpus) {
  std::vector<TimeDoc> docs;
  for (const Record& r : records(read_file(corpus / "TIME.ALL"), "*TEXT"))
    docs.push_back({header_date(r.header), r.text});
  return docs;
}

// Query number -> text, lower-cased.
std::map<int, std::string> time_queries(const std::filesystem::path& corpus) {
  std::map<int, std::string> out;
  for (const Record& r : records(read_file(corpus / "TIME.QUE"), "*FIND")) {
    std::string text = r.text;
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    out[std::atoi(r.header.c_str() + 5)] = text;
  }
  return out;
}

// "1  268 288 304": query 1 finds documents 268, 288 and 304 relevant.
std::map<int, std::set<int>> judgements(const std::filesystem::path& file) {
  std::map<int, std::set<int>> out;
  std::istringstream in(read_file(file));
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    int query = 0, doc = 0;
    if (!(fields >> query)) continue;
    while (fields >> doc) out[query].insert(doc);
  }
  return out;
}

std::string doc_id(std::size_t position) { return "time-" + std::to_string(position); }

// "time-268" -> 268; 0 for another id.
int doc_position(const std::string& id) {
  if (id.rfind("time-", 0) != 0) return 0;
  return std::atoi(id.c_str() + 5);
}

struct Figures {
  double map = 0, p10 = 0, ndcg10 = 0;
};

// Adds one query's figures for the ranking `ranked` (document positions).
void score(const std::vector<int>& ranked, const std::set<int>& relevant, Figures& sum) {
  double found = 0, precision_sum = 0, dcg = 0, ideal = 0;
  for (std::size_t i = 0; i < ranked.size(); ++i) {
    if (!relevant.count(ranked[i])) continue;
    found += 1;
    precision_sum += found / static_cast<double>(i + 1);
    if (i < 10) dcg += 1.0 / std::log2(static_cast<double>(i + 2));
  }
  for (std::size_t i = 0; i < std::min<std::size_t>(relevant.size(), 10); ++i)
    ideal += 1.0 / std::log2(static_cast<double>(i + 2));
  std::size_t top = 0;
  for (std::size_t i = 0; i < std::min<std::size_t>(ranked.size(), 10); ++i)
    top += relevant.count(ranked[i]);
  sum.map += precision_sum / static_cast<double>(relevant.size());
  sum.p10 += static_cast<double>(top) / 10.0;
  sum.ndcg10 += ideal > 0 ? dcg / ideal : 0;
}

int write_jsonl(const std::filesystem::path& corpus, const std::filesystem::path& out_path) {
  const std::vector<TimeDoc> docs = time_documents(corpus);
  std::ofstream out(out_path, std::ios::binary);
  for (std::size_t i = 0; i < docs.size(); ++i) {
    nlohmann::json line = {{"id", doc_id(i + 1)}, {"body", docs[i].text}};
    if (!docs[i].date.empty()) line["date"] = docs[i].date;
    out << line.dump() << '\n';
  }
  if (!out.flush()) {
    std::fprintf(stderr, "ranking_quality: cannot write %s\n", out_path.c_str());
    return 2;
  }
  std::printf("ranking_quality: %zu TIME articles written to %s\n", docs.size(),
              out_path.c_str());
  return 0;
}

// The baseline's in-memory index of the same articles.
Xapian::WritableDatabase baseline_index(const std::vector<TimeDoc>& docs) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  Xapian::TermGenerator generator;
  generator.set_stemmer(Xapian::Stem("english"));
  for (std::size_t i = 0; i < docs.size(); ++i) {
    Xapian::Document doc;
    generator.set_document(doc);
    generator.index_text(docs[i].text);
    const std::string id = doc_id(i + 1);
    doc.add_boolean_term(std::string("Q").append(id));
    doc.set_data(id);
    db.add_document(doc);
  }
  db.commit();
  return db;
}

std::vector<int> baseline_search(const Xapian::Database& db, const std::string& query) {
  Xapian::QueryParser parser;
  parser.set_stemmer(Xapian::Stem("english"));
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  parser.set_database(db);
  parser.set_default_op(Xapian::Query::OP_OR);
  Xapian::Enquire enquire(db);
  enquire.set_query(parser.parse_query(query));
  std::vector<int> ranked;
  const Xapian::MSet mset = enquire.get_mset(0, kDepth);
  for (auto it = mset.begin(); it != mset.end(); ++it)
    ranked.push_back(doc_position(it.get_document().get_data()));
  return ranked;
}

void print(const char* name, const Figures& f) {
  std::printf("  %-24s MAP %.4f   P@10 %.4f   nDCG@10 %.4f\n", name, f.map, f.p10, f.ndcg10);
}

int run_scores(const std::filesystem::path& corpus, const std::string& db_path,
               const std::filesystem::path& judgement_file, double min_ratio) {
  const auto docs = time_documents(corpus);
  const auto queries = time_queries(corpus);
  const auto judged = judgements(judgement_file);

  newsarchive::Status status;
  auto searcher = newsarchive::Searcher::open(db_path, &status);
  if (!searcher) {
    std::fprintf(stderr, "ranking_quality: %s\n", status.to_string().c_str());
    return 2;
  }
  const Xapian::WritableDatabase baseline = baseline_index(docs);

  Figures ours, base;
  std::size_t scored = 0;
  for (const auto& [number, relevant] : judged) {
    const auto q = queries.find(number);
    if (q == queries.end() || relevant.empty()) continue;
    newsarchive::SearchRequest request;
    request.query = q->second;
    request.match_all = false;
    request.collapse = false;
    request.limit = kDepth;
    request.snippet_length = 20;  // the shortest: snippets are not scored
    const newsarchive::SearchResponse response = searcher->search(request);
    if (!response.status.ok()) {
      std::fprintf(stderr, "ranking_quality: query %d: %s\n", number,
                   response.status.to_string().c_str());
      return 2;
    }
    std::vector<int> ranked;
    for (const newsarchive::Hit& hit : response.hits) ranked.push_back(doc_position(hit.id));
    score(ranked, relevant, ours);
    score(baseline_search(baseline, q->second), relevant, base);
    ++scored;
  }
  if (scored == 0) {
    std::fprintf(stderr, "ranking_quality: no judged query in %s\n", judgement_file.c_str());
    return 2;
  }
  for (Figures* f : {&ours, &base}) {
    f->map /= static_cast<double>(scored);
    f->p10 /= static_cast<double>(scored);
    f->ndcg10 /= static_cast<double>(scored);
  }
  std::printf("ranking_quality: TIME collection, %zu articles, %zu judged queries (%s)\n",
              docs.size(), scored, judgement_file.filename().c_str());
  print("newsquery", ours);
  print("bare Xapian BM25", base);
  std::printf("  %-24s MAP %.3f     P@10 %.3f     nDCG@10 %.3f\n", "ratio", ours.map / base.map,
              ours.p10 / base.p10, ours.ndcg10 / base.ndcg10);
  const bool ok = ours.map >= min_ratio * base.map && ours.p10 >= min_ratio * base.p10 &&
                  ours.ndcg10 >= min_ratio * base.ndcg10;
  std::printf("ranking_quality: target (each figure at least %.2f of the baseline's): %s\n",
              min_ratio, ok ? "PASS" : "FAIL");
  return ok ? 0 : 1;
}

int usage() {
  std::fprintf(stderr,
               "usage: ranking_quality --corpus DIR --jsonl OUT\n"
               "       ranking_quality --corpus DIR --db DB [--judgements FILE] "
               "[--min-ratio R]\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::filesystem::path corpus, jsonl, judgement_file;
  std::string db;
  double min_ratio = 1.0;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (i + 1 >= argc) return usage();
    const char* value = argv[++i];
    if (arg == "--corpus") corpus = value;
    else if (arg == "--jsonl") jsonl = value;
    else if (arg == "--db") db = value;
    else if (arg == "--judgements") judgement_file = value;
    else if (arg == "--min-ratio") min_ratio = std::atof(value);
    else return usage();
  }
  if (corpus.empty() || jsonl.empty() == db.empty()) return usage();
  try {
    if (!jsonl.empty()) return write_jsonl(corpus, jsonl);
    if (judgement_file.empty()) judgement_file = corpus / "TIME.REL.dev";
    return run_scores(corpus, db, judgement_file, min_ratio);
  } catch (const Xapian::Error& e) {
    std::fprintf(stderr, "ranking_quality: baseline: %s\n", e.get_description().c_str());
    return 2;
  }
}
