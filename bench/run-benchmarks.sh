#!/usr/bin/env bash
# Builds practice-check, generates synthetic cases and prints the figures recorded in docs/benchmarks.md:
#   1. parse-only vs audit of the same NDJSON, in one JVM (-Xmx512m), with peak RSS;
#   2. the end-to-end `audit` command on the same file (-Xmx512m), wall time and peak RSS;
#   3. cold `check` of one case, several runs, median (the compiled rule book is cached after the first run).
# Usage: bench/run-benchmarks.sh [CASES] [RUNS]     (defaults: 1000000 cases, 7 cold check runs)
# Needs GNU time (/usr/bin/time; apt-get install time).
set -euo pipefail
cd "$(dirname "$0")/.."
CASES=${1:-1000000}
RUNS=${2:-7}
DATA=${TMPDIR:-/tmp}/practice-check-bench-$CASES.ndjson
JAR=target/practice-check.jar

mvn -q package -DskipTests
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -1

if [ ! -s "$DATA" ]; then
  echo "generating $CASES cases to $DATA"
  /usr/bin/time -f "generate: %e s wall" java -jar "$JAR" generate --cases "$CASES" --seed 1 --out "$DATA"
fi
echo "input: $(du -h "$DATA" | cut -f1)"

echo "== parse only vs audit, one JVM, -Xmx512m"
/usr/bin/time -f "peak RSS %M KB, %e s wall" \
  java -Xmx512m -cp "$JAR:target/test-classes" uk.practicecheck.bench.AuditBenchmark "$DATA"

echo "== audit command, -Xmx512m"
/usr/bin/time -f "audit: %e s wall, %U s user, peak RSS %M KB" \
  java -Xmx512m -jar "$JAR" audit --as-of 2026-06-01 --no-progress "$DATA" > /dev/null || true

echo "== cold check of one case, $RUNS runs"
ONE=${TMPDIR:-/tmp}/practice-check-bench-one.json
head -1 "$DATA" > "$ONE"
java -jar "$JAR" check --as-of 2026-06-01 "$ONE" > /dev/null || true   # fills the rule book cache
for _ in $(seq "$RUNS"); do
  /usr/bin/time -f "%e" java -jar "$JAR" check --as-of 2026-06-01 "$ONE" 2>&1 >/dev/null | tail -1
done | sort -n | awk '{ t[NR] = $1 } END { printf "cold check: median %.2f s of %d runs (min %.2f, max %.2f)\n", t[int((NR + 1) / 2)], NR, t[1], t[NR] }'
