#include "writer/writer.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "newsarchive/schema.h"
#include "writer/database.h"

namespace newsarchive::indexer {
namespace {

namespace fs = std::filesystem;

class WriterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("newsarchive-writer-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string db() const { return (dir_ / "sub" / "db").string(); }
  fs::path dir_;
};

Article named(const std::string& id, const std::string& language = "en") {
  Article a;
  a.id = id;
  a.headline = "Headline " + id;
  a.language = language;
  return a;
}

TEST_F(WriterTest, CreatesParentsAndRecordsTheSchemaVersion) {
  {
    Writer w(db());
    w.write(named("a"));
  }
  Xapian::Database d(db());
  EXPECT_EQ(d.get_metadata(std::string(schema::kVersionKey)),
            std::to_string(schema::kSchemaVersion));
  EXPECT_EQ(d.get_doccount(), 1u);  // the destructor committed
}

TEST_F(WriterTest, SameIdReplaces) {
  Writer w(db());
  EXPECT_EQ(w.write(named("a")), Writer::Outcome::added);
  EXPECT_EQ(w.write(named("b")), Writer::Outcome::added);
  EXPECT_EQ(w.write(named("a")), Writer::Outcome::replaced);
  w.commit();
  EXPECT_EQ(w.article_count(), 2u);
}

TEST_F(WriterTest, RecordsLanguagesAcrossRuns) {
  {
    Writer w(db());
    w.write(named("a", "en"));
    w.write(named("b", "de"));
    w.commit();
  }
  {
    Writer w(db());
    w.write(named("c", "fr"));
    w.commit();
  }
  Xapian::Database d(db());
  EXPECT_EQ(d.get_metadata(std::string(schema::kLanguagesKey)), "de,en,fr");
}

TEST_F(WriterTest, SecondWriterIsToldTheDatabaseIsLocked) {
  Writer first(db());
  try {
    Writer second(db());
    FAIL() << "a second writer opened a locked database";
  } catch (const DatabaseError& e) {
    EXPECT_NE(std::string(e.what()).find("locked"), std::string::npos) << e.what();
  }
}

TEST_F(WriterTest, RefusesADatabaseNotWrittenByNewsindex) {
  fs::create_directories(dir_ / "sub");
  {
    Xapian::WritableDatabase other(db(), Xapian::DB_CREATE_OR_OPEN);
    other.add_document(Xapian::Document());
    other.commit();
  }
  EXPECT_THROW(Writer w(db()), DatabaseError);
}

TEST_F(WriterTest, SpellingDataFollowsTheWordsOfTheIndex) {
  auto with_body = [](const std::string& id, const std::string& body) {
    Article a = named(id);
    a.body = {body};
    return a;
  };
  auto spelling = [this](const std::string& word) {
    Xapian::Database d(db());
    for (auto it = d.spellings_begin(); it != d.spellings_end(); ++it)
      if (*it == word) return it.get_termfreq();
    return Xapian::doccount{0};
  };
  {
    Writer w(db());
    w.write(with_body("a", "The harbour pilots met on Monday."));
    w.write(with_body("b", "Harbour pilots voted to strike."));
    w.write(with_body("c", "A lone mispelt word."));
    w.finish();
  }
  EXPECT_EQ(spelling("harbour"), 2u);
  EXPECT_EQ(spelling("pilots"), 2u);
  EXPECT_EQ(spelling("mispelt"), 0u);  // in one document only: left out
  EXPECT_EQ(spelling("on"), 0u);       // too short to suggest
  {
    Writer w(db());
    EXPECT_TRUE(w.remove("b"));
    w.finish();
  }
  EXPECT_EQ(spelling("harbour"), 0u);  // down to one document: taken out
}

}  // namespace
}  // namespace newsarchive::indexer
