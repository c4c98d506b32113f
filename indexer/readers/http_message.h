// An HTTP/1.x response as a crawler stored it: status line, headers, body.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "readers/resource_limits.h"

namespace newsarchive::indexer {

struct HttpResponse {
  int status = 0;
  std::string content_type;  // lower case, parameters dropped ("text/html")
  std::string charset;       // from the Content-Type parameters, lower case, or ""
  std::string body;          // chunked transfer coding and gzip content coding undone
};

// Parses a stored response. nullopt with `reason` set when it is not an
// HTTP response or its body cannot be decoded. A gzip body is held to the
// limits on expansion and on an input's size.
std::optional<HttpResponse> parse_http_response(std::string_view message, std::string& reason,
                                                const Limits& limits = {});

// The value of a "Name: value" header in a block of header lines, looked up
// without regard to case; "" when absent. Lines end in \r\n or \n.
std::string header_value(std::string_view headers, std::string_view name);

}  // namespace newsarchive::indexer
