#!/usr/bin/env bash
# Monitoring benchmark: `java -jar doudi.jar monitor` (the 18 built-in rules over the registry and the
# department feeds) against the same rules written as DuckDB SQL (bench/monitoring/rules.sql), on the same
# generated files, in the same run, on the same machine. See bench/README.md.
#
#   bash bench/monitoring/run.sh [--persons N]                   (default 5000000; run from anywhere)
#   bash bench/monitoring/run.sh [--persons N] --check-manifest  (DuckDB only: its findings against manifest.csv)
#
# Both findings files are compared on (rule, household_id, id_number); a difference fails the run (exit 1)
# after the times are printed. The last line of the output is `ratio X.XX` (doudi's time / DuckDB's time).
set -euo pipefail

persons=5000000
check_manifest=0
while [ $# -gt 0 ]; do
  case "$1" in
    --persons) persons="${2:?--persons needs a number}"; shift 2 ;;
    --check-manifest) check_manifest=1; shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (usage: bench/monitoring/run.sh [--persons N] [--check-manifest])" >&2; exit 2 ;;
  esac
done
case "$persons" in ''|*[!0-9]*|0) echo "--persons needs a positive whole number: $persons" >&2; exit 2 ;; esac

root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
product=doudi-server/target/doudi.jar
bench=bench/target/doudi-bench.jar
as_of=2025-06-30
if [ ! -f "$product" ] || [ ! -f "$bench" ]; then
  echo "building $product and $bench (mvn -B -q -DskipTests package)"
  mvn -B -q -DskipTests package
fi

# The generator makes about 2.422 persons per household.
households=$(( (persons * 1000 + 1211) / 2422 ))
data="bench/data/monitoring-$persons"
if [ ! -f "$data/persons.csv" ]; then
  echo "generating $households households into $data (once; reused afterwards)"
  rm -rf "$data.partial"
  mkdir -p "$data.partial"
  java -jar "$product" generate --county 340827 --households "$households" --seed 7 --out "$data.partial" --as-of "$as_of"
  rm -rf "$data"
  mv "$data.partial" "$data"
fi

feeds=(deaths medical disability labour vehicles real_estate businesses housing_fund education rural_revitalisation hotline staff)
rows() { echo $(( $(wc -l < "$1") - 1 )); }
total=0
line="feeds    "
for f in "${feeds[@]}"; do
  n=$(rows "$data/$f.csv"); total=$(( total + n )); line="$line $f=$n"
done
medical=$(rows "$data/medical.csv")
registry=$(( $(rows "$data/persons.csv") + $(rows "$data/persons_neighbour.csv") ))
echo "data      $data: $households households, $(rows "$data/persons.csv") person rows (+ $(rows "$data/persons_neighbour.csv") in persons_neighbour.csv)"
echo "$line"
echo "feeds     $total rows in total, $medical medical; with the registry $(( total + registry )) rows read"
if [ "$persons" -ge 5000000 ] && { [ "$total" -lt 20000000 ] || [ "$medical" -lt 10000000 ]; }; then
  echo "NOTICE    the feeds are below the aim of 20,000,000 rows with 10,000,000 medical at 5 M persons (see bench/README.md)"
fi

# What the product sees: the registry folder (our roll and the neighbouring county's) and the feeds folder.
run="$data/run"
rm -rf "$run"
mkdir -p "$run/registry" "$run/feeds"
ln -s "$root/$data/persons.csv" "$root/$data/persons_neighbour.csv" "$run/registry/"
for f in "${feeds[@]}"; do ln -s "$root/$data/$f.csv" "$run/feeds/"; done

