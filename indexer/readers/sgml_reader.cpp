#include "readers/sgml_reader.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "text/dateline.h"
#include "text/meta_lines.h"
#include "newsarchive/utf8.h"
#include "readers/decode.h"
#include "readers/reuters_codes.h"
#include "readers/sgml_entities.h"
#include "readers/sgml_scanner.h"
#include "text/text_scan.h"
#include "readers/wrapped_paragraphs.h"

namespace newsarchive::indexer {
namespace {

enum class Role {
  kDocument,
  kId,
  kHeadline,
  kDate,
  kByline,
  kDateline,
  kText,
  kBody,
  kParagraph,
  kTopics,
  kPlaces,
  kPeople,
  kOrganizations,
  kExchanges,
  kCompanies,
  kItem,
  kSkip,
};

struct Rule {
  std::string_view name;
  Role role;
};

constexpr Rule kElements[] = {
    {"DOC", Role::kDocument},        {"REUTERS", Role::kDocument},
    {"DOCNO", Role::kId},            {"DOCID", Role::kId},
    {"HEADLINE", Role::kHeadline},   {"HL", Role::kHeadline},
    {"HEAD", Role::kHeadline},       {"TITLE", Role::kHeadline},
    {"DATE", Role::kDate},           {"DATE_TIME", Role::kDate},
    {"BYLINE", Role::kByline},       {"AUTHOR", Role::kByline},
    {"DATELINE", Role::kDateline},   {"TEXT", Role::kText},
    {"BODY", Role::kBody},           {"P", Role::kParagraph},
    {"TOPICS", Role::kTopics},       {"PLACES", Role::kPlaces},
    {"PEOPLE", Role::kPeople},       {"ORGS", Role::kOrganizations},
    {"EXCHANGES", Role::kExchanges}, {"COMPANIES", Role::kCompanies},
    {"D", Role::kItem},              {"UNKNOWN", Role::kSkip},
    {"MKNOTE", Role::kSkip},
};

// Last lines of wire copy that sign it off rather than say something.
constexpr std::string_view kSignOffs[] = {"reuter", "reuters", "more"};

std::optional<Role> role_of(std::string_view name) {
  for (const Rule& r : kElements) {
    if (iequals(r.name, name)) return r.role;
  }
  return std::nullopt;
}

bool is_list(Role role) {
  return role == Role::kTopics || role == Role::kPlaces || role == Role::kPeople ||
         role == Role::kOrganizations || role == Role::kExchanges || role == Role::kCompanies;
}

std::string line_at(std::size_t line) { return "line " + std::to_string(line); }

std::string written_tag(std::string_view name, bool closing = false) {
  return std::string(closing ? "</" : "<") + std::string(name) + ">";
}

bool is_agency_sign_off(std::string_view paragraph) {
  while (!paragraph.empty() && (paragraph.back() == '.' || paragraph.back() == ' ')) {
    paragraph.remove_suffix(1);
  }
  for (std::string_view s : kSignOffs) {
    if (iequals(paragraph, s)) return true;
  }
  return false;
}

// An element open inside a record, with the text gathered so far (bytes as
// in the input, references not yet decoded).
struct Open {
  Role role;
  std::string_view name;
  std::size_t line;
  std::string text;
};

// A record being read.
struct Record {
  std::string_view name;  // DOC or REUTERS, as written
  std::size_t line = 0;
  std::size_t offset = 0;
  std::string newid;
  std::string text_type;  // <TEXT TYPE=..>
  std::vector<Open> stack;
  std::string id, headline, date, dateline, text, body;
  bool has_body = false;
  bool has_headline = false;
  std::vector<std::string> bylines;
  std::vector<std::pair<Role, std::string>> codes;
  std::vector<std::string> warnings;
  std::optional<ReadError> error;

  void fail(std::size_t at, std::string reason) {
    if (!error) error = ReadError{line_at(at), std::move(reason)};
  }
};

class Reader {
 public:
  explicit Reader(const Input& input) : input_(input) {}

  ReadResult run() {
    SgmlScanner scanner(input_.bytes);
    SgmlToken t;
    while (scanner.next(t)) {
      switch (t.kind) {
        case SgmlToken::Kind::kMarkup: break;
        case SgmlToken::Kind::kText: on_text(t); break;
        case SgmlToken::Kind::kStartTag: on_start(t); break;
        case SgmlToken::Kind::kEndTag: on_end(t); break;
        case SgmlToken::Kind::kBrokenTag: on_broken(t); break;
      }
    }
    if (record_) {
      record_->fail(record_->line, written_tag(record_->name) + " not closed at the end of the input");
      finish(input_.bytes.size());
    }
    return std::move(result_);
  }

 private:
  void on_text(const SgmlToken& t) {
    if (record_ && !record_->stack.empty()) record_->stack.back().text.append(t.raw);
  }

