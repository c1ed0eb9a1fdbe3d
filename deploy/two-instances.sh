#!/usr/bin/env bash
# Two Clockwise instances on one PostgreSQL behind nginx (round-robin), on this machine.
#
#   deploy/two-instances.sh start [--demo]   # --demo loads the demo organisation (first start)
#   deploy/two-instances.sh stop
#   deploy/two-instances.sh status
#
# Needs the jar (mvn -q -DskipTests package). As root, installs nginx and PostgreSQL from
# Debian's packages when missing and uses the Debian cluster "<newest version> $PG_CLUSTER"
# (created if missing; stopped again by stop if start started it).
# Settings (environment): PG_CLUSTER (main), STATE_DIR (/tmp/clockwise-two-instances), LISTEN_PORT (8080),
# PORT_A (8081), PORT_B (8082), JAVA_OPTS (-Xmx512m), READY_SECONDS (600: the first start
# with --demo writes twelve weeks of history), JAR (training-web/target/training-web.jar), PG_PORT
# (the port of a cluster this script creates; pg_createcluster's choice when unset; bench/run.sh
# --instances 2 sets these). Logs and pids live in STATE_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."

STATE_DIR=${STATE_DIR:-/tmp/clockwise-two-instances}
LISTEN_PORT=${LISTEN_PORT:-8080}
PORT_A=${PORT_A:-8081}
PORT_B=${PORT_B:-8082}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
READY_SECONDS=${READY_SECONDS:-600}
JAR=${JAR:-training-web/target/training-web.jar}
PG_PORT=${PG_PORT:-}
PG_CLUSTER=${PG_CLUSTER:-main}
DB=clockwise_multi
ROLE=clockwise_multi

log() { printf '== %s\n' "$*"; }
die() { printf 'two-instances: %s\n' "$*" >&2; exit 1; }

