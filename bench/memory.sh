#!/usr/bin/env bash
# Memory benchmark (issue 15, problem 11): the workbench's resident set and heap after a full
# collection, once every tab has been visited, on the demo database and on the 150,000-car archive.
#   bash bench/memory.sh [--runs=3] [--vehicles=150000] [--jvm="OPTIONS"] [--demo-only] [--archive-only] [--nmt]
#                       [--out=target/bench-memory]
# Each run starts the real workbench (Launcher) under Xvfb with the JVM options of `mvn javafx:run`
# (bench/jvm-options.sh; --jvm replaces them, --jvm="" for none), and app/MemoryWalk, inside it, logs
# in as each account, selects every module tab and every sub-tab below it, searches the archive, logs
# out; then it forces a full collection and prints VmRSS (/proc/self/status) and the heap in use. Demo: all nine demo accounts, searches 粤A1 and 138.
# Archive (made by ArchiveGenerator into target/bench-archive/<vehicles>/, as bench/archive-search.sh
# does; kept for the next run, and copied for each run): the administrator and the advisor, who
# changes the password asked for at the first log-in, five searches (plates and mobiles: a surname
# alone is below the search's two characters and never shows hits). Prints each run and the medians; --nmt adds the JVM's native memory summary to each run's log
# (target/bench-memory/<walk>-<run>.log). Needs xvfb-run (installed if missing).
set -euo pipefail
cd "$(dirname "$0")/.."

runs=3; vehicles=150000; jvm=; jvm_given=false; demo=true; archive=true; nmt=; out=target/bench-memory
for arg in "$@"; do
  case "$arg" in
    --runs=*) runs=${arg#--runs=} ;;
    --vehicles=*) vehicles=${arg#--vehicles=} ;;
    --jvm=*) jvm=${arg#--jvm=}; jvm_given=true ;;
    --demo-only) archive=false ;;
    --archive-only) demo=false ;;
    --nmt) nmt=--nmt ;;
    --out=*) out=${arg#--out=} ;;
    *) echo "unknown option $arg" >&2; exit 2 ;;
  esac
done
if [ "$jvm_given" = false ]; then # the options `mvn javafx:run` starts the workbench with
  jvm=$(bash bench/jvm-options.sh)
fi
if [ -n "$nmt" ]; then # the JVM's own account of its native memory, in each run's log
  jvm="$jvm -XX:NativeMemoryTracking=summary"
fi
command -v xvfb-run >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb libgtk-3-0 libgl1 libxtst6; }
source bench/classpath.sh
mkdir -p "$out"
echo "JVM options: ${jvm:-(none)}"

walk() { # name log-dir walker-options... -- app-options...; prints the MEMORY line's figures
  local name=$1; shift
  # shellcheck disable=SC2086
  timeout 1200 xvfb-run -a -s "-screen 0 1440x900x24" java $jvm -Dworkbench.logDir="$out/logs-$name" -cp "$cp" \
    com.fours.workbench.app.MemoryWalk $nmt "$@" >"$out/$name.log" 2>&1 || true
  grep -o 'MEMORY .*' "$out/$name.log" || { echo "the walk $name failed; see $out/$name.log" >&2; tail -20 "$out/$name.log" >&2; exit 1; }
}
field() { # line key (whole key: rss_mb is not peak_rss_mb)
  grep -oE "(^| )$2=[0-9.]+" <<<"$1" | cut -d= -f2
}
median() {
  printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
}
measure() { # label name walker-and-app-options...
  local label=$1 name=$2; shift 2
  local rss=() heap=() committed=() secs=() line
  for run in $(seq 1 "$runs"); do
    $before_run
    line=$(walk "$name-$run" "$@")
    echo "$label, run $run: $line load=$(cut -d" " -f1 /proc/loadavg)"
    rss+=("$(field "$line" rss_mb)"); heap+=("$(field "$line" heap_used_mb)"); committed+=("$(field "$line" heap_committed_mb)")
    secs+=("$(field "$line" walk_s)")
  done
  results+=("$(printf '%-28s %8s %8s %10s %8s   %s' "$label" "$(median "${rss[@]}")" "$(median "${heap[@]}")" \
    "$(median "${committed[@]}")" "$(median "${secs[@]}")" "${rss[*]}")")
}
results=()
before_run=:

if [ "$demo" = true ]; then
  demo_dir="$out/demo"
  if [ ! -f "$demo_dir/demo/workbench.mv.db" ]; then # the first start fills the demo database: not measured
    echo "creating the demo database in $demo_dir"
    timeout 900 xvfb-run -a -s "-screen 0 1440x900x24" java -Dworkbench.logDir="$out/logs-prepare" \
      -Dworkbench.exitWhenShown=true -cp "$cp" com.fours.workbench.app.Launcher --demo "--data-dir=$demo_dir" >/dev/null 2>&1
  fi
  accounts=advisor,tech,lead,qc,cashier,clerk,care,manager,admin
  measure "demo, every tab of 9 roles" demo \
    "--accounts=$(sed 's/\([a-z]*\)/\1:demo1234/g' <<<"$accounts")" --search=粤A1,138 -- --demo "--data-dir=$demo_dir"
fi
if [ "$archive" = true ]; then
  archive_dir="target/bench-archive/$vehicles"
  java -Xmx3g -cp "$cp" com.fours.workbench.customers.ArchiveGenerator "--vehicles=$vehicles" "--dir=$archive_dir"
  # each run walks a fresh copy: the advisor changes the password at the first log-in, as a new user does
  before_run=copy_archive
  copy_archive() { rm -rf "$out/archive-copy"; cp -rL "$archive_dir" "$out/archive-copy"; } # -L: the archive may be a link
  measure "archive of $vehicles cars" archive --accounts=admin:Admin2026,advisor:Start2026 \
    --search=粤A,粤B,粤S,138,139 -- "--data-dir=$out/archive-copy"
fi

echo
printf '%-28s %8s %8s %10s %8s   %s\n' "" "RSS MB" "heap MB" "committed" "walk s" "RSS of each run"
printf '%s\n' "${results[@]}"
echo "RSS: VmRSS after a full collection, median of $runs; heap: in use after it; committed: the heap's size then; walk s: the walk's time. Target: RSS <= 400 MB."
