#!/usr/bin/env bash
# Receivables benchmark (issue 19): writes ten years of a large store into an in-memory H2 (default
# 500,000 bills on account, 200,000 receipts applied to them, 50,000 makers' and insurers' claims,
# 1,000 payers) by set-based SQL, then prints p50/p95 of the ageing of all payers (target <= 500 ms),
# of one payer's month statement (<= 100 ms) and of the claims waiting.
#   bash bench/receivables.sh [--bills=N] [--receipts=N] [--claims=N]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/classpath.sh
java -Xmx4g -cp "$cp" com.fours.workbench.receivables.ReceivablesBenchmark "$@" 2>&1 \
  | grep -E "ReceivablesBenchmark|Exception|Error" || true
