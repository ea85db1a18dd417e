#!/usr/bin/env bash
# Home page benchmark (issue 18): a large store in an in-memory H2 (default 500,000 repair orders,
# nearly all handed back with their callbacks, the last 0.2% open in every state; 20,000 parts with
# reorder points), then p50/p95 of one home page per role (advisor, team lead, technician, QC
# inspector, cashier, warehouse clerk, customer care, service manager). Target: p95 <= 100 ms.
#   bash bench/home.sh [--orders=500000] [--parts=20000] [--reads=60]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/classpath.sh
java -Xmx4g ${BENCH_JAVA_OPTS:-} -cp "$cp" com.fours.workbench.home.HomeBenchmark "$@" 2>&1 \
  | grep -E "HomeBenchmark|Exception|Error" || true
