#!/usr/bin/env bash
# The figures of issue 19 (docs/benchmarks.md, "Per case, floor and peer"): runs uk.practicecheck.bench.SpeedHarness
# RUNS times, each a fresh JVM on the same file, and prints each run's figures and the median of each figure.
# Usage: bench/speed.sh [CASES] [RUNS] [IN_MEMORY] [ROUNDS]
#   CASES: the file is `generate --cases CASES --seed 7` (default 200000, kept in $TMPDIR between runs);
#   RUNS: JVM runs (default 3); IN_MEMORY, ROUNDS: the per-case figures' cases and rounds (default 5000, 9).
# Set JAVA to another java (e.g. /usr/lib/jvm/temurin-25-jdk-amd64/bin/java) and JAVA_OPTS for its flags; JAVA_OPTS
# defaults to the serial collector, as bin/practice-check runs an audit (JAVA_OPTS=-XX:+UseG1GC for the JVM's own choice).
# Expects a build: mvn -q package -DskipTests (the jar and the test classes).
set -euo pipefail
cd "$(dirname "$0")/.."
CASES=${1:-200000}
RUNS=${2:-3}
IN_MEMORY=${3:-5000}
ROUNDS=${4:-9}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS--XX:+UseSerialGC}
DATA=${TMPDIR:-/tmp}/practice-check-seed7-$CASES.ndjson
CP_FILE=$(mktemp)
RESULTS=$(mktemp)
trap 'rm -f "$CP_FILE" "$RESULTS"' EXIT
mvn -o -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" > /dev/null
[ -s "$DATA" ] || java -jar target/practice-check.jar generate --cases "$CASES" --seed 7 --out "$DATA"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); input: $CASES cases, $(du -h "$DATA" | cut -f1)"
for run in $(seq "$RUNS"); do
  echo "== run $run of $RUNS, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  # shellcheck disable=SC2086
  "$JAVA" $JAVA_OPTS -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" uk.practicecheck.bench.SpeedHarness \
    "$DATA" "$IN_MEMORY" "$ROUNDS" | tee -a "$RESULTS"
done
echo "== median of $RUNS runs"
for figure in token read evaluate floor peer readKB evaluateKB; do
  grep '^RESULT' "$RESULTS" | tr ' ' '\n' | grep "^$figure=" | cut -d= -f2 | sort -n \
    | awk -v f="$figure" '{ v[NR] = $1 } END { printf "%-9s %s (runs: %d, min %s, max %s)\n", f, v[int((NR + 1) / 2)], NR, v[1], v[NR] }'
done
