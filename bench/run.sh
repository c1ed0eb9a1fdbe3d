#!/usr/bin/env bash
# Load test of the real server from outside its JVM (issue 13, "Speed, measured honestly").
#
#   bench/run.sh            # 10,000 reps, 1,000,000 attempts, 30 s per endpoint, 16 connections
#   bench/run.sh --quick    # 1,000 reps, 100,000 attempts, 5 s per endpoint: a smoke run
#   bench/run.sh --instances 2   # the same against two instances on one PostgreSQL behind nginx
#
# Starts training-web/target/training-web.jar with -Xmx512m on its embedded PostgreSQL in a fresh
# data folder, generates the organisation with bench/generate.sql, signs in reps, managers, an
# admin and an author, then drives every endpoint with wrk (bench/*.lua) and prints a Markdown
# table. Afterwards it checks in SQL that every quiz submission and review answer that got a
# success answer is stored exactly once. Needs java 17, wrk, curl and psql on the PATH.
# Options: --reps N --attempts N --duration S --connections N --jar PATH --port N --keep
#          --rows today,skills (measure only these rows, with the sign-in page for the ratios)
#
# --instances 2 (issue 13 leftovers, item 4) starts two instances of the jar on one PostgreSQL
# behind nginx with deploy/two-instances.sh (a fresh Debian cluster of its own, dropped at the end;
# needs root, nginx and Debian's postgresql) and drives nginx: --port is then nginx's port (18480),
# --port-a and --port-b the instances' (18481, 18482), --pg-port the cluster's (18483).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
reps=10000 attempts=1000000 duration=30 warmup=10 connections=16 signed_in=600
jar="$here/../training-web/target/training-web.jar" port="" keep=false mode=full
only_rows="" instances=1 port_a=18481 port_b=18482 pg_port=18483
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) reps=1000 attempts=100000 duration=5 warmup=3 signed_in=150 mode=quick ;;
    --reps) reps="$2"; shift ;;
    --attempts) attempts="$2"; shift ;;
    --duration) duration="$2"; shift ;;
    --connections) connections="$2"; shift ;;
    --jar) jar="$2"; shift ;;
    --port) port="$2"; shift ;;
    --keep) keep=true ;;
    --rows) only_rows="$2"; shift ;;
    --instances) instances="$2"; shift ;;
    --port-a) port_a="$2"; shift ;;
    --port-b) port_b="$2"; shift ;;
    --pg-port) pg_port="$2"; shift ;;
    *) echo "unknown option $1 (see the top of $0)" >&2; exit 2 ;;
  esac
  shift
done
case "$instances" in
  1) port="${port:-18181}" ;;
  2) port="${port:-18480}" ;;
  *) echo "bench: --instances must be 1 or 2, was $instances" >&2; exit 2 ;;
esac
for tool in java wrk curl psql; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is not on the PATH" >&2; exit 2; }
done
[ -f "$jar" ] || { echo "bench: no $jar; build it with mvn -B -DskipTests package" >&2; exit 2; }
[ "$signed_in" -le "$reps" ] || signed_in="$reps"
teams=$(( (reps + 24) / 25 ))

