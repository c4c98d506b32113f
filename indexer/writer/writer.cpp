#include "writer/writer.h"

#include <sstream>

#include "newsarchive/schema.h"
#include "writer/database.h"
#include "writer/spelling.h"

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
  PreparedArticle prepared = builder_.prepare(article);
  if (!quote_keys_) quote_keys_.emplace(Xapian::Database(db_));
  DocumentBuilder::set_quote_keys(
      prepared, quote_keys_->assign(prepared.quote_words, prepared.quote_speakers,
                                    article.cluster.empty() ? article.id : article.cluster));
  return write(std::move(prepared));
}

Writer::Outcome Writer::write(PreparedArticle&& article) {
  const std::string id_term = DocumentBuilder::id_term(article.id);
  try {
    const bool existed = db_.term_exists(id_term);
    db_.replace_document(id_term, article.doc);
    // An article's quotes are replaced as a set: the new version may have
    // more, fewer or other quotes.
    if (existed) db_.delete_document(DocumentBuilder::article_term(article.id));
    for (const Xapian::Document& quote : article.quotes) db_.add_document(quote);
    if (!article.language.empty() && languages_.insert(article.language).second)
      languages_changed_ = true;
    changed_ = true;
    if (++pending_ >= batch_size_) commit();
    return existed ? Outcome::replaced : Outcome::added;
  } catch (const Xapian::Error& e) {
    throw DatabaseError("cannot write to database " + path_ + ": " + e.get_description());
  }
}

bool Writer::remove(const std::string& id) {
  const std::string id_term = DocumentBuilder::id_term(id);
  try {
    if (!db_.term_exists(id_term)) return false;
    db_.delete_document(id_term);
    db_.delete_document(DocumentBuilder::article_term(id));
    ++pending_;
    changed_ = true;
    return true;
  } catch (const Xapian::Error& e) {
    throw DatabaseError("cannot delete from database " + path_ + ": " + e.get_description());
  }
}

void Writer::record_input(std::string key, std::string value) {
  records_.emplace_back(std::move(key), std::move(value));
}

void Writer::commit() {
  try {
    if (languages_changed_) {
      std::string list;
      for (const auto& lang : languages_) list += (list.empty() ? "" : ",") + lang;
      db_.set_metadata(std::string(schema::kLanguagesKey), list);
      languages_changed_ = false;
    }
    // The records go in the same commit as the articles they vouch for.
    for (const auto& [key, value] : records_) db_.set_metadata(key, value);
    records_.clear();
    db_.commit();
    pending_ = 0;
  } catch (const Xapian::Error& e) {
    throw DatabaseError("cannot commit to database " + path_ + ": " + e.get_description());
  }
}

void Writer::finish() {
  if (changed_) {
    try {
      update_spelling(db_);
    } catch (const Xapian::Error& e) {
      throw DatabaseError("cannot record spelling data in database " + path_ + ": " +
                          e.get_description());
    }
    changed_ = false;
  }
  commit();
}

std::size_t Writer::article_count() const {
  return db_.get_termfreq(
      schema::filter_term(schema::field(schema::FieldId::doctype), "article"));
}

}  // namespace newsarchive::indexer
