#include "readers/warc_reader.h"

#include "newsarchive/ascii.h"

#include <cctype>
#include <algorithm>
#include <cstdlib>
#include <optional>

#include "readers/containers.h"
#include "readers/http_message.h"
#include "readers/limit_messages.h"

namespace newsarchive::indexer {
namespace {

// Reads lines and counted blocks from a ByteStream, keeping count of the
// offset of what it hands out.
class RecordScanner {
 public:
  explicit RecordScanner(ByteStream& in) : in_(in) {}

  // Next line without its line end; false at the end of the stream. A
  // line longer than kMaxLine is cut there (`long_line` set).
  bool line(std::string& out) {
    out.clear();
    long_line = false;
    std::size_t searched = pos_;
    for (;;) {
      const auto eol = buffer_.find('\n', searched);
      if (eol != std::string::npos) {
        out.assign(buffer_, pos_, eol - pos_);
        if (!out.empty() && out.back() == '\r') out.pop_back();
        consume(eol + 1 - pos_);
        return true;
      }
      if (buffer_.size() - pos_ >= kMaxLine) {
        out.assign(buffer_, pos_, kMaxLine);
        consume(kMaxLine);
        long_line = true;
        return true;
      }
      searched = buffer_.size();
      const std::size_t kept = pos_;
      if (!fill()) {
        if (pos_ == buffer_.size()) return false;
        out.assign(buffer_, pos_, std::string::npos);
        consume(buffer_.size() - pos_);
        return true;
      }
      searched -= kept - pos_;  // fill() moved the unread bytes to the front
    }
  }

  static constexpr std::size_t kMaxLine = 1 << 16;
  bool long_line = false;

  // Exactly `size` bytes; false when the stream ends first, the bytes
  // there were being left unread, so that lines can be looked for in them.
  bool block(std::size_t size, std::string& out) {
    out.clear();
    while (buffer_.size() - pos_ < size) {
      if (!fill()) return false;
    }
    out.assign(buffer_, pos_, size);
    consume(size);
    return true;
  }

  std::uint64_t offset() const { return offset_; }
  // Bytes held but not yet handed out.
  std::size_t buffered() const { return buffer_.size() - pos_; }
  const std::string& error() const { return in_.error(); }

 private:
  bool fill() {
    if (pos_ > 0) {
      buffer_.erase(0, pos_);
      pos_ = 0;
    }
    char chunk[1 << 16];
    const std::size_t n = in_.read(chunk, sizeof chunk);
    buffer_.append(chunk, n);
    return n > 0;
  }
  void consume(std::size_t n) {
    pos_ += n;
    offset_ += n;
  }

  ByteStream& in_;
  std::string buffer_;
  std::size_t pos_ = 0;
  std::uint64_t offset_ = 0;
};

// A Content-Length: decimal digits only, within 64 bits.
std::optional<std::uint64_t> parse_length(const std::string& s) {
  if (s.empty() || s.size() > 19) return std::nullopt;
  std::uint64_t n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + static_cast<std::uint64_t>(c - '0');
  }
  return n;
}

bool is_html_type(const std::string& type) {
  return type == "text/html" || type == "application/xhtml+xml";
}

// Whether untyped content looks like an HTML page.
bool sniffs_as_html(std::string_view body) {
  const std::string head = lower_ascii(body.substr(0, 512));
  return head.find("<!doctype html") != std::string::npos ||
         head.find("<html") != std::string::npos;
}

}  // namespace

bool looks_like_warc(std::string_view head) { return head.substr(0, 6) == "WARC/1"; }

bool is_warc_name(std::string_view name) {
  const std::string n = lower_ascii(without_compression_suffix(name));
  return n.size() > 5 && n.compare(n.size() - 5, 5, ".warc") == 0;
}

