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
cp="target/classes:target/test-classes:target/lib/*"
data=$(mktemp -d)

launch() { # main-class args... ; prints the milliseconds the program logged
  timeout 90 xvfb-run -a -s "-screen 0 1440x900x24" java -Dworkbench.logDir="$data/logs" -cp "$cp" "$@" 2>&1 |
    grep -oE 'indow shown [0-9]+ ms' | grep -oE '[0-9]+' | head -1
}

workbench_once() { # the workbench exits by itself once its window is shown
  launch -Dworkbench.exitWhenShown=true com.fours.workbench.app.Launcher --demo "--data-dir=$data"
}

first=$(workbench_once)   # creates and fills the demo database
echo "first start (creates and fills the demo database): ${first} ms"

base=(); app=()
for i in $(seq 1 "$runs"); do
  base+=("$(launch com.fours.workbench.app.StartupBaseline)")
  app+=("$(workbench_once)")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
mb=$(median "${base[@]}"); ma=$(median "${app[@]}")
echo "bare JavaFX window, ms:  ${base[*]}  median $mb"
echo "workbench login, ms:     ${app[*]}  median $ma"
awk -v a="$ma" -v b="$mb" 'BEGIN {printf "ratio workbench/baseline: %.2f\n", a/b}'
rm -rf "$data"
