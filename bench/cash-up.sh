#!/usr/bin/env bash
# Cash-up and health-record export at a large store's size (issue 9, part B): writes BILLS bills over
# ten years (default 500,000; 1.3 payments each; all but today's already exported) into an in-memory
# H2 and prints p50/p95 of a day's cash-up figures and of the list the next export would take.
#   bash bench/cash-up.sh [BILLS]
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
mvn -B -q -Dstyle.color=never -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt >target/bench-build.log 2>&1 || { cat target/bench-build.log; exit 1; }
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
java -Xmx4g -cp "$cp" com.fours.workbench.cashier.CashUpBenchmark "$@" 2>&1 | grep -E "CashUpBenchmark|Exception|Error" || true