WarcCounts read_warc(ByteStream& in, const std::function<void(WarcPage&&)>& page,
                     const std::function<void(ReadError&&)>& error, const Limits& limits) {
  WarcCounts counts;
  RecordScanner scan(in);
  std::string line;
  std::string headers;
  std::string block;
  // After a record that cannot be framed, lines are passed over up to the
  // next version line, and reading goes on from there. `resync` is a search
  // for it after a record already reported, whose bytes need no report of
  // their own.
  bool lost = false;
  bool resync = false;
  std::uint64_t lost_at = 0;
  bool any_bytes = false;
  for (;;) {
    // Records are separated by blank lines.
    std::uint64_t start = scan.offset();
    bool got = false;
    while ((got = scan.line(line)) && line.empty()) start = scan.offset();
    any_bytes = any_bytes || scan.offset() > 0;
    if (!got) break;
    if (!looks_like_warc(line) || scan.long_line) {
      if (!lost && !resync) {
        lost = true;
        lost_at = start;
      }
      continue;
    }
    resync = false;
    if (lost) {
      error({"byte " + std::to_string(lost_at),
             "not a WARC record; " + std::to_string(start - lost_at) +
                 " bytes passed over up to the next record"});
      lost = false;
    }
    const std::string where = "record at byte " + std::to_string(start);
    headers.clear();
    bool headers_ok = true;
    // A header block longer than a line may be is passed over to its end,
    // not held.
    while (scan.line(line) && !line.empty()) {
      if (scan.long_line || headers.size() + line.size() > RecordScanner::kMaxLine)
        headers_ok = false;
      if (!headers_ok) continue;
      headers += line;
      headers += '\n';
    }
    if (!headers_ok) {
      error({where, "header block too long"});
      continue;
    }
    const std::string length = header_value(headers, "Content-Length");
    const std::optional<std::uint64_t> size = parse_length(length);
    if (!size) {
      error({where, length.empty() ? "no Content-Length"
                                   : "Content-Length '" + length + "' is not a number"});
      continue;  // the next version line is looked for
    }
    ++counts.records;
    // A record too large to hold, or one whose length runs past the end of
    // the input, is reported and its bytes searched for the next record:
    // a wrong Content-Length costs that record only.
    if (*size > limits.max_record_bytes) {
      error({where, "record of " + std::to_string(*size) + " bytes passed over (" +
                        over_record_limit(limits) + "); reading goes on at the next record"});
      resync = true;
      continue;
    }
    const bool complete = scan.block(static_cast<std::size_t>(*size), block);
    if (!complete) {
      if (!scan.error().empty()) {
        error({where, "record cut short: " + scan.error()});
        return counts;
      }
      error({where, "record cut short at the end of the file (Content-Length " + length + ", " +
                        std::to_string(scan.buffered()) +
                        " bytes left); reading goes on at the next record, if any"});
      resync = true;
      continue;
    }

    const std::string type = lower_ascii(header_value(headers, "WARC-Type"));
    const std::string block_type = lower_ascii(header_value(headers, "Content-Type"));
    WarcPage p;
    p.uri = header_value(headers, "WARC-Target-URI");
    if (!p.uri.empty() && p.uri.front() == '<' && p.uri.back() == '>')
      p.uri = p.uri.substr(1, p.uri.size() - 2);
    p.offset = start;
    if (type == "response" && block_type.find("application/http") != std::string::npos) {
      std::string reason;
      auto response = parse_http_response(block, reason, limits);
      if (!response) {
        error({where + " (" + p.uri + ")", reason});
        continue;
      }
      const bool html = is_html_type(response->content_type) ||
                        (response->content_type.empty() && sniffs_as_html(response->body));
      if (response->status < 200 || response->status > 299 || !html) {
        ++counts.passed_over;
        continue;
      }
      p.html = std::move(response->body);
    } else if (type == "resource" &&
               (is_html_type(block_type.substr(0, block_type.find(';'))) || sniffs_as_html(block))) {
      p.html = std::move(block);
    } else {
      ++counts.passed_over;
      continue;
    }
    ++counts.pages;
    page(std::move(p));
  }
  if (!any_bytes && scan.error().empty()) error({"", "empty input"});
  if (lost)
    error({"byte " + std::to_string(lost_at), "not a WARC record; " +
                                                  std::to_string(scan.offset() - lost_at) +
                                                  " bytes to the end passed over"});
  if (!scan.error().empty()) error({"byte " + std::to_string(scan.offset()), scan.error()});
  return counts;
}

}  // namespace newsarchive::indexer
