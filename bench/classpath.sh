# Sourced by the benchmark scripts: compiles main and test code and sets $cp to run a benchmark
# class with its dependencies. The build log is shown only when the build fails.
mkdir -p target
mvn -B -q -Dstyle.color=never -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt >target/bench-build.log 2>&1 || { cat target/bench-build.log; exit 1; }
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
