// index_stats: what an index holds, field by field. For each kind of term
// (a field's words, its stems, its filter values; the copy bands; terms of
// prefixes the schema does not know, as in the floor's index) and each
// document type (article, quote), the distinct terms, the postings (a term
// in a document) and the positions, with each row's share of all postings
// and positions; then the size of each of Xapian's tables. Xapian does not
// split a table's bytes by term, so the shares are what to read against
// the table sizes: postings drive the postlist and termlist tables,
// positions the position table.
//
// Usage: index_stats DATABASE [LABEL]
//   DATABASE: a database directory, stub or shard; LABEL names it in the
//   output (default: the path).
#include <xapian.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "newsarchive/schema.h"
#include "writer/shard_set.h"

namespace {

namespace fs = std::filesystem;
using namespace newsarchive;

struct Counts {
  std::uint64_t terms = 0, postings = 0, positions = 0;
};

// Term prefix -> row label, from the schema table.
class Labels {
 public:
  Labels() {
    for (const schema::Field& f : schema::fields()) {
      if (f.has(schema::kText)) {
        add(std::string(f.text_prefix), std::string(f.name) + " words");
        std::string stem_prefix(schema::kStemPrefix);
        stem_prefix += f.text_prefix;  // appended: g++ 12 warns falsely on a + b here
        add(stem_prefix, std::string(f.name) + " stems");
      }
      if (f.has(schema::kFilter) && !f.filter_prefix.empty())
        add(std::string(f.filter_prefix), std::string(f.name) + " filter");
    }
    add(std::string(schema::kBandPrefix), "copy bands");
  }

  // The label of the longest known prefix of `term` made of capitals.
  std::string of(const std::string& term) const {
    std::size_t caps = 0;
    while (caps < term.size() && term[caps] >= 'A' && term[caps] <= 'Z') ++caps;
    for (std::size_t n = caps + 1; n-- > 0;) {
      auto it = by_prefix_.find(term.substr(0, n));
      if (it != by_prefix_.end()) return it->second;
    }
    return "prefix " + term.substr(0, caps);
  }

 private:
  void add(const std::string& prefix, const std::string& label) {
    by_prefix_.emplace(prefix, label);
  }
  std::map<std::string, std::string> by_prefix_;
};

std::uint64_t table_bytes(const fs::path& shard, const std::string& table) {
  std::error_code ec;
  const auto n = fs::file_size(shard / (table + ".glass"), ec);
  return ec ? 0 : n;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: index_stats DATABASE [LABEL]\n");
    return 2;
  }
  const std::string label = argc > 2 ? argv[2] : argv[1];
  try {
    Xapian::Database db(argv[1]);
    const Labels labels;
    const std::string quote_term = schema::filter_term(schema::field(schema::FieldId::doctype),
                                                       "quote");
    std::vector<bool> is_quote(db.get_lastdocid() + 1, false);
    for (auto p = db.postlist_begin(quote_term); p != db.postlist_end(quote_term); ++p)
      is_quote[*p] = true;

    // row label -> {article, quote}
    std::map<std::string, Counts[2]> rows;
    Counts total;
    for (auto t = db.allterms_begin(); t != db.allterms_end(); ++t) {
      auto& row = rows[labels.of(*t)];
      // Distinct terms by the type of their first document.
      const Xapian::docid first = *db.postlist_begin(*t);
      ++row[is_quote[first] ? 1 : 0].terms;
      ++total.terms;
    }
    std::uint64_t docs[2] = {0, 0};
    for (auto d = db.postlist_begin(""); d != db.postlist_end(""); ++d) {
      const int type = is_quote[*d] ? 1 : 0;
      ++docs[type];
      for (auto t = db.termlist_begin(*d); t != db.termlist_end(*d); ++t) {
        Counts& c = rows[labels.of(*t)][type];
        const std::uint64_t positions = t.positionlist_count();
        ++c.postings;
        c.positions += positions;
        ++total.postings;
        total.positions += positions;
      }
    }
    std::printf("index_stats: %s: %llu articles, %llu quote documents\n", label.c_str(),
                static_cast<unsigned long long>(docs[0]), static_cast<unsigned long long>(docs[1]));
    std::printf("%-24s %-8s %10s %12s %7s %12s %7s\n", "terms", "docs", "distinct", "postings",
                "share", "positions", "share");
    auto share = [](std::uint64_t n, std::uint64_t all) {
      return all == 0 ? 0.0 : 100.0 * static_cast<double>(n) / static_cast<double>(all);
    };
    for (const auto& [name, by_type] : rows)
      for (int type = 0; type < 2; ++type) {
        const Counts& c = by_type[type];
        if (c.postings == 0 && c.terms == 0) continue;
        std::printf("%-24s %-8s %10llu %12llu %6.1f%% %12llu %6.1f%%\n", name.c_str(),
                    type == 0 ? "article" : "quote", static_cast<unsigned long long>(c.terms),
                    static_cast<unsigned long long>(c.postings), share(c.postings, total.postings),
                    static_cast<unsigned long long>(c.positions),
                    share(c.positions, total.positions));
      }
    std::printf("%-24s %-8s %10llu %12llu %7s %12llu\n", "all", "", static_cast<unsigned long long>(total.terms),
                static_cast<unsigned long long>(total.postings), "",
                static_cast<unsigned long long>(total.positions));
    std::uint64_t all_bytes = 0;
    std::printf("tables (MB):");
    for (const char* table : {"postlist", "position", "termlist", "docdata", "spelling"}) {
      std::uint64_t bytes = 0;
      for (const std::string& s : indexer::shard_paths(argv[1])) bytes += table_bytes(s, table);
      all_bytes += bytes;
      std::printf(" %s %.1f", table, static_cast<double>(bytes) / 1e6);
    }
    std::printf("; all %.1f\n", static_cast<double>(all_bytes) / 1e6);
  } catch (const Xapian::Error& e) {
    std::fprintf(stderr, "index_stats: %s: %s\n", argv[1], e.get_description().c_str());
    return 1;
  } catch (const std::exception& e) {  // a stub naming shards it cannot read
    std::fprintf(stderr, "index_stats: %s\n", e.what());
    return 1;
  }
  return 0;
}
