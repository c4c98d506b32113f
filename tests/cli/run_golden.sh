#!/usr/bin/env bash
# Golden-file tests. Each case of cases.txt is run and its output (stdout,
# then stderr, then the exit status) compared with golden/NAME.out, after
# unstable values (timings, scores, the work directory) are replaced with
# placeholders.
# Usage: run_golden.sh NEWSINDEX NEWSQUERY SOURCE_DIR WORK_DIR [--setup | CASE]
#   --setup   index sample_corpus into WORK_DIR/db (what every case reads)
#   CASE      run that case only (on the database --setup wrote); "reindex"
#             checks that indexing again skips every input and --force
#             replaces every article
#   neither   set up, then run every case (UPDATE_GOLDEN=1 rewrites them)
# ctest runs --setup once and each case as a test of its own (cli_golden.*).
set -uo pipefail
newsindex=$1 newsquery=$2 src=$3 work=$4 only=${5:-}
here=$src/tests/cli
export NO_COLOR=1 LC_ALL=C.UTF-8
unset NEWSARCHIVE_DB NEWSQUERY_CONFIG
# No user's defaults: newsquery reads NEWSQUERY_* and its configuration file.
for v in $(env | sed -n 's/^\(NEWSQUERY_[A-Za-z0-9_]*\)=.*/\1/p'); do unset "$v"; done
export XDG_CONFIG_HOME=$work/config

DB=$work/db
cd "$src"
if [ -z "$only" ] || [ "$only" = --setup ]; then
  rm -rf "$work" && mkdir -p "$work"
  # Two shards, whatever the machine: the default depends on its cores, and
  # ties in ranking are broken by document order, which sharding changes.
  if ! "$newsindex" --quiet --shards 2 --db "$DB" sample_corpus >"$work/index.log" 2>&1; then
    echo "indexing sample_corpus failed:"; cat "$work/index.log"; exit 1
  fi
  [ "$only" = --setup ] && exit 0
elif [ ! -f "$work/index.log" ]; then
  echo "no database in $work: run with --setup first"; exit 1
fi

scrub() {
  sed -E -e "s#$work#WORK#g" \
         -e 's/"elapsed_ms": [0-9.e+-]+/"elapsed_ms": ELAPSED/' \
         -e 's/"score": [0-9.e+-]+/"score": SCORE/' \
         -e 's/[0-9]+\.[0-9] s( \([0-9]+ articles\/s\))?/TIME/'
}

failed=0 passed=0
while IFS='|' read -r name command; do
  name=$(echo "$name" | tr -d ' ')
  [ -z "$name" ] || [ "${name:0:1}" = "#" ] && continue
  [ -n "$only" ] && [ "$name" != "$only" ] && continue
  command=${command# }
  # "| after CASE": runs on what that case left (ctest orders them).
  command=$(echo "$command" | sed -E 's/ +\| after [a-z_]+ *$//')
  command=${command//\$DB/$DB}
  # A case may set variables first: env NAME=value newsquery ...
  if [[ $command =~ ^(env( [A-Z_]+=[^ ]*)+ )?newsquery(.*)$ ]]; then
    command="${BASH_REMATCH[1]}\"$newsquery\"${BASH_REMATCH[3]}"
  fi
  command=${command/#newsindex/\"$newsindex\"}
  actual=$work/$name.out
  {
    eval "$command" 2>"$work/$name.err"
    status=$?
    echo "--- stderr"
    cat "$work/$name.err"
    echo "--- exit status $status"
  } | scrub >"$actual"
  expected=$here/golden/$name.out
  if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
    cp "$actual" "$expected"
    passed=$((passed + 1))
  elif diff -u "$expected" "$actual" >"$work/$name.diff" 2>&1; then
    passed=$((passed + 1))
  else
    echo "FAIL $name:"; cat "$work/$name.diff"
    failed=$((failed + 1))
  fi
done <"$here/cases.txt"

# Indexing the same corpus again skips every file as unchanged; with --force
# it reads them again and replaces every article, adding none. On a copy of
# the database, which the other cases may be reading.
if [ -z "$only" ] || [ "$only" = reindex ]; then
  rm -rf "$DB-reindex" && cp -r "$DB" "$DB-reindex"
  before=$(grep -o 'holds [0-9]* articles' "$work/index.log")
  inputs=$(sed -n 's/^newsindex: \([0-9]*\) inputs read.*/\1/p' "$work/index.log")
  "$newsindex" --quiet --db "$DB-reindex" sample_corpus >"$work/again.log" 2>&1
  "$newsindex" --quiet --force --db "$DB-reindex" sample_corpus >"$work/forced.log" 2>&1
  after=$(grep -o 'holds [0-9]* articles' "$work/forced.log")
  if grep -q "^newsindex: 0 inputs read, $inputs unchanged since indexed (skipped): 0 articles added, 0 replaced" "$work/again.log" &&
     [ "$before" = "$after" ] && grep -q ' 0 articles added' "$work/forced.log"; then
    passed=$((passed + 1))
  else
    echo "FAIL reindex: before '$before', after '$after'"; cat "$work/again.log" "$work/forced.log"
    failed=$((failed + 1))
  fi
fi

if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then
  echo "no case named '$only' in $here/cases.txt"; exit 1
fi
echo "cli_golden: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
