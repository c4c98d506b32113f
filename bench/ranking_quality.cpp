// ranking_quality: newsquery's ranking measured on judged test collections,
// beside a bare-Xapian BM25 baseline scored in the same run on the same
// documents and queries.
//
//   time  ../shared/corpora/time-ir: 423 Time magazine articles of 1963, 83
//         queries, judgements for some (TIME.REL.dev numbers documents by
//         position); the text as the body, the date from the record header.
//   cisi  ../shared/corpora/ir-classic/cisi: 1,460 library-science abstracts,
//         112 queries, 76 judged; the title as headline, the abstract as body.
//   cran  ../shared/corpora/ir-classic/cran: 1,400 aeronautics abstracts, 225
//         queries numbered by their position in cran.qry; grades 1 to 4 are
//         relevant, -1 is not; the title as headline, the abstract as body.
//
//   ranking_quality [--collection NAME] --corpus DIR --jsonl OUT
//       writes the documents as JSON Lines for newsindex (ids "NAME-N", N the
//       number the judgements use).
//   ranking_quality [--collection NAME] --corpus DIR --db DB
//                   [--judgements FILE] [--min-ratio R]
//       runs every judged query through the query library on DB (newsindex's
//       database of that JSON Lines file) and through the baseline, and
//       prints MAP, P@10 and nDCG@10 for each.
//
// The baseline is Xapian as its documentation sets it up: TermGenerator with
// the English stemmer and positions over the title and the text, one field,
// QueryParser with the stemmer (STEM_SOME) and OR between words, Enquire with
// BM25 defaults. Both get each query as the same words: lower-cased (TIME is
// upper case, where AND, OR and NOT would read as operators), every
// character but ASCII letters, digits and apostrophes made a space, the first
// kMaxQueryWords words (the library's limit on terms); both rank up to 1,000
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
constexpr std::size_t kMaxQueryWords = 60;

struct Document {
  int number = 0;      // as the judgements name it
  std::string date;    // YYYY-MM-DD or ""
  std::string title;   // "" when the collection has none
  std::string text;
};

// A judged collection: its documents, queries by number, and the documents
// judged relevant to each query.
struct Collection {
  std::string name;
  std::vector<Document> docs;
  std::map<int, std::string> queries;
  std::map<int, std::set<int>> judged;
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

// The words both searches get (see the header).
std::string query_words(const std::string& text) {
  std::string out;
  std::size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    const bool keep = std::isalnum(u) != 0 || c == '\'';
    if (keep && !in_word && ++words > kMaxQueryWords) break;
    if (keep) out += static_cast<char>(std::tolower(u));
    else if (in_word) out += ' ';
    in_word = keep;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::vector<Document> time_documents(const std::filesystem::path& corpus) {
  std::vector<Document> docs;
  for (const Record& r : records(read_file(corpus / "TIME.ALL"), "*TEXT"))
    docs.push_back({static_cast<int>(docs.size()) + 1, header_date(r.header), "", r.text});
  return docs;
}

std::map<int, std::string> time_queries(const std::filesystem::path& corpus) {
  std::map<int, std::string> out;
  for (const Record& r : records(read_file(corpus / "TIME.QUE"), "*FIND"))
    out[std::atoi(r.header.c_str() + 5)] = r.text;
  return out;
}

// SMART records: ".I n" starts one; ".T", ".W" and the like start its
// fields, a field's lines joined by spaces.
struct SmartRecord {
  int id = 0;
  std::map<char, std::string> fields;
};

std::vector<SmartRecord> smart_records(const std::string& data) {
  std::vector<SmartRecord> out;
  std::istringstream in(data);
  std::string line;
  char field = 0;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.size() >= 2 && line[0] == '.' && std::isupper(static_cast<unsigned char>(line[1])) &&
        (line.size() == 2 || line[2] == ' ')) {
      field = line[1];
      if (field == 'I') out.push_back({std::atoi(line.c_str() + 2), {}});
      continue;
    }
    if (out.empty() || field == 0) continue;
    const auto first = line.find_first_not_of(" \t");
    if (first == std::string::npos) continue;
    std::string& text = out.back().fields[field];
    if (!text.empty()) text += ' ';
    text += line.substr(first);
  }
  return out;
}

