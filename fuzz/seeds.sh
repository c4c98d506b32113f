#!/usr/bin/env bash
# Assembles the seed corpus of each harness from the lines of seeds.list,
# into WORK/seeds/<harness>/ (default WORK: /tmp/newsarchive-fuzz), each file
# cut to the harness's largest input. The shared corpora are read where
# they are (../shared/corpora); lines whose files are absent are passed
# over. Container seeds are also made here: the sample articles packed as
# tar, zip, bzip2, xz and zstd, with whichever of those tools is installed.
#   fuzz/seeds.sh [WORK] [HARNESS...]
set -euo pipefail
source "$(dirname "$0")/harnesses.sh"
work=${1:-/tmp/newsarchive-fuzz}
shift || true
wanted=("$@")
[ ${#wanted[@]} -gt 0 ] || mapfile -t wanted < <(harnesses)

# At most this many files from one line of seeds.list.
per_line=40

add_seed() {  # harness file [name]
  local out=$work/seeds/$1
  mkdir -p "$out"
  # Named for where it came from, so a finding can be traced to its seed.
  head -c "$(max_len "$1")" "$2" > "$out/${3:-$(echo "${2#"$repo_dir"/}" | tr '/ :' '___')}"
}

packed_seeds() {  # harness
  local tmp
  tmp=$(mktemp -d)
  cp "$repo_dir"/sample_corpus/world/calvera-port-strike.txt "$repo_dir"/sample_corpus/feeds/marsh-gazette.jsonl "$tmp"
  (cd "$tmp"
   tar cf both.tar calvera-port-strike.txt marsh-gazette.jsonl
   gzip -kc both.tar > both.tar.gz
   if command -v zip >/dev/null; then zip -q both.zip calvera-port-strike.txt marsh-gazette.jsonl; fi
   if command -v bzip2 >/dev/null; then bzip2 -kc calvera-port-strike.txt > one.txt.bz2; fi
   if command -v xz >/dev/null; then xz -kc calvera-port-strike.txt > one.txt.xz; fi
   if command -v zstd >/dev/null; then zstd -qkc calvera-port-strike.txt > one.txt.zst; fi)
  for f in "$tmp"/*.tar "$tmp"/*.gz "$tmp"/*.zip "$tmp"/*.bz2 "$tmp"/*.xz "$tmp"/*.zst; do
    [ -f "$f" ] && add_seed "$1" "$f" "packed_$(basename "$f")"
  done
  rm -rf "$tmp"
}

for harness in "${wanted[@]}"; do
  rm -rf "$work/seeds/$harness"
  while read -r name glob pattern; do
    [ "$name" = "$harness" ] || continue
    taken=0
    # The glob is expanded here, from the repository's root.
    for file in $repo_dir/$glob; do
      [ -f "$file" ] || continue
      if [ -n "$pattern" ] && ! grep -qE -- "$pattern" "$file"; then continue; fi
      add_seed "$harness" "$file"
      taken=$((taken + 1))
      [ $taken -lt $per_line ] || break
    done
  done < <(grep -E '^[a-z]' "$fuzz_dir/seeds.list")
  case "$harness" in
    source) packed_seeds source ;;
    warc) for f in "$repo_dir"/sample_corpus/web/*.warc.gz; do
            mkdir -p "$work/seeds/warc"
            gzip -dc "$f" | head -c "$(max_len warc)" > "$work/seeds/warc/$(basename "$f" .gz)"
          done ;;
  esac
  echo "seeds: $harness: $(find "$work/seeds/$harness" -type f 2>/dev/null | wc -l) files in $work/seeds/$harness" >&2
done
