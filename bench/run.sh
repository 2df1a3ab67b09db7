#!/bin/sh
# hadath's speed benchmark, one command:
#
#     bench/run.sh            # the figures of record: a 100 MB corpus, all 2,700 articles for the peers
#     bench/run.sh --quick    # 10 MB and 300 articles, for iterating
#
# It builds the release binary, writes the corpora into bench/out/ (ignored by
# git) from ../shared/data/ant-news-2018/, installs the Python peers
# (bench/requirements.txt) into bench/out/venv, and prints a table: hadath
# run's MB/s, articles/s, peak memory and start-up time, and side by side on
# the same articles `wc -w`, the peers and hadath, with ratios. Needs cargo,
# python3 (with venv), /usr/bin/time; hyperfine if installed. Without
# ../shared it says "skipped" and exits 0.
set -eu
cd "$(dirname "$0")/.."
exec python3 bench/bench.py "$@"