work="$(mktemp -d /tmp/clockwise-bench.XXXXXX)"
base="http://127.0.0.1:$port"
server_pid=""
server_pids=() server_logs=()
# deploy/two-instances.sh with this run's ports, folder, jar and a PostgreSQL cluster of its own
two() {
  STATE_DIR="$work/two" PG_CLUSTER="bench$$" PG_PORT="$pg_port" LISTEN_PORT="$port" PORT_A="$port_a" PORT_B="$port_b" \
    JAR="$jar" JAVA_OPTS=-Xmx512m "$here/../deploy/two-instances.sh" "$@"
}
stop_server() {
  if [ "$instances" = 2 ]; then
    two stop >&2 || true
    pg_dropcluster --stop "$(ls /usr/lib/postgresql | sort -V | tail -n 1)" "bench$$" 2>/dev/null || true
  elif [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid"
    wait "$server_pid" 2>/dev/null || true
  fi
  if [ "$keep" = false ]; then rm -rf "$work"; else echo "bench: kept $work" >&2; fi
}
trap stop_server EXIT
log() { echo "bench: $*" >&2; }

if [ "$instances" = 2 ]; then
  jar="$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")"
  log "starting two instances (:$port_a, :$port_b) on one PostgreSQL (:$pg_port) behind nginx (:$port), state in $work/two"
  two start >&2
  server_pids=("$(cat "$work/two/a.pid")" "$(cat "$work/two/b.pid")")
  server_logs=("$work/two/a.log" "$work/two/b.log")
  export PGHOST=127.0.0.1 PGPORT="$pg_port" PGUSER=clockwise_multi PGDATABASE=clockwise_multi
  PGPASSWORD="$(cat "$work/two/db-password")"
  export PGPASSWORD
else
  log "starting the server (data in $work/data)"
  TRAINING_DATA_DIR="$work/data" TRAINING_DEMO=false PORT="$port" \
    java -Xmx512m -jar "$jar" >"$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 600); do
    grep -q "Clockwise is ready" "$work/server.log" && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
    sleep 0.5
  done
  grep -q "Clockwise is ready" "$work/server.log" || { log "the server did not start in 5 minutes"; exit 1; }
  server_pids=("$server_pid") server_logs=("$work/server.log")
  export PGHOST=127.0.0.1 PGUSER=postgres PGDATABASE=postgres
  PGPORT="$(sed -n 4p "$work/data/postgres/postmaster.pid")"
  export PGPORT
fi
sql() { psql -X -q -A -t -v ON_ERROR_STOP=1 -c "$1"; }
settled_count() { # table: its row count once requests still running when wrk stopped have finished
  local before="" after
  after="$(sql "SELECT count(*) FROM $1")"
  while [ "$before" != "$after" ]; do before="$after"; sleep 2; after="$(sql "SELECT count(*) FROM $1")"; done
  echo "$after"
}

# One password for every generated account, hashed at bcrypt cost 4 (the server checks a hash at
# the cost it was made with): signing in hundreds of sessions takes seconds, and no measured row
# includes a sign-in. Made once with spring-security-crypto's BCryptPasswordEncoder(4).
password=bench-password-1
hash='$2a$04$BDYhjUdgzmxWp1I.Qu7rHOO14ILyrQsJjAVWNa8aPZOKUloBMPjT.'
log "generating $reps reps in $teams teams with $attempts attempts"
started=$SECONDS
# (errors only: the database owner of --instances 2 is no superuser, and ANALYZE warns about every system table)
PGOPTIONS="-c client_min_messages=error" psql -X -q -v ON_ERROR_STOP=1 -v reps="$reps" -v teams="$teams" -v attempts="$attempts" -v hash="'$hash'" \
  -f "$here/generate.sql" >/dev/null
log "generated in $(( SECONDS - started )) s: $(sql "SELECT count(*) FROM attempts") attempts, $(sql "SELECT count(*) FROM users") people"

