#!/usr/bin/env bash
# Hostile inputs made here, at run time (no large file is kept in the
# repository): devices and FIFOs, decompression bombs, a WARC record whose
# length runs past the end, an empty WARC, archives in archives, members and
# links that lead out, a flood of bad records and standard input over the
# limit. Each must end at once with a clear report, keep what was good, and
# give the documented exit status.
# Usage: run_hostile.sh NEWSINDEX WORK_DIR
set -uo pipefail
newsindex=$1 work=$2
rm -rf "$work" && mkdir -p "$work"
export LC_ALL=C.UTF-8
cd "$work" || exit 1

failed=0 passed=0
# run NAME EXPECTED_STATUS ARGS...: newsindex --extract, stopped after
# $HOSTILE_SECONDS (20 s; more under the sanitizers, ten times slower): a
# guard against hangs, not a measure of speed (bench/hostile_inputs.sh is).
seconds=${HOSTILE_SECONDS:-20}
run() {
  local name=$1 expected=$2; shift 2
  timeout "$seconds" "$newsindex" --extract --progress none "$@" >"$name.out" 2>"$name.err" </dev/null
  local status=$?
  if [ "$status" -ne "$expected" ]; then
    echo "FAIL $name: exit status $status, not $expected"; cat "$name.err"
    failed=$((failed + 1)); return 1
  fi
}
# expect NAME FILE PATTERN: FILE (out or err) of the last run holds PATTERN.
expect() {
  if grep -qF -- "$3" "$1.$2"; then passed=$((passed + 1)); else
    echo "FAIL $1: no '$3' in its std$2:"; cat "$1.$2"; failed=$((failed + 1)); fi
}
count() { grep -c -- "$2" "$1" || true; }

article() { printf '%s\n\nThe %s was read in full, with its body paragraph.\n' "$1" "$1"; }

# A character device and a FIFO are refused before reading, not read for ever.
run dev_zero 1 /dev/zero && expect dev_zero err "/dev/zero: not a regular file but a character device"
mkfifo pipe.txt
run fifo 1 pipe.txt && expect fifo err "pipe.txt: not a regular file but a FIFO"

# An empty WARC is a failure like any other empty input.
: >empty.warc
run empty_warc 1 empty.warc && expect empty_warc err "empty.warc: empty input"

# A zip whose one member expands 1000 times, next to a good member: the bomb
# is cut where it crosses the limit and named, the good member read.
python3 - <<'PY'
import zipfile
with zipfile.ZipFile("bomb.zip", "w", zipfile.ZIP_DEFLATED) as z:
    with z.open("bomb.txt", "w") as m:
        chunk = b"\0" * (1 << 20)
        for _ in range(64):
            m.write(chunk)
    z.writestr("good.txt", "Harbour reopens\n\nThe harbour reopened on Monday.\n")
PY
run zip_bomb 1 bomb.zip && expect zip_bomb err "bomb.zip:bomb.txt: after byte 16777216 of the uncompressed data: expands to more than 100 times" &&
  expect zip_bomb err "(--max-ratio R raises the limit)" && expect zip_bomb out '"id":"bomb.zip/good.txt"'
# Raised with --max-ratio, the same member is read to its end (and found binary).
run zip_bomb_raised 1 --max-ratio 100000 bomb.zip && expect zip_bomb_raised err "bomb.zip:bomb.txt: byte 0: binary"

# A .jsonl.gz of long lines that expands past the limit: the whole lines
# before the cut are kept.
python3 - <<'PY'
import gzip
line = b'{"title": "Ferry timetable", "body": "' + b"ferry " * 2000 + b'"}\n'
with gzip.open("lines.jsonl.gz", "wb") as f:
    for _ in range(4000):
        f.write(line)
PY
run jsonl_bomb 1 lines.jsonl.gz && expect jsonl_bomb err "lines.jsonl.gz: after byte" &&
  expect jsonl_bomb err "--max-ratio"
kept=$(count jsonl_bomb.out '"headline":"Ferry timetable"')
if [ "$kept" -gt 1000 ]; then passed=$((passed + 1)); else
  echo "FAIL jsonl_bomb: $kept articles kept before the cut"; failed=$((failed + 1)); fi

# A WARC record claiming 10^15 bytes between two good ones: all good pages read.
python3 - <<'PY'
def record(uri, html, length=None):
    block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + html
    n = str(len(block) if length is None else length).encode()
    return (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri +
            b"\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + n +
            b"\r\n\r\n" + block + b"\r\n\r\n")
page = b"<html><head><title>%s</title></head><body><p>The %s page was read in full.</p></body></html>"
with open("liar.warc", "wb") as f:
    f.write(record(b"https://a.example/one", page % (b"One", b"one")))
    f.write(record(b"https://a.example/liar", page % (b"Liar", b"liar"), 10**15))
    f.write(record(b"https://a.example/two", page % (b"Two", b"two")))
    f.write(record(b"https://a.example/big", page % (b"Big", b"big"), 300 * 10**6))
    f.write(record(b"https://a.example/three", page % (b"Three", b"three")))
PY
run warc_liar 1 liar.warc && expect warc_liar err "liar.warc: record at byte" &&
  expect warc_liar out '"id":"https://a.example/three"' && expect warc_liar out '"id":"https://a.example/two"'

