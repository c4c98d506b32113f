// The floor: bare Xapian indexing the same files as newsindex, the way a
// first attempt would. TermGenerator with the English stemmer and positions,
// one WritableDatabase, default flush threshold (XAPIAN_FLUSH_THRESHOLD in
// the environment changes it, as for any Xapian program), one document per
// file with the whole file as its text. No structure, no validation.
//
// With --segments N: the same documents written the way newsindex's segment
// path writes, as a bare-Xapian reference for it: T threads (--threads,
// default 2) each write fresh databases of N documents, each in one
// transaction without fsync, and at the end Xapian's compactor merges them
// all (multipass) into DB.
//
// Usage: floor_index [--segments N [--threads T]] DB INPUT...
//   INPUT: files, or directories walked recursively
#include <xapian.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;

namespace {

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

Xapian::Document make_document(Xapian::TermGenerator& tg, const std::string& text) {
  Xapian::Document doc;
  tg.set_document(doc);
  tg.index_text(text);
  doc.set_data(text);
  return doc;
}

// Segments of `per` documents on `threads` threads, merged at the end.
void index_segments(const std::string& out, const std::vector<fs::path>& files, std::size_t per,
                    std::size_t threads) {
  const std::string dir = out + ".segments";
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::atomic<std::size_t> next{0};
  std::mutex mutex;
  std::vector<std::string> segments((files.size() + per - 1) / per);
  auto work = [&] {
    Xapian::TermGenerator tg;
    tg.set_stemmer(Xapian::Stem("en"));
    for (std::size_t s; (s = next++) < segments.size();) {
      const std::string path = dir + "/" + std::to_string(s);
      Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_NO_SYNC);
      db.begin_transaction(false);
      for (std::size_t i = s * per; i < std::min(files.size(), (s + 1) * per); ++i)
        db.add_document(make_document(tg, read_file(files[i])));
      db.commit_transaction();
      db.close();
      std::lock_guard lock(mutex);
      segments[s] = path;
    }
  };
  std::vector<std::thread> pool;
  for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  Xapian::Database all;
  for (const auto& s : segments) all.add_database(Xapian::Database(s));
  all.compact(out, Xapian::DBCOMPACT_MULTIPASS);
  fs::remove_all(dir);
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t segment = 0, threads = 2;
  int arg = 1;
  for (; arg + 1 < argc && std::string(argv[arg]).rfind("--", 0) == 0; arg += 2) {
    const std::string option = argv[arg];
    if (option == "--segments") {
      segment = std::strtoul(argv[arg + 1], nullptr, 10);
    } else if (option == "--threads") {
      threads = std::max<std::size_t>(1, std::strtoul(argv[arg + 1], nullptr, 10));
    } else {
      std::fprintf(stderr, "floor_index: unknown option %s\n", option.c_str());
      return 2;
    }
  }
  if (argc - arg < 2) {
    std::fprintf(stderr, "usage: floor_index [--segments N [--threads T]] DB INPUT...\n");
    return 2;
  }
  const std::string out = argv[arg];
  std::vector<fs::path> files;
  for (int i = arg + 1; i < argc; ++i) {
    if (fs::is_directory(argv[i])) {
      for (const auto& e : fs::recursive_directory_iterator(argv[i]))
        if (e.is_regular_file()) files.push_back(e.path());
    } else {
      files.emplace_back(argv[i]);
    }
  }
  const auto start = std::chrono::steady_clock::now();
  if (segment > 0) {
    index_segments(out, files, segment, threads);
  } else {
    Xapian::WritableDatabase db(out, Xapian::DB_CREATE_OR_OVERWRITE);
    Xapian::TermGenerator tg;
    tg.set_stemmer(Xapian::Stem("en"));
    for (const auto& path : files) db.add_document(make_document(tg, read_file(path)));
    db.commit();
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("floor: %zu articles in %.2f s: %.0f articles/s\n", files.size(), seconds,
              static_cast<double>(files.size()) / seconds);
  return 0;
}