  void on_start(const SgmlToken& t) {
    const std::optional<Role> role = role_of(t.name);
    if (role == Role::kDocument) {
      if (record_) {
        record_->fail(record_->line, written_tag(record_->name) + " has no end tag before " +
                                         written_tag(t.name) + " at " + line_at(t.line));
        finish(t.offset);
      }
      record_.emplace();
      record_->name = t.name;
      record_->line = t.line;
      record_->offset = t.offset;
      record_->newid = sgml_attribute(t.attributes, "NEWID").value_or("");
      stray_reported_ = false;
      ++records_;
      return;
    }
    if (!role) return;  // an element we do not read: its text goes on
    if (!record_) return outside(t);
    Record& r = *record_;
    if (role == Role::kParagraph) {
      if (!r.stack.empty()) r.stack.back().text += "\n\n";
      return;
    }
    if (role == Role::kText) r.text_type = sgml_attribute(t.attributes, "TYPE").value_or("");
    r.stack.push_back(Open{*role, t.name, t.line, {}});
  }

  void on_end(const SgmlToken& t) {
    const std::optional<Role> role = role_of(t.name);
    if (!role) return;
    if (!record_) return outside(t);
    Record& r = *record_;
    if (role == Role::kDocument) {
      if (!iequals(t.name, r.name)) {
        r.fail(t.line, written_tag(t.name, true) + " closes " + written_tag(r.name) + " of " + line_at(r.line));
      }
      close_to(0, t);
      finish(t.offset + t.raw.size());
      return;
    }
    if (role == Role::kParagraph) {
      if (!r.stack.empty()) r.stack.back().text += "\n\n";
      return;
    }
    std::size_t k = r.stack.size();
    while (k > 0 && !iequals(r.stack[k - 1].name, t.name)) --k;
    if (k == 0) {
      r.warnings.push_back(line_at(t.line) + ": " + written_tag(t.name, true) +
                           " without a start tag ignored");
      return;
    }
    close_to(k - 1, t);
  }

  // Closes the open elements from the top of the stack down to `depth`;
  // those above the one `t` closes were never closed.
  void close_to(std::size_t depth, const SgmlToken& t) {
    Record& r = *record_;
    const bool closes_document = role_of(t.name) == Role::kDocument;
    while (r.stack.size() > depth) {
      const bool is_target = !closes_document && r.stack.size() == depth + 1;
      if (!is_target) {
        const Open& open = r.stack.back();
        r.fail(open.line, written_tag(open.name) + " not closed before " + written_tag(t.name, true) + " at " +
                              line_at(t.line));
      }
      Open done = std::move(r.stack.back());
      r.stack.pop_back();
      deliver(std::move(done));
    }
  }

  void on_broken(const SgmlToken& t) {
    if (!record_) return;
    if (role_of(t.name)) {
      record_->fail(t.line, "tag " + std::string(t.raw.substr(0, t.name.size() + 2)) +
                                " not closed by '>'");
    } else {
      on_text(t);
    }
  }

  void outside(const SgmlToken& t) {
    if (stray_reported_) return;
    stray_reported_ = true;
    result_.errors.push_back(
        {line_at(t.line), std::string(t.raw.substr(0, 40)) + " outside any <DOC> or <REUTERS>"});
  }

  void deliver(Open e) {
    Record& r = *record_;
    switch (e.role) {
      case Role::kId:
        if (r.id.empty()) r.id = std::move(e.text);
        break;
      case Role::kHeadline:
        if (!r.has_headline && !collapse_space(e.text).empty()) {
          r.headline = std::move(e.text);
          r.has_headline = true;
        }
        break;
      case Role::kDate:
        if (r.date.empty()) r.date = std::move(e.text);
        break;
      case Role::kByline: r.bylines.push_back(std::move(e.text)); break;
      case Role::kDateline:
        if (r.dateline.empty()) r.dateline = std::move(e.text);
        break;
      case Role::kText: r.text += e.text; break;
      case Role::kBody:
        r.body += e.text;
        r.has_body = true;
        break;
      case Role::kItem:
        if (!r.stack.empty() && is_list(r.stack.back().role)) {
          r.codes.emplace_back(r.stack.back().role, std::move(e.text));
        }
        break;
      case Role::kTopics:
      case Role::kPlaces:
      case Role::kPeople:
      case Role::kOrganizations:
      case Role::kExchanges:
      case Role::kCompanies:
        if (!collapse_space(e.text).empty()) r.codes.emplace_back(e.role, std::move(e.text));
        break;
      case Role::kDocument:
      case Role::kParagraph:
      case Role::kSkip: break;
    }
  }

