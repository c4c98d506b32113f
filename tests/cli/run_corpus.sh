#!/usr/bin/env bash
# Corpus checks of the whole tool chain on ../shared/corpora/bbc-news and the
# seed article: every article indexed once (sport/199.txt repaired, not
# lost), known-item searches, and no growth when indexing again.
# Usage: run_corpus.sh NEWSINDEX NEWSQUERY SHARED_DIR WORK_DIR
set -uo pipefail
newsindex=$1 newsquery=$2 shared=$3 work=$4
bbc=$shared/corpora/bbc-news
if [ ! -d "$bbc" ]; then
  echo "SKIP: $bbc is absent"; exit 0
fi
rm -rf "$work" && mkdir -p "$work"
export NO_COLOR=1
db=$work/db
passed=0 failed=0
check() {  # description, then a command that must succeed
  local what=$1; shift
  if "$@"; then passed=$((passed + 1)); else echo "FAIL: $what"; failed=$((failed + 1)); fi
}

"$newsindex" --db "$db" "$bbc" >"$work/first.log" 2>&1
first=$?
grep -v 'date inferred' "$work/first.log"
check "first run exits 0" test "$first" -eq 0
check "2225 articles added" grep -q ': 2225 articles added, 0 replaced' "$work/first.log"
check "sport/199.txt repaired with a warning" \
  grep -q 'warning: .*sport/199.txt: not valid UTF-8 at byte' "$work/first.log"

top=$("$newsquery" --db "$db" --json --limit 1 'headline:"ad sales"' | grep -m1 '"id"')
echo "headline:\"ad sales\" -> $top"
check "headline:\"ad sales\" ranks business/001 first" \
  test "$top" = '      "id": "bbc-news/business/001.txt",'

"$newsindex" --db "$db" "$bbc" >"$work/second.log" 2>&1
tail -2 "$work/second.log"
check "second run skips every unchanged file" \
  grep -q ', 2225 unchanged since indexed (skipped): 0 articles added, 0 replaced' "$work/second.log"
"$newsindex" --force --db "$db" "$bbc" >"$work/forced.log" 2>&1
tail -2 "$work/forced.log"
check "a forced run adds nothing" grep -q ': 0 articles added, 2225 replaced' "$work/forced.log"
check "count unchanged" grep -q 'holds 2225 articles' "$work/forced.log"

# The total a page of one reports, against the exact count: within a factor
# of 1.5, and never below the hit shown.
for q in 'tony blair' 'election' 'mobile phone' 'the' 'headline:"ad sales"' 'chelsea OR arsenal'; do
  for mode in '' --no-collapse; do
    about=$("$newsquery" --db "$db" --limit 1 $mode "$q" | sed -n 's/^1 hit (1-1) of about \([0-9]*\) for.*/\1/p')
    exact=$("$newsquery" --db "$db" --count $mode "$q")
    echo "estimate: '$q' $mode: about ${about:-?}, exactly $exact"
    check "'$q' $mode: about ${about:-?} is within 1.5 of $exact and at least 1" \
      awk -v a="${about:-0}" -v e="$exact" 'BEGIN { exit !(a >= 1 && a * 1.5 >= e && e * 1.5 >= a) }'
  done
done

seed=$shared/seed/g7-china-russia.txt
if [ -f "$seed" ]; then
  "$newsindex" --quiet --db "$db" "$seed" >/dev/null 2>&1
  hit=$("$newsquery" --db "$db" --limit 1 'caption:capri credit:reuters date:2024-04')
  echo "$hit" | head -3
  check "seed found by caption, credit and inferred date" \
    grep -q 'G7 countries slam Chinese firms' <<<"$hit"
  quotes=$("$newsquery" --db "$db" --quotes 'speaker:baerbock china')
  echo "$quotes"
  check "--quotes speaker:baerbock china gives her two quotes" \
    test "$(grep -c '^   Annalena Baerbock' <<<"$quotes")" -eq 2 -a \
         "$(grep -c '^[0-9]*\. “' <<<"$quotes")" -eq 2
  check "the quotes are the expected ones" \
    grep -q 'openly pursues an ever closer partnership' <<<"$quotes"
  check "and the second" grep -q 'to make use of its influence' <<<"$quotes"
  hit=$("$newsquery" --db "$db" 'person:"Antony Blinken"')
  check "person:\"Antony Blinken\" finds the seed" grep -q 'G7 countries slam Chinese firms' <<<"$hit"
  facets=$("$newsquery" --db "$db" --limit 0 --facets person putin)
  echo "$facets"
  check "--facets person putin lists people with counts, Putin first" \
    grep -A1 -x 'person' <<<"$facets" | grep -qE '^ +[0-9]+  Vladimir Putin$'
  check "the facet counts more than one person" \
    test "$(grep -cE '^ +[0-9]+  ' <<<"$facets")" -ge 5
  hit=$("$newsquery" --db "$db" --limit 1 '"Russia’s war"')
  check "typographic apostrophe in a phrase" grep -q 'G7 countries' <<<"$hit"
  hit=$("$newsquery" --db "$db" --limit 1 '"Russia'"'"'s war"')
  check "straight apostrophe finds the typographic one" grep -q 'G7 countries' <<<"$hit"
fi

echo "corpus_cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
