#!/usr/bin/env bash
# Pathological inputs and queries, made fresh at a chosen scale, run through
# the release build of newsindex and newsquery: for each, the wall time, the
# peak resident memory, the exit status, the articles kept against those the
# input holds, whether the good ones came out decoded right, and the first
# line of what was reported. A case passes when it ends within 20 s under
# 1 GiB, keeps every good article (decoded right) and reports the bad part.
#
# Usage:
#   bench/hostile_inputs.sh [--scale S] [--build DIR] [--keep] [CASE...]
#
# --scale multiplies each case's size (1 by default; 0.5 and 3 make other
# sizes than the defaults, which differ from any known test file). --build
# names another build tree (build/release by default; a build of an older
# commit gives the "before" of a change). --keep
# leaves the generated inputs in the work directory it names. CASE names run
# only those cases (see the list printed at the end).
#
# Needs python3 (to write the inputs), /usr/bin/time, and build/release
# (scripts/build release).
set -euo pipefail
cd "$(dirname "$0")/.."

scale=1
build=build/release
keep=no
only=()
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) scale=${2:?--scale needs a value}; shift 2 ;;
    --keep) keep=yes; shift ;;
    --build) build=${2:?--build needs a directory}; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) echo "hostile_inputs: unknown option $1" >&2; exit 2 ;;
    *) only+=("$1"); shift ;;
  esac
done
index=$build/indexer/newsindex
query=$build/query/newsquery
for tool in "$index" "$query"; do
  [ -x "$tool" ] || { echo "hostile_inputs: $tool is missing: run scripts/build release" >&2; exit 2; }
