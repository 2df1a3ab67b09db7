"""The Python peers of hadath's "normalise, tokenise, stem" part.

    python peers.py isri|snowball|pystemmer FILE

Each reads FILE (plain UTF-8 text) a line at a time, finds the words with the
same regular expression, normalises and stems every word, and counts words
and distinct stems, as `hadath tokenize --stem --count FILE` does. It prints
one JSON object: peer, words, distinct stems, seconds (from opening the file
to the last stem; imports and interpreter start-up are not counted, which
favours the peers).

- isri: pyarabic normalisation (diacritics, tatweel, hamza seats, ta
  marbuta, alef maqsura) then NLTK's ISRI stemmer.
- snowball: the Snowball Arabic stemmer in pure Python (snowballstemmer's
  own ArabicStemmer class, so that PyStemmer is not used behind its back);
  Snowball normalises diacritics, tatweel and hamza seats itself.
- pystemmer: the same Snowball algorithm compiled to C (PyStemmer), with its
  cache off (maxCacheSize 0), stemming a line's words in one call.
"""

import json
import re
import sys
import time

# Letters and digits with their diacritics and tatweel, like hadath's words.
WORD = re.compile(r"[\w\u064B-\u065F\u0670\u0640]+")


def isri():
    from nltk.stem.isri import ISRIStemmer
    from pyarabic import araby

    st = ISRIStemmer()

    def norm(w):
        w = araby.strip_tashkeel(w)
        w = araby.strip_tatweel(w)
        w = araby.normalize_alef(w)
        w = araby.normalize_teh(w)
        return w.replace("\u0649", "\u064a")

    def stem_line(words):
        return [st.stem(norm(w)) for w in words]

    return stem_line


def snowball():
    from snowballstemmer.arabic_stemmer import ArabicStemmer

    st = ArabicStemmer()

    def stem_line(words):
        return [st.stemWord(w) for w in words]

    return stem_line


def pystemmer():
    import Stemmer

    st = Stemmer.Stemmer("arabic", 0)
    return st.stemWords


def main():
    peer, path = sys.argv[1], sys.argv[2]
    stem_line = {"isri": isri, "snowball": snowball, "pystemmer": pystemmer}[peer]()
    words = 0
    seen = set()
    t0 = time.perf_counter()
    with open(path, encoding="utf-8") as f:
        for line in f:
            ws = WORD.findall(line)
            if not ws:
                continue
            words += len(ws)
            seen.update(stem_line(ws))
    secs = time.perf_counter() - t0
    print(json.dumps({"peer": peer, "words": words, "distinct": len(seen), "seconds": secs}))


if __name__ == "__main__":
    main()
