#include <xapian.h>

#include <map>
#include <mutex>

#include "newsarchive/text.h"

namespace newsarchive::text {

struct Stemmer::Impl {
  Xapian::Stem stem;
};

namespace {

// Xapian::Stem objects are not safe to share between threads (Snowball keeps
// state in them), so each Stemmer owns its own; this only caches which
// languages exist.
bool lookup_stemmer(const std::string& language) {
  static std::mutex mutex;
  static std::map<std::string, bool> known;
  std::lock_guard lock(mutex);
  auto [it, inserted] = known.emplace(language, false);
  if (inserted) {
    try {
      Xapian::Stem probe(language);
      it->second = !probe.is_none();
    } catch (const Xapian::Error&) {
      it->second = false;
    }
  }
  return it->second;
}

}  // namespace

bool has_stemmer(std::string_view language) {
  return !language.empty() && lookup_stemmer(std::string(language));
}

Stemmer::Stemmer(std::string_view language) : language_(language) {
  if (has_stemmer(language_)) impl_ = std::make_unique<Impl>(Impl{Xapian::Stem(language_)});
}

Stemmer::~Stemmer() = default;

Stemmer::Stemmer(const Stemmer& other) : Stemmer(other.language_) {}

Stemmer& Stemmer::operator=(const Stemmer& other) {
  if (this != &other) {
    language_ = other.language_;
    impl_.reset(other.impl_ ? new Impl{Xapian::Stem(language_)} : nullptr);
  }
  return *this;
}

std::string Stemmer::operator()(const std::string& term) const {
  return impl_ ? impl_->stem(term) : term;
}

bool Stemmer::active() const { return impl_ != nullptr; }

}  // namespace newsarchive::text
