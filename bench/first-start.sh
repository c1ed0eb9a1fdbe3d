#!/usr/bin/env bash
# The quick start's first start, measured (issue 13, "First start ≤ 10 s").
#
#   bench/first-start.sh [--runs 3] [--port 18231] [--jar PATH]
#
# Starts the jar in a fresh data folder as many times as asked and prints, per run: the wall time from launch
# to "Clockwise is ready", the offset of the library's and the demo's log lines, the "Start phases" line (PostgreSQL
# ready, the data source's wait for it, schema migrated, as the JVM's age), and the CPU seconds of the JVM, of its children (initdb,
# pg_ctl) and of the PostgreSQL server; plus the load average. On a shared machine the wall time says little:
# the CPU total over the cores bounds what a quiet machine takes. Stops each server it started.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
runs=3 port=18231 jar="$here/../training-web/target/training-web.jar"
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift ;;
    --port) port="$2"; shift ;;
    --jar) jar="$2"; shift ;;
    *) echo "unknown option $1 (see the top of $0)" >&2; exit 2 ;;
  esac
  shift
done
[ -f "$jar" ] || { echo "first-start: no $jar; build it with mvn -B -DskipTests package" >&2; exit 2; }
tick=$(getconf CLK_TCK)

# utime + stime (own) and cutime + cstime (reaped children) of a process, in clock ticks
cpu_of() { awk '{ sub(/^.*\) /, ""); print $12 + $13, $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo "0 0"; }
# every process whose parent is $1
children_of() { for s in /proc/[0-9]*/stat; do awk -v p="$1" '{ sub(/^[0-9]+ \(.*\) /, ""); if ($2 == p) print FILENAME }' "$s" 2>/dev/null; done | sed 's#/proc/\([0-9]*\)/stat#\1#'; }
ms_of() { date -d "$1" +%s%3N; } # a log time (HH:MM:SS.mmm, today) in ms since the epoch

for run in $(seq 1 "$runs"); do
  work="$(mktemp -d /tmp/clockwise-first-start.XXXXXX)"
  log="$work/server.log"
  load="$(cut -d' ' -f1-3 /proc/loadavg)"
  launched=$(date +%s%3N)
  TRAINING_DATA_DIR="$work/data" MICRONAUT_SERVER_PORT="$port" java -jar "$jar" >"$log" 2>&1 &
  pid=$!
  until grep -q "Clockwise is ready" "$log"; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "first-start: the server stopped; see $log" >&2; exit 1; fi
    sleep 0.02
  done
  read -r jvm reaped < <(cpu_of "$pid")
  postmaster="$(head -1 "$work/data/postgres/postmaster.pid")"
  read -r pg pg_reaped < <(cpu_of "$postmaster")
  pg=$((pg + pg_reaped))
  for child in $(children_of "$postmaster"); do
    read -r c _ < <(cpu_of "$child")
    pg=$((pg + c))
  done
  ready=$(ms_of "$(grep "Clockwise is ready" "$log" | cut -d' ' -f1)")
  echo "run $run (load $load): ready after $(( ready - launched )) ms;" \
    "CPU: JVM $(awk -v t="$jvm" -v k="$tick" 'BEGIN { printf "%.1f", t / k }') s," \
    "initdb and pg_ctl $(awk -v t="$reaped" -v k="$tick" 'BEGIN { printf "%.1f", t / k }') s," \
    "PostgreSQL $(awk -v t="$pg" -v k="$tick" 'BEGIN { printf "%.1f", t / k }') s"
  for line in "Published the library" "Loaded the demo organisation" "Clockwise is ready"; do
    hit="$(grep -m1 "$line" "$log" || true)"
    [ -n "$hit" ] || continue
    at=$(ms_of "$(echo "$hit" | cut -d' ' -f1)")
    echo "  +$(( at - launched )) ms  $(echo "$hit" | cut -d' ' -f5- | cut -c1-260)"
  done
  for i in $(seq 1 100); do grep -q "Start phases" "$log" && break; sleep 0.05; done
  grep -m1 "Start phases" "$log" | cut -d' ' -f5- || true
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  rm -rf "$work"
done
