#include "extract/quote_spans.h"

#include <algorithm>
#include <array>

#include "text/utf8_scan.h"

namespace newsarchive::indexer {
namespace {

enum class Family { kDouble, kSingle, kGuillemet, kSingleGuillemet, kCorner, kWhiteCorner };

enum class Role { kOpen, kClose, kEither, kNone };

struct Mark {
  Family family;
  Role role;
};

// The quote mark a code point may be, before context decides.
bool quote_mark_of(char32_t c, Mark& m) {
  switch (c) {
    case U'\u201C': m = {Family::kDouble, Role::kEither}; return true;  // “
    case U'\u201D': m = {Family::kDouble, Role::kClose}; return true;   // ”
    case U'\u201E': m = {Family::kDouble, Role::kOpen}; return true;    // „
    case U'"': m = {Family::kDouble, Role::kEither}; return true;
    case U'\u2018': m = {Family::kSingle, Role::kEither}; return true;  // ‘
    case U'\u2019': m = {Family::kSingle, Role::kClose}; return true;   // ’
    case U'\'': m = {Family::kSingle, Role::kEither}; return true;
    case U'\u00AB': m = {Family::kGuillemet, Role::kOpen}; return true;   // «
    case U'\u00BB': m = {Family::kGuillemet, Role::kClose}; return true;  // »
    case U'\u2039': m = {Family::kSingleGuillemet, Role::kOpen}; return true;
    case U'\u203A': m = {Family::kSingleGuillemet, Role::kClose}; return true;
    case U'\u300C': m = {Family::kCorner, Role::kOpen}; return true;   // 「
    case U'\u300D': m = {Family::kCorner, Role::kClose}; return true;  // 」
    case U'\u300E': m = {Family::kWhiteCorner, Role::kOpen}; return true;
    case U'\u300F': m = {Family::kWhiteCorner, Role::kClose}; return true;
    default: return false;
  }
}

bool is_opening_punct(char32_t c) {
  return c == '(' || c == '[' || c == '{' || c == '/' || c == U'\u2014' || c == U'\u2013' ||
         c == '-' || c == ':' || c == U'\u201C' || c == U'\u201E' || c == '"' ||
         c == U'\u2018' || c == U'\u00AB' || c == U'\u300C' || c == U'\u300E';
}

// Flanking, as Markdown defines it: a mark that touches the word after it
// and not the one before can open; the reverse can close.
struct Context {
  char32_t before = 0;  // 0 at the start
  char32_t after = 0;   // 0 at the end
};

bool left_flanking(const Context& x) {
  const bool space_before = x.before == 0 || is_unicode_space(x.before) || is_opening_punct(x.before);
  const bool space_after = x.after == 0 || is_unicode_space(x.after);
  return space_before && !space_after;
}

bool right_flanking(const Context& x) {
  const bool space_before = x.before == 0 || is_unicode_space(x.before);
  const bool word_after = x.after != 0 && (is_letter(x.after) || is_digit(x.after));
  return !space_before && !word_after;
}

struct Open {
  Family family;
  std::size_t open;
  std::size_t begin;
  bool straight = false;  // a double quote opened by " (or '')
};

bool is_single(Family f) { return f == Family::kSingle; }

constexpr std::size_t kFamilies = 6;

// The quotes open at a point of the scan, outermost first, with the
// positions of each family's own in it, so that finding the innermost open
// quote of a family costs the same however many marks of other families
// are open (a paragraph of a million lone ' marks must not be quadratic).
class OpenStack {
 public:
  bool empty() const { return all_.empty(); }
  std::size_t size() const { return all_.size(); }
  const Open& operator[](std::size_t k) const { return all_[k]; }
  const Open& front() const { return all_.front(); }
  // The index of the innermost open quote of `f`, or -1.
  long innermost(Family f) const {
    const auto& own = by_family_[static_cast<std::size_t>(f)];
    return own.empty() ? -1L : static_cast<long>(own.back());
  }
  void push(const Open& o) {
    by_family_[static_cast<std::size_t>(o.family)].push_back(all_.size());
    all_.push_back(o);
  }
  // Drops the quotes from index `n` on; each is dropped once, so the scan
  // stays linear.
  void truncate(std::size_t n) {
    while (all_.size() > n) {
      by_family_[static_cast<std::size_t>(all_.back().family)].pop_back();
      all_.pop_back();
    }
  }

