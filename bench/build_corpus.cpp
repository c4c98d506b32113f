// build_corpus: writes the overnight-indexing benchmark's corpus, one
// plain-text article per file in newsindex's plain-text format (the headline
// on line 1, a blank line, then paragraphs separated by blank lines), from
// four collections under ../shared/corpora:
//
//   bbc-news/<topic>/NNN.txt            BBC News, 2,225 files copied as they are
//                                       (sport/199.txt keeps its bad byte)
//   reuters21578/reut2-NNN/<NEWID>.txt  Reuters-21578: every record with a
//                                       body, read by the project's SGML reader;
//                                       TITLE as headline, BODY's paragraphs
//   polnear/{train,dev}/<name>.txt      PolNeAR, already headline-first: copied
//   ag-news-test/<class>/NNNN.txt       AG News test split (CSV): title as
//                                       headline, description as body
//
// AG News keeps traces of the markup it was scraped from: a backslash where
// the source had a line break ("a second\team"), two for a paragraph break,
// "\$" for a dollar sign, and character references whose '&' became a space
// ("company #39;s", " quot;", "J amp;J"). These are undone here so that the
// articles read as text; nothing else is changed.
//
// With --copies K (K > 1) the whole set is written K times, under copy-1/ ...
// copy-K/, so each article recurs K times under new ids: a larger corpus of
// the same text, not more distinct articles.
//
// With --recombine N, N articles are written instead, under
// recombined/NNNN/NNNNNNN.txt (a thousand a folder), each made of the set's
// parts: the headline of one article and as many paragraphs as another has,
// each paragraph taken from an article drawn at random. A corpus of any size
// whose articles are distinct (two share a paragraph now and then, as
// stories that quote one agency line do), with the set's vocabulary and its
// lengths. The draw is seeded, so a size always gives the same files.
//
// Usage: build_corpus [--corpora DIR] [--copies K | --recombine N] OUT
// OUT must not exist or be empty. Prints the count per collection. Exit 1
// when a collection cannot be read in full, 2 on bad usage.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "readers/decode.h"
#include "readers/input.h"
#include "readers/sgml_reader.h"

namespace fs = std::filesystem;
namespace ni = newsarchive::indexer;

