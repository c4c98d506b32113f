#!/usr/bin/env python3
"""Write the PolNeAR train and dev articles as JSON Lines for newsindex.

Usage: polnear_jsonl.py POLNEAR_DIR OUTPUT.jsonl   (OUTPUT may be - for stdout)

POLNEAR_DIR holds metadata.tsv and {train,dev}/text/*.txt. Each text file is
an article whose first line is its title; its row in metadata.tsv (matched by
the filename column, which has no .txt) gives the headline, publication date,
publisher and author. One JSON object is written per article, with keys that
newsindex's JSON Lines reader takes as its fields:

  id        polnear/<split>/<filename>
  headline  the metadata title
  date      publication_date (YYYY-MM-DD)
  source    the publisher's name (nyt -> The New York Times, ...)
  byline    the author, left out when metadata says None
  body      the text file without its title line (or two lines, when the
            second completes the metadata title); blank lines split paragraphs

The number of articles written for each split goes to stderr. A text file
without a metadata row, or a metadata row that lacks a field the article
needs, stops the script with exit status 1 and a message naming the file
and line, and no output file is left behind. Standard library only.
"""

import argparse
import csv
import json
import os
import sys
import tempfile

SPLITS = ("train", "dev")

# Publisher codes of metadata.tsv, as the outlets write their names.
PUBLISHERS = {
    "breitbart": "Breitbart",
    "huff-post": "HuffPost",
    "nyt": "The New York Times",
    "politico": "Politico",
    "usa-today": "USA Today",
    "wash-post": "The Washington Post",
    "west-journal": "Western Journal",
}

REQUIRED = ("compartment", "filename", "publisher", "publication_date", "author", "title")


class InputError(Exception):
    """A problem with the corpus, its message naming the file (and line)."""


def read_metadata(path):
    """filename -> (line number, row) for every row of metadata.tsv."""
    rows = {}
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
            header = next(reader, None)
            if header is None:
                raise InputError(f"{path}:1: empty file, expected a header line")
            missing = [c for c in REQUIRED if c not in header]
            if missing:
                raise InputError(f"{path}:1: no column {', '.join(missing)} in the header")
            for cells in reader:
                line = reader.line_num
                if not any(cell.strip() for cell in cells):
                    continue
                if len(cells) != len(header):
                    raise InputError(
                        f"{path}:{line}: {len(cells)} columns, the header has {len(header)}")
                row = dict(zip(header, cells))
                name = row["filename"].strip()
                if name in rows:
                    raise InputError(f"{path}:{line}: filename {name!r} is also on line "
                                     f"{rows[name][0]}")
                rows[name] = (line, row)
    except OSError as e:
        raise InputError(f"{path}: cannot read: {e.strerror}") from e
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: not valid UTF-8 at byte {e.start}") from e
    return rows


def metadata_key(stem, rows):
    """The metadata filename for a text file's name without .txt.

    The filename column has no annotator suffix (the attribution files'
    _<annotator>); a text file that carries one is matched without it.
    """
    if stem in rows:
        return stem
    base, sep, _ = stem.rpartition("_")
    if sep and base.count("_") >= 2 and base in rows:
        return base
    return None


def letters(text):
    """Only the letters and digits of text, lower-cased, for comparing titles."""
    return "".join(c for c in text.lower() if c.isalnum())


def first_line(path):
    """The title line of a text file, for messages; empty if unreadable."""
    try:
        with open(path, encoding="utf-8-sig", errors="replace") as f:
            return f.readline().strip()
    except OSError:
        return ""


def read_body(path, title):
    """The article's text without its title line.

    Some titles (New York Times, USA Today) are a headline and a subtitle on
    two lines, which metadata.tsv joins with "; ". When the second line
    completes the metadata title it is part of the title too, not the first
    paragraph of the body.
    """
    try:
        with open(path, encoding="utf-8-sig") as f:  # universal newlines: CRLF read as LF
            text = f.read()
    except OSError as e:
        raise InputError(f"{path}: cannot read: {e.strerror}") from e
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: not valid UTF-8 at byte {e.start}") from e
    first, _, rest = text.partition("\n")
    second, _, after = rest.partition("\n")
    if second.strip() and letters(first + second) == letters(title):
        rest = after
    return rest.strip()


def article(split, path, metadata_path, rows):
    stem = os.path.basename(path)[: -len(".txt")]
    key = metadata_key(stem, rows)
    if key is None:
        raise InputError(f"{path}:1: no row in {metadata_path} has the filename {stem!r} "
                         f"(title line: {first_line(path)!r})")
    line, row = rows[key]
    where = f"{metadata_path}:{line}"
    if row["compartment"] != split:
        raise InputError(f"{where}: {key} is in compartment {row['compartment']!r}, "
                         f"but its text is in {split}/text")
    for field in ("title", "publication_date", "publisher"):
        if not row[field].strip() or row[field].strip() == "None":
            raise InputError(f"{where}: {key} has no {field} (text file {path})")
    publisher = row["publisher"].strip()
    if publisher not in PUBLISHERS:
        raise InputError(f"{where}: {key} has the unknown publisher {publisher!r} "
                         f"(known: {', '.join(sorted(PUBLISHERS))})")
    record = {
        "id": f"polnear/{split}/{key}",
        "headline": row["title"].strip(),
        "date": row["publication_date"].strip(),
        "source": PUBLISHERS[publisher],
    }
    author = row["author"].strip()
    if author and author != "None":
        record["byline"] = author
    record["body"] = read_body(path, record["headline"])
    return record


def write_all(polnear, out):
    """Writes every article to the stream out; returns the count per split."""
    metadata_path = os.path.join(polnear, "metadata.tsv")
    rows = read_metadata(metadata_path)
    counts = {}
    for split in SPLITS:
        text_dir = os.path.join(polnear, split, "text")
        try:
            names = sorted(n for n in os.listdir(text_dir) if n.endswith(".txt"))
        except OSError as e:
            raise InputError(f"{text_dir}: cannot list: {e.strerror}") from e
        for name in names:
            record = article(split, os.path.join(text_dir, name), metadata_path, rows)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        counts[split] = len(names)
    return counts


def main():
    parser = argparse.ArgumentParser(
        description="Write the PolNeAR train and dev articles as JSON Lines for newsindex.")
    parser.add_argument("polnear", help="the PolNeAR directory (metadata.tsv, train/, dev/)")
    parser.add_argument("output", help="the JSON Lines file to write, or - for stdout")
    args = parser.parse_args()
    try:
        if args.output == "-":
            counts = write_all(args.polnear, sys.stdout)
        else:
            # Written beside the output and renamed over it at the end, so
            # that a failure leaves no half-written file.
            directory = os.path.dirname(os.path.abspath(args.output))
            fd, tmp = tempfile.mkstemp(prefix=".polnear-", suffix=".jsonl", dir=directory)
            try:
                with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
                    counts = write_all(args.polnear, out)
                os.replace(tmp, args.output)
            except BaseException:
                os.unlink(tmp)
                raise
    except InputError as e:
        print(f"polnear_jsonl: {e}", file=sys.stderr)
        return 1
    except OSError as e:
        print(f"polnear_jsonl: {args.output}: cannot write: {e.strerror}", file=sys.stderr)
        return 1
    for split in SPLITS:
        print(f"polnear_jsonl: {split}: {counts[split]} articles", file=sys.stderr)
    print(f"polnear_jsonl: {sum(counts.values())} articles written to {args.output}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
