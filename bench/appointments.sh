#!/usr/bin/env bash
# Appointments benchmark (issue 5): on the 150,000-vehicle archive of bench/archive-search.sh (generated
# into target/bench-archive/150000 if missing) books ten years of appointments once, then times the
# Appointments tab's reads: a day, a week, a day's bookings, the no-show check, four weeks of figures and
# the cars due for service. Prints p50/p95 in ms.
#   bash bench/appointments.sh [--dir=target/bench-archive/150000]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/classpath.sh
java -cp "$cp" com.fours.workbench.appointments.AppointmentsBenchmark "$@"
