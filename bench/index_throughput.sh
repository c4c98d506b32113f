#!/usr/bin/env bash
# The overnight-indexing benchmark (issue 6): newsindex with its default
# options, the floor (bench/floor_index: bare Xapian, English stemmer,
# positions, one writer, default settings) and, where Java is present, the
# Lucene 4.10 peer (bench/lucene), in one invocation on the same article
# files. For each: articles per second, CPU time, peak resident memory
# (/usr/bin/time -v) and index size before and after compaction; then the
# ratio newsindex/floor and the issue's targets, each with PASS or FAIL.
# Beside the floor with Xapian's default flush threshold, two more bare-Xapian
# references on the same files: the floor with its best flush threshold
# (1,000 documents) and the bare segment build (floor_index --segments 1000:
# segments on 2 threads merged by the compactor, as newsindex's write path
# does), so each ratio can be read against all three. --stats adds, for each
# corpus, the per-field table of terms, postings and positions of the
# floor's index and of newsindex's (bench/index_stats).
#
# Usage:
#   bench/index_throughput.sh [--size 30k|200k|both|distinct-200k|distinct-1m] [--no-lucene] [--stats]
#   bench/index_throughput.sh [--no-lucene] DIR...   any corpus directories, as
#                                                   they are (no targets checked)
#
# --size 30k (the default) is BBC News, Reuters-21578, PolNeAR and AG News
# test as 29,792 plain-text article files, written by bench/build_corpus.
# --size 200k is the same set written 7 times under new directory names
# (208,544 files, each article 7 times under a new id): replicated, not more
# distinct text; the output says so. --size distinct-200k and distinct-1m are
# 200,000 and 1,000,000 distinct articles made of the 30k set's paragraphs
# recombined (bench/build_corpus --recombine); each gives the targets that
# do not compare two sizes. Each corpus is built once into the cache,
# $NEWSARCHIVE_BENCH_CACHE, else $XDG_CACHE_HOME/newsarchive-bench, else
# ~/.cache/newsarchive-bench, and reused.
#
# Runs are warm: the corpus is read once before them, caches are not dropped;
# the order is floor, newsindex, Lucene. The machine may be shared, so the
# load average is printed before and after each corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd -P)

size=30k
lucene=yes
stats=no
dirs=()
while [ $# -gt 0 ]; do
  case "$1" in
    --size) size=${2:-}; shift 2 || { echo "index_throughput: --size needs a value" >&2; exit 2; } ;;
    --size=*) size=${1#--size=}; shift ;;
    --no-lucene) lucene=no; shift ;;
    --stats) stats=yes; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) echo "index_throughput: unknown option $1" >&2; exit 2 ;;
    *) dirs+=("$1"); shift ;;
  esac
done
case "$size" in
  30k|200k|both|distinct-200k|distinct-1m) ;;
  *) echo "index_throughput: --size is 30k, 200k, both, distinct-200k or distinct-1m" >&2; exit 2 ;;
esac

bench_name=index_throughput
source bench/corpus_cache.sh

[ -x /usr/bin/time ] || {
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get install -y -q time >/dev/null
  else
    echo "index_throughput: /usr/bin/time is missing (Debian package time)" >&2; exit 2
  fi
}

work=$(mktemp -d "${TMPDIR:-/tmp}/index-throughput.XXXXXX")
trap 'rm -rf "$work"' EXIT

scripts/build release >/dev/null 2>"$work/build.err" || { cat "$work/build.err" >&2; exit 1; }
bin=$repo/build/release
newsindex=$bin/indexer/newsindex
floor=$bin/bench/floor_index

# newsindex as a user runs it overnight: its defaults, plus no progress display
# where it has one (the display would only go to the log).
news_help=$("$newsindex" --help)
news_opts=()
grep -q -- '--progress' <<<"$news_help" && news_opts+=(--progress none)

# --- Lucene ------------------------------------------------------------------

