// CoNLL-2003 scorer for the entity extractor.
//
//   conll_entities [--min-f1 F] [--min-per F] [--min-org F] [--errors N] FILE...
//
// Reads CoNLL-2003 files (token POS chunk NER per line, IOB1 tags, blank
// lines between sentences, -DOCSTART- between documents), rebuilds each
// document as an Article whose body paragraphs are its sentences (tokens
// joined by spaces), runs the extractor and scores every predicted mention
// against the gold chunks as conlleval does: a mention counts when its token
// span and its type (PER, ORG, LOC = place, MISC) are both exact. Prints
// precision, recall and F1 per type and overall for each file. Exits 1 if the
// overall F1 of any file is below --min-f1, its PER F1 below --min-per or its
// ORG F1 below --min-org (each target met is printed as PASS), 2 on
// a usage or input error. --errors N prints N missed and N spurious mentions
// per file (for development).
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "extract/entity_extraction.h"
#include "extract/entity_resources.h"

namespace ni = newsarchive::indexer;

namespace {

struct Sentence {
  std::vector<std::string> tokens;
  std::vector<std::string> tags;  // "O", "I-PER", "B-LOC", ...
};

using Document = std::vector<Sentence>;

// (sentence, first token, last token + 1, type)
using Span = std::tuple<int, int, int, std::string>;

bool read_conll(const std::string& path, std::vector<Document>& docs) {
  std::ifstream in(path);
  if (!in) return false;
  Document doc;
  Sentence sentence;
  auto end_sentence = [&] {
    if (!sentence.tokens.empty()) doc.push_back(std::move(sentence));
    sentence = {};
  };
  auto end_document = [&] {
    end_sentence();
    if (!doc.empty()) docs.push_back(std::move(doc));
    doc = {};
  };
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.rfind("-DOCSTART-", 0) == 0) {
      end_document();
      continue;
    }
    if (line.empty()) {
      end_sentence();
      continue;
    }
    std::istringstream fields(line);
    std::string token, pos, chunk, tag;
    fields >> token >> pos >> chunk >> tag;
    if (tag.empty()) continue;
    sentence.tokens.push_back(token);
    sentence.tags.push_back(tag);
  }
  end_document();
  return true;
}

// IOB1 chunks: I-X continues a chunk of type X; B-X starts a new one.
std::vector<Span> gold_spans(const Document& doc) {
  std::vector<Span> out;
  for (int s = 0; s < static_cast<int>(doc.size()); ++s) {
    const auto& tags = doc[s].tags;
    int start = -1;
    std::string type;
    for (int i = 0; i <= static_cast<int>(tags.size()); ++i) {
      const std::string tag = i < static_cast<int>(tags.size()) ? tags[i] : "O";
      const std::string t = tag.size() > 2 ? tag.substr(2) : "";
      const bool begins = tag[0] == 'B' || (tag[0] == 'I' && t != type);
      if (start >= 0 && (tag == "O" || begins)) {
        out.emplace_back(s, start, i, type);
        start = -1;
        type.clear();
      }
      if (tag != "O" && start < 0) {
        start = i;
        type = t;
      }
    }
  }
  return out;
}