# Sessions: one CSRF cookie and its token for every sign-in (the token is an HMAC of the cookie,
# not tied to a session); the session cookie comes back from POST /login.
curl -sS -c "$work/csrf.jar" -o "$work/login.html" "$base/login"
csrf_cookie="$(awk '$6 == "CLOCKWISE_CSRF" {print $7}' "$work/csrf.jar")"
csrf_token="$(grep -o 'name="_csrf" value="[^"]*"' "$work/login.html" | sed 's/.*value="//; s/"$//')"
sign_in() { # file, emails...
  local file="$1"; shift
  local cfg="$work/signin.cfg" first=true
  : >"$cfg"
  for email in "$@"; do
    $first || echo next >>"$cfg"
    first=false
    printf 'url = "%s/login"\ndata = "email=%s&password=%s&_csrf=%s"\ncookie = "CLOCKWISE_CSRF=%s"\noutput = "/dev/null"\nwrite-out = "%%header{set-cookie}\\n"\n' \
      "$base" "${email/@/%40}" "$password" "$csrf_token" "$csrf_cookie" >>"$cfg"
  done
  curl -sS --no-progress-meter --parallel --parallel-max 8 -K "$cfg" | grep -o 'CLOCKWISE_SESSION=[^;]*' \
    | sed "s/\$/; CLOCKWISE_CSRF=$csrf_cookie/" >"$file"
  [ "$(wc -l <"$file")" -eq $# ] || { log "only $(wc -l <"$file") of $# sign-ins worked"; exit 1; }
}
started=$SECONDS
sign_in "$work/reps.cookies" $(seq -f 'rep-%g@scale.test' 1 "$signed_in")
sign_in "$work/managers.cookies" $(seq -f 'manager-%g@scale.test' 1 "$(( teams < 40 ? teams : 40 ))")
sign_in "$work/admin.cookies" admin@scale.test
sign_in "$work/author.cookies" author@scale.test
log "signed in $signed_in reps, the managers, the admin and the author in $(( SECONDS - started )) s"

modules="$(sql "SELECT string_agg(id, ' ') FROM (SELECT c.id FROM courses c JOIN questions q ON q.course_id = c.id
  AND q.version = c.current_version WHERE c.retired_at IS NULL GROUP BY c.id ORDER BY c.id LIMIT 5) m")"
quiz_module="${modules%% *}"
lessons="$(for m in $modules; do printf '/modules/%s ' "$m"; done)"

export BENCH_DIR="$here" THREADS="$connections"
# run NAME DURATION LUA [VAR=VALUE...]: prints wrk's RESULT line
run() {
  local name="$1" secs="$2" lua="$3"; shift 3
  env "$@" wrk -t "$connections" -c "$connections" -d "${secs}s" --timeout 10s -s "$here/$lua" "$base" \
    >"$work/$name.out" 2>&1 || { cat "$work/$name.out" >&2; exit 1; }
  grep '^RESULT' "$work/$name.out"
}
field() { sed -n "s/.* $2=\([0-9]*\).*/\1/p" <<<"$1"; }

declare -A result
rows=("health" "signin" "today" "lesson" "quiz" "review" "skills" "team" "teams" "library")
# --rows signin,today: measure only these (the sign-in page is always kept, for the ratios)
if [ -n "$only_rows" ]; then
  IFS=, read -r -a picked <<<"signin,$only_rows"
  rows=(); for row in "${picked[@]}"; do [[ " ${rows[*]} " == *" $row "* ]] || rows+=("$row"); done
fi
declare -A title=([health]='`/health` (Accept: text/plain)' [signin]='Sign-in page `/login`' [today]='Today `/today`'
  [lesson]='A lesson `/modules/{id}`' [quiz]='Quiz submission `POST /modules/{id}/quiz`'
  [review]='Review answer `POST /reviews`' [skills]='My skills `/skills`' [team]='Team dashboard `/team` (25 reps)'
  [teams]="Teams overview \`/team/teams\` ($teams teams)" [library]='Author library `/library`')
get_vars() { # sets the array vars for a GET row
  vars=()
  case "$1" in
    health) vars=(PATHS=/health ACCEPT=text/plain) ;;
    signin) vars=(PATHS=/login) ;;
    today) vars=(PATHS=/today "COOKIES=$work/reps.cookies") ;;
    lesson) vars=("PATHS=$lessons" "COOKIES=$work/reps.cookies") ;;
    skills) vars=(PATHS=/skills "COOKIES=$work/reps.cookies") ;;
    team) vars=(PATHS=/team "COOKIES=$work/managers.cookies") ;;
    teams) vars=(PATHS=/team/teams "COOKIES=$work/admin.cookies") ;;
    library) vars=(PATHS=/library "COOKIES=$work/author.cookies") ;;
  esac
}

