#!/usr/bin/env bash
# Payroll benchmark: `java -jar doudi.jar payroll` (the month's payroll lines and the 9 pre-release audit rules)
# against the same computation written as plain SQL in PostgreSQL (bench/payroll/payroll.sql), on the same
# generated files, in the same run, on the same machine. See bench/README.md.
#
#   bash bench/payroll/run.sh [--households N]   (default 2000000; run from anywhere)
#
# Lines (every column but basis) and findings (rule, household_id, id_number, amount) are compared as multisets;
# a difference fails the run (exit 1) after the times are printed. The last line of the output is `ratio X.XX`:
# doudi's own time / PostgreSQL's total (load + SQL + export), both from the same CSV files to the same result files.
set -euo pipefail

households=2000000
while [ $# -gt 0 ]; do
  case "$1" in
    --households) households="${2:?--households needs a number}"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (usage: bench/payroll/run.sh [--households N])" >&2; exit 2 ;;
  esac
done
case "$households" in ''|*[!0-9]*|0) echo "--households needs a positive whole number: $households" >&2; exit 2 ;; esac

root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
product=doudi-server/target/doudi.jar
bench=bench/target/doudi-bench.jar
month=2026-10
if [ ! -f "$product" ] || [ ! -f "$bench" ]; then
  echo "building $product and $bench (mvn -B -q -DskipTests package)"
  mvn -B -q -DskipTests package
fi

data="bench/data/payroll-$households"
if [ ! -f "$data/persons.csv" ]; then
  echo "generating $households households into $data (once; reused afterwards)"
  rm -rf "$data.partial"
  mkdir -p "$data.partial"
  java -jar "$product" generate --county 340827 --households "$households" --seed 7 --out "$data.partial"
  rm -rf "$data"
  mv "$data.partial" "$data"
fi
rows() { if [ -f "$1" ]; then echo $(( $(wc -l < "$1") - 1 )); else echo 0; fi; }
echo "data      $data: $households households, persons.csv $(rows "$data/persons.csv") rows," \
  "persons_neighbour.csv $(rows "$data/persons_neighbour.csv"), deaths.csv $(rows "$data/deaths.csv")," \
  "staff.csv $(rows "$data/staff.csv"), custody.csv $(rows "$data/custody.csv"); month $month"

run="$data/run"
rm -rf "$run"
mkdir -p "$run"

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
value() { awk -v k="$1" '$1 == k {print $2}' "$run/postgres.out"; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

# Both read the same files: read them once, untimed, so that neither pays for a cold page cache.
cat "$data"/persons*.csv "$data"/deaths.csv "$data"/staff.csv > /dev/null

load_before_pg=$(loadavg)
echo "postgres  fresh PostgreSQL 18.6: COPY into the tables of bench/payroll/tables.sql, then bench/payroll/payroll.sql"
read -r pg_rc pg_wall < <(timed postgres java -Xmx1g -Dloader.main=org.doudi.bench.PayrollBaseline -jar "$bench" run \
  --data "$data" --month "$month" --tables bench/payroll/tables.sql --sql bench/payroll/payroll.sql --out "$run/postgres")
grep '^postgres\|^   ' "$run/postgres.out" || true
if [ "$pg_rc" != 0 ]; then
  echo "BENCHMARK FAILED: the PostgreSQL baseline exited $pg_rc (log: $run/postgres.out)"
  exit 1
fi

load_before_doudi=$(loadavg)
echo "doudi     java -jar doudi.jar payroll --registry $data --feeds $data --month $month --out $run/doudi"
read -r doudi_rc doudi_wall < <(timed doudi java -jar "$product" payroll --registry "$data" --feeds "$data" \
  --month "$month" --out "$run/doudi")
tail -n 5 "$run/doudi.out" | sed 's/^/  | /'

status=0
if [ "$doudi_rc" != 0 ] || [ ! -f "$run/doudi/audit.csv" ]; then
  echo "BENCHMARK FAILED: doudi payroll exited $doudi_rc without results (log: $run/doudi.out)"
  status=1
else
  echo
  java -Dloader.main=org.doudi.bench.PayrollBaseline -jar "$bench" compare --product "$run/doudi" \
    --baseline "$run/postgres" 2>&1 | grep -v '^SLF4J' || status=1
  if [ "$status" != 0 ]; then
    echo "BENCHMARK FAILED: doudi's lines or findings differ from PostgreSQL's ($run/doudi, $run/postgres)"
  fi
fi

# doudi's own time: the "用时 X 秒" of its summary (reading, payroll and audit, writing; no JVM start), else wall.
doudi_own=$(grep -o '用时 [0-9.]* 秒' "$run/doudi.out" | tail -n 1 | awk '{print $2}' || true)
doudi_basis="own time: read, run, write; 用时 from its summary"
if [ -z "$doudi_own" ]; then doudi_own=$doudi_wall; doudi_basis="wall time incl. JVM start (it printed no 用时)"; fi
pg_load=$(value PG_LOAD_SECONDS); pg_sql=$(value PG_SQL_SECONDS); pg_export=$(value PG_EXPORT_SECONDS)
pg_total=$(echo "$pg_load + $pg_sql + $pg_export" | bc)
pg_pss=$(value PG_PEAK_PSS_KIB)
echo
printf 'doudi     %8.2f s (%s); wall %.2f s incl. JVM start; peak RSS %s; CPU %s\n' "$doudi_own" "$doudi_basis" \
  "$doudi_wall" "$(peak "$run/doudi.time-v.txt")" "$(cpu "$run/doudi.time-v.txt")"
printf 'postgres  %8.2f s in total = load %.2f s (COPY + ANALYZE) + SQL %.2f s + export %.2f s; wall %.2f s incl. JVM and server start\n' \
  "$pg_total" "$pg_load" "$pg_sql" "$pg_export" "$pg_wall"
printf 'postgres  peak memory: server %.0f MiB (sum of its processes'"'"' PSS, sampled every 200 ms) + client JVM %s (RSS); client CPU %s\n' \
  "$(echo "$pg_pss / 1024" | bc -l)" "$(peak "$run/postgres.time-v.txt")" "$(cpu "$run/postgres.time-v.txt")"
echo "load      1, 5, 15-minute load averages (2 cores; other work on the machine slows both): before PostgreSQL" \
  "$load_before_pg, before doudi $load_before_doudi, at the end $(loadavg)"
if [ "$doudi_rc" != 0 ] || [ ! -f "$run/doudi/audit.csv" ]; then
  echo "ratio n/a"
else
  echo "ratio without the load (doudi own / PostgreSQL SQL + export) $(echo "scale=4; $doudi_own / ($pg_sql + $pg_export)" | bc | awk '{printf "%.2f", $1}')"
  echo "ratio $(echo "scale=4; $doudi_own / $pg_total" | bc | awk '{printf "%.2f", $1}')"
fi
exit $status
