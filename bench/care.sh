#!/usr/bin/env bash
# Customer care benchmark (issue 17): writes VISITS delivered visits over ten years (default 500,000)
# with their callbacks (past ones done or closed unreached, with scores; the last days' open) into an
# in-memory H2, then prints p50/p95 of the caller's lists (today, overdue, upcoming, done) and of a
# month's CSI figures (callback rate, reach rate, CSI by advisor, technician and work group).
#   bash bench/care.sh [VISITS]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/classpath.sh
java -Xmx4g -cp "$cp" com.fours.workbench.care.CareBenchmark "$@" 2>&1 | grep -E "CareBenchmark|Exception|Error" || true