std::vector<Document> smart_documents(const std::filesystem::path& file) {
  std::vector<Document> docs;
  for (SmartRecord& r : smart_records(read_file(file)))
    docs.push_back({r.id, "", r.fields['T'], r.fields['W']});
  return docs;
}

// Queries numbered by their .I label, or by their position (Cranfield).
std::map<int, std::string> smart_queries(const std::filesystem::path& file, bool by_position) {
  std::map<int, std::string> out;
  int position = 0;
  for (SmartRecord& r : smart_records(read_file(file)))
    out[by_position ? ++position : r.id] = r.fields['W'];
  return out;
}

// "qid docid [grade]" a line; a grade of -1 is not relevant.
std::map<int, std::set<int>> pair_judgements(const std::filesystem::path& file) {
  std::map<int, std::set<int>> out;
  std::istringstream in(read_file(file));
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    int query = 0, doc = 0, grade = 1;
    if (!(fields >> query >> doc)) continue;
    if (fields >> grade && grade == -1) continue;
    out[query].insert(doc);
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


// The collection `name` read from `corpus`; judgements from `judgement_file`
// when given.
Collection load(const std::string& name, const std::filesystem::path& corpus,
                const std::filesystem::path& judgement_file) {
  Collection c{name, {}, {}, {}};
  if (name == "time") {
    c.docs = time_documents(corpus);
    c.queries = time_queries(corpus);
    c.judged = judgements(judgement_file.empty() ? corpus / "TIME.REL.dev" : judgement_file);
  } else if (name == "cisi") {
    c.docs = smart_documents(corpus / "CISI.ALL");
    c.queries = smart_queries(corpus / "CISI.QRY", false);
    c.judged = pair_judgements(judgement_file.empty() ? corpus / "CISI.REL" : judgement_file);
  } else {
    c.docs = smart_documents(corpus / "cran.all.1400");
    c.queries = smart_queries(corpus / "cran.qry", true);
    c.judged = pair_judgements(judgement_file.empty() ? corpus / "cranqrel" : judgement_file);
  }
  return c;
}

std::string doc_id(const std::string& collection, int number) {
  return collection + "-" + std::to_string(number);
}

// "time-268" -> 268; 0 for another collection's id.
int doc_number(const std::string& collection, const std::string& id) {
  const std::string prefix = collection + "-";
  if (id.rfind(prefix, 0) != 0) return 0;
  return std::atoi(id.c_str() + prefix.size());
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

int write_jsonl(const Collection& c, const std::filesystem::path& out_path) {
  std::ofstream out(out_path, std::ios::binary);
  std::size_t written = 0;
  for (const Document& d : c.docs) {
    // Cranfield has two records with neither title nor text: no article,
    // and nothing a query could find in the baseline either.
    if (d.title.empty() && d.text.empty()) continue;
    ++written;
    nlohmann::json line = {{"id", doc_id(c.name, d.number)}, {"body", d.text}};
    if (!d.title.empty()) line["headline"] = d.title;
    if (!d.date.empty()) line["date"] = d.date;
    out << line.dump() << '\n';
  }
  if (!out.flush()) {
    std::fprintf(stderr, "ranking_quality: cannot write %s\n", out_path.c_str());
    return 2;
  }
  std::printf("ranking_quality: %zu %s documents written to %s (%zu empty left out)\n", written,
              c.name.c_str(), out_path.c_str(), c.docs.size() - written);
  return 0;
}

// The baseline's in-memory index of the same documents: title and text as
// one field.
Xapian::WritableDatabase baseline_index(const Collection& c) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  Xapian::TermGenerator generator;
  generator.set_stemmer(Xapian::Stem("english"));
  for (const Document& d : c.docs) {
    Xapian::Document doc;
    generator.set_document(doc);
    if (!d.title.empty()) {
      generator.index_text(d.title);
      generator.increase_termpos();
    }
    generator.index_text(d.text);
    const std::string id = doc_id(c.name, d.number);
    doc.add_boolean_term(std::string("Q").append(id));
    doc.set_data(id);
    db.add_document(doc);
  }
  db.commit();
  return db;
}

std::vector<int> baseline_search(const Collection& c, const Xapian::Database& db,
                                 const std::string& query) {
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
    ranked.push_back(doc_number(c.name, it.get_document().get_data()));
  return ranked;
}

void print(const char* name, const Figures& f) {
  std::printf("  %-24s MAP %.4f   P@10 %.4f   nDCG@10 %.4f\n", name, f.map, f.p10, f.ndcg10);
}

int run_scores(const Collection& c, const std::string& db_path, double min_ratio) {
  newsarchive::Status status;
  auto searcher = newsarchive::Searcher::open(db_path, &status);
  if (!searcher) {
    std::fprintf(stderr, "ranking_quality: %s\n", status.to_string().c_str());
    return 2;
  }
  const Xapian::WritableDatabase baseline = baseline_index(c);

  Figures ours, base;
  std::size_t scored = 0;
  for (const auto& [number, relevant] : c.judged) {
    const auto q = c.queries.find(number);
    if (q == c.queries.end() || relevant.empty()) continue;
    const std::string words = query_words(q->second);
    if (words.empty()) continue;
    newsarchive::SearchRequest request;
    request.query = words;
    request.match_all = false;
    request.collapse = false;
    request.limit = kDepth;
    request.snippet_length = 20;  // the shortest: snippets are not scored
    request.suggest_spelling = false;
    const newsarchive::SearchResponse response = searcher->search(request);
    if (!response.status.ok()) {
      std::fprintf(stderr, "ranking_quality: %s query %d: %s\n", c.name.c_str(), number,
                   response.status.to_string().c_str());
      return 2;
    }
    std::vector<int> ranked;
    for (const newsarchive::Hit& hit : response.hits) ranked.push_back(doc_number(c.name, hit.id));
    score(ranked, relevant, ours);
    score(baseline_search(c, baseline, words), relevant, base);
    ++scored;
  }
  if (scored == 0) {
    std::fprintf(stderr, "ranking_quality: no judged %s query\n", c.name.c_str());
    return 2;
  }
  for (Figures* f : {&ours, &base}) {
    f->map /= static_cast<double>(scored);
    f->p10 /= static_cast<double>(scored);
    f->ndcg10 /= static_cast<double>(scored);
  }
  std::printf("ranking_quality: %s collection, %zu documents, %zu judged queries\n",
              c.name.c_str(), c.docs.size(), scored);
  print("newsquery", ours);
  print("bare Xapian BM25", base);
  std::printf("  %-24s MAP %.3f     P@10 %.3f     nDCG@10 %.3f\n", "ratio", ours.map / base.map,
              ours.p10 / base.p10, ours.ndcg10 / base.ndcg10);
  const bool ok = ours.map >= min_ratio * base.map && ours.p10 >= min_ratio * base.p10 &&
                  ours.ndcg10 >= min_ratio * base.ndcg10;
  std::printf("ranking_quality: %s target (each figure at least %.2f of the baseline's): %s\n",
              c.name.c_str(), min_ratio, ok ? "PASS" : "FAIL");
  return ok ? 0 : 1;
}

int usage() {
  std::fprintf(stderr,
               "usage: ranking_quality [--collection time|cisi|cran] --corpus DIR --jsonl OUT\n"
               "       ranking_quality [--collection time|cisi|cran] --corpus DIR --db DB "
               "[--judgements FILE] [--min-ratio R]\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::filesystem::path corpus, jsonl, judgement_file;
  std::string db, collection = "time";
  double min_ratio = 1.0;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (i + 1 >= argc) return usage();
    const char* value = argv[++i];
    if (arg == "--corpus") corpus = value;
    else if (arg == "--collection") collection = value;
    else if (arg == "--jsonl") jsonl = value;
    else if (arg == "--db") db = value;
    else if (arg == "--judgements") judgement_file = value;
    else if (arg == "--min-ratio") min_ratio = std::atof(value);
    else return usage();
  }
  if (corpus.empty() || jsonl.empty() == db.empty()) return usage();
  if (collection != "time" && collection != "cisi" && collection != "cran") return usage();
  try {
    const Collection c = load(collection, corpus, judgement_file);
    if (!jsonl.empty()) return write_jsonl(c, jsonl);
    return run_scores(c, db, min_ratio);
  } catch (const Xapian::Error& e) {
    std::fprintf(stderr, "ranking_quality: baseline: %s\n", e.get_description().c_str());
    return 2;
  }
}
