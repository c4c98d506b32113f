#include "writer/writer.h"

#include <sstream>

#include "newsarchive/schema.h"
#include "writer/database.h"

namespace newsarchive::indexer {

Writer::Writer(const std::string& path, std::size_t batch_size)
    : path_(path), db_(open_for_writing(path)), batch_size_(batch_size == 0 ? 1 : batch_size) {
  std::istringstream known(db_.get_metadata(std::string(schema::kLanguagesKey)));
  for (std::string lang; std::getline(known, lang, ',');)
    if (!lang.empty()) languages_.insert(lang);
}

Writer::~Writer() {
  try {
    commit();
  } catch (...) {
    // Nothing to report to from a destructor; callers commit() explicitly.
  }
}

Writer::Outcome Writer::write(const Article& article) {
  const std::string id_term = DocumentBuilder::id_term(article.id);
  try {
    const bool existed = db_.term_exists(id_term);
    db_.replace_document(id_term, builder_.build(article));
    // An article's quotes are replaced as a set: the new version may have
    // more, fewer or other quotes.
    if (existed) db_.delete_document(DocumentBuilder::article_term(article.id));
    for (std::size_t i = 0; i < article.quotes.size(); ++i)
      db_.add_document(builder_.build_quote(article, i));
    if (!article.language.empty() && languages_.insert(article.language).second)
      languages_changed_ = true;
    if (++pending_ >= batch_size_) commit();
    return existed ? Outcome::replaced : Outcome::added;
  } catch (const Xapian::Error& e) {
    throw DatabaseError("cannot write to database " + path_ + ": " + e.get_description());
  }
}

void Writer::commit() {
  try {
    if (languages_changed_) {
      std::string list;
      for (const auto& lang : languages_) list += (list.empty() ? "" : ",") + lang;
      db_.set_metadata(std::string(schema::kLanguagesKey), list);
      languages_changed_ = false;
    }
    db_.commit();
    pending_ = 0;
  } catch (const Xapian::Error& e) {
    throw DatabaseError("cannot commit to database " + path_ + ": " + e.get_description());
  }
}

std::size_t Writer::article_count() const {
  return db_.get_termfreq(
      schema::filter_term(schema::field(schema::FieldId::doctype), "article"));
}

}  // namespace newsarchive::indexer
