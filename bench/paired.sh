#!/usr/bin/env bash
# Compares two builds' reading and evaluating cost per case in one JVM, rounds alternating, so that the
# machine's load falls on both alike (uk.practicecheck.bench.PairedBuilds; docs/benchmarks.md).
# Usage: bench/paired.sh BEFORE_CLASSES AFTER_CLASSES [CASES] [ROUNDS] [WARM_UP]
#   *_CLASSES: a build's target/classes folder (copy it aside before rebuilding);
#   the cases are the first CASES lines (default 3000) of `generate --cases 200000 --seed 7` (kept in $TMPDIR).
# Expects a build here too: mvn -q package -DskipTests (the bench classes and the dependencies).
set -euo pipefail
cd "$(dirname "$0")/.."
BEFORE=$(readlink -f "$1")
AFTER=$(readlink -f "$2")
DATA=${TMPDIR:-/tmp}/practice-check-seed7-200000.ndjson
CP_FILE=$(mktemp)
trap 'rm -f "$CP_FILE"' EXIT
mvn -o -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" > /dev/null
[ -s "$DATA" ] || java -jar target/practice-check.jar generate --cases 200000 --seed 7 --out "$DATA"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
# shellcheck disable=SC2086
"${JAVA:-java}" ${JAVA_OPTS:-} -cp "target/test-classes:$(cat "$CP_FILE")" uk.practicecheck.bench.PairedBuilds \
  "$BEFORE" "$AFTER" "$DATA" "${3:-3000}" "${4:-12}" "${5:-4}"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