gnu_time=()
if [ -x /usr/bin/time ]; then gnu_time=(/usr/bin/time -v -o); fi
timed() { # timed NAME command...: runs it, output in $run/NAME.out, /usr/bin/time -v report in $run/NAME.time-v.txt
  local name=$1; shift
  local start end rc=0
  start=$(date +%s.%N)
  if [ ${#gnu_time[@]} -gt 0 ]; then
    "${gnu_time[@]}" "$run/$name.time-v.txt" "$@" > "$run/$name.out" 2>&1 || rc=$?
  else
    "$@" > "$run/$name.out" 2>&1 || rc=$?
  fi
  end=$(date +%s.%N)
  echo "$rc $(echo "$end - $start" | bc)"
}
peak() { # peak RSS in MiB from a time -v report
  [ -f "$1" ] && awk -F': ' '/Maximum resident set size/ {printf "%.0f MiB", $2/1024}' "$1" || echo "unknown (no /usr/bin/time)"
}
cpu() {
  [ -f "$1" ] && awk -F': ' '/User time|System time/ {s+=$2} END {printf "%.1f s", s}' "$1" || echo "unknown"
}

# Both read the same files: read them once, untimed, so that neither pays for a cold page cache.
cat "$data"/*.csv > /dev/null

baseline_java=(java -Xmx1g -Dloader.main=org.doudi.bench.MonitoringBaseline -jar "$bench")
echo "duckdb    running bench/monitoring/rules.sql (threads 2)"
read -r duck_rc duck_wall < <(timed duckdb "${baseline_java[@]}" run --data "$data" --sql bench/monitoring/rules.sql \
  --as-of "$as_of" --out "$run/duckdb-findings.csv" --work "$run/duckdb")
grep -v '^DUCKDB_OWN_SECONDS' "$run/duckdb.out" | sed -n '1,40p'
if [ "$duck_rc" != 0 ]; then
  echo "BENCHMARK FAILED: the DuckDB baseline exited $duck_rc (log: $run/duckdb.out)"
  exit 1
fi
duck_own=$(awk '/^DUCKDB_OWN_SECONDS/ {print $2}' "$run/duckdb.out")

if [ "$check_manifest" = 1 ]; then
  echo
  echo "manifest  DuckDB's findings against $data/manifest.csv (every plant found; findings not planted per rule)"
  "${baseline_java[@]}" manifest --manifest "$data/manifest.csv" --findings "$run/duckdb-findings.csv"
  exit $?
fi

echo "doudi     java -jar doudi.jar monitor --registry $run/registry --feeds $run/feeds --as-of $as_of --out $run/findings.csv"
read -r doudi_rc doudi_wall < <(timed doudi java -jar "$product" monitor --registry "$run/registry" --feeds "$run/feeds" \
  --as-of "$as_of" --out "$run/findings.csv")
tail -n 15 "$run/doudi.out" | sed 's/^/  | /'

status=0
if [ "$doudi_rc" != 0 ] || [ ! -f "$run/findings.csv" ]; then
  echo "BENCHMARK FAILED: doudi monitor exited $doudi_rc without findings (log: $run/doudi.out)"
  status=1
else
  echo
  "${baseline_java[@]}" compare --product "$run/findings.csv" --baseline "$run/duckdb-findings.csv" || status=1
  if [ "$status" != 0 ]; then
    echo "BENCHMARK FAILED: doudi's findings differ from DuckDB's (files: $run/findings.csv, $run/duckdb-findings.csv)"
  fi
fi

# doudi's own time: the "用时 X 秒" of its summary when it prints one (no JVM or application start), else wall.
doudi_own=$(grep -o '用时 [0-9.]* 秒' "$run/doudi.out" | tail -n 1 | awk '{print $2}' || true)
doudi_basis="own time, 用时 from its summary"
if [ -z "$doudi_own" ]; then doudi_own=$doudi_wall; doudi_basis="wall time incl. JVM start (it printed no 用时)"; fi
echo
printf 'doudi     %8.2f s %s; wall %.2f s; peak RSS %s; CPU %s\n' "$doudi_own" "($doudi_basis)" "$doudi_wall" \
  "$(peak "$run/doudi.time-v.txt")" "$(cpu "$run/doudi.time-v.txt")"
printf 'duckdb    %8.2f s (own time, excl. JVM start); wall %.2f s; peak RSS %s (JVM + DuckDB); CPU %s\n' "$duck_own" \
  "$duck_wall" "$(peak "$run/duckdb.time-v.txt")" "$(cpu "$run/duckdb.time-v.txt")"
if [ "$doudi_rc" != 0 ] || [ ! -f "$run/findings.csv" ]; then
  echo "ratio n/a"
else
  echo "ratio $(echo "scale=4; $doudi_own / $duck_own" | bc | awk '{printf "%.2f", $1}')"
fi
exit $status
