#!/usr/bin/env bash
# Builds practice-check, generates synthetic cases and prints the figures recorded in docs/benchmarks.md:
#   1. parse-only vs audit of the same NDJSON, in one JVM (-Xmx512m): wall and CPU time of each, their
#      ratio, and the JVM's peak RSS;
#   2. the end-to-end `audit` command on the same file (-Xmx512m), AUDIT_RUNS runs: wall, user CPU,
#      peak RSS of each, and the median wall time;
#   3. cold `check` of one case, RUNS runs, median: with the compiled rule book cached (the usual
#      case), and with the cache emptied before each run (the first run after installing or changing rules).
# Usage: bench/run-benchmarks.sh [CASES] [RUNS] [AUDIT_RUNS]   (defaults: 1000000 cases, 7 check runs, 3 audit runs)
# Needs GNU time (/usr/bin/time; apt-get install time); uses hyperfine for the check runs when installed.
set -euo pipefail
cd "$(dirname "$0")/.."
CASES=${1:-1000000}
RUNS=${2:-7}
AUDIT_RUNS=${3:-3}
DATA=${TMPDIR:-/tmp}/practice-check-bench-$CASES.ndjson
JAR=target/practice-check.jar
CACHE=$(mktemp -d)
trap 'rm -rf "$CACHE"' EXIT
export XDG_CACHE_HOME=$CACHE   # the compiled rule book cache lives under here for this script

mvn -q package -DskipTests
mvn -q test-compile
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
java -version 2>&1 | head -1
echo "load before: $(uptime)"

if [ ! -s "$DATA" ]; then
  echo "generating $CASES cases to $DATA"
  /usr/bin/time -f "generate: %e s wall" java -jar "$JAR" generate --cases "$CASES" --seed 1 --out "$DATA"
fi
echo "input: $CASES cases, $(du -h "$DATA" | cut -f1)"

median() { sort -n | awk '{ t[NR] = $1 } END { printf "median %.2f s of %d runs (min %.2f, max %.2f)\n", t[int((NR + 1) / 2)], NR, t[1], t[NR] }'; }

ONE=${TMPDIR:-/tmp}/practice-check-bench-one.json
head -1 "$DATA" > "$ONE"
CHECK="java -jar $JAR check --as-of 2026-06-01 $ONE"
$CHECK > /dev/null || true   # fills the rule book cache

echo "== parse only vs audit, one JVM, -Xmx512m"
/usr/bin/time -f "peak RSS %M KB, %e s wall, %U s user" \
  java -Xmx512m -cp "$JAR:target/test-classes" uk.practicecheck.bench.AuditBenchmark "$DATA"

echo "== audit command, -Xmx512m, $AUDIT_RUNS runs"
for _ in $(seq "$AUDIT_RUNS"); do
  # exit code 1 means some case needs action: expected
  /usr/bin/time -o "$CACHE/time" -f "%e s wall, %U s user, peak RSS %M KB" \
    java -Xmx512m -jar "$JAR" audit --as-of 2026-06-01 --no-progress "$DATA" > /dev/null || true
  grep 'wall' "$CACHE/time" | tee -a "$CACHE/audits"
done
cut -d' ' -f1 "$CACHE/audits" | median | sed 's/^/audit: /'
echo "load after the audits: $(uptime)"

echo "== cold check of one case, $RUNS runs"
if command -v hyperfine > /dev/null; then
  hyperfine -N -i --warmup 1 --runs "$RUNS" --export-json "$CACHE/warm.json" "$CHECK" > /dev/null
  hyperfine -N -i --runs 3 --prepare "rm -rf $CACHE/practice-check" --export-json "$CACHE/cold.json" "$CHECK" > /dev/null
  for f in warm cold; do
    python3 -c "import json,sys; r=json.load(open('$CACHE/$f.json'))['results'][0]; print('cold check, rule book cache $f: median %.2f s of %d runs (min %.2f, max %.2f), %.2f s user' % (r['median'], len(r['times']), r['min'], r['max'], r['user']))" \
      | sed 's/cache warm/cached/; s/cache cold/not cached (compiles)/'
  done
else
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -o "$CACHE/time" -f "%e" $CHECK > /dev/null || true
    tail -1 "$CACHE/time"
  done | median | sed 's/^/cold check, rule book cached: /'
fi
echo "load after: $(uptime)"
