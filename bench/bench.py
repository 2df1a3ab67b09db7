"""hadath's speed, measured side by side with a floor and Python peers.

Run through `bench/run.sh [--quick]` (see its header); this script needs only
the Python standard library, the peers run in bench/out/venv.
"""

import argparse
import gzip
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
OUT = BENCH / "out"
DATA = ROOT.parent / "shared" / "data" / "ant-news-2018" / "ant-politics-2700.jsonl.gz"
FIXTURE = ROOT / "tests" / "fixtures" / "sochi-talks-2019-05-15.txt"
PEERS = ["isri", "snowball", "pystemmer"]

# The targets.
TARGET_MBS = 20.0
TARGET_FLOOR_FACTOR = 5.0
TARGET_FULL_VS_ISRI = 10.0
TARGET_PART_VS_ISRI = 30.0
TARGET_STARTUP_MS = 50.0
TARGET_PEAK_MB = 300.0


def say(msg):
    print(msg, flush=True)


def cpu_model():
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def build():
    say("building the release binary (cargo build --release -p hadath-cli) ...")
    subprocess.run(["cargo", "build", "--release", "-p", "hadath-cli"], cwd=ROOT, check=True)
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    if not target.is_absolute():
        target = ROOT / target
    exe = target / "release" / "hadath"
    if not exe.exists():
        sys.exit(f"bench: {exe} was not built")
    return exe


def venv_python():
    """The virtual environment with the peers (created on first use)."""
    venv = OUT / "venv"
    py = venv / "bin" / "python"
    stamp = venv / "requirements.txt"
    req = BENCH / "requirements.txt"
    if py.exists() and stamp.exists() and stamp.read_text() == req.read_text():
        return py
    say("creating bench/out/venv with the Python peers (pip install -r bench/requirements.txt) ...")
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run([str(py), "-m", "pip", "install", "-q", "-r", str(req)], check=True)
    shutil.copyfile(req, stamp)
    return py


