#!/usr/bin/env bash
# Start-up benchmark: time from process launch to the login window, against a bare JavaFX window
# started the same way in the same run. Prints the medians and the ratio.
#   bash bench/startup.sh [RUNS]     (default 7; needs xvfb-run, installed if missing)
# The figure is what the app itself logs ("Workbench window shown N ms after launch"), measured
# from the JVM's start instant to the end of Application.start(), when the window is on screen.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
command -v xvfb-run >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb libgtk-3-0 libgl1 libxtst6; }

mvn -B -q -DskipTests package test-compile >/dev/null
# the jars as the installer ships them, so the class-data archive holds the workbench's classes too
# (the JVM cannot archive classes from a folder such as target/classes)
cp="target/workbench-0.1.0-SNAPSHOT.jar:target/lib/*:target/test-classes"
data=$(mktemp -d)
jsa="$data/workbench.jsa"
# the workbench starts with the options of `mvn javafx:run` and the installer (heap, GC) and, like
# them, a class-data archive written by a first run (decision 0070); the baseline with neither
jvm="$(bash bench/jvm-options.sh)"

launch() { # java-options... main-class args... ; prints the milliseconds the program logged
  # shellcheck disable=SC2068
  timeout 900 xvfb-run -a -s "-screen 0 1440x900x24" java -Dworkbench.logDir="$data/logs" -cp "$cp" "$@" 2>&1 |
    tee -a "$data/launches.log" | grep -oE 'indow shown [0-9]+ ms' | grep -oE '[0-9]+' | head -1
}

workbench_once() { # the workbench exits by itself once its window is shown
  # shellcheck disable=SC2086
  launch $jvm "$@" -Dworkbench.exitWhenShown=true com.fours.workbench.app.Launcher --demo "--data-dir=$data"
}

first=$(workbench_once)   # creates and fills the demo database
echo "first start (creates and fills the demo database): ${first} ms"
workbench_once -XX:ArchiveClassesAtExit="$jsa" >/dev/null   # the archive, as the installer's build makes it

base=(); app=()
for i in $(seq 1 "$runs"); do
  base+=("$(launch com.fours.workbench.app.StartupBaseline)")
  app+=("$(workbench_once -XX:SharedArchiveFile="$jsa")")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
mb=$(median "${base[@]}"); ma=$(median "${app[@]}")
echo "bare JavaFX window, ms:  ${base[*]}  median $mb"
echo "workbench login, ms:     ${app[*]}  median $ma"
awk -v a="$ma" -v b="$mb" 'BEGIN {printf "ratio workbench/baseline: %.2f\n", a/b}'
# the log-in works once the database is ready (decision 0084), opened after the window (decision 0093)
mapfile -t db < <(grep -oE 'Database ready for the log-in [0-9]+' "$data/launches.log" | grep -oE '[0-9]+' | tail -n "$runs")
echo "database ready, ms:      ${db[*]}  median $(median "${db[@]}")"
echo "where the workbench's time went, last run (ms after launch):"
grep -oE '(JavaFX toolkit up|Database .* open in|Database ready for the log-in|Workbench window shown) .*' "$data/launches.log" | tail -4
rm -rf "$data"