struct Counts {
  long tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp ? double(tp) / double(tp + fp) : 0.0; }
  double recall() const { return tp + fn ? double(tp) / double(tp + fn) : 0.0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

std::string span_words(const Document& doc, const Span& s) {
  std::string out;
  for (int i = std::get<1>(s); i < std::get<2>(s); ++i) {
    if (!out.empty()) out += ' ';
    out += doc[std::get<0>(s)].tokens[i];
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  double min_f1 = -1, min_per = -1, min_org = -1;
  int errors = 0;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--min-f1" && i + 1 < argc) {
      min_f1 = std::atof(argv[++i]);
    } else if (a == "--min-per" && i + 1 < argc) {
      min_per = std::atof(argv[++i]);
    } else if (a == "--min-org" && i + 1 < argc) {
      min_org = std::atof(argv[++i]);
    } else if (a == "--errors" && i + 1 < argc) {
      errors = std::atoi(argv[++i]);
    } else if (a.rfind("--", 0) == 0) {
      std::cerr << "conll_entities: unknown option " << a << "\n";
      return 2;
    } else {
      files.push_back(a);
    }
  }
  if (files.empty()) {
    std::cerr << "usage: conll_entities [--min-f1 F] [--min-per F] [--min-org F] [--errors N] FILE...\n";
    return 2;
  }
  const ni::EntityResources& res = ni::EntityResources::defaults();
  bool below = false;
  for (const std::string& path : files) {
    std::vector<Document> docs;
    if (!read_conll(path, docs)) {
      std::cerr << "conll_entities: cannot read " << path << "\n";
      return 2;
    }
    std::map<std::string, Counts> by_type;
    Counts all;
    int missed_shown = 0, spurious_shown = 0;
    long unaligned = 0;
    const auto started = std::chrono::steady_clock::now();
    for (const Document& doc : docs) {
      newsarchive::Article article;
      // Byte offset of each token in its sentence.
      std::vector<std::vector<std::size_t>> starts(doc.size());
      for (std::size_t s = 0; s < doc.size(); ++s) {
        std::string text;
        for (const std::string& t : doc[s].tokens) {
          if (!text.empty()) text += ' ';
          starts[s].push_back(text.size());
          text += t;
        }
        article.body.push_back(std::move(text));
      }
      std::set<Span> predicted;
      for (const ni::EntityMention& m : ni::find_entity_mentions(article, res)) {
        if (m.field != "body" || m.paragraph < 0) continue;
        const auto& st = starts[m.paragraph];
        const auto& tokens = doc[m.paragraph].tokens;
        int first = -1, last = -1;
        for (std::size_t i = 0; i < st.size(); ++i) {
          if (st[i] == m.begin) first = static_cast<int>(i);
          if (st[i] + tokens[i].size() == m.end) last = static_cast<int>(i) + 1;
        }
        if (first < 0 || last <= first) {
          // Not on token boundaries: can only be wrong.
          ++unaligned;
          predicted.emplace(m.paragraph, -1 - static_cast<int>(m.begin), -1,
                            std::string(ni::entity_type_tag(m.type)));
          continue;
        }
        predicted.emplace(m.paragraph, first, last, std::string(ni::entity_type_tag(m.type)));
      }
      const std::vector<Span> gold_list = gold_spans(doc);
      const std::set<Span> gold(gold_list.begin(), gold_list.end());
      for (const Span& g : gold) {
        Counts& c = by_type[std::get<3>(g)];
        if (predicted.count(g)) {
          ++c.tp;
          ++all.tp;
        } else {
          ++c.fn;
          ++all.fn;
          if (missed_shown < errors) {
            ++missed_shown;
            std::cout << "  missed   " << std::get<3>(g) << "  " << span_words(doc, g) << "\n";
          }
        }
      }
      for (const Span& p : predicted) {
        if (gold.count(p)) continue;
        ++by_type[std::get<3>(p)].fp;
        ++all.fp;
        if (spurious_shown < errors && std::get<1>(p) >= 0) {
          ++spurious_shown;
          std::cout << "  spurious " << std::get<3>(p) << "  " << span_words(doc, p) << "\n";
        }
      }
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::printf("%s: %zu documents, %.2f s, %ld mentions not on token boundaries\n",
                path.c_str(), docs.size(), seconds, unaligned);
    std::printf("  %-8s %9s %9s %9s %7s %7s %7s\n", "type", "precision", "recall", "F1", "tp",
                "fp", "fn");
    for (const char* t : {"PER", "ORG", "LOC", "MISC"}) {
      const Counts& c = by_type[t];
      std::printf("  %-8s %9.4f %9.4f %9.4f %7ld %7ld %7ld\n", t, c.precision(), c.recall(),
                  c.f1(), c.tp, c.fp, c.fn);
    }
    std::printf("  %-8s %9.4f %9.4f %9.4f %7ld %7ld %7ld\n", "overall", all.precision(),
                all.recall(), all.f1(), all.tp, all.fp, all.fn);
    auto target = [&](const char* what, double value, double min) {
      if (min < 0) return;
      const bool pass = value >= min;
      std::printf("  %s F1 %.4f, target %.4f: %s\n", what, value, min, pass ? "PASS" : "BELOW TARGET");
      below = below || !pass;
    };
    target("overall", all.f1(), min_f1);
    target("PER", by_type["PER"].f1(), min_per);
    target("ORG", by_type["ORG"].f1(), min_org);
  }
  return below ? 1 : 0;
}
