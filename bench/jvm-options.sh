#!/usr/bin/env bash
# Prints the JVM options `mvn javafx:run` starts the workbench with (the <option> lines of the
# javafx-maven-plugin in pom.xml), without the class-data archive's, which names a file of its own.
cd "$(dirname "$0")/.."
sed -n '/<artifactId>javafx-maven-plugin/,/<\/plugin>/s:.*<option>\(.*\)</option>.*:\1:p' pom.xml | grep -v '\$' | tr '\n' ' '
