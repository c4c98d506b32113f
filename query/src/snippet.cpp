#include "snippet.h"

#include <algorithm>

namespace newsarchive::query {

namespace {
const std::string kEllipsis = "\xE2\x80\xA6";  // …

// Past this many words, a language's stem cache starts afresh: about 3 MB.
constexpr std::size_t kMaxCachedStems = 30000;
// Past this many languages (a language is whatever an article's stored
// `language` says), the caches start afresh.
constexpr std::size_t kMaxCachedLanguages = 64;

}  // namespace

const std::string& StemCache::operator()(const std::string& word) {
  auto it = stems_.find(word);
  if (it == stems_.end()) {
    if (stems_.size() >= kMaxCachedStems) stems_.clear();
    it = stems_.emplace(word, stemmer_(word)).first;
  }
  return it->second;
}

std::shared_ptr<StemCache> StemCache::of(const std::string& language) {
  thread_local std::map<std::string, std::shared_ptr<StemCache>> caches;
  if (caches.size() >= kMaxCachedLanguages && caches.count(language) == 0) caches.clear();
  std::shared_ptr<StemCache>& cache = caches[language];
  if (!cache) cache = std::make_shared<StemCache>(language);
  return cache;
}

SnippetMaker::SnippetMaker(const std::vector<std::string>& terms)
    : terms_(terms.begin(), terms.end()) {}

bool SnippetMaker::matches(const std::string& term, const std::string& language) {
  // The hits of a page are mostly in one language.
  if (current_ == nullptr || current_->first != language) {
    auto it = languages_.find(language);
    if (it == languages_.end()) {
      Language l{StemCache::of(language), {}};
      for (const auto& t : terms_) l.stems.insert((*l.stems_of)(t));
      it = languages_.emplace(language, std::move(l)).first;
    }
    current_ = &*it;
  }
  const Language& l = current_->second;
  // A query word's stem is among the stems: with a stemmer, asking for the
  // stem alone finds the query's words too.
  if (l.stems_of->active()) return l.stems.count((*l.stems_of)(term)) > 0;
  return terms_.count(term) > 0;
}

Snippet SnippetMaker::whole(const std::string& field, const std::string& text,
                            const std::string& language) {
  Snippet s{field, text, {}};
  for (const auto& t : text::tokenize(text))
    if (matches(t.term, language)) s.highlights.push_back({t.begin, t.end});
  return s;
}

std::size_t SnippetMaker::excerpt(const std::string& field, const std::vector<std::string>& paragraphs,
                           const std::string& language, std::size_t length, Snippet& out) {
  struct Best {
    std::size_t distinct = 0, count = 0, paragraph = 0, first = 0, last = 0;
  } best;
  std::vector<std::vector<text::Token>> tokens(paragraphs.size());
  std::vector<std::vector<std::size_t>> matched(paragraphs.size());
  std::vector<const std::string*> distinct;

  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    tokens[p] = text::tokenize(paragraphs[p]);
    for (std::size_t i = 0; i < tokens[p].size(); ++i)
      if (matches(tokens[p][i].term, language)) matched[p].push_back(i);
    const auto& tk = tokens[p];
    const auto& m = matched[p];
    // Windows start a little before a matched word, so it has context.
    for (std::size_t a = 0; a < m.size(); ++a) {
      std::size_t first = m[a];
      const std::size_t lead = length / 4;
      while (first > 0 && tk[m[a]].begin - tk[first - 1].begin <= lead) --first;
      const std::size_t limit = tk[first].begin + length;
      std::size_t last = first;
      while (last + 1 < tk.size() && tk[last + 1].end <= limit) ++last;
      // The distinct words matched in the window: a query's words and
      // their forms, few enough to be looked for one by one.
      distinct.clear();
      std::size_t count = 0;
      for (std::size_t b = a; b < m.size() && m[b] <= last; ++b) {
        const std::string& term = tk[m[b]].term;
        if (std::none_of(distinct.begin(), distinct.end(),
                         [&term](const std::string* d) { return *d == term; }))
          distinct.push_back(&term);
        ++count;
      }
      if (distinct.size() > best.distinct ||
          (distinct.size() == best.distinct && count > best.count)) {
        best = {distinct.size(), count, p, first, last};
      }
    }
  }
  if (best.distinct == 0) return 0;

  const auto& tk = tokens[best.paragraph];
  const std::string& para = paragraphs[best.paragraph];
  // Include the punctuation that closes the last word's sentence.
  const std::size_t from = best.first == 0 ? 0 : tk[best.first].begin;
  std::size_t to = best.last + 1 == tk.size() ? para.size() : tk[best.last].end;
  if (to < para.size() && to - from < length && std::string_view(".,;:!?").find(para[to]) != std::string_view::npos)
    ++to;

  out.field = field;
  out.text.clear();
  out.highlights.clear();
  if (from > 0) out.text = kEllipsis + " ";
  const std::size_t shift = out.text.size();
  out.text.append(para, from, to - from);
  if (to < para.size()) out.text += " " + kEllipsis;
  for (std::size_t i : matched[best.paragraph])
    if (i >= best.first && i <= best.last)
      out.highlights.push_back({tk[i].begin - from + shift, tk[i].end - from + shift});
  return best.distinct;
}

Snippet SnippetMaker::lead(const std::string& field, const std::string& text, std::size_t length) {
  Snippet s{field, text, {}};
  if (text.size() <= length) return s;
  std::size_t cut = 0;
  for (const auto& t : text::tokenize(std::string_view(text).substr(0, length + 1)))
    if (t.end <= length) cut = t.end;
  if (cut == 0) {
    cut = length;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  }
  s.text = text.substr(0, cut) + " " + kEllipsis;
  return s;
}

}  // namespace newsarchive::query
