// web-backend: newsarchive's query library behind HTTP, with a search page.
//
//   web-backend --db PATH [--host 127.0.0.1] [--port 8080] [--threads N]
//               [--allow-partial]
//
// GET /search returns JSON (routes.h says which parameters), GET /article/ID
// one article, GET / the page. --port 0 takes any free port. The first line
// on standard output is "listening on http://HOST:PORT/" once requests are
// accepted. SIGINT or SIGTERM stops it: requests under way are answered,
// then it exits 0. With --allow-partial, a shard of a stub file that does
// not answer is left out and the JSON says "partial": true. JSON answers of
// 1 kB or more are sent gzip-compressed to clients that accept it.
#include <httplib.h>
#include <signal.h>
#include <zlib.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <thread>

#include <newsarchive/search.h>

#include "routes.h"

namespace {

int usage() {
  std::fprintf(stderr,
               "usage: web-backend --db PATH [--host HOST] [--port PORT] [--threads N] "
               "[--allow-partial]\n");
  return 2;
}

// Whether an Accept-Encoding header takes gzip (named, or "*", with a
// weight other than 0).
bool accepts_gzip(std::string_view header) {
  while (!header.empty()) {
    const std::size_t comma = std::min(header.find(','), header.size());
    std::string_view item = header.substr(0, comma);
    header.remove_prefix(std::min(comma + 1, header.size()));
    const std::size_t semicolon = std::min(item.find(';'), item.size());
    std::string_view name = item.substr(0, semicolon), weight = item.substr(semicolon);
    while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
    while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
    if (name != "gzip" && name != "*") continue;
    const std::size_t q = weight.find("q=");
    return q == std::string_view::npos || weight.substr(q + 2).find_first_not_of("0. ") != std::string_view::npos;
  }
  return false;
}

// `data` as a gzip stream, or nothing if zlib fails.
std::optional<std::string> gzip(const std::string& data) {
  if (data.size() > std::numeric_limits<uInt>::max()) return std::nullopt;
  z_stream z{};
  if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    return std::nullopt;
  std::string out(deflateBound(&z, static_cast<uLong>(data.size())), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  const int rc = deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  if (rc != Z_STREAM_END) return std::nullopt;
  return out;
}

// A route's reply. cpp-httplib itself compresses "application/json" with
// brotli at its slowest setting for a browser (70 ms for a search's 55 kB, 1.6 s
// for the 1.3 MB of a timeline of 10,000 days); JSON is sent with a charset,
// which cpp-httplib leaves alone, and gzip-compressed here (a few ms for a
// megabyte). The page, text/html, is left to cpp-httplib (15 ms, once).
void send(const httplib::Request& req, httplib::Response& res, const web::Reply& reply) {
  res.status = reply.status;
  if (reply.content_type != "application/json") {
    res.set_content(reply.body, reply.content_type.c_str());
    return;
  }
  constexpr const char* kJson = "application/json; charset=utf-8";
  res.set_header("Vary", "Accept-Encoding");
  if (reply.body.size() >= 1024 && accepts_gzip(req.get_header_value("Accept-Encoding"))) {
    if (std::optional<std::string> packed = gzip(reply.body)) {
      res.set_header("Content-Encoding", "gzip");
      res.set_content(std::move(*packed), kJson);
      return;
    }
  }
  res.set_content(reply.body, kJson);
}

web::Params params_of(const httplib::Request& req) {
  web::Params out;
  for (const auto& [name, value] : req.params) out.emplace(name, value);  // first one kept
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::string db, host = "127.0.0.1";
  int port = 8080;
  unsigned threads = std::max(4u, 2 * std::thread::hardware_concurrency());
  newsarchive::SearcherOptions options;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--allow-partial") {
      options.allow_partial = true;
      continue;
    }
    if (i + 1 >= argc) return usage();
    const char* value = argv[++i];
    if (arg == "--db") db = value;
    else if (arg == "--host") host = value;
    else if (arg == "--port") port = std::atoi(value);
    else if (arg == "--threads") threads = static_cast<unsigned>(std::atoi(value));
    else return usage();
  }
  if (db.empty() || port < 0 || port > 65535 || threads == 0) return usage();

  newsarchive::Status status;
  const auto searcher = newsarchive::Searcher::open(db, &status, options);
  if (!searcher) {
    std::fprintf(stderr, "web-backend: %s\n", status.to_string().c_str());
    return 3;
  }

  // Signals go to one thread that waits for them, not to the server's.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  httplib::Server server;
  server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  server.set_payload_max_length(64 * 1024);
  server.Get("/", [](const httplib::Request& req, httplib::Response& res) {
    send(req, res, web::page());
  });
  server.Get("/search", [&](const httplib::Request& req, httplib::Response& res) {
    send(req, res, web::search(*searcher, params_of(req)));
  });
  server.Get(R"(/article/(.+))", [&](const httplib::Request& req, httplib::Response& res) {
    send(req, res, web::article(*searcher, req.matches[1].str()));
  });
  // Errors the routes did not answer themselves: an unknown path, and a
  // request line longer than cpp-httplib reads (8 kB), which is a bad request
  // like any over-long query.
  server.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    send(req, res, res.status == 414 ? web::too_long() : web::not_found());
  });
  server.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        res.status = 500;
        res.set_content("{\"error\": {\"code\": \"internal_error\", \"message\": \"internal error\"}}\n",
                        "application/json");
      });

  const int wanted = port;
  if (port == 0) {
    port = server.bind_to_any_port(host);
  } else if (!server.bind_to_port(host, port)) {
    port = -1;
  }
  if (port < 0) {
    std::fprintf(stderr, "web-backend: cannot listen on %s port %d\n", host.c_str(), wanted);
    return 1;
  }

  std::atomic<bool> signalled{false};
  std::thread waiter([&server, &stop_signals, &signalled] {
    int signal = 0;
    sigwait(&stop_signals, &signal);
    signalled = true;
    server.stop();
  });
  std::printf("listening on http://%s:%d/\n", host.c_str(), port);
  std::fflush(stdout);
  const bool ok = server.listen_after_bind();
  // Stopped by a signal, or the listener failed: then wake the waiter.
  if (!signalled) pthread_kill(waiter.native_handle(), SIGTERM);
  waiter.join();
  if (!ok && !signalled) {
    std::fprintf(stderr, "web-backend: the server stopped on an error\n");
    return 1;
  }
  return 0;
}