log "warming up (${warmup} s per page; Today once for every signed-in rep, which makes their plans, the team page once for every manager)"
for row in health signin today lesson skills team teams library; do
  get_vars "$row"; run "warm-$row" "$warmup" get.lua "${vars[@]}" >/dev/null
done
visit_each() { # cookies-file path: one GET per session (first views: a rep's plan, a manager's dashboard)
  while read -r c; do printf 'cookie = "%s"\nurl = "%s%s"\noutput = "/dev/null"\nnext\n' "$c" "$base" "$2"; done \
    <"$1" | sed '$d' >"$work/visit.cfg"
  curl -sS --no-progress-meter --parallel --parallel-max 8 -K "$work/visit.cfg"
}
visit_each "$work/reps.cookies" /today
visit_each "$work/managers.cookies" /team
run warm-quiz "$warmup" form.lua KIND=quiz MODULE="$quiz_module" TAKE_BASE=900000 "COOKIES=$work/reps.cookies" OUT="$work/warm-quiz" >/dev/null
run warm-review "$warmup" form.lua KIND=review "COOKIES=$work/reps.cookies" OUT="$work/warm-review" >/dev/null

log "measuring ${duration} s per endpoint with $connections connections"
for row in "${rows[@]}"; do
  case "$row" in
    quiz) attempts_before="$(settled_count attempts)"
          result[quiz]="$(run quiz "$duration" form.lua KIND=quiz MODULE="$quiz_module" TAKE_BASE=2 "COOKIES=$work/reps.cookies" OUT="$work/lat-quiz")"
          attempts_after="$(settled_count attempts)" ;;
    review) events_mid="$(settled_count review_events)"
            result[review]="$(run review "$duration" form.lua KIND=review "COOKIES=$work/reps.cookies" OUT="$work/lat-review")"
            events_after="$(settled_count review_events)" ;;
    *) get_vars "$row"; result[$row]="$(run "$row" "$duration" get.lua "${vars[@]}")" ;;
  esac
  log "$row: ${result[$row]}"
done

# POST rows: wrk's own figures mix the GET that serves the form with the POST; form.lua timed the POSTs.
post_stats() { # prefix -> "count p50_us p99_us"
  cat "$1".* | awk '$1 == "R" {print $2}' | sort -n | awk '{v[NR]=$1} END {
    if (NR == 0) { print "0 0 0"; exit }
    p50 = v[int((NR - 1) * 0.50) + 1]; p99 = v[int((NR - 1) * 0.99) + 1]; print NR, p50, p99 }'
}
# Every id answered 303 must be stored exactly once; every row stored during the row must be one
# that was sent (those sent but not answered were in flight when wrk stopped: at most one a connection).
check_writes() { # label prefix table rows-before rows-after
  local label="$1" prefix="$2" table="$3"
  cat "$prefix".* | awk '$1 == "R" && $3 == 303 {print $4}' >"$prefix.ok"
  cat "$prefix".* | awk '$1 == "S" {print $2}' >"$prefix.sent"
  read -r answered distinct stored_ok stored_sent <<<"$(psql -X -q -A -t -F ' ' -v ON_ERROR_STOP=1 <<SQL
CREATE TEMP TABLE ok_ids (id uuid);
\copy ok_ids FROM '$prefix.ok'
CREATE TEMP TABLE sent_ids (id uuid);
\copy sent_ids FROM '$prefix.sent'
SELECT (SELECT count(*) FROM ok_ids), (SELECT count(DISTINCT id) FROM ok_ids),
       (SELECT count(*) FROM $table t WHERE t.id IN (SELECT id FROM ok_ids)),
       (SELECT count(*) FROM $table t WHERE t.id IN (SELECT id FROM sent_ids));
SQL
)"
  local new=$(( $5 - $4 )) verdict="none lost or doubled"
  if [ "$answered" != "$distinct" ] || [ "$stored_ok" != "$distinct" ] || [ "$stored_sent" != "$new" ] \
     || [ $(( new - stored_ok )) -gt "$connections" ]; then
    verdict="**MISMATCH**"; write_check=failed
  fi
  echo "- $label: $answered answered 303 ($distinct distinct ids), all $stored_ok of them stored once;" \
    "$new rows stored during the row, all from forms sent ($(( new - stored_ok )) in flight when wrk stopped): $verdict."
}
write_check=passed

