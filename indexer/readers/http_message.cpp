#include "readers/http_message.h"

#include "newsarchive/ascii.h"

#include <cctype>
#include <cstdlib>

#include "readers/byte_stream.h"
#include "readers/containers.h"
#include "readers/limit_messages.h"

namespace newsarchive::indexer {
namespace {


// Undoes "Transfer-Encoding: chunked": hex size lines, each followed by
// that many bytes. Returns false if the framing is broken.
bool dechunk(std::string_view in, std::string& out) {
  out.clear();
  for (;;) {
    const auto eol = in.find('\n');
    if (eol == std::string_view::npos) return !out.empty();  // cut short: keep what came
    const std::string size_line(trim_ascii(in.substr(0, eol)));
    char* end = nullptr;
    const unsigned long size = std::strtoul(size_line.c_str(), &end, 16);
    if (end == size_line.c_str()) return false;
    in.remove_prefix(eol + 1);
    if (size == 0) return true;
    if (size > in.size()) {
      out.append(in);
      return true;
    }
    out.append(in.substr(0, size));
    in.remove_prefix(size);
    if (in.substr(0, 2) == "\r\n") in.remove_prefix(2);
    else if (in.substr(0, 1) == "\n") in.remove_prefix(1);
  }
}

bool gunzip(std::string_view in, std::string& out, std::string& reason, const Limits& limits) {
  std::string error;
  auto unpacker = Unpacker::open_memory(in, error, limits);
  if (!unpacker || !unpacker->next()) {
    reason = "gzip body not readable: " + (unpacker ? unpacker->error() : error);
    return false;
  }
  out.clear();
  ByteStream& data = unpacker->data();
  const bool ended = read_up_to(data, out, limits.max_input_bytes + 1);
  if (!ended || out.size() > limits.max_input_bytes) {
    reason = "gzip body " + over_input_limit(limits);
    return false;
  }
  if (data.stopped_at_limit()) {
    reason = "gzip body " + data.error();
    return false;
  }
  if (!data.error().empty() && out.empty()) {
    reason = "gzip body not readable: " + data.error();
    return false;
  }
  return true;
}

}  // namespace

std::string header_value(std::string_view headers, std::string_view name) {
  const std::string wanted = lower_ascii(name);
  while (!headers.empty()) {
    const auto eol = headers.find('\n');
    const std::string_view line = headers.substr(0, eol);
    const auto colon = line.find(':');
    if (colon != std::string_view::npos && lower_ascii(trim_ascii(line.substr(0, colon))) == wanted)
      return std::string(trim_ascii(line.substr(colon + 1)));
    if (eol == std::string_view::npos) break;
    headers.remove_prefix(eol + 1);
  }
  return "";
}

std::optional<HttpResponse> parse_http_response(std::string_view message, std::string& reason,
                                                const Limits& limits) {
  if (message.substr(0, 5) != "HTTP/") {
    reason = "not an HTTP response";
    return std::nullopt;
  }
  // The headers end at the first blank line, however lines end.
  std::size_t split = message.find("\r\n\r\n");
  std::size_t body_at = split + 4;
  if (const std::size_t lf = message.find("\n\n"); lf < split) {
    split = lf;
    body_at = lf + 2;
  }
  if (split == std::string_view::npos) {
    split = message.size();
    body_at = message.size();
  }
  const std::string_view head = message.substr(0, split);
  const std::string_view status_line = head.substr(0, head.find('\n'));
  const auto space = status_line.find(' ');
  HttpResponse r;
  if (space != std::string_view::npos) r.status = std::atoi(std::string(status_line.substr(space + 1, 3)).c_str());
  if (r.status < 100 || r.status > 599) {
    reason = "malformed HTTP status line";
    return std::nullopt;
  }
  const std::string_view headers = head.substr(std::min(head.size(), status_line.size() + 1));

  const std::string type = lower_ascii(header_value(headers, "Content-Type"));
  r.content_type = std::string(trim_ascii(type.substr(0, type.find(';'))));
  if (const auto cs = type.find("charset="); cs != std::string::npos) {
    std::string_view v = std::string_view(type).substr(cs + 8);
    v = v.substr(0, v.find(';'));
    while (!v.empty() && (v.front() == '"' || v.front() == '\'')) v.remove_prefix(1);
    while (!v.empty() && (v.back() == '"' || v.back() == '\'' || v.back() == ' ')) v.remove_suffix(1);
    r.charset = std::string(v);
  }

  std::string_view body = message.substr(body_at);
  std::string dechunked;
  if (lower_ascii(header_value(headers, "Transfer-Encoding")).find("chunked") != std::string::npos) {
    if (!dechunk(body, dechunked)) {
      reason = "broken chunked transfer coding";
      return std::nullopt;
    }
    body = dechunked;
  }
  const std::string coding = lower_ascii(header_value(headers, "Content-Encoding"));
  if (coding == "gzip" || coding == "x-gzip") {
    if (!gunzip(body, r.body, reason, limits)) return std::nullopt;
  } else if (coding.empty() || coding == "identity") {
    r.body = std::string(body);
  } else {
    reason = "content coding '" + coding + "' not supported";
    return std::nullopt;
  }
  return r;
}

}  // namespace newsarchive::indexer