  // The record ends at byte `end`: an article, an error, or nothing.
  void finish(std::size_t end) {
    Record r = std::move(*record_);
    record_.reset();
    if (r.error) {
      result_.errors.push_back(std::move(*r.error));
      return;
    }
    if (iequals(r.text_type, "BRIEF") || iequals(r.text_type, "UNPROC")) return;

    RawArticle a;
    // Text that is not UTF-8 is read as Windows-1252, record by record.
    const std::string_view span =
        std::string_view(input_.bytes).substr(r.offset, end - r.offset);
    const std::size_t bad = text::invalid_utf8_at(span);
    const bool utf8 = bad == std::string_view::npos;
    if (!utf8) {
      std::size_t line = r.line;
      for (std::size_t i = 0; i < bad; ++i) line += span[i] == '\n';
      a.warnings.push_back(line_at(line) + ": not valid UTF-8; read as Windows-1252");
    }
    auto clean = [utf8](const std::string& raw) {
      return decode_sgml_entities(utf8 ? raw : windows1252_to_utf8(raw));
    };

    std::vector<std::string> paragraphs = wrapped_paragraphs(clean(r.has_body ? r.body : r.text));
    while (!paragraphs.empty() && is_agency_sign_off(paragraphs.back())) paragraphs.pop_back();
    if (paragraphs.empty()) return;

    a.origin = input_.name + ":" + line_at(r.line);
    std::string key = r.newid.empty() ? collapse_space(clean(r.id)) : r.newid;
    if (key.empty()) key = std::to_string(records_);
    a.id = input_.id + "#" + key;
    a.url = input_.url;
    a.format = "sgml";
    a.date = collapse_space(clean(r.date));
    if (iequals(r.name, "REUTERS")) a.source = "Reuters";
    a.headline = collapse_space(clean(r.headline));
    // Unmarked text of several paragraphs: the extractor finds its headline.
    if (a.headline.empty() && !r.has_body && paragraphs.size() > 1) {
      for (std::string& p : paragraphs) {
        if (!a.text.empty()) a.text += "\n\n";
        a.text += p;
      }
    } else {
      a.body = std::move(paragraphs);
    }
    set_dateline(a, collapse_space(clean(r.dateline)));
    for (const std::string& b : r.bylines) add_byline(a, collapse_space(clean(b)));
    for (const auto& [role, code] : r.codes) add_code(a, role, collapse_space(clean(code)));
    for (std::string& w : r.warnings) a.warnings.push_back(std::move(w));
    result_.articles.push_back(std::move(a));
  }

  // "SAN FRANCISCO, Feb 26 -": the place, read as the dateline opening the
  // story it stands before.
  static void set_dateline(RawArticle& a, const std::string& dateline) {
    if (dateline.empty()) return;
    std::string opening = dateline;
    opening += ' ';
    opening += a.body.empty() ? std::string_view("...") : std::string_view(a.body.front());
    if (const auto d = parse_dateline(opening)) {
      a.dateline = d->place;
      return;
    }
    // Not a dateline the parser knows: what precedes the date or dash.
    std::string_view place = dateline;
    place = place.substr(0, place.find(','));
    while (!place.empty() && (place.back() == '-' || place.back() == ' ')) place.remove_suffix(1);
    a.dateline = std::string(place);
  }

  static void add_byline(RawArticle& a, const std::string& byline) {
    if (byline.empty()) return;
    std::vector<std::string> names = byline_line(byline);
    if (names.empty()) {
      std::string_view rest = byline;
      if (rest.size() > 3 && iequals(rest.substr(0, 3), "by ")) rest.remove_prefix(3);
      rest = rest.substr(0, rest.find(','));
      if (!rest.empty()) names.emplace_back(rest);
    }
    for (std::string& n : names) a.byline.push_back(std::move(n));
  }

  static void add_code(RawArticle& a, Role role, const std::string& code) {
    if (code.empty()) return;
    switch (role) {
      case Role::kTopics: a.subjects.push_back(code); break;
      case Role::kPlaces: a.entity_hints.push_back({reuters_place_name(code), "place"}); break;
      case Role::kPeople: a.entity_hints.push_back({reuters_person_name(code), "person"}); break;
      case Role::kOrganizations:
      case Role::kExchanges:
        a.entity_hints.push_back({reuters_organization_name(code), "organization"});
        break;
      case Role::kCompanies: a.entity_hints.push_back({code, "organization"}); break;
      default: break;
    }
  }

  const Input& input_;
  ReadResult result_;
  std::optional<Record> record_;
  std::size_t records_ = 0;
  bool stray_reported_ = false;
};

}  // namespace

ReadResult read_sgml(const Input& input) { return Reader(input).run(); }

bool looks_like_sgml_collection(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  SgmlScanner scanner(bytes);
  SgmlToken t;
  while (scanner.next(t)) {
    switch (t.kind) {
      case SgmlToken::Kind::kMarkup: continue;
      case SgmlToken::Kind::kText:
        if (!collapse_space(t.raw).empty()) return false;
        continue;
      case SgmlToken::Kind::kStartTag: return role_of(t.name) == Role::kDocument;
      default: return false;
    }
  }
  return false;
}

}  // namespace newsarchive::indexer