done
command -v python3 >/dev/null || { echo "hostile_inputs: python3 is needed to write the inputs" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "hostile_inputs: /usr/bin/time is missing (Debian package time)" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/hostile-inputs.XXXXXX")
if [ "$keep" = yes ]; then echo "inputs kept in $work"; else trap 'rm -rf "$work"' EXIT; fi
mkdir -p "$work/in" "$work/out"

# Writes every input into $work/in, and for each case a line into
# $work/cases: its name, what to run (extract|INPUT, query|QUERY or
# query-any|QUERY), the articles it holds, a text each must hold decoded
# right, what must be said of the bad part: "report" (a line on stderr),
# "warn" (that, or a warning in the article), or "" (nothing: all is good),
# and a text the output must not hold (raw markup), if any.
python3 - "$work" "$scale" <<'PY'
import gzip, io, json, os, sys, tarfile, zipfile
work, scale = sys.argv[1], float(sys.argv[2])
inp = os.path.join(work, "in")
cases = []
def n(x): return max(1, int(x * scale))
def path(name): return os.path.join(inp, name)
good = lambda i: {"headline": f"Caf\u00e9 owners meet number {i}",
                  "text": f"The caf\u00e9 owners of the old town met for the {i}th time on Monday "
                          "to discuss the rents charged along the harbour front."}

# 1. Nesting in a query, far past any sane depth.
# A query is written to a file, one argument a line (an argument is at most
# 128 kB), and given to newsquery as those arguments.
def query_file(name, args):
    with open(path(name), "w") as f:
        for a in args:
            while len(a) > 100000:
                cut = a.rfind(" ", 0, 100000)
                f.write(a[:cut] + "\n"); a = a[cut + 1:]
            f.write(a + "\n")
    return name
# Each kind twice: far past the query length limit, and within it (4 kB),
# so that what is past the other limits (depth, terms) is met too.
d = n(9000)
cases.append(("query_parens", "query|" + query_file("parens.q", ["(" * d + "harbour" + ")" * d]), "", "", "report"))
d = min(n(1500), 2000)
cases.append(("query_parens_4k", "query|" + query_file("parens4k.q", ["(" * d + "harbour" + ")" * d]), "", "", "report"))
cases.append(("query_not_chain", "query|" + query_file("not.q", ["NOT " * n(20000) + "harbour"]), "", "", "report"))
cases.append(("query_not_4k", "query|" + query_file("not4k.q", ["NOT " * min(n(900), 1000) + "harbour"]), "", "", "report"))
# 5. A long query of many words, any of them.
words = [f"w{i}" for i in range(n(50000))]
cases.append(("query_any_long", "query-any|" + query_file("any.q", [" ".join(words[i:i + 1000]) for i in range(0, len(words), 1000)]), "", "", "report"))
short = " ".join(f"{chr(97 + i % 26)}" for i in range(min(n(1500), 2000)))
cases.append(("query_any_4k", "query-any|" + query_file("any4k.q", [short]), "", "", "report"))
common = "harbour minister council ferry strike said port city government police " * 10
cases.append(("query_any_100", "query-any|" + query_file("any100.q", [common.strip()]), "", "", ""))

# 2. Decompression bombs: a zip member, a gzip of long lines, a JSON Lines
# gzip whose good lines come first.
with zipfile.ZipFile(path("bomb.zip"), "w", zipfile.ZIP_DEFLATED) as z:
    with z.open("story.txt", "w", force_zip64=True) as m:
        chunk = b"A" * (1 << 20)
        for _ in range(n(1400)): m.write(chunk)
cases.append(("zip_bomb", "extract|bomb.zip", "0", "", "report"))
with gzip.open(path("long-lines.txt.gz"), "wb", compresslevel=9) as g:
    line = b"x" * (8 << 20) + b"\n"
    for _ in range(n(300)): g.write(line)
cases.append(("gzip_long_lines", "extract|long-lines.txt.gz", "0", "", "report"))
with gzip.open(path("feed.jsonl.gz"), "wb", compresslevel=9) as g:
    for i in range(n(50)): g.write((json.dumps(good(i), ensure_ascii=False) + "\n").encode())
    g.write(b'{"headline": "Endless", "text": "')
    for _ in range(n(2500)): g.write(b"word " * 200000)
    g.write(b'"}\n')
cases.append(("jsonl_gzip_bomb", "extract|feed.jsonl.gz", str(n(50)), "Caf\u00e9", "report"))

# 4. Quote marks: a paragraph of nothing but marks, a paragraph of quoted
# phrases, one line of many megabytes.
with open(path("marks.txt"), "wb") as f:
    f.write(b"Headline of marks\n\n" + b'"' * n(1500000) + b"\n")
cases.append(("quote_marks", "extract|marks.txt", "1", "", ""))
with open(path("phrases.txt"), "wb") as f:
    f.write(b"Quoted phrases everywhere\n\n")
    unit = b'"We will rebuild the harbour," the mayor said, and "again" they cheered. '
    f.write(unit * n(9 * 1024 * 1024 // len(unit)) + b"\n")
cases.append(("quoted_phrases", "extract|phrases.txt", "1", "", "warn"))
with open(path("one-line.txt"), "wb") as f:
    unit = b"The council met again and the harbour stayed shut for another week. "
    f.write(unit * n(70 * 1024 * 1024 // len(unit)))
# Past --max-input (128 MiB) a file is reported and not read, by design.
over = os.path.getsize(path("one-line.txt")) > (128 << 20)
cases.append(("one_line_text", "extract|one-line.txt", "0" if over else "1", "", "report" if over else "warn"))

# 6, 7. JSON Lines with a bad byte on one line, and a NUL on another: the
# other lines are read, decoded right.
lines = n(20000)
with open(path("bad-byte.jsonl"), "wb") as f:
    for i in range(lines):
        row = (json.dumps(good(i), ensure_ascii=False) + "\n").encode()
        if i == 1: row = row.replace(b"owners", b"own\xe9rs")
        f.write(row)
cases.append(("jsonl_bad_byte", "extract|bad-byte.jsonl", str(lines), "Caf\u00e9", "warn"))
with open(path("nul.jsonl"), "wb") as f:
    for i in range(lines):
        row = (json.dumps(good(i), ensure_ascii=False) + "\n").encode()
        if i == lines // 2: row = row[:20] + b"\0" + row[20:]
        f.write(row)
cases.append(("jsonl_nul", "extract|nul.jsonl", str(lines - 1), "Caf\u00e9", "report"))

# 8. WARC records, one claiming far more bytes than the file holds.
def warc_record(uri, html, length=None):
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html)
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\n"
            f"Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http) if length is None else length}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"
page = lambda i: (f"<html><head><title>Harbour story {i}</title></head><body><article>"
                  f"<h1>Harbour story {i}</h1><p>The caf\u00e9 owners of the old town met on "
                  f"Monday to talk about rents along the harbour front, number {i}.</p>"
                  f"<p>They agreed to meet again next week.</p></article></body></html>").encode()
records = n(40)
with open(path("crawl.warc"), "wb") as f:
    for i in range(records):
        if i == 2: f.write(warc_record(f"http://example.test/bad{i}", page(i), 10**15))
        elif i == records // 2: f.write(warc_record(f"http://example.test/big{i}", page(i), 300 << 20))
        else: f.write(warc_record(f"http://example.test/{i}", page(i)))
kept = records - 2 if records > 4 else records - 1
cases.append(("warc_bad_length", "extract|crawl.warc", str(kept), "Caf\u00e9", "report"))

# 9. NITF with an internal DTD subset.
with open(path("subset.xml"), "wb") as f:
    f.write(b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE nitf [\n'
            + b'  <!ENTITY harbour "harbour front">\n' * n(50) + b']>\n'
            + b"<nitf><head><title>Rents on the harbour</title></head><body><body.head>"
            + b"<hedline><hl1>Caf\xc3\xa9 owners meet over rents</hl1></hedline></body.head>"
            + b"<body.content><p>The caf\xc3\xa9 owners met on Monday to talk about the rents.</p>"
            + b"<p>They will meet again.</p></body.content></body></nitf>\n")
cases.append(("xml_dtd_subset", "extract|subset.xml", "1", "Caf\u00e9", "", "<hl1>"))

# 10. Text at the bottom of deeply nested HTML.
depth = n(150000)
with open(path("deep.html"), "wb") as f:
    f.write(b"<!DOCTYPE html><html><head><title>Deep page</title></head><body>"
            + b"<div>" * depth
            + "<p>The caf\u00e9 owners of the old town met on Monday to talk about rents.</p>".encode()
            + b"</div>" * depth + b"</body></html>")
cases.append(("html_deep", "extract|deep.html", "1", "Caf\u00e9", "warn", "<div>"))

# 11. Archives inside archives: a zip holding a .tar.gz holding a .tar.
story = ("Caf\u00e9 owners meet over rents\n\nThe caf\u00e9 owners of the old town met on "
         "Monday to talk about the rents along the harbour front.\n").encode()
def tar_bytes(name, data, gz=False):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz" if gz else "w") as t:
        info = tarfile.TarInfo(name); info.size = len(data); t.addfile(info, io.BytesIO(data))
    return buf.getvalue()
inner = tar_bytes("stories/rents.txt", story)
middle = tar_bytes("inner.tar", inner, gz=True)
with zipfile.ZipFile(path("nested.zip"), "w") as z:
    z.writestr("middle.tar.gz", middle)
cases.append(("nested_archives", "extract|nested.zip", "1", "Caf\u00e9", ""))

# 12. A symlink out of the walked tree.
tree = os.path.join(inp, "tree"); os.makedirs(tree, exist_ok=True)
with open(os.path.join(tree, "rents.txt"), "wb") as f: f.write(story)
outside = os.path.join(work, "outside.txt")
with open(outside, "wb") as f: f.write(b"Outside the tree\n\nThis file lies outside the walked directory.\n")
os.symlink(outside, os.path.join(tree, "link.txt"))
cases.append(("symlink_out", "extract|tree", "1", "Caf\u00e9", "report"))

# 13. Many members, each a bomb under the 16 MiB floor on its own: 15 MiB
# of NULs gzipped, a thousand times in one tar after a good story.
def tar_after_story(name, prefix, blob, count):
    with tarfile.open(path(name), "w") as t:
        info = tarfile.TarInfo("rents.txt"); info.size = len(story); t.addfile(info, io.BytesIO(story))
        for i in range(count):
            info = tarfile.TarInfo(f"{prefix}{i}.txt.gz"); info.size = len(blob)
            t.addfile(info, io.BytesIO(blob))
tar_after_story("many-bombs.tar", "z", gzip.compress(b"\0" * (15 << 20), compresslevel=9), n(1000))
cases.append(("many_small_bombs", "extract|many-bombs.tar", "1", "Caf\u00e9", "report"))

# 13b. The same with text: 15 MiB of one-letter lines gzipped, a hundred
# times, after a good story; each member unpacked is text to extract.
tar_after_story("many-texts.tar", "t", gzip.compress(b"a\n" * (15 << 19), compresslevel=9), n(100))
cases.append(("many_text_members", "extract|many-texts.tar", "1+", "Caf\u00e9", "report"))

# 14. A JSON line of tens of megabytes of '[' between good lines.
with open(path("deep.jsonl"), "wb") as f:
    for i in range(n(20)): f.write((json.dumps(good(i), ensure_ascii=False) + "\n").encode())
    f.write(b'{"headline": "Deep", "x": ' + b"[" * n(50 << 20) + b"\n")
    for i in range(n(20)): f.write((json.dumps(good(i), ensure_ascii=False) + "\n").encode())
cases.append(("jsonl_deep", "extract|deep.jsonl", str(2 * n(20)), "Caf\u00e9", "report"))

# 15. A WARC record whose header block runs on for hundreds of megabytes of
# short lines, before good records.
with open(path("headers.warc"), "wb") as f:
    f.write(b"WARC/1.0\r\n" + b"X-Pad: y\r\n" * n(20 << 20) + b"\r\n")
    for i in range(n(10)): f.write(warc_record(f"http://example.test/h{i}", page(i)))
cases.append(("warc_long_header", "extract|headers.warc", str(n(10)), "Caf\u00e9", "report"))

# 16. A headline of quoted words.
with open(path("headline-quotes.txt"), "wb") as f:
    f.write(b'"Yes" ' * n(40000) + "\n\nThe caf\u00e9 owners met again.\n".encode())
cases.append(("headline_quotes", "extract|headline-quotes.txt", "1", "Caf\u00e9", ""))

with open(os.path.join(work, "cases"), "w") as f:
    for c in cases: f.write("\x1f".join(c + ("",) * (6 - len(c))) + "\n")
PY

# 3. Devices and FIFOs need no writing.
mkfifo "$work/in/pipe.txt"
printf 'dev_zero\037extract|/dev/zero\0370\037\037report\037\nfifo\037extract|%s\0370\037\037report\037\n' "$work/in/pipe.txt" >>"$work/cases"

db="$work/db"
"$index" --quiet --db "$db" sample_corpus >/dev/null 2>&1 || { echo "hostile_inputs: indexing sample_corpus failed" >&2; exit 1; }

printf '%-18s %7s %8s %5s %9s %-7s %s\n' case seconds peak_MB exit articles decoded "first report"
failures=0
while IFS=$'\037' read -r name what expected must said forbid; do
  if [ ${#only[@]} -gt 0 ] && [[ ! " ${only[*]} " =~ " $name " ]]; then continue; fi
  kind=${what%%|*}
  arg=${what#*|}
  out="$work/out/$name.out"; err="$work/out/$name.err"; tm="$work/out/$name.time"
  case "$kind" in
    extract) [[ "$arg" = /* ]] || arg="$work/in/$arg"
             cmd=("$index" --extract "$arg") ;;
    query|query-any)
      mapfile -t words <"$work/in/$arg"
      cmd=("$query" --db "$db")
      [ "$kind" = query-any ] && cmd+=(--any)
      cmd+=(-- "${words[@]}") ;;
  esac
  set +e
  timeout -s KILL 60 /usr/bin/time -f '%e %M' -o "$tm" "${cmd[@]}" >"$out" 2>"$err" </dev/null
  status=$?
  set -e
  seconds=60; peak_kb=0
  [ -s "$tm" ] && read -r seconds peak_kb < <(tail -n 1 "$tm")
  [ "$status" -eq 137 ] && seconds=">60"
  peak_mb=$(( ${peak_kb:-0} / 1024 ))
  articles=-; decoded=-
  verdict=PASS
  if [ "$kind" = extract ]; then
    articles=$(grep -c '^{' "$out" || true)
    # "N+": at least N (the hostile part may give articles of its own).
    if [[ "$expected" == *+ ]]; then
      expected=${expected%+}
      [ "$articles" -ge "$expected" ] || verdict=FAIL
    else
      [ "$articles" -eq "$expected" ] || verdict=FAIL
    fi
    if [ -n "$forbid" ] && grep -q -F "$forbid" "$out"; then verdict=FAIL; decoded=markup; fi
    if [ -n "$must" ]; then
      good=$(grep -c -i -F "$must" "$out" || true)
      bad=$(grep -c -F 'Ã' "$out" || true)
      if [ "$good" -ge "$expected" ] && [ "$bad" -eq 0 ]; then
        [ "$decoded" = markup ] || decoded=yes
      else
        decoded=no; verdict=FAIL
      fi
    fi
  fi
  case "$said" in
    report) [ -s "$err" ] || verdict=FAIL ;;
    warn)   [ -s "$err" ] || grep -q '"warnings":\["' "$out" || verdict=FAIL ;;
  esac
  [ "$status" -ge 128 ] && verdict=FAIL
  if [ "$seconds" = ">60" ] || awk -v s="$seconds" 'BEGIN { exit !(s >= 20) }'; then verdict=FAIL; fi
  [ "$peak_mb" -lt 1024 ] || verdict=FAIL
  [ "$verdict" = PASS ] || failures=$((failures + 1))
  report=$(head -n 1 "$err" | cut -c 1-110)
  printf '%-18s %7s %8s %5s %9s %-7s %s  %s\n' "$name" "$seconds" "$peak_mb" "$status" \
         "$articles/${expected:--}" "$decoded" "$verdict" "$report"
done <"$work/cases"
echo "cases: $(cut -d $'\037' -f1 "$work/cases" | tr '\n' ' ')"
echo "scale $scale: $failures failing"
[ "$failures" -eq 0 ]
