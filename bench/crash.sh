#!/usr/bin/env bash
# The crash test's long version (issue 14): a workload of real business operations in a child JVM on
# an H2 file, killed with kill -9 at random moments KILLS times (default 100), the database checked
# after every kill; prints kills, commits checked, lost, reused numbers and the duration.
#   bash bench/crash.sh [--kills=100] [--seed=N] [--default-write-delay]
# --default-write-delay runs with H2's write delay at its default (500 ms), as before decision 51.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/classpath.sh
java -cp "$cp" com.fours.workbench.durability.CrashBenchmark "$@" 2>&1 | grep -E "CrashBenchmark|Exception|Error|^\s+at " || true