# A zip holding a .tar.gz holding a .tar: the article inside is read.
mkdir -p nest && article "Nested article" >nest/a.txt
tar -cf inner.tar -C nest a.txt && tar -czf mid.tar.gz inner.tar && zip -q outer.zip mid.tar.gz
run nested 0 outer.zip && expect nested out '"id":"outer.zip/mid.tar.gz/inner.tar/a.txt"'

# Tar members with "..", links and devices are named as skipped.
python3 - <<'PY'
import io, tarfile
with tarfile.open("odd.tar", "w") as t:
    data = b"Escaped\n\nThis member climbs out of the archive.\n"
    info = tarfile.TarInfo("../escape.txt"); info.size = len(data); t.addfile(info, io.BytesIO(data))
    info = tarfile.TarInfo("passwd.txt"); info.type = tarfile.SYMTYPE; info.linkname = "/etc/passwd"; t.addfile(info)
    info = tarfile.TarInfo("tty.txt"); info.type = tarfile.CHRTYPE; t.addfile(info)
    data = b"Kept\n\nThis member is an ordinary file.\n"
    info = tarfile.TarInfo("kept.txt"); info.size = len(data); t.addfile(info, io.BytesIO(data))
PY
run odd_tar 0 --report odd.report odd.tar && expect odd_tar err "odd.tar:../escape.txt: skipped: its path climbs out" &&
  expect odd_tar err "odd.tar:passwd.txt: skipped: a symbolic link to /etc/passwd" &&
  expect odd_tar err "odd.tar:tty.txt: skipped: a character device" &&
  expect odd_tar out '"id":"odd.tar/kept.txt"'
if [ "$(count odd.report '"skipped":true')" -eq 3 ]; then passed=$((passed + 1)); else
  echo "FAIL odd_tar: the report does not name the 3 skipped members:"; cat odd.report; failed=$((failed + 1)); fi

# A directory walk does not follow a link out of the tree; one named is read.
mkdir -p tree && article "Inside" >tree/inside.txt && article "Outside" >outside.txt
ln -s "$work/outside.txt" tree/leak.txt
run walk_link 0 tree && expect walk_link err "leak.txt: skipped: a symbolic link to $work/outside.txt, outside $work/tree"
if ! grep -q '"headline":"Outside"' walk_link.out; then passed=$((passed + 1)); else
  echo "FAIL walk_link: the file outside the tree was read"; failed=$((failed + 1)); fi
run named_link 0 tree/leak.txt && expect named_link out '"headline":"Outside"'

# A flood of broken records is listed up to the limit, then counted.
python3 -c "import sys; sys.stdout.write('<DOC>\n<DOCNO> D </DOCNO>\n<TEXT>\nx\n' * 5000)" >flood.sgml
run flood 1 --report flood.report flood.sgml
lines=$(count flood.err '^newsindex: error: flood.sgml')
if [ "$lines" -le 11 ] && grep -q 'more failures in this input, not listed one by one' flood.err &&
   [ "$(wc -l <flood.report)" -eq "$lines" ] && grep -q '"omitted":' flood.report; then
  passed=$((passed + 1)); else
  echo "FAIL flood: $lines error lines:"; head -20 flood.err; failed=$((failed + 1)); fi

# Quote marks by the hundred thousand in one paragraph, and a paragraph of
# ordinary quoted phrases megabytes long: quote finding is linear, so each
# ends well within the guard (a quadratic one took minutes), the article
# kept with its quotes.
python3 - <<'PY'
with open("marks.txt", "w") as f:
    f.write("A headline of marks\n\n" + '"' * 400000 + "\n")
unit = '"We will rebuild the harbour," the mayor said, and "again" they cheered. '
with open("phrases.txt", "w") as f:
    f.write("Quoted phrases everywhere\n\n" + unit * (3000000 // len(unit)) + "\n")
PY
run quote_marks 0 marks.txt && expect quote_marks out '"headline":"A headline of marks"'
# A headline of quoted words: its speaker is looked for once, not once a quote.
python3 -c "print('\"Yes\" ' * 40000 + '\n\nThe body of it.')" >headline_quotes.txt
run headline_quotes 0 headline_quotes.txt && expect headline_quotes out '"headline":"\"Yes\" \"Yes\"'
run quoted_phrases 0 phrases.txt && expect quoted_phrases out '"speaker":"' &&
  expect quoted_phrases err "longer than the paragraph limit"

# Standard input stays readable, within --max-input.
head -c 3000000 /dev/zero | timeout "$seconds" "$newsindex" --extract --max-input 1 - >stdin.out 2>stdin.err
status=$?
if [ "$status" -eq 1 ] && grep -qF "(standard input): byte 1048576: larger than the 1 MiB an input may take in memory (--max-input MB raises the limit)" stdin.err; then
  passed=$((passed + 1)); else
  echo "FAIL stdin: exit status $status"; cat stdin.err; failed=$((failed + 1)); fi
article "From standard input" | "$newsindex" --extract - >stdin_ok.out 2>/dev/null
if grep -q '"headline":"From standard input"' stdin_ok.out; then passed=$((passed + 1)); else
  echo "FAIL stdin_ok"; failed=$((failed + 1)); fi

echo "cli_hostile: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
