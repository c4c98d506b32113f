#!/usr/bin/env bash
# The facet audit: the 50 commonest values of the person, org and place
# facets over a whole corpus, against a list reviewed by hand.
#
# Each reviewed file (facet_audit/NAME.txt) holds one line a value:
#   FACET<TAB>VALUE<TAB>MARK[<TAB>note]
# where MARK is "ok", "WRONG" (the value does not belong in that facet) or
# "?" (not yet reviewed). The test fails when the top 50 differ from the
# reviewed values, when a value is still "?", or when a facet has more than
# 2 values marked WRONG. UPDATE_GOLDEN=1 rewrites the list in the new order,
# keeping the marks of values already reviewed and marking new ones "?":
# review those by hand before committing. Counts are not compared.
#
# Usage: run_facet_audit.sh NEWSINDEX NEWSQUERY SHARED_DIR WORK_DIR AUDIT_DIR
set -uo pipefail
newsindex=$1 newsquery=$2 shared=$3 work=$4 audit=$5
export NO_COLOR=1
size=50 max_wrong=2
rm -rf "$work" && mkdir -p "$work"
failed=0

audit_corpus() {  # name, corpus folder
  local name=$1 corpus=$2 reviewed=$audit/$1.txt
  if [ ! -d "$corpus" ]; then
    echo "SKIP: $corpus is absent"
    return
  fi
  local db=$work/$name-db
  if ! "$newsindex" --quiet --db "$db" "$corpus" >"$work/$name-index.log" 2>&1; then
    echo "FAIL: $name: newsindex failed"; tail -5 "$work/$name-index.log"; failed=1; return
  fi
  # Every article: a word no article holds, left out.
  "$newsquery" --db "$db" --limit 0 --facets person,org,place --facet-size "$size" \
    'NOT qqzzxxnotaword' >"$work/$name-facets.txt" 2>&1 || {
    echo "FAIL: $name: newsquery failed"; cat "$work/$name-facets.txt"; failed=1; return; }
  # "facet" headings, then "  count  value" lines.
  awk '/^(person|org|place)$/ { f = $0; next }
       f != "" && /^ *[0-9]+  / { sub(/^ *[0-9]+  /, ""); print f "\t" $0 }' \
    "$work/$name-facets.txt" >"$work/$name-now.txt"

  if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
    # Keep each reviewed value's mark and note; new values get "?".
    awk -F'\t' 'NR == FNR { if ($0 !~ /^#/ && NF >= 3) mark[$1 "\t" $2] = substr($0, length($1 $2) + 3); next }
                { k = $1 "\t" $2; print k "\t" (k in mark ? mark[k] : "?") }' \
      <( [ -f "$reviewed" ] && cat "$reviewed" ) "$work/$name-now.txt" >"$work/$name-new.txt"
    { grep '^#' "$reviewed" 2>/dev/null; cat "$work/$name-new.txt"; } >"$work/$name-merged.txt"
    mv "$work/$name-merged.txt" "$reviewed"
    echo "$name: $reviewed rewritten; review every value marked '?'"
  fi
  if [ ! -f "$reviewed" ]; then
    echo "FAIL: $name: $reviewed is missing (UPDATE_GOLDEN=1 writes it)"; failed=1; return
  fi

  local listed=$work/$name-listed.txt
  grep -v '^#' "$reviewed" | awk -F'\t' 'NF >= 3 { print $1 "\t" $2 }' >"$listed"
  if ! diff -q "$listed" "$work/$name-now.txt" >/dev/null; then
    echo "FAIL: $name: the top $size values differ from $reviewed (< reviewed, > now):"
    diff "$listed" "$work/$name-now.txt" | grep '^[<>]'
    failed=1
  fi
  local unreviewed
  unreviewed=$(grep -v '^#' "$reviewed" | awk -F'\t' '$3 == "?"' | wc -l)
  if [ "$unreviewed" -gt 0 ]; then
    echo "FAIL: $name: $unreviewed values not yet reviewed (marked '?') in $reviewed"; failed=1
  fi
  for facet in person org place; do
    local wrong
    wrong=$(grep -v '^#' "$reviewed" | awk -F'\t' -v f="$facet" '$1 == f && $3 == "WRONG"' | wc -l)
    echo "$name $facet: $wrong of the top $size marked wrong (at most $max_wrong)"
    grep -v '^#' "$reviewed" | awk -F'\t' -v f="$facet" '$1 == f && $3 == "WRONG" { print "  wrong: " $2 (NF >= 4 ? " (" $4 ")" : "") }'
    if [ "$wrong" -gt "$max_wrong" ]; then
      echo "FAIL: $name $facet: $wrong wrong values"; failed=1
    fi
  done
}

audit_corpus bbc "$shared/corpora/bbc-news"
audit_corpus reuters "$shared/corpora/reuters21578"
if [ "$failed" -ne 0 ]; then exit 1; fi
echo "facet audit: PASS"
