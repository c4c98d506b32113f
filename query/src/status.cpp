#include "newsarchive/search.h"

namespace newsarchive {

Status::Status(StatusCode code, std::string message, std::size_t position, std::string fragment)
    : code_(code), message_(std::move(message)), position_(position),
      fragment_(std::move(fragment)) {}

const char* status_code_name(StatusCode code) {
  switch (code) {
    case StatusCode::ok: return "ok";
    case StatusCode::bad_query: return "bad_query";
    case StatusCode::invalid_argument: return "invalid_argument";
    case StatusCode::not_found: return "not_found";
    case StatusCode::schema_mismatch: return "schema_mismatch";
    case StatusCode::database_error: return "database_error";
    case StatusCode::internal_error: return "internal_error";
  }
  return "unknown";
}

std::string Status::to_string() const {
  if (ok()) return "ok";
  std::string name = status_code_name(code_);
  for (char& c : name)
    if (c == '_') c = ' ';
  return name + ": " + message_;
}

}  // namespace newsarchive
