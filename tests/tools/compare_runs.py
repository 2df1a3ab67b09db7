#!/usr/bin/env python3
"""Compares two `hadath run` outputs of the same input, article by article.

    python3 tests/tools/compare_runs.py BEFORE.jsonl AFTER.jsonl [--ignore date,location]

Prints how many articles differ once the listed event fields are left out
(none by default), and how many events changed in each listed field.
"""
import argparse
import json


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("before")
    ap.add_argument("after")
    ap.add_argument("--ignore", default="")
    args = ap.parse_args()
    ignore = [f for f in args.ignore.split(",") if f]
    other = 0
    changed = {f: 0 for f in ignore}
    articles = 0
    with open(args.before, encoding="utf-8") as a, open(args.after, encoding="utf-8") as b:
        for la, lb in zip(a, b):
            da, db = json.loads(la), json.loads(lb)
            articles += 1
            strip = lambda e: {k: v for k, v in e.items() if k not in ignore}
            if da["id"] != db["id"] or [strip(e) for e in da["events"]] != [strip(e) for e in db["events"]]:
                other += 1
                continue
            for ea, eb in zip(da["events"], db["events"]):
                for f in ignore:
                    changed[f] += ea.get(f) != eb.get(f)
    print(f"{articles} articles, {other} differ in other than {', '.join(ignore) or 'nothing'}")
    for f in ignore:
        print(f"events with another {f}: {changed[f]}")


if __name__ == "__main__":
    main()
