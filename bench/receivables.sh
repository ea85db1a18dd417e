#!/usr/bin/env bash
# Receivables benchmark (issue 19, decision 0119): writes ten years of a large store into an H2 file under
# target/bench-receivables/<size>/ (default 500,000 bills on account, 200,000 receipts applied to them, 50,000
# makers' and insurers' claims, 1,000 payers; 100,000 supplier invoices and 20,000 payments of 200 suppliers)
# by set-based SQL, once: a rerun opens the file, and a fill cut short goes on where it stopped. Then prints
# p50/p95 of the ageing of all payers (target <= 500 ms; main's statements beside today's, with the ratio),
# of all suppliers, of one payer's month statement (<= 100 ms) and of the claims waiting.
#   bash bench/receivables.sh [--bills=N] [--receipts=N] [--claims=N] [--invoices=N] [--payments=N]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/classpath.sh
java -Xmx4g -cp "$cp" com.fours.workbench.receivables.ReceivablesBenchmark "$@" 2>&1 \
  | grep -E "ReceivablesBenchmark|Exception|Error" || true
