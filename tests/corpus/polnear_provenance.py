#!/usr/bin/env python3
"""Quote provenance and timelines on PolNeAR's train and dev articles.

Usage: polnear_provenance.py NEWSINDEX NEWSQUERY POLNEAR_DIR WORK_DIR [--review N]

Writes the articles as JSON Lines (polnear_jsonl.py), indexes them, and
prints the ten quote keys carried by the most articles, each with its first
appearance and its carrier counts, and the week timeline of the quotes of
speaker:="Donald Trump". With --review N, writes every carrier's text of the
N most carried keys to WORK_DIR/review.txt, for reading by hand.

Checks, each printed PASS or FAIL (exit status 1 on any FAIL):
  - the most carried quote is carried by at least three articles;
  - each key's carriers, listed oldest first, start at its first appearance
    and end at its last, and number as many as its documents;
  - the timeline's weeks are consecutive ISO weeks, each from a Monday, and
    their counts add up to the year timeline's.
"""

import argparse
import datetime
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def run(*args):
    done = subprocess.run(args, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"polnear_provenance: {' '.join(args)} failed ({done.returncode}):\n{done.stderr}")
    return done.stdout


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("newsindex")
    parser.add_argument("newsquery")
    parser.add_argument("polnear")
    parser.add_argument("work")
    parser.add_argument("--review", type=int, default=50)
    a = parser.parse_args()
    if not os.path.isdir(a.polnear):
        print(f"SKIP: {a.polnear} is absent")
        return 0
    os.makedirs(a.work, exist_ok=True)
    jsonl = os.path.join(a.work, "polnear.jsonl")
    db = os.path.join(a.work, "db")
    run(sys.executable, os.path.join(HERE, "polnear_jsonl.py"), a.polnear, jsonl)
    subprocess.run(["rm", "-rf", db], check=True)
    print(run(a.newsindex, "--quiet", "--db", db, jsonl).strip() or "indexed")

    def query(*args):
        return json.loads(run(a.newsquery, "--db", db, "--json", *args))

    failures = 0

    def check(what, ok):
        nonlocal failures
        print(("PASS: " if ok else "FAIL: ") + what)
        failures += not ok

    # The keys with the most quote documents, then each key's carriers.
    wanted = max(a.review, 10)
    every = query("--quotes", "--limit", "0", "--facets", "quotekey", "--facet-size",
                  str(4 * wanted), "*")
    print(f"quotes: {every['estimated_total']} quote keys")
    keys = [v["value"] for v in every["facets"]["quotekey"] if v["count"] > 1]
    described = []
    for key in keys:
        hit = query("--quotes", "--no-collapse", "--limit", "1", "quotekey:" + key)["hits"][0]
        described.append(hit)
    described.sort(key=lambda h: (-h["provenance"]["articles"], -h["provenance"]["sources"],
                                  h["provenance"]["first"]["date"] or "", h["provenance"]["key"]))
    carried = [h for h in described if h["provenance"]["articles"] > 1]
    print(f"keys carried by more than one article: {len(carried)} of those read")
    print("\nThe ten most carried quotes (articles, sources, first appearance, speakers):")
    for rank, h in enumerate(carried[:10], 1):
        p = h["provenance"]
        text = p["first"]["text"]
        text = text if len(text) <= 90 else text[:87] + "..."
        speakers = ", ".join(f"{s['value']} {s['count']}" for s in p["speakers"]) or "unknown"
        print(f"{rank:2}. {p['articles']} articles, {p['sources']} sources, first "
              f"{p['first']['date']} {p['first']['source']}, last {p['last']['date']}: "
              f"\u201c{text}\u201d ({speakers}{'; they disagree' if p['speakers_disagree'] else ''})")
    check("the most carried quote has at least three carriers",
          bool(carried) and carried[0]["provenance"]["articles"] >= 3)
    consistent = True
    for h in described:
        p = h["provenance"]
        c = p["carriers"]
        dates = [x["date"] for x in c if x["date"]]
        if (len(c) != p["documents"] or c[0]["quote_id"] != p["first"]["quote_id"]
                or dates != sorted(dates) or (dates and dates[-1] != p["last"]["date"])):
            consistent = False
            print(f"  inconsistent: {p['key']}")
    check("each key's carriers run oldest first from its first appearance to its last",
          consistent)

    with open(os.path.join(a.work, "review.txt"), "w", encoding="utf-8") as out:
        for rank, h in enumerate(carried[:a.review], 1):
            p = h["provenance"]
            out.write(f"{rank}. quotekey:{p['key']} ({p['articles']} articles)\n")
            for x in p["carriers"]:
                out.write(f"   {x['date']} {x['source']} [{x['speaker'] or '?'}] {x['text']}\n")
    print(f"\nthe {min(a.review, len(carried))} most carried keys, carrier by carrier: "
          f"{os.path.join(a.work, 'review.txt')}")

    # The week timeline of one speaker's quotes.
    speaker = 'speaker:="Donald Trump"'
    t = query("--quotes", "--limit", "0", "--timeline", "week", speaker)["timeline"]
    print(f"\nWeek timeline of {speaker} quotes ({len(t['periods'])} weeks, "
          f"{t['undated']} undated):")
    most = max((p["count"] for p in t["periods"]), default=1) or 1
    for p in t["periods"]:
        print(f"  {p['label']}  {p['first']}  {p['count']:4}  " + "#" * round(40 * p["count"] / most))
    monday = [datetime.date.fromisoformat(p["first"]) for p in t["periods"]]
    check("the weeks are consecutive, each from a Monday",
          all(d.weekday() == 0 for d in monday) and
          all((b - a_).days == 7 for a_, b in zip(monday, monday[1:])))
    years = query("--quotes", "--limit", "0", "--timeline", "year", speaker)["timeline"]
    in_years = sum(p["count"] for p in years["periods"]) + years["undated"]
    check(f"the weeks count what the years count ({sum(p['count'] for p in t['periods'])} "
          f"dated + {t['undated']} undated = {in_years})",
          sum(p["count"] for p in t["periods"]) + t["undated"] == in_years and in_years > 0)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
