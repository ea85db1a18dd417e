#!/usr/bin/env bash
# Cash-up and health-record export at a large store's size (issue 9, part B): writes BILLS bills over
# ten years (default 500,000; 1.3 payments each; all but today's already exported) into an in-memory
# H2 and prints p50/p95 of a day's cash-up figures and of the list the next export would take.
#   bash bench/cash-up.sh [BILLS]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/classpath.sh
java -Xmx4g -cp "$cp" com.fours.workbench.cashier.CashUpBenchmark "$@" 2>&1 | grep -E "CashUpBenchmark|Exception|Error" || true
