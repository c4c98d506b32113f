#!/usr/bin/env bash
# The web backend example, for real: the build is installed into a scratch
# prefix, examples/web-backend is built against it (find_package), sample_corpus
# is indexed with the installed newsindex, and the server is started on a
# free loopback port. web_client then sends valid and malformed requests from
# 8 clients at once and checks every answer; browser_check drives headless
# Chromium through chromedriver to type a query into the page and see hits,
# facets and a timeline, narrow the search by both, and see quotes' provenance.
# Last, SIGTERM must stop the server cleanly (exit status 0).
# Usage: run_web.sh BUILD_DIR SOURCE_DIR WORK_DIR WEB_CLIENT BROWSER_CHECK [CXX_FLAGS]
set -euo pipefail
build=$1 src=$2 work=$3 client=$4 browser=$5 flags=${6:-}
rm -rf "$work" && mkdir -p "$work"
export LC_ALL=C.UTF-8
prefix=$work/prefix
server_pid="" driver_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill -KILL "$server_pid" 2>/dev/null
  [ -n "$driver_pid" ] && kill -KILL "$driver_pid" 2>/dev/null
  return 0
}
trap cleanup EXIT
fail() { echo "web test: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$prefix" >"$work/install.log"
cmake -S "$src/examples/web-backend" -B "$work/web" -G Ninja -DCMAKE_PREFIX_PATH="$prefix" \
      -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="$flags" >"$work/configure.log" ||
  { cat "$work/configure.log"; fail "configuring examples/web-backend failed"; }
cmake --build "$work/web" >"$work/build.log" 2>&1 ||
  { cat "$work/build.log"; fail "building examples/web-backend failed"; }

"$prefix/bin/newsindex" --quiet --progress none --db "$work/db" "$src/sample_corpus" \
    >"$work/index.log" 2>&1

"$work/web/web-backend" --db "$work/db" --port 0 >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
url=""
for _ in $(seq 100); do
  url=$(sed -n 's#^listening on \(http://[^ ]*\)/$#\1#p' "$work/server.out")
  [ -n "$url" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.err"; fail "the server did not start"; }
  sleep 0.1
done
[ -n "$url" ] || fail "the server did not say where it listens"
echo "web test: server at $url"

"$client" "$url" 5 || fail "web_client found wrong answers"

# The browser: chromedriver on a free port (it cannot pick one itself), drawn
# below the ephemeral range that the clients' connections use. A
# port somebody else holds, or a driver that dies or is slow to say it
# started, costs one attempt of ten; each attempt's log is kept for the report.
command -v chromedriver >/dev/null || fail "chromedriver is missing (Debian package chromium-driver; scripts/install-deps installs it)"
driver_url=""
attempt=0
for port in $(shuf -i 20000-32000 -n 10); do   # below the ephemeral range
  attempt=$((attempt + 1))
  log=$work/driver.$attempt.log
  chromedriver --port="$port" >"$log" 2>&1 &
  driver_pid=$!
  for _ in $(seq 100); do
    grep -q "started successfully" "$log" && { driver_url=http://127.0.0.1:$port; break; }
    kill -0 "$driver_pid" 2>/dev/null || break
    sleep 0.1
  done
  [ -n "$driver_url" ] && break
  kill -KILL "$driver_pid" 2>/dev/null || true   # it may have exited already
  wait "$driver_pid" 2>/dev/null || true
  driver_pid=""
  echo "web test: chromedriver on port $port did not start (attempt $attempt): $(tail -n 3 "$log" | tr '\n' ' ')"
done
[ -n "$driver_url" ] || fail "chromedriver did not start in $attempt attempts"
# "minister" matches sample_corpus articles in 10 months from June 2023 to
# May 2025, so that a month of the timeline clicked narrows the search. Of
# the quotes "kelderby" finds, one is carried by four articles
# (sample_corpus/quotes-trail), which do not agree on who said it.
"$browser" "$driver_url" "$url/" minister ministr kelderby || fail "the page did not work in Chromium"
kill -TERM "$driver_pid" 2>/dev/null || true; wait "$driver_pid" 2>/dev/null || true; driver_pid=""

kill -TERM "$server_pid" 2>/dev/null || { cat "$work/server.err"; fail "the server had exited before SIGTERM"; }
status=0
wait "$server_pid" || status=$?
server_pid=""
[ "$status" = 0 ] || { cat "$work/server.err"; fail "the server exited with status $status after SIGTERM"; }
echo "web test: passed; the server stopped cleanly on SIGTERM"
