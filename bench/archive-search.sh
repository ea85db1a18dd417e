#!/usr/bin/env bash
# Archive search benchmark (issue 3): generates archives of the given sizes (vehicles; two customers for
# every three vehicles) into target/bench-archive/<size>/, runs the fragment search over each and prints
# p50/p95/p99, the ratio of each size's p95 to the first size's, and a plain LIKE '%x%' scan for comparison.
#   bash bench/archive-search.sh [--fresh] [--runs=N] [--queries=N] [SIZES...]   (default: 150000 1000000)
# An archive already generated is reused unless --fresh; generating 1,000,000 vehicles takes several
# minutes and about 6 GB of disk. The machine is shared and noisy, so the sizes are measured in turn,
# --runs times (default 3), and the table shows the median of the runs' percentiles; the LIKE scan runs
# in the first round only. Per-kind figures of every run are in the log above the table.
set -euo pipefail
cd "$(dirname "$0")/.."

fresh=(); queries=2000; runs=3; sizes=()
for arg in "$@"; do
  case "$arg" in
    --fresh) fresh=(--fresh) ;;
    --queries=*) queries=${arg#--queries=} ;;
    --runs=*) runs=${arg#--runs=} ;;
    -*) echo "unknown option $arg" >&2; exit 2 ;;
    *) sizes+=("$arg") ;;
  esac
done
[ ${#sizes[@]} -gt 0 ] || sizes=(150000 1000000)

source bench/classpath.sh

for size in "${sizes[@]}"; do
  java -Xmx6g -cp "$cp" com.fours.workbench.customers.ArchiveGenerator "--vehicles=$size" \
    "--dir=target/bench-archive/$size" "${fresh[@]}"
  rm -f "target/bench-archive/$size"/results-*.properties
done
for run in $(seq 1 "$runs"); do
  for size in "${sizes[@]}"; do
    echo "== run $run of $runs, $size vehicles"
    java -Xmx1g -cp "$cp" com.fours.workbench.customers.ArchiveSearchBenchmark "--dir=target/bench-archive/$size" \
      "--queries=$queries" "--like-sample=$([ "$run" = 1 ] && echo 40 || echo 0)" "--out=results-$run.properties"
  done
done

value() { # size run key
  grep "^$3=" "target/bench-archive/$1/results-$2.properties" | cut -d= -f2
}
median() { # size key: the median over the runs
  for run in $(seq 1 "$runs"); do value "$1" "$run" "$2"; done | sort -g |
    awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
}
echo
printf '%-9s %-9s %8s %8s %8s %9s %12s %12s %7s %7s  %s\n' vehicles customers 'p50 ms' 'p95 ms' 'p99 ms' \
  'p95 ratio' 'LIKE p50 ms' 'LIKE p95 ms' 'gen s' 'db MB' 'p95 of each run'
first=$(median "${sizes[0]}" overall.p95)
for size in "${sizes[@]}"; do
  p95=$(median "$size" overall.p95)
  printf '%-9s %-9s %8s %8s %8s %9s %12s %12s %7s %7s  %s\n' "$size" "$(value "$size" 1 customers)" \
    "$(median "$size" overall.p50)" "$p95" "$(median "$size" overall.p99)" \
    "$(awk -v a="$p95" -v b="$first" 'BEGIN {printf "%.2f", a / b}')" \
    "$(value "$size" 1 like.p50)" "$(value "$size" 1 like.p95)" "$(value "$size" 1 generation.seconds)" \
    "$(awk -v b="$(value "$size" 1 database.bytes)" 'BEGIN {printf "%.0f", b / 1e6}')" \
    "$(for run in $(seq 1 "$runs"); do printf '%s ' "$(value "$size" "$run" overall.p95)"; done)"
done
echo "targets: p95 <= 20 ms at 150000 vehicles; p95 at 1000000 no more than 1.5 x that (p95 ratio, to the first size)"