install_missing() {
  local missing=()
  command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
  { command -v pg_ctlcluster >/dev/null 2>&1 && ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; } || missing+=(postgresql)
  [ ${#missing[@]} -eq 0 ] && return
  [ "$(id -u)" -eq 0 ] || die "please install ${missing[*]} (apt-get install ${missing[*]}) or run as root"
  log "installing ${missing[*]} from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
}

start_postgres() {
  version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version $PG_CLUSTER"; then
    pg_createcluster ${PG_PORT:+-p "$PG_PORT"} "$version" "$PG_CLUSTER" >/dev/null
  fi
  if ! pg_lsclusters -h | awk -v v="$version" -v c="$PG_CLUSTER" '$1==v && $2==c {print $4}' | grep -qx online; then
    pg_ctlcluster "$version" "$PG_CLUSTER" start
    echo "$version $PG_CLUSTER" > "$STATE_DIR/postgres-started-by-us"
  fi
  pg_port=$(pg_lsclusters -h | awk -v v="$version" -v c="$PG_CLUSTER" '$1==v && $2==c {print $3}')
  for _ in $(seq 1 30); do
    su postgres -c "pg_isready -q -p $pg_port" && break
    sleep 1
  done
  [ -f "$STATE_DIR/db-password" ] || head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$STATE_DIR/db-password"
  su postgres -c "psql -q -p $pg_port -v ON_ERROR_STOP=1" <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$ROLE') THEN CREATE ROLE $ROLE LOGIN; END IF;
END \$\$;
ALTER ROLE $ROLE PASSWORD '$(cat "$STATE_DIR/db-password")';
SQL
  if ! su postgres -c "psql -At -p $pg_port -c \"SELECT 1 FROM pg_database WHERE datname = '$DB'\"" | grep -q 1; then
    su postgres -c "createdb -p $pg_port -O $ROLE $DB"
  fi
}

start_instance() { # name port [args]
  local name=$1 port=$2
  shift 2
  mkdir -p "$STATE_DIR/$name"
  # shellcheck disable=SC2086
  DATASOURCES_DEFAULT_URL="jdbc:postgresql://127.0.0.1:$pg_port/$DB" \
  DATASOURCES_DEFAULT_USERNAME=$ROLE \
  DATASOURCES_DEFAULT_PASSWORD="$(cat "$STATE_DIR/db-password")" \
  TRAINING_SIGNING_SECRET="$(cat "$STATE_DIR/signing-secret")" \
  TRAINING_DATA_DIR="$STATE_DIR/$name" \
  PORT=$port \
    nohup java $JAVA_OPTS -jar "$JAR" "$@" > "$STATE_DIR/$name.log" 2>&1 &
  echo $! > "$STATE_DIR/$name.pid"
}

await_ready() { # name
  for _ in $(seq 1 $((READY_SECONDS * 2))); do
    grep -qs "Clockwise is ready" "$STATE_DIR/$1.log" && return
    kill -0 "$(cat "$STATE_DIR/$1.pid")" 2>/dev/null || { tail -n 20 "$STATE_DIR/$1.log" >&2; die "instance $1 stopped"; }
    sleep 0.5
  done
  die "instance $1 not ready after $READY_SECONDS s (see $STATE_DIR/$1.log; deploy/two-instances.sh stop)"
}

start() {
  [ -f "$JAR" ] || die "no $JAR: build it with mvn -q -DskipTests package"
  [ ! -f "$STATE_DIR/nginx.pid" ] || die "already running (deploy/two-instances.sh stop first)"
  mkdir -p "$STATE_DIR"
  install_missing
  start_postgres
  # One secret for every instance: a cookie signed by one is accepted by the other.
  [ -f "$STATE_DIR/signing-secret" ] || head -c 48 /dev/urandom | base64 > "$STATE_DIR/signing-secret"
  chmod 600 "$STATE_DIR/signing-secret" "$STATE_DIR/db-password"

  log "instance a on :$PORT_A"
  start_instance a "$PORT_A" "$@"   # the first instance migrates the schema (and loads --demo)
  await_ready a
  log "instance b on :$PORT_B"
  start_instance b "$PORT_B"
  await_ready b

  local prefix="$STATE_DIR/nginx"
  mkdir -p "$prefix"
  sed -e "s|@PREFIX@|$prefix|g" -e "s|@LISTEN@|$LISTEN_PORT|g" \
      -e "s|@UPSTREAMS@|        server 127.0.0.1:$PORT_A max_fails=2 fail_timeout=5s;\n        server 127.0.0.1:$PORT_B max_fails=2 fail_timeout=5s;|" \
      deploy/nginx.conf.template > "$prefix/nginx.conf"
  nginx=$(command -v nginx || echo /usr/sbin/nginx)
  "$nginx" -t -q -p "$prefix" -c "$prefix/nginx.conf" -e "$prefix/error.log"
  nohup "$nginx" -p "$prefix" -c "$prefix/nginx.conf" -e "$prefix/error.log" > "$prefix/stdout.log" 2>&1 &
  for _ in $(seq 1 20); do [ -s "$prefix/nginx.pid" ] && break; sleep 0.25; done
  cp "$prefix/nginx.pid" "$STATE_DIR/nginx.pid"
  log "open http://localhost:$LISTEN_PORT (nginx -> :$PORT_A, :$PORT_B); logs in $STATE_DIR"
}

stop_pid() { # name
  local file="$STATE_DIR/$1.pid"
  [ -f "$file" ] || return 0
  local pid
  pid=$(cat "$file")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
  fi
  rm -f "$file"
  log "stopped $1"
}

stop() {
  stop_pid nginx
  stop_pid b
  stop_pid a
  if [ -f "$STATE_DIR/postgres-started-by-us" ]; then
    # shellcheck disable=SC2046
    pg_ctlcluster $(cat "$STATE_DIR/postgres-started-by-us") stop && rm -f "$STATE_DIR/postgres-started-by-us"
    log "stopped PostgreSQL"
  fi
}

status() {
  for name in nginx a b; do
    if [ -f "$STATE_DIR/$name.pid" ] && kill -0 "$(cat "$STATE_DIR/$name.pid")" 2>/dev/null; then
      echo "$name: running (pid $(cat "$STATE_DIR/$name.pid"))"
    else
      echo "$name: stopped"
    fi
  done
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) stop ;;
  status) status ;;
  *) die "usage: deploy/two-instances.sh start [--demo] | stop | status" ;;
esac