namespace {

// One article file: its path below the corpus root and its bytes.
struct ArticleFile {
  std::string path;
  std::string bytes;
};

struct Collection {
  std::string name;
  std::vector<ArticleFile> files;
};

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::vector<fs::path> sorted_files(const fs::path& dir, std::string_view extension) {
  std::vector<fs::path> out;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file() && e.path().extension() == extension) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

// Headline, a blank line, paragraphs separated by blank lines, a final newline.
std::string plain_text(const std::string& headline, const std::vector<std::string>& paragraphs) {
  std::string out = headline;
  out += '\n';
  for (const std::string& p : paragraphs) {
    out += '\n';
    out += p;
    out += '\n';
  }
  return out;
}

// BBC News: every topic folder's .txt files, as they are (README.TXT is not
// in a topic folder).
Collection bbc(const fs::path& root) {
  Collection c{"bbc-news", {}};
  for (const auto& topic : fs::directory_iterator(root)) {
    if (!topic.is_directory()) continue;
    for (const fs::path& f : sorted_files(topic.path(), ".txt"))
      c.files.push_back({"bbc-news/" + fs::relative(f, root).generic_string(), slurp(f)});
  }
  std::sort(c.files.begin(), c.files.end(),
            [](const ArticleFile& a, const ArticleFile& b) { return a.path < b.path; });
  return c;
}

// PolNeAR: the text/ folder of each split, copied.
Collection polnear(const fs::path& root) {
  Collection c{"polnear", {}};
  for (const char* split : {"train", "dev"})
    for (const fs::path& f : sorted_files(root / split / "text", ".txt"))
      c.files.push_back({std::string("polnear/") + split + "/" + f.filename().string(), slurp(f)});
  return c;
}

// Reuters-21578: the records the project's SGML reader gives as articles (the
// ones with a body). Read errors are fatal: the benchmark wants every one.
Collection reuters(const fs::path& root) {
  Collection c{"reuters21578", {}};
  for (const fs::path& f : sorted_files(root, ".sgm")) {
    ni::Input input;
    input.name = f.string();
    input.id = f.filename().string();
    input.bytes = slurp(f);
    ni::ReadResult result = ni::read_sgml(input);
    if (!result.errors.empty()) {
      const ni::ReadError& e = result.errors.front();
      throw std::runtime_error(f.string() + ": " + e.position + ": " + e.reason);
    }
    const std::string folder = "reuters21578/" + f.stem().string() + "/";
    for (ni::RawArticle& a : result.articles) {
      if (a.headline.empty() || a.body.empty())
        throw std::runtime_error(a.origin + ": a record without a title or a body");
      const std::string newid = a.id.substr(a.id.find('#') + 1);
      c.files.push_back({folder + newid + ".txt", plain_text(a.headline, a.body)});
    }
  }
  return c;
}

// --- AG News -----------------------------------------------------------------

// Splits CSV text into records of fields: commas between fields, fields in
// double quotes may hold commas and line breaks, "" inside quotes is a quote.
std::vector<std::vector<std::string>> csv_records(std::string_view text) {
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> record;
  std::string field;
  bool quoted = false;
  bool field_started = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char ch = text[i];
    if (quoted) {
      if (ch != '"') {
        field += ch;
      } else if (i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else {
        quoted = false;
      }
    } else if (ch == '"') {
      quoted = true;
      field_started = true;
    } else if (ch == ',') {
      record.push_back(std::move(field));
      field.clear();
      field_started = true;
    } else if (ch == '\n' || ch == '\r') {
      if (ch == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      if (field_started || !field.empty()) {
        record.push_back(std::move(field));
        records.push_back(std::move(record));
      }
      field.clear();
      record.clear();
      field_started = false;
    } else {
      field += ch;
      field_started = true;
    }
  }
  if (quoted) throw std::runtime_error("AG News CSV: a quoted field is not closed");
  if (field_started || !field.empty()) {
    record.push_back(std::move(field));
    records.push_back(std::move(record));
  }
  return records;
}

// The character a reference names: numeric ones as written, where 128-159
// are Windows-1252's (AG News writes #151; for an em dash), and the four
// named ones the set uses. 0 when it names none of these.
unsigned long reference_code_point(std::string_view name) {
  if (name.size() > 1 && name[0] == '#') {
    unsigned long cp = 0;
    for (char d : name.substr(1)) {
      if (d < '0' || d > '9' || cp > 0x10FFFF) return 0;
      cp = cp * 10 + static_cast<unsigned long>(d - '0');
    }
    // Windows-1252 in 0x80-0x9F: the printable ones AG News could hold.
    static const std::map<unsigned long, unsigned long> kWindows1252 = {
        {128, 0x20AC}, {130, 0x201A}, {132, 0x201E}, {133, 0x2026}, {145, 0x2018},
        {146, 0x2019}, {147, 0x201C}, {148, 0x201D}, {149, 0x2022}, {150, 0x2013},
        {151, 0x2014}, {153, 0x2122}};
    if (cp >= 0x80 && cp <= 0x9F) {
      const auto it = kWindows1252.find(cp);
      return it == kWindows1252.end() ? 0 : it->second;
    }
    return cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) ? 0 : cp;
  }
  if (name == "quot") return '"';
  if (name == "amp") return '&';
  if (name == "lt") return '<';
  if (name == "gt") return '>';
  return 0;
}

bool is_space(char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r'; }

// Undoes AG News's escapes (see the file comment) and splits the text at its
// paragraph breaks; white space inside a paragraph is collapsed.
std::vector<std::string> ag_paragraphs(std::string_view text) {
  std::vector<std::string> paragraphs;
  std::string current;
  auto close_paragraph = [&] {
    std::string collapsed;
    for (char ch : current) {
      if (is_space(ch)) {
        if (!collapsed.empty() && collapsed.back() != ' ') collapsed += ' ';
      } else {
        collapsed += ch;
      }
    }
    if (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
    if (!collapsed.empty()) paragraphs.push_back(std::move(collapsed));
    current.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char ch = text[i];
    if (ch == '\\') {
      std::size_t run = 1;
      while (i + run < text.size() && text[i + run] == '\\') ++run;
      if (run == 1 && i + 1 < text.size() && text[i + 1] == '$') {
        current += '$';
        ++i;
      } else if (run == 1) {
        current += ' ';
      } else {
        close_paragraph();
        i += run - 1;
      }
      continue;
    }
    // A reference whose '&' became a space: "company #39;s", "In  quot;x".
    const bool at_word_start = i == 0 || !std::isalnum(static_cast<unsigned char>(text[i - 1]));
    if (at_word_start && (ch == '#' || std::isalpha(static_cast<unsigned char>(ch)))) {
      const std::size_t semicolon = text.find(';', i);
      if (semicolon != std::string_view::npos && semicolon - i <= 8) {
        if (const unsigned long cp = reference_code_point(text.substr(i, semicolon - i))) {
          if (!current.empty() && current.back() == ' ') current.pop_back();
          newsarchive::indexer::append_utf8(current, static_cast<char32_t>(cp));
          i = semicolon;
          continue;
        }
      }
    }
    current += ch;
  }
  close_paragraph();
  return paragraphs;
}

// AG News test: label, title, description; a header row first. The class
// names the folder (the set's four: World, Sports, Business, Sci/Tech).
Collection ag_news(const fs::path& csv) {
  Collection c{"ag-news-test", {}};
  const auto records = csv_records(slurp(csv));
  static const char* const kClasses[] = {"world", "sports", "business", "sci-tech"};
  for (std::size_t row = 1; row < records.size(); ++row) {
    const auto& r = records[row];
    if (r.size() != 3 || r[0].size() != 1 || r[0][0] < '1' || r[0][0] > '4')
      throw std::runtime_error(csv.string() + ": row " + std::to_string(row + 1) +
                               " is not label,title,description");
    std::string headline;
    for (const std::string& part : ag_paragraphs(r[1])) {
      if (!headline.empty()) headline += ' ';
      headline += part;
    }
    const std::vector<std::string> body = ag_paragraphs(r[2]);
    if (headline.empty() || body.empty())
      throw std::runtime_error(csv.string() + ": row " + std::to_string(row + 1) +
                               " has no title or no description");
    char name[32];
    std::snprintf(name, sizeof name, "%04zu.txt", row);
    c.files.push_back({"ag-news-test/" + std::string(kClasses[r[0][0] - '1']) + "/" + name,
                       plain_text(headline, body)});
  }
  return c;
}

// A plain-text article's headline and paragraphs (the format plain_text
// writes, which the BBC files share).
struct Parts {
  std::string headline;
  std::vector<std::string> paragraphs;
};

Parts parts_of(const std::string& bytes) {
  Parts p;
  std::size_t at = bytes.find('\n');
  p.headline = bytes.substr(0, at);
  while (at != std::string::npos) {
    const std::size_t start = bytes.find_first_not_of('\n', at);
    if (start == std::string::npos) break;
    at = bytes.find("\n\n", start);
    std::string paragraph = bytes.substr(start, at == std::string::npos ? at : at - start);
    while (!paragraph.empty() && paragraph.back() == '\n') paragraph.pop_back();
    if (!paragraph.empty()) p.paragraphs.push_back(std::move(paragraph));
  }
  return p;
}

void write_file(const fs::path& path, const std::string& bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

int usage() {
  std::fprintf(stderr, "usage: build_corpus [--corpora DIR] [--copies K | --recombine N] OUT\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  fs::path corpora = "../shared/corpora";
  long copies = 1;
  long recombine = 0;
  fs::path out;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--corpora" && i + 1 < argc) {
      corpora = argv[++i];
    } else if (arg == "--copies" && i + 1 < argc) {
      char* end = nullptr;
      copies = std::strtol(argv[++i], &end, 10);
      if (*end != '\0' || copies < 1 || copies > 1000) return usage();
    } else if (arg == "--recombine" && i + 1 < argc) {
      char* end = nullptr;
      recombine = std::strtol(argv[++i], &end, 10);
      if (*end != '\0' || recombine < 1 || recombine > 100000000) return usage();
    } else if (!arg.empty() && arg[0] != '-' && out.empty()) {
      out = arg;
    } else {
      return usage();
    }
  }
  if (out.empty() || (recombine > 0 && copies > 1)) return usage();
  if (fs::exists(out) && !fs::is_empty(out)) {
    std::fprintf(stderr, "build_corpus: %s exists and is not empty\n", out.c_str());
    return 2;
  }
  try {
    const std::vector<Collection> set = {bbc(corpora / "bbc-news"),
                                         reuters(corpora / "reuters21578"),
                                         polnear(corpora / "polnear"),
                                         ag_news(corpora / "ag-news-test" / "test.csv")};
    std::size_t articles = 0;
    std::size_t bytes = 0;
    for (const Collection& c : set) {
      articles += c.files.size();
      for (const ArticleFile& f : c.files) bytes += f.bytes.size();
      std::printf("%-14s %6zu articles\n", c.name.c_str(), c.files.size());
    }
    if (recombine > 0) {
      std::vector<Parts> all;
      std::vector<const std::string*> paragraphs;
      for (const Collection& c : set)
        for (const ArticleFile& f : c.files) all.push_back(parts_of(f.bytes));
      for (const Parts& p : all)
        for (const std::string& paragraph : p.paragraphs) paragraphs.push_back(&paragraph);
      std::mt19937_64 draw(20261204);
      auto pick = [&draw](std::size_t n) {
        return static_cast<std::size_t>(draw() % static_cast<std::uint64_t>(n));
      };
      std::size_t written = 0;
      for (long k = 0; k < recombine; ++k) {
        const Parts& head = all[pick(all.size())];
        const std::size_t length = std::max<std::size_t>(1, all[pick(all.size())].paragraphs.size());
        std::vector<std::string> body;
        for (std::size_t i = 0; i < length; ++i) body.push_back(*paragraphs[pick(paragraphs.size())]);
        const std::string text = plain_text(head.headline, body);
        char name[64];
        std::snprintf(name, sizeof name, "recombined/%04ld/%07ld.txt", k / 1000, k);
        write_file(out / name, text);
        written += text.size();
      }
      std::printf("recombined     %6ld articles from the set's %zu paragraphs, %.1f MB\n", recombine,
                  paragraphs.size(), static_cast<double>(written) / 1e6);
      return 0;
    }
    for (long k = 1; k <= copies; ++k) {
      const fs::path root = copies == 1 ? out : out / ("copy-" + std::to_string(k));
      for (const Collection& c : set)
        for (const ArticleFile& f : c.files) write_file(root / f.path, f.bytes);
    }
    std::printf("set            %6zu articles, %.1f MB", articles, static_cast<double>(bytes) / 1e6);
    if (copies > 1)
      std::printf("; written %ld times (copy-1 ... copy-%ld): %zu article files, replicated",
                  copies, copies, articles * static_cast<std::size_t>(copies));
    std::printf("\n");
  } catch (const std::exception& e) {
    std::fprintf(stderr, "build_corpus: %s\n", e.what());
    return 1;
  }
  return 0;
}