lucene_cp=
lucene_note=
setup_lucene() {
  [ "$lucene" = yes ] || { lucene_note="Lucene peer: skipped (--no-lucene)"; return; }
  if ! command -v java >/dev/null || ! command -v javac >/dev/null; then
    lucene_note="Lucene peer: skipped, no java and javac on this machine"; return
  fi
  local core
  core=$(ls /usr/share/java/lucene-core-4.10*.jar 2>/dev/null | head -n 1 || true)
  if [ -z "$core" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get install -y -q liblucene4.10-java >"$work/apt.log" 2>&1 || true
    core=$(ls /usr/share/java/lucene-core-4.10*.jar 2>/dev/null | head -n 1 || true)
  fi
  if [ -z "$core" ]; then
    lucene_note="Lucene peer: skipped, liblucene4.10-java is not installed (and could not be)"; return
  fi
  local analyzers=${core/lucene-core/lucene-analyzers-common}
  [ -f "$analyzers" ] || { lucene_note="Lucene peer: skipped, $analyzers is missing"; return; }
  mkdir -p "$work/lucene-classes"
  if ! javac -nowarn -d "$work/lucene-classes" -cp "$core:$analyzers" \
         bench/lucene/LucenePeer.java 2>"$work/javac.log"; then
    cat "$work/javac.log" >&2
    lucene_note="Lucene peer: skipped, bench/lucene/LucenePeer.java did not compile"; return
  fi
  lucene_cp=$work/lucene-classes:$core:$analyzers
  lucene_note="Lucene peer: $(basename "$core" .jar), $(java -version 2>&1 | head -n 1), default heap"
}

# --- Measuring ---------------------------------------------------------------

# measure NAME OK_STATUSES COMMAND...: runs COMMAND under /usr/bin/time -v,
# its output in $work/NAME.log; sets m_wall, m_cpu (seconds) and m_rss (kB).
# A status outside OK_STATUSES ("0" or "0 1") stops the benchmark.
measure() {
  local name=$1 ok=$2 status=0
  shift 2
  /usr/bin/time -v -o "$work/$name.time" "$@" >"$work/$name.log" 2>&1 || status=$?
  if ! grep -qw -- "$status" <<<"$ok"; then
    echo "index_throughput: $name exited with status $status; the end of its output:" >&2
    tail -n 20 "$work/$name.log" >&2
    exit 1
  fi
  read -r m_wall m_cpu m_rss < <(awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($NF, p, ":"); wall = 0
                               for (i = 1; i <= n; ++i) wall = wall * 60 + p[i] }
    /User time \(seconds\)/ { cpu += $NF }
    /System time \(seconds\)/ { cpu += $NF }
    /Maximum resident set size/ { rss = $NF }
    END { print wall, cpu, rss }' "$work/$name.time")
}

# Size on disk in kB of a database: a directory, or a stub file naming shards
# (relative to the stub's directory).
db_kb() {
  local db=$1
  if [ -d "$db" ]; then
    du -sk "$db" | cut -f1
    return
  fi
  local total kind path
  total=$(du -sk "$db" | cut -f1)
  while read -r kind path _; do
    case "$kind" in
      auto|glass|chert|honey)
        case "$path" in /*) ;; *) path=$(dirname "$db")/$path ;; esac
        total=$((total + $(du -sk "$path" | cut -f1))) ;;
    esac
  done <"$db"
  echo "$total"
}

# --- Corpora -----------------------------------------------------------------
# corpus_dir (bench/corpus_cache.sh) gives the cached corpus of a size.

declare -A rate rss index_kb
fmt_mb() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }

# run_corpus LABEL ARTICLES DIR...: the three programs on DIR..., one table.
run_corpus() {
  local label=$1 articles=$2
  shift 2
  local db=$work/$label
  mkdir -p "$db"
  find "$@" -type f -print0 | xargs -0 cat >/dev/null   # warm the page cache
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  local started=$SECONDS
  printf '%-12s %9s %9s %9s %11s %9s %9s %10s %9s\n' program articles "wall s" "CPU s" \
    articles/s "peak MB" "index MB" "compact MB" "compact s"
  row() {  # name wall cpu rss index_kb compact_kb compact_s
    awk -v n="$1" -v a="$articles" -v w="$2" -v c="$3" -v r="$4" -v i="$5" -v ck="$6" -v cs="$7" 'BEGIN {
      printf "%-12s %9d %9.1f %9.1f %11.0f %9.1f %9.1f %10.1f %9.1f\n",
             n, a, w, c, a / w, r / 1024, i / 1024, ck / 1024, cs }'
  }

  measure floor 0 "$floor" "$db/floor.db" "$@"
  local f_wall=$m_wall f_cpu=$m_cpu f_rss=$m_rss f_kb f_compact_kb
  f_kb=$(db_kb "$db/floor.db")
  measure floor-compact 0 xapian-compact "$db/floor.db" "$db/floor.compact"
  f_compact_kb=$(db_kb "$db/floor.compact")
  row floor "$f_wall" "$f_cpu" "$f_rss" "$f_kb" "$f_compact_kb" "$m_wall"
  [ "$stats" = yes ] && "$bin/bench/index_stats" "$db/floor.compact" "floor $label" >"$work/stats-floor-$label.txt"
  rm -rf "$db/floor.db" "$db/floor.compact"

  # The floor with its best flush threshold (1,000 documents, measured), and
  # the bare segment build: the same documents through segments of 1,000 on
  # 2 threads, merged by Xapian's compactor.
  XAPIAN_FLUSH_THRESHOLD=1000 measure floor-best 0 "$floor" "$db/floor.db" "$@"
  local b_wall=$m_wall b_cpu=$m_cpu b_rss=$m_rss b_kb
  b_kb=$(db_kb "$db/floor.db")
  measure floor-best-compact 0 xapian-compact "$db/floor.db" "$db/floor.compact"
  row "floor-1000" "$b_wall" "$b_cpu" "$b_rss" "$b_kb" "$(db_kb "$db/floor.compact")" "$m_wall"
  rm -rf "$db/floor.db" "$db/floor.compact"
  measure bare-segments 0 "$floor" --segments 1000 --threads 2 "$db/floor.db" "$@"
  local s_wall=$m_wall
  row "bare-segment" "$m_wall" "$m_cpu" "$m_rss" "$(db_kb "$db/floor.db")" "$(db_kb "$db/floor.db")" 0
  rm -rf "$db/floor.db"

  measure newsindex "0 1" "$newsindex" "${news_opts[@]}" --db "$db/news.db" "$@"
  local n_wall=$m_wall n_cpu=$m_cpu n_rss=$m_rss n_kb n_after
  n_kb=$(db_kb "$db/news.db")
  [ "$stats" = yes ] && "$bin/bench/index_stats" "$db/news.db" "newsindex $label" >"$work/stats-news-$label.txt"
  if grep -q -- '--compact' <<<"$news_help"; then
    # newsindex's own compaction, taken to work in place on --db.
    measure news-compact 0 "$newsindex" --db "$db/news.db" --compact
    n_after=$(db_kb "$db/news.db")
  else
    measure news-compact 0 xapian-compact "$db/news.db" "$db/news.compact"
    n_after=$(db_kb "$db/news.compact")
  fi
  row newsindex "$n_wall" "$n_cpu" "$n_rss" "$n_kb" "$n_after" "$m_wall"
  rm -rf "$db/news.db" "$db/news.compact"

  local l_wall=
  if [ -n "$lucene_cp" ]; then
    measure lucene 0 java -cp "$lucene_cp" LucenePeer index "$db/lucene" "$@"
    l_wall=$m_wall
    local l_cpu=$m_cpu l_rss=$m_rss l_kb
    l_kb=$(db_kb "$db/lucene")
    measure lucene-merge 0 java -cp "$lucene_cp" LucenePeer merge "$db/lucene"
    row "lucene 4.10" "$l_wall" "$l_cpu" "$l_rss" "$l_kb" "$(db_kb "$db/lucene")" "$m_wall"
    rm -rf "$db/lucene"
  fi

  awk -v f="$f_wall" -v b="$b_wall" -v s="$s_wall" -v n="$n_wall" -v l="$l_wall" 'BEGIN {
    printf "throughput newsindex/floor: %.2f (against floor-1000: %.2f, against bare-segment: %.2f)\n", f / n, b / n, s / n
    if (l != "") printf "throughput lucene/floor:    %.2f\n", f / l }'
  echo "newsindex said: $(grep -E '^newsindex: .*inputs read' "$work/newsindex.log" | tail -n 1 | sed 's/^newsindex: //')"
  local warnings
  warnings=$(grep -c 'warning:' "$work/newsindex.log" || true)
  echo "newsindex printed $warnings warning lines (kept out of this output)"
  echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg); the $label runs took $(( (SECONDS - started) / 60 )) min $(( (SECONDS - started) % 60 )) s"
  rate[$label]=$(awk -v a="$articles" -v w="$n_wall" 'BEGIN { printf "%.2f", a / w }')
  rate[floor-$label]=$(awk -v a="$articles" -v w="$f_wall" 'BEGIN { printf "%.2f", a / w }')
  rss[$label]=$n_rss
  rss[floor-$label]=$f_rss
  index_kb[$label]=$n_kb
  index_kb[floor-compact-$label]=$f_compact_kb
  if [ "$stats" = yes ]; then
    echo "-- what each index holds (bench/index_stats)"
    cat "$work/stats-floor-$label.txt" "$work/stats-news-$label.txt"
  fi
  rm -rf "$db"
}

# describe_corpus DIR COPIES: the articles per collection of one set.
describe_corpus() {
  local dir=$1 copies=$2 set=$1 parts=() name n
  [ "$copies" -gt 1 ] && set=$dir/copy-1
  for name in bbc-news reuters21578 polnear ag-news-test; do
    n=$(find "$set/$name" -type f | wc -l)
    parts+=("$name $n")
  done
  local IFS=,
  echo "${parts[*]}" | sed 's/,/, /g'
}

# --- Main --------------------------------------------------------------------

setup_lucene
commit=$(git rev-parse --short HEAD)
git diff --quiet HEAD -- . 2>/dev/null || commit="$commit+uncommitted changes"
echo "index_throughput: commit $commit, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(free -g | awk '/^Mem:/ { print $2 }') GB; shared with other work"
echo "xapian $(xapian-config --version 2>/dev/null | awk '{ print $NF }' || dpkg-query -W -f '${Version}' libxapian30), release build"
echo "newsindex: its default options: newsindex ${news_opts[*]:+${news_opts[*]} }--db DB CORPUS"
echo "floor: floor_index DB CORPUS; compaction: xapian-compact (newsindex: $(grep -q -- '--compact' <<<"$news_help" && echo 'newsindex --compact' || echo 'xapian-compact, it has no --compact'))"
echo "$lucene_note; compaction: forceMerge(1)"
echo "page cache warm (the corpus is read once before the runs; caches are not dropped); order: floor, newsindex, lucene"
echo "rates are articles over wall-clock seconds, process start to exit, as /usr/bin/time -v gives them"

if [ ${#dirs[@]} -gt 0 ]; then
  articles=$(find "${dirs[@]}" -type f -name '*.txt' ! -iname 'readme*' | wc -l)
  echo
  echo "== corpus: ${dirs[*]} ($articles .txt files, README excluded; the floor reads every file)"
  run_corpus custom "$articles" "${dirs[@]}"
  exit 0
fi

labels=(30k 200k)
[ "$size" = both ] || labels=("$size")
for label in "${labels[@]}"; do
  dir=$(corpus_dir "$label")
  copies=1
  [ "$label" = 200k ] && copies=$copies_200k
  articles=$(find "$dir" -type f | wc -l)
  mb=$(find "$dir" -type f -printf '%s\n' | awk '{ s += $1 } END { printf "%.1f", s / 1e6 }')
  echo
  if [ "$copies" -gt 1 ]; then
    echo "== corpus 200k: REPLICATED: the 30k set written $copies times under new directory names"
    echo "   (copy-1 ... copy-$copies), each article $copies times under a new id: $articles article files,"
    echo "   $((articles / copies)) distinct ($(describe_corpus "$dir" "$copies") per copy), $mb MB"
  elif [ "$label" != 30k ]; then
    echo "== corpus $label: $articles distinct article files, the 30k set's paragraphs recombined, $mb MB"
  else
    echo "== corpus 30k: $articles article files ($(describe_corpus "$dir" 1)), $mb MB"
  fi
  echo "   $dir"
  run_corpus "$label" "$articles" "$dir"
done

# --- Targets -----------------------------------------------------------------

verdict() { awk -v x="$1" -v op="$2" -v y="$3" 'BEGIN {
  ok = (op == ">=") ? x >= y : x < y; print ok ? "PASS" : "FAIL" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
gib_kb=1048576
# "Flat": at 200k the peak is within 20% of the peak at 30k, for 7 times the articles.
flat_limit=1.20

echo
if [ "$size" = both ]; then
  echo "== 30k against 200k"
  printf '%-12s %14s %14s %9s %12s %12s %9s\n' program "30k art/s" "200k art/s" ratio \
    "30k peak MB" "200k peak MB" ratio
  for p in newsindex floor; do
    k30=30k k200=200k
    [ "$p" = floor ] && k30=floor-30k k200=floor-200k
    printf '%-12s %14s %14s %9s %12s %12s %9s\n' "$p" "${rate[$k30]}" "${rate[$k200]}" \
      "$(ratio "${rate[$k200]}" "${rate[$k30]}")" "$(fmt_mb "${rss[$k30]}")" \
      "$(fmt_mb "${rss[$k200]}")" "$(ratio "${rss[$k200]}" "${rss[$k30]}")"
  done
fi
echo "== targets (issue 17: full extraction, this 2-core machine; the floor with default settings)"
for label in "${labels[@]}"; do
  r=$(ratio "${rate[$label]}" "${rate[floor-$label]}")
  echo "  $(verdict "$r" ">=" 1.5)  throughput at $label at least 1.5 times the floor's: $r"
  echo "  $(verdict "${rss[$label]}" "<" "$gib_kb")  peak memory at $label under 1 GiB: $(fmt_mb "${rss[$label]}") MB"
done
for label in 200k distinct-200k; do
  [ -n "${index_kb[$label]:-}" ] || continue
  r=$(ratio "${index_kb[$label]}" "${index_kb[floor-compact-$label]}")
  echo "  $(verdict "$r" "<" 1.5001)  index at $label as built at most 1.5 times the floor's compacted: $r"
done
if [ "$size" = both ]; then
  r=$(ratio "${rss[200k]}" "${rss[30k]}")
  echo "  $(verdict "$r" "<" "$flat_limit")  peak memory flat from 30k to 200k (200k/30k under $flat_limit): $r"
  r=$(ratio "${rate[200k]}" "${rate[30k]}")
  echo "  $(verdict "$r" ">=" 0.95)  throughput at 200k at least 0.95 of that at 30k: $r"
fi
