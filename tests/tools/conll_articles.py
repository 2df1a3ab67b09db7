#!/usr/bin/env python3
"""Turns a CoNLL file of tagged tokens into JSON Lines for `hadath run`.

    python3 tests/tools/conll_articles.py ../shared/data/anercorp/test.txt [more files] \
        --date 2007-01-01 > /tmp/anercorp.jsonl

Each sentence (a blank line ends it) becomes one record: its tokens joined
by spaces, with the space before closing punctuation and after an opening
parenthesis taken out, under the id `<file stem>-<n>`. The tags are
dropped. ANERcorp's sentences are newswire of the 2000s that the coder's
rules were never read against, so reading the events coded from them is a
check of how general the rules are (the README's Accuracy section). The
date is one day for all (the corpus gives none); it decides which office a
dated person holds.
"""
import argparse
import json
import os

CLOSING = [".", ",", "،", ":", "؛", "!", "؟", ")"]


def sentences(path):
    tokens = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                if tokens:
                    yield tokens
                tokens = []
                continue
            # the tag is the last field; the token may not hold a space
            tokens.append(line.rsplit(" ", 1)[0])
    if tokens:
        yield tokens


def detokenise(tokens):
    text = " ".join(tokens)
    for p in CLOSING:
        text = text.replace(" " + p, p)
    return text.replace("( ", "(")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="+")
    ap.add_argument("--date", default="2007-01-01")
    args = ap.parse_args()
    for path in args.files:
        stem = os.path.splitext(os.path.basename(path))[0]
        for n, tokens in enumerate(sentences(path)):
            record = {"id": f"{stem}-{n}", "date": args.date, "text": detokenise(tokens)}
            print(json.dumps(record, ensure_ascii=False))


if __name__ == "__main__":
    main()
