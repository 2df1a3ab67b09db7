#!/usr/bin/env python3
"""Samples coded events for reading their date and location by hand.

    python3 tests/tools/sample_setting.py RUN.jsonl INPUT.jsonl.gz CLASS [--seed N] [--n 40]

RUN.jsonl is the output of `hadath run` on INPUT (JSON Lines, optionally
gzip-compressed; the article texts are read from it by id). CLASS is
`date` (events whose date is not the publication date), `place` (events
with a location) or `noplace` (events without one whose sentence names a
GPE or LOC entity). Prints each sampled event with its sentence, the
trigger in [[...]], its date and location, and the size of the pool.
"""
import argparse
import gzip
import json
import random


def open_text(path):
    return gzip.open(path, "rt", encoding="utf-8") if path.endswith(".gz") else open(path, encoding="utf-8")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("run")
    ap.add_argument("input")
    ap.add_argument("cls", choices=["date", "place", "noplace"])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--n", type=int, default=40)
    args = ap.parse_args()
    texts = {}
    with open_text(args.input) as f:
        for line in f:
            d = json.loads(line)
            texts[d.get("id")] = d["text"]
    pool = []
    with open_text(args.run) as f:
        for line in f:
            d = json.loads(line)
            text = texts.get(d["id"])
            if text is None:
                continue
            for k, e in enumerate(d["events"]):
                s = d["sentences"][e["sentence"]]
                if args.cls == "date":
                    keep = e["date"] != d["date"]
                elif args.cls == "place":
                    keep = e["location"] is not None
                else:
                    keep = e["location"] is None and any(
                        en["type"] in ("GPE", "LOC") and s["start"] <= en["start"] < s["end"] for en in d["entities"]
                    )
                if keep:
                    pool.append((d, text, k, e, s))
    print(f"{args.cls}: {len(pool)} events in the pool, {min(args.n, len(pool))} sampled with seed {args.seed}")
    random.seed(args.seed)
    for i, (d, text, k, e, s) in enumerate(random.sample(pool, min(args.n, len(pool)))):
        tr = e["trigger"]
        sentence = text[s["start"] : tr["start"]] + "[[" + text[tr["start"] : tr["end"]] + "]]" + text[tr["end"] : s["end"]]
        loc = e["location"]
        where = f"{loc['text']} ({loc['country']})" if loc else "-"
        print(f"#{i} {d['id']} published {d['date']} event {k} {e['code']} {e['source']}->{e['target']} date {e['date']} location {where}")
        print("    " + " ".join(sentence.split()))


if __name__ == "__main__":
    main()
