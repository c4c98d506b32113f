#!/usr/bin/env bash
# Resuming after SIGKILL: newsindex is killed at several moments while it
# indexes a corpus, run again to the end, and the database compared with
# that of a clean run: the same article ids, as many documents, nothing
# twice. Runs once with one database and once with shards.
# Usage: run_resume.sh NEWSINDEX SOURCE_DIR WORK_DIR [COPIES]
set -uo pipefail
newsindex=$1 src=$2 work=$3 copies=${4:-12}
rm -rf "$work" && mkdir -p "$work"
export LC_ALL=C.UTF-8

# A corpus that takes a moment: sample_corpus COPIES times over (12 unless
# told), each copy under its own name, so every article has its own id.
corpus=$work/corpus
mkdir -p "$corpus"
for i in $(seq -w 1 "$copies"); do cp -r "$src/sample_corpus" "$corpus/copy-$i"; done

# Every id term of a database, sorted, and its document count.
ids() { xapian-delve -a -1 "$1" 2>/dev/null | grep '^Q' | sort; }
docs() { xapian-delve "$1" 2>/dev/null | sed -n 's/^number of documents = //p'; }

failed=0
check() {  # name shards...
  local name=$1; shift
  local clean=$work/$name-clean.db resumed=$work/$name-resumed.db
  local start=$(date +%s.%N)
  "$newsindex" --quiet --progress none --batch 10 "$@" --db "$clean" "$corpus" >"$work/$name-clean.log" 2>&1
  local total=$(ids "$clean" | wc -l)
  # Killed three times, each a quarter of a clean run's time after it
  # started (or resumed), so each run gets further.
  local delay=$(echo "$start $(date +%s.%N)" | awk '{ printf "%.2f", ($2 - $1) / 4 }')
  local kills=0 partial=""
  for _ in 1 2 3; do
    "$newsindex" --quiet --progress none --batch 10 "$@" --db "$resumed" "$corpus" \
        >"$work/$name-killed.log" 2>&1 &
    local pid=$!
    sleep "$delay"
    if kill -KILL "$pid" 2>/dev/null; then
      kills=$((kills + 1))
      wait "$pid" 2>/dev/null
      partial="$partial $(ids "$resumed" | wc -l)"
    else
      wait "$pid"
    fi
  done
  "$newsindex" --quiet --progress none --batch 10 "$@" --db "$resumed" "$corpus" \
      >"$work/$name-resumed.log" 2>&1
  if [ "$kills" -eq 0 ]; then
    echo "FAIL $name: the indexer finished before it could be killed"; failed=1; return
  fi
  if ! diff <(ids "$clean") <(ids "$resumed") >"$work/$name.diff"; then
    echo "FAIL $name: the ids differ from a clean run's:"; head -20 "$work/$name.diff"; failed=1
  elif [ "$(docs "$clean")" != "$(docs "$resumed")" ]; then
    echo "FAIL $name: $(docs "$resumed") documents after resuming, $(docs "$clean") in a clean run"
    failed=1
  else
    echo "ok $name: killed $kills times (ids committed at each kill:$partial of $total)," \
         "then resumed: the same $total ids and $(docs "$clean") documents as a clean run"
    sed -n 's/^newsindex: \([0-9]* inputs read.*\); .*/  last run: \1/p' "$work/$name-resumed.log"
  fi
}

check one-database --shards 1
check two-shards --shards 2
[ "$failed" -eq 0 ]
