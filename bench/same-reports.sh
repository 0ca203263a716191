#!/usr/bin/env bash
# Proves a change left the reports alone: runs two builds of practice-check on the same generated cases
# and compares, byte for byte, every audit format (text, JSON, CSV of every finding, CSV of cases,
# Markdown, HTML) and the check reports (text and JSON), with their exit codes.
# Usage: bench/same-reports.sh BEFORE_JAR [AFTER_JAR] [CASES]
#   AFTER_JAR defaults to target/practice-check.jar, CASES to 20000 (generate --cases CASES --seed 7,
#   made by BEFORE_JAR). Exits 0 when every output is identical, 1 (naming the files) when not.
set -euo pipefail
cd "$(dirname "$0")/.."
BEFORE=$1
AFTER=${2:-target/practice-check.jar}
CASES=${3:-20000}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export XDG_CACHE_HOME=$WORK/cache   # each build compiles its own rule book; neither sees the other's cache
AS_OF=2026-06-01
CASES_FILE=$WORK/cases.ndjson
java -jar "$BEFORE" generate --cases "$CASES" --seed 7 --out "$CASES_FILE"

# One line of the cases also checked alone, as a manager would (a fresh JVM, one case).
head -1 "$CASES_FILE" > "$WORK/one.json"

reports() {
  local jar=$1 out=$2
  mkdir -p "$out"
  for format in text json md html; do
    java -jar "$jar" audit --as-of $AS_OF --no-progress --format $format "$CASES_FILE" > "$out/audit.$format" \
      && echo 0 > "$out/audit.$format.exit" || echo $? > "$out/audit.$format.exit"
  done
  for rows in all cases attention; do
    java -jar "$jar" audit --as-of $AS_OF --no-progress --format csv --rows $rows "$CASES_FILE" > "$out/audit-$rows.csv" \
      && echo 0 > "$out/audit-$rows.exit" || echo $? > "$out/audit-$rows.exit"
  done
  for format in text json; do
    java -jar "$jar" check --as-of $AS_OF --format $format --show all "$CASES_FILE" > "$out/check.$format" \
      && echo 0 > "$out/check.$format.exit" || echo $? > "$out/check.$format.exit"
    java -jar "$jar" check --as-of $AS_OF --format $format "$WORK/one.json" > "$out/check-one.$format" \
      && echo 0 > "$out/check-one.$format.exit" || echo $? > "$out/check-one.$format.exit"
  done
}

reports "$BEFORE" "$WORK/before"
reports "$AFTER" "$WORK/after"
if diff -rq "$WORK/before" "$WORK/after"; then
  echo "identical: $(ls "$WORK/before" | wc -l) outputs of $CASES cases (generate --cases $CASES --seed 7, as of $AS_OF)"
  (cd "$WORK/after" && wc -c audit.* audit-*.csv check.* | tail -1 | sed 's/^ */  bytes compared per build: /')
else
  echo "DIFFERENT: see the files named above" >&2
  exit 1
fi
