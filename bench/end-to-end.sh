#!/usr/bin/env bash
# Issue 19's two end-to-end figures, through the launcher the README uses (bin/practice-check):
#   1. cold `check` of one case with the rule book cached: RUNS runs, each a new JVM, after two runs that
#      fill the rule book cache and make the class-data archive (Java 17) or ahead-of-time cache (Java 25);
#      median (min-max) of wall and CPU (user + system), for each java given in JAVAS;
#   2. `audit` of CASES generated cases (generate --cases CASES --seed 7) with JAVA_OPTS=-Xmx512m, as of
#      2026-06-01: wall, CPU, CPU / wall (how many cores it kept busy) and peak RSS.
# The load average is printed before and after each part: on a shared machine the wall times say how busy
# it was, and CPU time / cores is the lower bound an idle machine would give.
# Usage: bench/end-to-end.sh [CASES] [RUNS]   (defaults: 1000000 cases, 9 runs; CASES=0 skips the audit)
#   JAVAS="java /usr/lib/jvm/temurin-25-jdk-amd64/bin/java" bench/end-to-end.sh   (default: java on the PATH)
#   KEEP=1 keeps the generated file in $TMPDIR (some 3.8 GB for 1,000,000 cases); otherwise it is deleted.
# Needs GNU time (/usr/bin/time) and target/practice-check.jar (mvn -q package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
CASES=${1:-1000000}
RUNS=${2:-9}
JAR=target/practice-check.jar
[ -f "$JAR" ] || { echo "no $JAR: mvn -q package -DskipTests" >&2; exit 2; }
WORK=$(mktemp -d)
DATA=${TMPDIR:-/tmp}/practice-check-seed7-$CASES.ndjson
cleanup() {
  rm -rf "$WORK"
  if [ -z "${KEEP:-}" ] && [ -n "${GENERATED:-}" ]; then rm -f "$DATA"; fi
}
trap cleanup EXIT
export XDG_CACHE_HOME=$WORK/cache   # rule book cache and class-data archives of this run only
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"

# median and range of column $1 (1 = wall, 2 = CPU) of "wall user system" lines
summary() {
  awk -v c="$1" '{ print (c == 1 ? $1 : $2 + $3) }' | sort -n \
    | awk '{ t[NR] = $1 } END { printf "median %.2f s (%.2f-%.2f) of %d runs", t[int((NR + 1) / 2)], t[1], t[NR], NR }'
}

SAMPLE=samples/06-looked-after-family-finding-late.json
for java in ${JAVAS:-java}; do
  echo "== cold check of one case, $($java -version 2>&1 | head -1)"
  for _ in 1 2; do JAVA=$java bin/practice-check check "$SAMPLE" --as-of 2026-11-23 > /dev/null || true; done
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  : > "$WORK/check"
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -a -o "$WORK/check" -f "%e %U %S" env JAVA="$java" bin/practice-check check "$SAMPLE" --as-of 2026-11-23 > /dev/null || true
  done
  grep -v '^Command' "$WORK/check" > "$WORK/check.times"
  echo "wall: $(summary 1 < "$WORK/check.times"); CPU: $(summary 2 < "$WORK/check.times")"
  echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
done

[ "$CASES" -gt 0 ] || exit 0
if [ ! -s "$DATA" ]; then
  echo "generating $CASES cases to $DATA ($(df -h --output=avail "${TMPDIR:-/tmp}" | tail -1 | xargs) free)"
  java -XX:+UseSerialGC -jar "$JAR" generate --cases "$CASES" --seed 7 --out "$DATA"
  GENERATED=1
fi
echo "== audit of $CASES cases ($(du -h "$DATA" | cut -f1)), JAVA_OPTS=-Xmx512m, $(java -version 2>&1 | head -1)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
status=0
JAVA_OPTS=-Xmx512m /usr/bin/time -o "$WORK/audit" -f "%e %U %S %M" \
  bin/practice-check audit "$DATA" --as-of 2026-06-01 --no-progress --out "$WORK/report.txt" || status=$?
[ "$status" -le 1 ] || { echo "audit failed with exit code $status" >&2; exit "$status"; }   # 1: some case needs action
awk '!/^Command/ { printf "wall %.1f s, CPU %.1f s (user %.1f, system %.1f), CPU / wall %.2f, peak RSS %.0f MB\n", $1, $2 + $3, $2, $3, ($2 + $3) / $1, $4 / 1024 }' "$WORK/audit"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
grep -m1 -i "cases" "$WORK/report.txt" || true
