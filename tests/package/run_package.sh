#!/usr/bin/env bash
# The installed package, used from outside the tree: installs the build into
# a scratch prefix, configures and builds tests/package/consumer against it
# with find_package(newsarchive), indexes sample_corpus with the installed
# newsindex and searches it with the consumer.
# Usage: run_package.sh BUILD_DIR SOURCE_DIR WORK_DIR [EXTRA_CXX_FLAGS]
set -euo pipefail
build=$1 src=$2 work=$3 flags=${4:-}
rm -rf "$work" && mkdir -p "$work"
export LC_ALL=C.UTF-8
prefix=$work/prefix

cmake --install "$build" --prefix "$prefix" >"$work/install.log"
cmake -S "$src/tests/package/consumer" -B "$work/consumer" -G Ninja \
      -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_CXX_FLAGS="$flags" \
      -DCMAKE_EXE_LINKER_FLAGS="$flags" >"$work/configure.log"
cmake --build "$work/consumer" >"$work/build.log"

"$prefix/bin/newsindex" --quiet --progress none --db "$work/db" "$src/sample_corpus" \
    >"$work/index.log" 2>&1
"$work/consumer/consumer" "$work/db" 'headline:rates' >"$work/out.txt"
cat "$work/out.txt"

fail() { echo "package test: $*" >&2; exit 1; }
grep -q '^articles [1-9]' "$work/out.txt" || fail "the consumer saw no articles"
grep -q '^hit ' "$work/out.txt" || fail "the consumer found no hit for headline:rates"
grep -q '^facet source ' "$work/out.txt" || fail "the consumer got no source facet"
grep -qx 'bad query bad_query' "$work/out.txt" || fail "a malformed query did not give bad_query"
echo "package test: the installed package builds and searches from outside the tree"