 private:
  std::vector<Open> all_;
  std::array<std::vector<std::size_t>, kFamilies> by_family_;
};

std::size_t trim_end(std::string_view p, std::size_t end, std::size_t floor) {
  while (end > floor) {
    std::size_t len = 0;
    const char32_t c = decode_before(p, end, len);
    if (!is_unicode_space(c)) break;
    end -= len;
  }
  return end;
}

// One pass. Returns the offset of an unclosed single opening mark that
// stayed at the bottom of the stack (so the caller can rescan without it),
// or npos.
std::size_t scan_quotes(std::string_view p, const std::vector<std::size_t>& ignored,
                 std::vector<QuoteSpan>& out) {
  out.clear();
  OpenStack stack;
  // Quotes closed inside an outermost double quote of the other style
  // (“…” inside "…"): used in its place should it never close.
  std::vector<QuoteSpan> nested;
  char32_t prev = 0;
  std::size_t i = 0;
  while (i < p.size()) {
    std::size_t len = 0;
    const char32_t c = decode_at(p, i, len);
    Mark m{};
    if (!quote_mark_of(c, m) || std::find(ignored.begin(), ignored.end(), i) != ignored.end()) {
      prev = c;
      i += len;
      continue;
    }
    // Two apostrophes stand for a straight double mark in some archives.
    if (c == '\'' && i + 1 < p.size() && p[i + 1] == '\'') {
      m = {Family::kDouble, Role::kEither};
      len = 2;
    }
    Context x{prev, 0};
    if (i + len < p.size()) {
      std::size_t l2 = 0;
      x.after = decode_at(p, i + len, l2);
    }
    const bool lf = left_flanking(x);
    const bool rf = right_flanking(x);
    // The innermost open quote of this family, if any.
    const long found = stack.innermost(m.family);
    bool closes = false;
    bool opens = false;
    switch (m.role) {
      case Role::kClose:
        closes = found >= 0 && (!is_single(m.family) || rf);
        break;
      case Role::kOpen:
        opens = true;
        break;
      case Role::kEither:
        if (is_single(m.family)) {
          // ‘ and ' open before a word; they close only a single quote that
          // is open, where they end a word. 'n' or 'Tis are rare enough.
          if (found >= 0 && rf && !lf) {
            closes = true;
          } else if (lf && (x.after == 0 || !is_digit(x.after))) {
            opens = true;
          }
        } else {
          // “ closes „ (German) or a quote typed with two opening marks.
          if (found >= 0 && (rf || !lf)) {
            closes = true;
          } else if (lf || found < 0) {
            opens = lf || !rf;
          }
        }
        break;
      case Role::kNone:
        break;
    }
    const bool straight = c == '"' || len == 2;
    if (closes) {
      const Open o = stack[static_cast<std::size_t>(found)];
      stack.truncate(static_cast<std::size_t>(found));  // drops what o left open inside
      QuoteSpan s;
      s.open = o.open;
      s.begin = o.begin;
      s.end = i;
      s.close = i + len;
      s.single = is_single(o.family);
      if (stack.empty()) {
        out.push_back(s);
        nested.clear();
      } else if (stack.size() == 1 && stack.front().family == Family::kDouble &&
                 o.family == Family::kDouble) {
        nested.push_back(s);
      }
    } else if (opens) {
      // English does not nest double quotes of one style: a second opening
      // double mark means the first was stray. Curly marks inside straight
      // ones (or the reverse) are a quote within a quote.
      const bool other_style = found >= 0 && stack[static_cast<std::size_t>(found)].straight != straight;
      if (found >= 0 && !is_single(m.family) && !other_style) {
        stack.truncate(static_cast<std::size_t>(found));
      }
      stack.push({m.family, i, i + len, m.family == Family::kDouble && straight});
    }
    prev = c;
    i += len;
  }
  if (stack.empty()) return std::string_view::npos;
  const Open& bottom = stack.front();
  if (is_single(bottom.family)) return bottom.open;
  // A stray mark of one style before quotes of the other: those quotes.
  if (!nested.empty()) {
    out.insert(out.end(), nested.begin(), nested.end());
    return std::string_view::npos;
  }
  QuoteSpan s;
  s.open = bottom.open;
  s.begin = bottom.begin;
  s.end = trim_end(p, p.size(), bottom.begin);
  s.close = s.end;
  s.closed = false;
  out.push_back(s);
  return std::string_view::npos;
}

}  // namespace

std::vector<QuoteSpan> find_quote_spans(std::string_view paragraph) {
  std::vector<QuoteSpan> out;
  std::vector<std::size_t> ignored;
  // Each rescan drops one misleading single mark; a handful is plenty.
  for (int round = 0; round < 4; ++round) {
    const std::size_t stray = scan_quotes(paragraph, ignored, out);
    if (stray == std::string_view::npos) return out;
    ignored.push_back(stray);
  }
  return out;
}

bool opens_with_quote(std::string_view paragraph) {
  std::size_t i = 0;
  while (i < paragraph.size()) {
    std::size_t len = 0;
    const char32_t c = decode_at(paragraph, i, len);
    if (!is_unicode_space(c)) {
      Mark m{};
      return quote_mark_of(c, m) && m.role != Role::kClose;
    }
    i += len;
  }
  return false;
}

}  // namespace newsarchive::indexer