def prepare(quick):
    """Writes the texts and corpora; returns their paths and sizes."""
    OUT.mkdir(exist_ok=True)
    with gzip.open(DATA, "rt", encoding="utf-8") as f:
        articles = [json.loads(line) for line in f if line.strip()]
    if quick:
        articles = articles[::9]
    # The real articles once: what the peers and hadath's part read.
    once_txt = OUT / "articles.txt"
    once_jsonl = OUT / "articles.jsonl"
    with open(once_txt, "w", encoding="utf-8") as t, open(once_jsonl, "w", encoding="utf-8") as j:
        for a in articles:
            t.write(a["text"].rstrip("\n") + "\n\n")
            j.write(json.dumps(a, ensure_ascii=False) + "\n")
    text_bytes = sum(len(a["text"].encode("utf-8")) for a in articles)
    # The big corpus: the articles repeated (new ids) until it holds enough text.
    want = (10 if quick else 100) * 1_000_000
    copies = -(-want // text_bytes)
    big_txt = OUT / "corpus.txt"
    big_jsonl = OUT / "corpus.jsonl"
    with open(big_txt, "w", encoding="utf-8") as t, open(big_jsonl, "w", encoding="utf-8") as j:
        for k in range(copies):
            for a in articles:
                b = dict(a, id=f"{a['id']}~{k}")
                t.write(a["text"].rstrip("\n") + "\n\n")
                j.write(json.dumps(b, ensure_ascii=False) + "\n")
    return {
        "once_txt": once_txt,
        "once_jsonl": once_jsonl,
        "once_articles": len(articles),
        "once_bytes": text_bytes,
        "big_txt": big_txt,
        "big_jsonl": big_jsonl,
        "big_articles": len(articles) * copies,
        "big_bytes": text_bytes * copies,
    }


def timed(cmd, runs=1, stdout=subprocess.DEVNULL):
    """Best wall time of `runs` runs of `cmd`, and the last run's output."""
    best, out = None, None
    for _ in range(runs):
        t0 = time.perf_counter()
        p = subprocess.run(cmd, stdout=stdout, stderr=subprocess.PIPE, check=False)
        dt = time.perf_counter() - t0
        if p.returncode != 0:
            sys.exit(f"bench: {' '.join(map(str, cmd))} failed: {p.stderr.decode(errors='replace')[-2000:]}")
        out = p.stdout
        best = dt if best is None else min(best, dt)
    return best, out


def peak_rss_mb(cmd):
    """Wall time and peak resident memory of one run, from /usr/bin/time -v."""
    t0 = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-v", *map(str, cmd)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    dt = time.perf_counter() - t0
    err = p.stderr.decode(errors="replace")
    if p.returncode != 0:
        sys.exit(f"bench: {' '.join(map(str, cmd))} failed: {err[-2000:]}")
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", err)
    return dt, (int(m.group(1)) / 1024 if m else float("nan"))


def hadath_run_cmd(exe, corpus):
    # Every layer of every article to JSON Lines on standard output.
    return ["sh", "-c", f'exec "{exe}" run -q --format jsonl -o - "{corpus}" > /dev/null']


def startup_ms(exe):
    """Median wall time of `hadath extract` on one small article."""
    cmd = f'"{exe}" extract --date 2019-05-15 "{FIXTURE}"'
    if shutil.which("hyperfine"):
        js = OUT / "startup.json"
        subprocess.run(
            ["hyperfine", "-N", "--warmup", "3", "--runs", "30", "--export-json", str(js), "--output", "null", cmd],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        r = json.loads(js.read_text())["results"][0]
        return r["median"] * 1000, "hyperfine, median of 30"
    times = []
    for _ in range(30):
        t, _ = timed([str(exe), "extract", "--date", "2019-05-15", str(FIXTURE)])
        times.append(t)
    return statistics.median(times) * 1000, "median of 30 runs (hyperfine not found)"


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--quick", action="store_true", help="300 articles, a 10 MB corpus: for iterating")
    args = ap.parse_args()
    if not DATA.exists():
        say(f"bench: skipped: {DATA} is not there (the benchmark needs the ANT articles in ../shared/data/ant-news-2018/)")
        return 0
    exe = build()
    py = venv_python()
    load_before = os.getloadavg()[0]
    say("preparing the texts in bench/out/ ...")
    c = prepare(args.quick)
    once_mb, big_mb = c["once_bytes"] / 1e6, c["big_bytes"] / 1e6
    runs = 3

    say(f"floor: wc -w ({big_mb:.0f} MB and {once_mb:.1f} MB) ...")
    wc_big, _ = timed(["wc", "-w", c["big_txt"]], runs)
    wc_once, _ = timed(["wc", "-w", c["once_txt"]], runs)

    say(f"hadath run on the {big_mb:.0f} MB corpus ({c['big_articles']} articles) ...")
    run_big, peak = peak_rss_mb(hadath_run_cmd(exe, c["big_jsonl"]))
    say(f"hadath run on the {c['once_articles']} articles once ({once_mb:.1f} MB) ...")
    run_once, _ = timed(hadath_run_cmd(exe, c["once_jsonl"]), runs)

    say("hadath tokenize --stem --count ...")
    part_once, part_out = timed([exe, "tokenize", "--stem", "--count", c["once_txt"]], runs, stdout=subprocess.PIPE)
    part_big, _ = timed([exe, "tokenize", "--stem", "--count", c["big_txt"]], 1)

    say("start-up: hadath extract on the Sochi fixture ...")
    start_ms, start_how = startup_ms(exe)

    peers = {}
    for p in PEERS:
        say(f"peer {p} on the {c['once_articles']} articles ({once_mb:.1f} MB) ...")
        best = None
        for _ in range(1 if p != "pystemmer" else runs):
            r = subprocess.run([str(py), str(BENCH / "peers.py"), p, str(c["once_txt"])], capture_output=True, text=True, check=True)
            res = json.loads(r.stdout)
            if best is None or res["seconds"] < best["seconds"]:
                best = res
        peers[p] = best

    # Throughputs in MB/s of article text.
    mbs = {
        "wc -w (floor)": once_mb / wc_once,
        "hadath run, everything": once_mb / run_once,
        "hadath tokenize --stem": once_mb / part_once,
    }
    peer_names = {
        "isri": "pyarabic + NLTK ISRI",
        "snowball": "snowballstemmer (pure Python)",
        "pystemmer": "PyStemmer (C, cache off)",
    }
    for p in PEERS:
        mbs[peer_names[p]] = once_mb / peers[p]["seconds"]
    hadath_words = re.search(rb"(\d+) words, (\d+)", part_out or b"")

    say("")
    say(f"# hadath speed — {time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores, {cpu_model()}")
    say(f"command: bench/run.sh{' --quick' if args.quick else ''}")
    say(f"load average (1 min) before and after: {load_before:.1f}, {os.getloadavg()[0]:.1f}; figures fall as other work shares the cores, ratios less so")
    say("")
    say(f"## hadath run: {c['big_articles']} articles, {big_mb:.0f} MB of text (the {c['once_articles']} ANT articles repeated)")
    say("")
    say("| figure | value |")
    say("|---|---|")
    say(f"| wall time | {run_big:.1f} s |")
    say(f"| MB/s of text | {big_mb / run_big:.1f} |")
    say(f"| articles/s | {c['big_articles'] / run_big:,.0f} |")
    say(f"| peak memory (max RSS) | {peak:.0f} MB |")
    say(f"| floor `wc -w` on the same text | {wc_big:.2f} s ({big_mb / wc_big:.0f} MB/s); hadath takes {run_big / wc_big:.1f}x as long |")
    say(f"| `hadath tokenize --stem --count` on the same text | {part_big:.2f} s ({big_mb / part_big:.0f} MB/s) |")
    say(f"| start-up: `hadath extract` on the Sochi article | {start_ms:.1f} ms ({start_how}) |")
    say("")
    say(f"## Side by side on the same real articles, once each ({c['once_articles']} articles, {once_mb:.1f} MB, best of {runs} but ISRI and snowball: 1 run)")
    say("")
    say("| who | does | seconds | MB/s | words | distinct |")
    say("|---|---|---|---|---|---|")
    say(f"| wc -w (floor) | read, count words | {wc_once:.3f} | {mbs['wc -w (floor)']:.1f} | | |")
    for p in PEERS:
        r = peers[p]
        say(f"| {peer_names[p]} | normalise + stem every word | {r['seconds']:.3f} | {mbs[peer_names[p]]:.2f} | {r['words']} | {r['distinct']} |")
    hw = hadath_words.groups() if hadath_words else (b"?", b"?")
    say(
        f"| hadath tokenize --stem --count | normalise + tokenise + stem every word | {part_once:.3f} | {mbs['hadath tokenize --stem']:.1f} | "
        f"{hw[0].decode()} | {hw[1].decode()} |"
    )
    say(f"| hadath run | everything: every layer, every event, JSON out | {run_once:.3f} | {mbs['hadath run, everything']:.1f} | | |")
    say("")
    say("Ratios (hadath's MB/s over the other's; > 1 means hadath is faster):")
    say("")
    others = ["wc -w (floor)"] + [peer_names[p] for p in PEERS]
    say("| hadath | " + " | ".join(f"vs {o}" for o in others) + " |")
    say("|---|" + "---|" * len(others))
    for h in ["hadath tokenize --stem", "hadath run, everything"]:
        say(f"| {h} | " + " | ".join(f"{mbs[h] / mbs[o]:.2f}x" for o in others) + " |")

    isri = mbs[peer_names["isri"]]
    full_mbs = big_mb / run_big
    checks = [
        (f"full pipeline >= {TARGET_MBS:.0f} MB/s", full_mbs >= TARGET_MBS, f"{full_mbs:.1f} MB/s"),
        (
            f"full pipeline within {TARGET_FLOOR_FACTOR:.0f}x of wc -w",
            run_big / wc_big <= TARGET_FLOOR_FACTOR,
            f"{run_big / wc_big:.1f}x as long",
        ),
        (
            f"full pipeline >= {TARGET_FULL_VS_ISRI:.0f}x the ISRI peer",
            mbs["hadath run, everything"] / isri >= TARGET_FULL_VS_ISRI,
            f"{mbs['hadath run, everything'] / isri:.1f}x",
        ),
        (
            f"normalise-tokenise-stem >= {TARGET_PART_VS_ISRI:.0f}x the ISRI peer",
            mbs["hadath tokenize --stem"] / isri >= TARGET_PART_VS_ISRI,
            f"{mbs['hadath tokenize --stem'] / isri:.1f}x",
        ),
        (
            "normalise-tokenise-stem no slower than PyStemmer",
            mbs["hadath tokenize --stem"] >= mbs[peer_names["pystemmer"]],
            f"{mbs['hadath tokenize --stem'] / mbs[peer_names['pystemmer']]:.2f}x",
        ),
        (f"start-up <= {TARGET_STARTUP_MS:.0f} ms", start_ms <= TARGET_STARTUP_MS, f"{start_ms:.1f} ms"),
        (f"peak memory <= {TARGET_PEAK_MB:.0f} MB", peak <= TARGET_PEAK_MB, f"{peak:.0f} MB"),
    ]
    say("")
    say("Targets:")
    say("")
    for name, ok, value in checks:
        say(f"- {'met    ' if ok else 'NOT met'}  {name}: {value}")
    if args.quick:
        say("")
        say("(--quick: a 10 MB corpus and 300 articles; run without --quick for the figures of record)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
