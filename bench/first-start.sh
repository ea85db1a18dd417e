#!/usr/bin/env bash
# First-start benchmark (issue 15, problem 11): time from process launch until the demo database is
# ready, each run on a fresh data folder, so every run creates the demo database: copied from the
# build's ready H2 file and moved to today (decision 0091), or filled where the build has none.
# Prints every run, the median, and the median thread CPU of each demo step (what to cut first); for
# the copied template, each part's median wall and thread CPU and the process's CPU meanwhile (decision 0116).
#   bash bench/first-start.sh [RUNS]     (default 5; needs xvfb-run, installed if missing)
#   FIRST_START_CLASSES=/path/to/classes bash bench/first-start.sh 3   times another build's classes
#   (a copy of target/classes from before a change) against the same libraries, without building.
#   FIRST_START_DAYS_BACK=N (default 7): the template is taken as filled N days before the day it was
#   built, so every copy moves each date and time by whole days, as an installer's first start days after
#   its build does (0 keeps the build's day; decision 0122).
# The JVM starts with the options of `mvn javafx:run` and the installer (bench/jvm-options.sh), as bench/startup.sh.
# The figure is what the app logs: "Demo database ready N ms after launch" (or, in a build from
# before that line, "Workbench window shown N ms after launch", which then came after the filling).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
command -v xvfb-run >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb libgtk-3-0 libgl1 libxtst6; }

if [ -n "${FIRST_START_CLASSES:-}" ]; then
  cp="$FIRST_START_CLASSES:target/lib/*"
else
  mvn -B -q -DskipTests package >/dev/null
  cp="target/classes:target/lib/*"
fi
# the template's header, its day moved back, first on the class path (the template itself is the build's)
header=$(mktemp -d)
built_header="${FIRST_START_CLASSES:-target/classes}/demo/demo-database.properties"
if [ -f "$built_header" ]; then
  built_on=$(sed -n 's/^day=//p' "$built_header")
  mkdir -p "$header/demo"
  sed "s/^day=.*/day=$(date -d "$built_on - ${FIRST_START_DAYS_BACK:-7} days" +%F)/" "$built_header" >"$header/demo/demo-database.properties"
  cp="$header:$cp"
fi
jvm="$(bash bench/jvm-options.sh)"

once() { # prints the milliseconds from launch to a ready demo database, and the filling time
  local data; data=$(mktemp -d)
  local out
  # shellcheck disable=SC2086
  out=$(timeout 600 xvfb-run -a -s "-screen 0 1440x900x24" java $jvm -Dworkbench.logDir="$data/logs" \
      -Dworkbench.exitWhenShown=true -cp "$cp" \
      com.fours.workbench.app.Launcher --demo "--data-dir=$data" 2>&1 || true)
  local ready
  ready=$(grep -oE 'Demo database ready [0-9]+ ms' <<<"$out" | grep -oE '[0-9]+' | head -1 || true)
  # a build from before the line filled the demo before its window, so the window's figure is the same moment
  if [ -z "$ready" ] && ! grep -q 'Demo step' <<<"$out"; then
    ready=$(grep -oE 'indow shown [0-9]+ ms' <<<"$out" | grep -oE '[0-9]+' | head -1 || true)
  fi
  [ -n "$ready" ] || { echo "no start figure in the output:" >&2; tail -5 <<<"$out" >&2; ready="?"; }
  local filled
  # filled by the contributors, or the build's demo template copied (decisions 0085, 0091)
  filled=$(grep -oE '(Demo data written by [0-9]+ contributors|Demo template copied) in [0-9]+ ms' <<<"$out" | grep -oE '[0-9]+ ms' | grep -oE '[0-9]+' || true)
  local cpu
  cpu=$(grep -oE '(contributors|template copied) in [0-9]+ ms \([0-9]+ ms of CPU' <<<"$out" | grep -oE '\([0-9]+' | tr -d '(' || true)
  # each step's thread CPU, one "Step ms" line per step, gathered over the runs
  grep -oE 'Demo step [A-Za-z]+ in [0-9]+ ms \([0-9]+ ms of CPU' <<<"$out" \
      | sed -E 's/Demo step ([A-Za-z]+) in [0-9]+ ms \(([0-9]+) ms of CPU/\1 \2/' >>"$steps" || true
  # the demo template's copy, part by part (wall/CPU ms each, decision 0116), and the process's CPU meanwhile
  grep -oE 'parts ms wall/CPU: [^;]*' <<<"$out" | head -1 | sed 's/^parts ms wall\/CPU: //' | tr ',' '\n' \
      | sed -E 's/^ *([a-z]+) ([0-9]+)\/([0-9]+)$/\1 \2 \3/' >>"$parts" || true
  grep -oE 'meanwhile the process [0-9]+ ms of CPU' <<<"$out" | grep -oE '[0-9]+' | sed 's/^/process /' >>"$parts" || true
  local moved
  moved=$(grep -oE 'Demo moved by -?[0-9]+ days' <<<"$out" | grep -oE -- '-?[0-9]+' | head -1 || true)
  rm -rf "$data"
  echo "$ready ${filled:-?} ${cpu:-?} ${moved:-?}"
}

steps=$(mktemp); parts=$(mktemp)
ready=(); filled=()
for i in $(seq 1 "$runs"); do
  read -r r f c m < <(once)
  ready+=("$r"); filled+=("$f")
  echo "run $i: demo ready ${r} ms after launch (filling or copying ${f} ms, ${c} ms of it on the CPU; dates moved by ${m} days)"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
echo "first start, demo ready, ms:  ${ready[*]}  median $(median "${ready[@]}")"
echo "of which filling or copying the demo, ms: ${filled[*]}  median $(median "${filled[@]}")"
for step in $(awk '{print $1}' "$steps" | awk '!seen[$0]++'); do
  echo "  $step: median $(median $(awk -v s="$step" '$1 == s {print $2}' "$steps")) ms of CPU"
done
if [ -s "$parts" ]; then
  echo "  the copy's parts, median wall / thread CPU, ms:"
  for part in $(awk '$1 != "process" {print $1}' "$parts" | awk '!seen[$0]++'); do
    echo "    $part: $(median $(awk -v p="$part" '$1 == p {print $2}' "$parts")) / $(median $(awk -v p="$part" '$1 == p {print $3}' "$parts"))"
  done
  grep -q '^process' "$parts" && echo "  the whole process's CPU during the copy: median $(median $(awk '$1 == "process" {print $2}' "$parts")) ms"
fi
rm -f "$steps" "$parts"
rm -rf "$header"
echo "target: demo ready <= 5000 ms; load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
