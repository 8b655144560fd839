#!/usr/bin/env bash
# Import benchmark: `java -jar doudi.jar import persons.csv` of N persons against PostgreSQL's own
# COPY of the same file into a plain table, on the same fresh embedded PostgreSQL. See bench/README.md.
#
#   bash bench/import/run.sh [--persons N] [--explain]   (default 1000000; run from anywhere)
#
# The last line of the output is `ratio X.XX` (the import's own time / the COPY time). --explain is for
# diagnosis: auto_explain logs the plans and trigger times of the slow statements, and slows them.
set -euo pipefail

persons=1000000
explain=()
while [ $# -gt 0 ]; do
  case "$1" in
    --persons) persons="${2:?--persons needs a number}"; shift 2 ;;
    --explain) explain=(--explain); shift ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (usage: bench/import/run.sh [--persons N] [--explain])" >&2; exit 2 ;;
  esac
done
case "$persons" in ''|*[!0-9]*|0) echo "--persons needs a positive whole number: $persons" >&2; exit 2 ;; esac

root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
product=doudi-server/target/doudi.jar
bench=bench/target/doudi-bench.jar

if [ ! -f "$product" ] || [ ! -f "$bench" ]; then
  echo "building $product and $bench (mvn -B -q -DskipTests package)"
  mvn -B -q -DskipTests package
fi

# The generator makes about 2.422 persons per household.
households=$(( (persons * 1000 + 1211) / 2422 ))
data="bench/data/import-$persons"
if [ ! -f "$data/persons.csv" ]; then
  echo "generating $households households into $data (once; reused afterwards)"
  rm -rf "$data.partial"
  mkdir -p "$data.partial"
  java -jar "$product" generate --county 340827 --households "$households" --seed 7 --out "$data.partial"
  rm -rf "$data"
  mv "$data.partial" "$data"
fi
echo "data      $data/persons.csv: $households households, $(( $(wc -l < "$data/persons.csv") - 1 )) person rows"

work="$data/run${explain[@]+-explain}"
exec java -jar "$bench" --file "$data/persons.csv" --work "$work" ${explain[@]+"${explain[@]}"}
