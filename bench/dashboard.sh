#!/usr/bin/env bash
# Manager's dashboard benchmark (issue 18, decisions 0095, 0100, 0109): the large store (home/LargeStore:
# default 500,000 repair orders spread over the ten years to the benchmark's today, 2026-12-07, 20,000
# parts), each handed-back order billed with its labour line, an hour clocked, a QC release, a part issued
# (every twentieth a receipt), every 25th a counter sale of parts. Generated once into an H2 file kept under
# target/bench-store/ (--store=DIR elsewhere, --fresh to generate again); each run opens its own copy.
# Then p50/p95 of a month's dashboard (November 2026 with October and November 2025) and a year's
# (2026 to date with 2025). Targets: month p95 <= 300 ms, year p95 <= 1.5 s.
# --profile also times each query of one period alone (median), to see where the time goes;
# --home also times every role's home page on the same store (as bench/home.sh does).
#   bash bench/dashboard.sh [--orders=500000] [--parts=20000] [--reads=30] [--profile] [--home] [--fresh]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/classpath.sh
java -Xmx4g ${BENCH_JAVA_OPTS:-} -cp "$cp" com.fours.workbench.dashboard.DashboardBenchmark "$@" 2>&1 \
  | grep -E "DashboardBenchmark|LargeStore|HomeBenchmark|Exception|Error" || true
