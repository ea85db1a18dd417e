#!/usr/bin/env bash
# Stocktake benchmark (issue 4): a database of 20,000 parts and 5,000,000 ledger rows in
# target/bench-stocktake/ (generated once, a few minutes; reused while the sizes match, --fresh makes a
# new one), then: a bare primary-key SELECT and the on-hand figure as the baseline, with the EXPLAIN
# plans that show on hand comes from the stock_balance primary key; p50/p95/p99 of --scans scans during
# counting (lookup by barcode + saving the count entry); and the median time to post a 20,000-line
# stocktake with a variance on every line, over --runs stocktakes (each run adds 20,000 ledger rows).
#   bash bench/stocktake.sh [--fresh] [--scans=2000] [--runs=5] [--parts=20000] [--movements=5000000]
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/classpath.sh
java -Xmx2g ${BENCH_JAVA_OPTS:-} -cp "$cp" com.fours.workbench.parts.StocktakeBenchmark --dir=target/bench-stocktake "$@"

r=target/bench-stocktake/results.properties
value() { grep "^$1=" "$r" | cut -d= -f2; }
echo
printf '%-44s %10s %10s %10s\n' '' 'p50 ms' 'p95 ms' 'p99 ms'
printf '%-44s %10s %10s %10s\n' 'baseline: primary-key SELECT of a part' "$(value baseline.pk.p50)" "$(value baseline.pk.p95)" "$(value baseline.pk.p99)"
printf '%-44s %10s %10s %10s\n' 'on hand of a part (stock_balance PK range)' "$(value onHand.p50)" "$(value onHand.p95)" "$(value onHand.p99)"
printf '%-44s %10s %10s %10s\n' 'scan during counting (lookup + save)' "$(value scan.p50)" "$(value scan.p95)" "$(value scan.p99)"
echo "scan p95 / baseline p95: $(awk -v a="$(value scan.p95)" -v b="$(value baseline.pk.p95)" 'BEGIN {printf "%.1f", a / b}')"
echo "posting a 20,000-line stocktake: median $(value post.median.ms) ms (runs: $(value post.runs.ms))"
echo "  baseline, one batch of 20,000 inserts into a ledger-shaped table with no secondary index: median $(value post.baseline.median.ms) ms (runs: $(value post.baseline.runs.ms)); posting / baseline: $(value post.ratio)"
echo "  CPU time of the posting thread: median $(value post.cpu.median.ms) ms (runs: $(value post.cpu.runs.ms))"
echo "freezing a whole-store stocktake: $(value freeze.ms) ms; $(value parts) parts, $(value ledgerRows) ledger rows;" \
  "database $(awk -v b="$(value database.bytes)" 'BEGIN {printf "%.0f", b / 1e6}') MB, generated in $(value generation.seconds) s"
echo "system load average during the run: $(value load) on $(nproc) cores"
echo "targets: scan p95 <= 50 ms; posting <= 3000 ms"