alive=yes oom=0 heap=""
for i in "${!server_pids[@]}"; do
  pid="${server_pids[$i]}"
  kill -0 "$pid" 2>/dev/null || alive=no
  oom=$(( oom + $(grep -c OutOfMemoryError "${server_logs[$i]}" || true) ))
  used="$(jcmd "$pid" GC.heap_info 2>/dev/null | sed -n 's/.*total \([0-9]*K\), used \([0-9]*K\).*/\2 used of \1/p' | head -1 || true)"
  heap="${heap:+$heap; }${used:-unknown}"
done

signin_rps="$(awk -v r="$(field "${result[signin]}" requests)" -v d="$(field "${result[signin]}" duration_us)" 'BEGIN {printf "%.1f", r / (d / 1e6)}')"
echo
if [ "$instances" = 2 ]; then
  setup="two instances, each \`java -Xmx512m -jar\`, on one PostgreSQL $(psql -X -A -t -c 'SHOW server_version' | cut -d' ' -f1) behind nginx (round-robin)"
else
  setup="server \`java -Xmx512m -jar\`, embedded PostgreSQL"
fi
echo "**$mode run**: $reps reps in $teams teams, $(sql "SELECT count(*) FROM attempts") attempts at the end;" \
  "$connections connections, ${duration} s per row; $setup; $(nproc) cores," \
  "load average $(cut -d' ' -f1-3 /proc/loadavg) at the end."
echo
echo "| Endpoint | req/s | p50 | p99 | × sign-in page | non-2xx/3xx or wrong status |"
echo "|---|---:|---:|---:|---:|---:|"
for row in "${rows[@]}"; do
  r="${result[$row]}"
  if [ "$row" = quiz ] || [ "$row" = review ]; then
    read -r count p50 p99 <<<"$(post_stats "$work/lat-$row")"
    ok="$(field "$r" ok)"
    rps="$(awk -v n="$ok" -v d="$(field "$r" duration_us)" 'BEGIN {printf "%.1f", n / (d / 1e6)}')"
    bad="$(field "$r" bad)"
  else
    p50="$(field "$r" p50_us)" p99="$(field "$r" p99_us)"
    rps="$(awk -v n="$(field "$r" requests)" -v d="$(field "$r" duration_us)" 'BEGIN {printf "%.1f", n / (d / 1e6)}')"
    bad="$(( $(field "$r" bad) + $(field "$r" socket_errors) ))"
  fi
  awk -v t="${title[$row]}" -v rps="$rps" -v p50="$p50" -v p99="$p99" -v s="$signin_rps" -v bad="$bad" \
    'BEGIN {printf "| %s | %.0f | %.1f ms | %.1f ms | %.2f× | %d |\n", t, rps, p50 / 1000, p99 / 1000, rps / s, bad}'
done
echo
measured() { [[ " ${rows[*]} " == *" $1 "* ]]; }
if measured quiz; then check_writes "Quiz submissions" "$work/lat-quiz" attempts "$attempts_before" "$attempts_after"; fi
if measured review; then check_writes "Review answers" "$work/lat-review" review_events "$events_mid" "$events_after"; fi
echo "- Server${server_pids[1]:+s} alive at the end: $alive; OutOfMemoryError in the log${server_pids[1]:+s}: $oom; heap at the end: ${heap:-unknown} (-Xmx512m${server_pids[1]:+ each})."
[ "$write_check" = passed ] && [ "$alive" = yes ] && [ "$oom" = 0 ]
