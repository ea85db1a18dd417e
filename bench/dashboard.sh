#!/usr/bin/env bash
# Manager's dashboard benchmark (issue 18, decision 0095): the home benchmark's large store in an
# in-memory H2 (default 500,000 repair orders over nine and a half years, 20,000 parts), each handed-back
# order with a finished labour line, an hour clocked, a bill with its labour line and a QC release; then
# p50/p95 of a month's dashboard (three periods: the month, the one before, last year's) and a year's.
# Each handed-back order also issues a part from stock (and every twentieth a receipt), so the stock
# figures read a ledger of ~525,000 movements. Each read is the whole screen: the period with the
# period before and last year's. Targets: month p95 <= 300 ms, year p95 <= 1.5 s.
# --profile also times each query of one period alone (median), to see where the time goes;
# --home also times every role's home page on the same store (as bench/home.sh does).
#   bash bench/dashboard.sh [--orders=500000] [--parts=20000] [--reads=30] [--profile] [--home]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/classpath.sh
java -Xmx4g ${BENCH_JAVA_OPTS:-} -cp "$cp" com.fours.workbench.dashboard.DashboardBenchmark "$@" 2>&1 \
  | grep -E "DashboardBenchmark|Exception|Error" || true
