#!/usr/bin/env bash
# Load test of `hadath serve` on loopback: requests a second and latency
# percentiles of POST /v1/extract (the Sochi article, with entity tagger) at
# 64 concurrent connections, side by side with two peers measured in the same
# run: GET /healthz (the no-work floor of the HTTP stack) and `hadath extract`
# coding the same article in one process (the coding itself, no HTTP).
# Fails when any request errs or answers other than 2xx.
#
#   bench/load_extract.sh [SECONDS] [CONNECTIONS]      (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-20}
CONNECTIONS=${2:-64}
ARTICLE=tests/fixtures/sochi-talks-2019-05-15.txt
BIN=${CARGO_TARGET_DIR:-target}/release/hadath

command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install wrk" >&2; exit 2; }
cargo build --release --quiet -p hadath-cli

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
URL=http://127.0.0.1:$PORT
"$BIN" serve --addr "127.0.0.1:$PORT" 2>/dev/null &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null' EXIT
for _ in $(seq 100); do curl -sf "$URL/healthz" >/dev/null && break; sleep 0.1; done
curl -sf "$URL/healthz" >/dev/null || { echo "the server did not start" >&2; exit 1; }

# One request first: the answer must be a document with events.
curl -sf -H 'Content-Type: text/plain' --data-binary @"$ARTICLE" "$URL/v1/extract?date=2019-05-15" \
  | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["events"], "no events"; print("one request:", len(d["events"]), "events")'

run() { # name url [article]
  local out
  out=$(ARTICLE=${3:-} wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --timeout 30s -s bench/wrk_report.lua "$2" | grep '^RESULT')
  echo "$1 $out"
}
# The peer without HTTP: the same article through `hadath extract`, many copies
# in one process, timed before and after the server's runs (the faster counts:
# the machine is shared, and noise only ever slows a run down).
N=600
DIR=$(mktemp -d)
for i in $(seq $N); do cp "$ARTICLE" "$DIR/a$i.txt"; done
cli() {
  local start end
  start=$(date +%s.%N)
  "$BIN" extract --date 2019-05-15 "$DIR"/*.txt >/dev/null
  end=$(date +%s.%N)
  python3 -c "print($end - $start)"
}
CLI1=$(cli)
HEALTH=$(run healthz "$URL/healthz")
EXTRACT=$(run extract "$URL/v1/extract" "$ARTICLE")
kill $SERVER; wait $SERVER 2>/dev/null || true
trap - EXIT
CLI2=$(cli)
rm -r "$DIR"

python3 - "$HEALTH" "$EXTRACT" "$N" "$CLI1" "$CLI2" "$CONNECTIONS" "$SECONDS_EACH" <<'PY'
import sys
def parse(line):
    name, _, *fields = line.split()
    return name, {k: float(v) for k, v in (f.split("=") for f in fields)}
_, h = parse(sys.argv[1]); _, x = parse(sys.argv[2])
n, before, after = int(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5])
cli = n / min(before, after)
print(f"{sys.argv[6]} connections, {sys.argv[7]} s each, on 127.0.0.1; CLI: {n} articles in {before:.2f} s before, {after:.2f} s after")
print(f"{'':22}{'req/s':>9}{'p50 ms':>9}{'p90 ms':>9}{'p99 ms':>9}{'errors':>8}")
for name, r in (("GET /healthz", h), ("POST /v1/extract", x)):
    print(f"{name:22}{r['rps']:9.1f}{r['p50_ms']:9.2f}{r['p90_ms']:9.2f}{r['p99_ms']:9.2f}{int(r['errors'] + r['non2xx']):8d}")
print(f"{'hadath extract (CLI)':22}{cli:9.1f}  articles/s, one process, no HTTP")
print(f"/v1/extract: {x['rps'] / cli:.2f}x the CLI's articles/s; /healthz answers {h['rps'] / x['rps']:.0f}x as many requests")
bad = int(h["errors"] + h["non2xx"] + x["errors"] + x["non2xx"])
if bad:
    sys.exit(f"FAILED: {bad} requests failed or answered non-2xx")
PY
