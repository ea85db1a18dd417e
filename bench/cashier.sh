#!/usr/bin/env bash
# Cashier benchmark (issue 9): a database of 150,000 cars and 500,000 repair orders (1.5 million lines,
# bills with lines and payments for the delivered ones) in target/bench-cashier/ (generated once with
# bulk SQL, a few minutes; reused while the sizes match, --fresh makes a new one). Each run works on a
# copy, so the same --orders orders (plus 200 warm-up ones) wait at the cashier, signed off by QC. Then:
# a bare primary-key SELECT as the baseline; p50/p95/p99 of settling + issuing one order at the
# service layer (member and manual discount, numbered bill, SETTLED); the warm time to fill and export
# the A4 settlement list to PDF.
#   bash bench/cashier.sh [--fresh] [--orders=1000] [--renders=60] [--repair-orders=500000]
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/classpath.sh
java -Xmx2g ${BENCH_JAVA_OPTS:-} -cp "$cp" com.fours.workbench.cashier.CashierBenchmark --dir=target/bench-cashier "$@"

r=target/bench-cashier/results.properties
value() { grep "^$1=" "$r" | cut -d= -f2; }
echo
printf '%-48s %10s %10s %10s\n' '' 'p50 ms' 'p95 ms' 'p99 ms'
printf '%-48s %10s %10s %10s\n' 'baseline: primary-key SELECT of a repair order' "$(value baseline.pk.p50)" "$(value baseline.pk.p95)" "$(value baseline.pk.p99)"
printf '%-48s %10s %10s %10s\n' 'settle + issue one order (service layer)' "$(value settle.p50)" "$(value settle.p95)" "$(value settle.p99)"
printf '%-48s %10s %10s %10s\n' '  CPU time of the settling thread' "$(value settle.cpu.p50)" "$(value settle.cpu.p95)" "$(value settle.cpu.p99)"
printf '%-48s %10s %10s %10s\n' 'A4 settlement list to PDF (warm)' "$(value render.p50)" "$(value render.p95)" "$(value render.p99)"
printf '%-48s %10s %10s %10s\n' '  CPU time of the rendering thread' "$(value render.cpu.p50)" "$(value render.cpu.p95)" "$(value render.cpu.p99)"
echo "settle p50 / baseline p50: $(awk -v a="$(value settle.p50)" -v b="$(value baseline.pk.p50)" 'BEGIN {printf "%.1f", a / b}')"
echo "render p50 / baseline p50: $(awk -v a="$(value render.p50)" -v b="$(value baseline.pk.p50)" 'BEGIN {printf "%.1f", a / b}')"
echo "first render in the JVM: $(value render.first.ms) ms; $(value repairOrders) repair orders, $(value bills) bills;" \
  "database $(awk -v b="$(value database.bytes)" 'BEGIN {printf "%.0f", b / 1e6}') MB, generated in $(value generation.seconds) s"
echo "system load average during the run: $(value load) on $(nproc) cores"
echo "targets: settle + issue p95 <= 30 ms; bill to PDF warm <= 60 ms"
