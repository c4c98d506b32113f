# The benchmarks' corpus cache, shared by bench/index_throughput.sh and
# bench/query_latency.sh, so that both measure the same article files.
# Source it with $repo (the repository's real path) and $bench_name (for
# messages) set. It sets $cache and $copies_200k and defines corpus_dir,
# which needs $bin (a release build) to build a missing corpus.

# The corpus layout's version: raise it when build_corpus writes other files,
# so that stale caches are not reused.
corpus_version=1
copies_200k=7
cache=${NEWSARCHIVE_BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/newsarchive-bench}
mkdir -p "$cache"
case "$(cd "$cache" && pwd -P)/" in
  "$repo"/*) echo "$bench_name: the cache $cache is inside the repository; set NEWSARCHIVE_BENCH_CACHE" >&2
             exit 2 ;;
esac

# corpus_dir 30k|200k|distinct-200k|distinct-1m: the cached corpus, built
# when missing. The distinct ones are the set's paragraphs recombined into
# that many articles (build_corpus --recombine).
corpus_dir() {
  local label=$1 log
  local how=(--copies 1)
  case "$label" in
    200k) how=(--copies "$copies_200k") ;;
    distinct-200k) how=(--recombine 200000) ;;
    distinct-1m) how=(--recombine 1000000) ;;
  esac
  local dir=$cache/corpus-v$corpus_version-$label
  if [ ! -d "$dir" ]; then
    echo "building the $label corpus into $dir (once; reused by later runs)" >&2
    rm -rf "$dir.part"
    log=$(mktemp)
    "$bin/bench/build_corpus" --corpora ../shared/corpora "${how[@]}" "$dir.part" >"$log" ||
      { cat "$log" >&2; rm -f "$log"; exit 1; }
    rm -f "$log"
    mv "$dir.part" "$dir"
  fi
  echo "$dir"
}
