#!/usr/bin/env bash
# Archive search benchmark (issue 3): generates archives of the given sizes (vehicles; two customers for
# every three vehicles) into target/bench-archive/<size>/, runs the fragment search over each and prints
# p50/p95/p99, the ratio of the largest size's p95 to the first's, and a plain LIKE '%x%' scan for comparison.
#   bash bench/archive-search.sh [--fresh] [--queries=N] [SIZES...]    (default sizes: 150000 1000000)
# An archive already generated is reused unless --fresh. Generating 1,000,000 vehicles takes several
# minutes and about 10 GB of disk; per-kind figures are in the benchmark's log above the table.
set -euo pipefail
cd "$(dirname "$0")/.."

fresh=(); queries=2000; sizes=()
for arg in "$@"; do
  case "$arg" in
    --fresh) fresh=(--fresh) ;;
    --queries=*) queries=${arg#--queries=} ;;
    -*) echo "unknown option $arg" >&2; exit 2 ;;
    *) sizes+=("$arg") ;;
  esac
done
[ ${#sizes[@]} -gt 0 ] || sizes=(150000 1000000)

mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"

for size in "${sizes[@]}"; do
  dir="target/bench-archive/$size"
  java -Xmx6g -cp "$cp" com.fours.workbench.customers.ArchiveGenerator "--vehicles=$size" "--dir=$dir" "${fresh[@]}"
  java -Xmx1g -cp "$cp" com.fours.workbench.customers.ArchiveSearchBenchmark "--dir=$dir" "--queries=$queries"
done

value() { grep "^$2=" "target/bench-archive/$1/results.properties" | cut -d= -f2; }
echo
printf '%-10s %-9s %9s %9s %9s %8s %13s %13s %8s %8s\n' vehicles customers 'p50 ms' 'p95 ms' 'p99 ms' ratio \
  'LIKE p50 ms' 'LIKE p95 ms' 'gen s' 'db MB'
first=$(value "${sizes[0]}" overall.p95)
for size in "${sizes[@]}"; do
  p95=$(value "$size" overall.p95)
  printf '%-10s %-9s %9s %9s %9s %8s %13s %13s %8s %8s\n' "$size" "$(value "$size" customers)" \
    "$(value "$size" overall.p50)" "$p95" "$(value "$size" overall.p99)" \
    "$(awk -v a="$p95" -v b="$first" 'BEGIN {printf "%.2f", a / b}')" \
    "$(value "$size" like.p50)" "$(value "$size" like.p95)" "$(value "$size" generation.seconds)" \
    "$(awk -v b="$(value "$size" database.bytes)" 'BEGIN {printf "%.0f", b / 1e6}')"
done
echo "targets: p95 <= 20 ms at 150000; p95 at 1000000 <= 1.5 x p95 at 150000 (ratio column, against the first size)"
