// The floor: bare Xapian indexing the same files as newsindex, the way a
// first attempt would. TermGenerator with the English stemmer and positions,
// one WritableDatabase, default flush threshold, one document per file with
// the whole file as its text. No structure, no validation.
//
// Usage: floor_index DB INPUT...   (files, or directories walked recursively)
#include <xapian.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: floor_index DB INPUT...\n");
    return 2;
  }
  std::vector<fs::path> files;
  for (int i = 2; i < argc; ++i) {
    if (fs::is_directory(argv[i])) {
      for (const auto& e : fs::recursive_directory_iterator(argv[i]))
        if (e.is_regular_file()) files.push_back(e.path());
    } else {
      files.emplace_back(argv[i]);
    }
  }
  const auto start = std::chrono::steady_clock::now();
  Xapian::WritableDatabase db(argv[1], Xapian::DB_CREATE_OR_OVERWRITE);
  Xapian::TermGenerator tg;
  tg.set_stemmer(Xapian::Stem("en"));
  std::size_t bytes = 0;
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    bytes += text.size();
    Xapian::Document doc;
    tg.set_document(doc);
    tg.index_text(text);
    doc.set_data(text);
    db.add_document(doc);
  }
  db.commit();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("floor: %zu articles, %.1f MB in %.2f s: %.0f articles/s\n", files.size(),
              static_cast<double>(bytes) / 1e6, seconds,
              static_cast<double>(files.size()) / seconds);
  return 0;
}
