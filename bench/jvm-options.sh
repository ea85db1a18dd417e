#!/usr/bin/env bash
# Prints the JVM options `mvn javafx:run` and the installer's launchers start the workbench with
# (src/main/jvm/jvm.options, without its comments) on one line, for the benchmarks.
cd "$(dirname "$0")/.."
sed 's/#.*//' src/main/jvm/jvm.options | tr -s ' \n' '  ' | sed 's/^ *//; s/ *$//'
echo
