#!/usr/bin/env bash
# Assessment benchmark: the engine assesses every household of a generated county, with and without
# explanations, on all cores, and prints households per second. See bench/README.md.
#
#   bash bench/assess/run.sh [--households N]   (default 1000000; run from anywhere)
set -euo pipefail

households=1000000
while [ $# -gt 0 ]; do
  case "$1" in
    --households) households="${2:?--households needs a number}"; shift 2 ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (usage: bench/assess/run.sh [--households N])" >&2; exit 2 ;;
  esac
done
case "$households" in ''|*[!0-9]*|0) echo "--households needs a positive whole number: $households" >&2; exit 2 ;; esac

root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
product=doudi-server/target/doudi.jar
bench=bench/target/doudi-bench.jar
if [ ! -f "$product" ] || [ ! -f "$bench" ]; then
  echo "building $product and $bench (mvn -B -q -DskipTests package)"
  mvn -B -q -DskipTests package
fi

data="bench/data/assess-$households"
if [ ! -f "$data/persons.csv" ]; then
  echo "generating $households households into $data (once; reused afterwards)"
  rm -rf "$data.partial"
  mkdir -p "$data.partial"
  java -jar "$product" generate --county 340827 --households "$households" --seed 11 --out "$data.partial" --as-of 2025-06-30
  mv "$data.partial" "$data"
fi

heap=$(( households / 250000 + 2 ))
java -Xmx${heap}g -Dloader.main=org.doudi.bench.AssessBenchmark -jar "$bench" "$data/persons.csv" 2025-06-30
