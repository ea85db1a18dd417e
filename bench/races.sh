#!/usr/bin/env bash
# Process races (issue 14): eight workstations, each a JVM of its own, race on one database for the
# last unit of a part, the next bill number and the last place of an arrival slot, round after round,
# on PostgreSQL (a schema of its own on the server of .ci/postgres-for-tests, when it can be started)
# and on the embedded H2 file shared through AUTO_SERVER. Prints winners per round, duplicates, gaps,
# negatives, what the losers were told (Chinese / English) and timings; exits 1 if a rule broke.
# Desk logs and result files stay in target/bench-races/.
#   bash bench/races.sh [--rounds=20] [--desks=8] [--databases=postgresql,h2]
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${WORKBENCH_TEST_POSTGRES_URL:-}" ]; then
  eval "$(bash .ci/postgres-for-tests 2>/dev/null)" || echo "no PostgreSQL here: H2 only" >&2
fi
source bench/classpath.sh
set +e
java -Xmx1g ${BENCH_JAVA_OPTS:-} -cp "$cp" com.fours.workbench.races.ProcessRacesBenchmark --dir=target/bench-races "$@" \
  2>&1 | tee target/bench-races.log | grep -E "ProcessRacesBenchmark|WARN|ERROR"
exit "${PIPESTATUS[0]}"
