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
// not answer is left out and the JSON says "partial": true.
#include <httplib.h>
#include <signal.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <string>
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

void send(httplib::Response& res, const web::Reply& reply) {
  res.status = reply.status;
  res.set_content(reply.body, reply.content_type.c_str());
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
  server.Get("/", [](const httplib::Request&, httplib::Response& res) { send(res, web::page()); });
  server.Get("/search", [&](const httplib::Request& req, httplib::Response& res) {
    send(res, web::search(*searcher, params_of(req)));
  });
  server.Get(R"(/article/(.+))", [&](const httplib::Request& req, httplib::Response& res) {
    send(res, web::article(*searcher, req.matches[1].str()));
  });
  // Errors the routes did not answer themselves: an unknown path, and a
  // request line longer than cpp-httplib reads (8 kB), which is a bad request
  // like any over-long query.
  server.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return;
    web::Reply reply = res.status == 414 ? web::too_long() : web::not_found();
    res.status = reply.status;
    res.set_content(reply.body, reply.content_type.c_str());
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
