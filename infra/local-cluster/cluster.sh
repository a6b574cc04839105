#!/usr/bin/env bash
# A local Cadenza cluster on this machine: N service instances (3 by default) on their own ports,
# sharing one PostgreSQL database, with nginx load-balancing them on one port. Loopback only.
# See infra/README.md ("Local cluster"). Run with --help for the commands and settings.
set -euo pipefail
export LC_ALL=C

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT_DIR="$(cd "$HERE/../.." && pwd)"

RUN_DIR="${CADENZA_CLUSTER_DIR:-${TMPDIR:-/tmp}/cadenza-cluster}"
INSTANCES="${CADENZA_CLUSTER_INSTANCES:-3}"
LB_PORT="${CADENZA_CLUSTER_LB_PORT:-18080}"
APP_PORT_BASE="${CADENZA_CLUSTER_APP_PORT_BASE:-18180}"
ADMIN_PORT_BASE="${CADENZA_CLUSTER_ADMIN_PORT_BASE:-18280}"
DB_NAME="${CADENZA_CLUSTER_DB:-cadenza_cluster}"
PG_HOST="${PGHOST:-127.0.0.1}"
PG_PORT="${PGPORT:-5432}"
PG_USER="${PGUSER:-postgres}"
REDIS_URL="${CADENZA_CLUSTER_REDIS_URL:-redis://127.0.0.1:6379/0}"
JAR="${CADENZA_CLUSTER_JAR:-$ROOT_DIR/bootstrap/target/cadenza.jar}"
CONFIG="${CADENZA_CLUSTER_CONFIG:-}"
# Small heaps and the C1 compiler only: three JVMs, PostgreSQL, nginx and a load driver share
# two cores here, and start-up time matters more than peak throughput.
JAVA_OPTS_TEXT="${CADENZA_CLUSTER_JAVA_OPTS:--Xms64m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k}"
POOL_SIZE="${CADENZA_CLUSTER_POOL_SIZE:-8}"
START_TIMEOUT="${CADENZA_CLUSTER_START_TIMEOUT:-120}"
STOP_TIMEOUT="${CADENZA_CLUSTER_STOP_TIMEOUT:-20}"

usage() {
  cat <<EOF
Usage: infra/local-cluster/cluster.sh COMMAND [options]

Commands
  start [--fresh-db]   create the database (drop it first with --fresh-db), start instance 1 and
                       wait until it is healthy (it runs the migrations), start the others, wait
                       for them, then start nginx in front of them
  stop                 stop nginx and every instance (SIGTERM, then SIGKILL after ${STOP_TIMEOUT}s)
  status               pid and health of every instance and of the load balancer
  start-instance N     start instance N (1..$INSTANCES) and wait until it is healthy
  stop-instance N      stop instance N gracefully
  kill-instance N      SIGKILL instance N (what the chaos check does)
  urls                 print the URLs as shell assignments (LB_URL, APP_URL_N, ADMIN_URL_N)

Settings (environment)
  CADENZA_CLUSTER_DIR              run directory (pids, logs, data dirs)   [$RUN_DIR]
  CADENZA_CLUSTER_INSTANCES        number of instances                     [$INSTANCES]
  CADENZA_CLUSTER_LB_PORT          nginx port                              [$LB_PORT]
  CADENZA_CLUSTER_APP_PORT_BASE    instance N listens on BASE+N            [$APP_PORT_BASE]
  CADENZA_CLUSTER_ADMIN_PORT_BASE  instance N's admin port is BASE+N       [$ADMIN_PORT_BASE]
  CADENZA_CLUSTER_DB               database, created if missing            [$DB_NAME]
  PGHOST, PGPORT, PGUSER, PGPASSWORD   PostgreSQL server (TCP)            [$PG_HOST:$PG_PORT, $PG_USER]
  CADENZA_CLUSTER_REDIS_URL        passed to every instance as CADENZA_REDIS_URL [$REDIS_URL]
  CADENZA_CLUSTER_JAR              service jar                             [bootstrap/target/cadenza.jar]
  CADENZA_CLUSTER_CONFIG           optional config file for 'server'        [built-in defaults]
  CADENZA_CLUSTER_JAVA_OPTS        JVM options                             [$JAVA_OPTS_TEXT]
  CADENZA_CLUSTER_POOL_SIZE        database pool per instance              [$POOL_SIZE]
  CADENZA_CLUSTER_START_TIMEOUT    seconds to wait for an instance         [$START_TIMEOUT]
  CADENZA_JWT_KEYS                 shared signing keys; when unset, one key is generated per
                                   run directory and given to every instance
Any other CADENZA_* variable in the environment reaches every instance unchanged.
EOF
}

log() { printf '[cluster] %s\n' "$*" >&2; }
die() { printf '[cluster] error: %s\n' "$*" >&2; exit 1; }

app_port() { echo $((APP_PORT_BASE + $1)); }
admin_port() { echo $((ADMIN_PORT_BASE + $1)); }
instance_dir() { echo "$RUN_DIR/instance-$1"; }

check_settings() {
  [[ "$INSTANCES" =~ ^[1-9][0-9]?$ ]] || die "CADENZA_CLUSTER_INSTANCES must be 1..99"
  [[ "$DB_NAME" =~ ^[a-z_][a-z0-9_]*$ ]] || die "CADENZA_CLUSTER_DB must match [a-z_][a-z0-9_]*"
  [[ "$PG_HOST" != /* ]] || die "PGHOST must be a TCP host for the JDBC URL, not a socket directory"
  for p in "$LB_PORT" "$APP_PORT_BASE" "$ADMIN_PORT_BASE" "$POOL_SIZE" "$START_TIMEOUT" "$STOP_TIMEOUT"; do
    [[ "$p" =~ ^[0-9]+$ ]] || die "not a number: $p"
  done
}

check_instance_number() {
  [[ "${1:-}" =~ ^[0-9]+$ ]] && (( $1 >= 1 && $1 <= INSTANCES )) || die "instance number must be 1..$INSTANCES"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Waits up to 10 s for PORT to be free: a process killed a moment ago may still hold its listening
# socket while the kernel tears it down (the chaos check restarts an instance right after SIGKILL).
wait_port_free() {
  local port=$1 tries=40
  while port_in_use "$port"; do
    ((tries-- > 0)) || return 1
    sleep 0.25
  done
}

# The pid in FILE when that process is still alive and is what we started (MATCH in its command line).
live_pid() {
  local file=$1 match=$2 pid
  [[ -f "$file" ]] || return 1
  pid=$(<"$file")
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  [[ -r "/proc/$pid/cmdline" ]] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q -- "$match" || return 1
  echo "$pid"
}

instance_pid() { live_pid "$(instance_dir "$1")/pid" "-Dcadenza-cluster-instance=$1 "; }
nginx_pid() { live_pid "$RUN_DIR/nginx/master.pid" "nginx"; }

healthy() { curl -sf -o /dev/null --max-time 2 "http://127.0.0.1:$(admin_port "$1")/healthcheck"; }

find_nginx() {
  if command -v nginx >/dev/null 2>&1; then command -v nginx; return; fi
  if [[ -x /usr/sbin/nginx ]]; then echo /usr/sbin/nginx; return; fi
  return 1
}

ensure_nginx() {
  if find_nginx >/dev/null; then return; fi
  if [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    log "nginx is missing: installing the Debian package"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q nginx >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q nginx >/dev/null; }
    find_nginx >/dev/null || die "nginx could not be installed"
  else
    die "nginx is not installed (Debian: apt-get install -y nginx)"
  fi
}

check_prerequisites() {
  command -v java >/dev/null 2>&1 || die "java is not installed"
  command -v curl >/dev/null 2>&1 || die "curl is not installed"
  command -v psql >/dev/null 2>&1 || die "psql is not installed (Debian: postgresql-client)"
  [[ -f "$JAR" ]] || die "no jar at $JAR: build it with ./mvnw -q -B -ntp package -DskipTests"
  [[ -z "$CONFIG" || -f "$CONFIG" ]] || die "no config file at $CONFIG"
}

psql_admin() {
  PGOPTIONS="-c client_min_messages=warning" \
    psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres "$@"
}

prepare_database() {
  local fresh=$1
  psql_admin -tAc "SELECT 1" >/dev/null 2>&1 || die "PostgreSQL is not reachable at $PG_HOST:$PG_PORT as $PG_USER"
  if [[ "$fresh" == 1 ]]; then
    log "dropping database $DB_NAME"
    psql_admin -c "DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE)" >/dev/null
  fi
  if [[ -z "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")" ]]; then
    log "creating database $DB_NAME"
    createdb -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" "$DB_NAME"
  fi
}

check_redis() {
  local hostport=${REDIS_URL#redis://}
  hostport=${hostport%%/*}
  hostport=${hostport##*@}
  local host=${hostport%%:*} port=${hostport##*:}
  [[ "$port" == "$hostport" ]] && port=6379
  if ! (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; then
    log "warning: no Redis at $host:$port (the instances will serve from the database and report the cache as degraded)"
  fi
}

# One signing key for the whole cluster: a token issued by one instance must verify on the others.
jwt_keys() {
  if [[ -n "${CADENZA_JWT_KEYS:-}" ]]; then
    printf '%s' "$CADENZA_JWT_KEYS"
    return
  fi
  local file="$RUN_DIR/jwt-keys"
  if [[ ! -s "$file" ]]; then
    (umask 077 && printf 'cluster-%s:%s\n' "$(date +%s)" "$(head -c 32 /dev/urandom | base64 | tr -d '\n')" >"$file")
  fi
  tr -d '\n' <"$file"
}

launch_instance() {
  local n=$1 dir pid
  dir=$(instance_dir "$n")
  if pid=$(instance_pid "$n"); then
    log "instance $n is already running (pid $pid)"
    return
  fi
  for port in "$(app_port "$n")" "$(admin_port "$n")"; do
    wait_port_free "$port" || die "port $port (instance $n) is already in use"
  done
  mkdir -p "$dir/data"
  local keys
  keys=$(jwt_keys)
  local -a java_opts
  read -r -a java_opts <<<"$JAVA_OPTS_TEXT"
  local -a args=(server)
  [[ -n "$CONFIG" ]] && args+=("$CONFIG")
  log "starting instance $n: app 127.0.0.1:$(app_port "$n"), admin 127.0.0.1:$(admin_port "$n"), log $dir/log"
  (
    cd "$dir"
    export CADENZA_HTTP_PORT="$(app_port "$n")"
    export CADENZA_ADMIN_PORT="$(admin_port "$n")"
    export CADENZA_DATABASE_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB_NAME"
    export CADENZA_DATABASE_USER="$PG_USER"
    export CADENZA_DATABASE_PASSWORD="${PGPASSWORD:-}"
    export CADENZA_DATABASE_POOL_SIZE="$POOL_SIZE"
    export CADENZA_DATA_DIR="$dir/data"
    export CADENZA_REDIS_URL="$REDIS_URL"
    export CADENZA_JWT_KEYS="$keys"
    # nginx in front appends the client's address to X-Forwarded-For: without this, every client
    # would share nginx's address, and so one sign-in throttle bucket
    export CADENZA_TRUSTED_PROXIES=1
    # The marker property lets stop/kill recognise this process; the bindHost overrides keep every
    # listener on the loopback interface (Dropwizard's dw.* system-property overrides).
    exec java "${java_opts[@]}" \
      -Dcadenza-cluster-instance="$n" \
      "-Ddw.server.applicationConnectors[0].bindHost=127.0.0.1" \
      "-Ddw.server.adminConnectors[0].bindHost=127.0.0.1" \
      -jar "$JAR" "${args[@]}" </dev/null >>"$dir/log" 2>&1
  ) &
  echo $! >"$dir/pid"
}

wait_healthy() {
  local n=$1 deadline=$((SECONDS + START_TIMEOUT)) pid
  pid=$(<"$(instance_dir "$n")/pid")
  while ! healthy "$n"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 30 "$(instance_dir "$n")/log" >&2 || true
      die "instance $n exited during start-up (log: $(instance_dir "$n")/log)"
    fi
    if (( SECONDS >= deadline )); then
      tail -n 30 "$(instance_dir "$n")/log" >&2 || true
      die "instance $n not healthy after ${START_TIMEOUT}s (log: $(instance_dir "$n")/log)"
    fi
    sleep 0.5
  done
  log "instance $n is healthy (pid $(instance_pid "$n"))"
}

render_nginx_conf() {
  local servers="" n user_directive=""
  for ((n = 1; n <= INSTANCES; n++)); do
    servers+="    server 127.0.0.1:$(app_port "$n") max_fails=1 fail_timeout=3s;"$'\n'
  done
  # As root, nginx's workers would run as 'nobody'; keep them as the invoking user instead so
  # they can use the run directory.
  [[ $EUID -eq 0 ]] && user_directive="user root;"
  mkdir -p "$RUN_DIR/nginx"
  local template="$HERE/nginx.conf.template" out="$RUN_DIR/nginx/nginx.conf" line
  : >"$out"
  while IFS= read -r line || [[ -n "$line" ]]; do
    case "$line" in
      '@UPSTREAM_SERVERS@') printf '%s' "$servers" >>"$out" ;;
      *)
        line=${line//@RUN_DIR@/$RUN_DIR}
        line=${line//@LB_PORT@/$LB_PORT}
        line=${line//@USER_DIRECTIVE@/$user_directive}
        printf '%s\n' "$line" >>"$out"
        ;;
    esac
  done <"$template"
}

start_nginx() {
  local nginx pid
  if pid=$(nginx_pid); then
    log "nginx is already running (pid $pid)"
    return
  fi
  ! port_in_use "$LB_PORT" || die "port $LB_PORT (load balancer) is already in use"
  nginx=$(find_nginx)
  render_nginx_conf
  "$nginx" -t -q -p "$RUN_DIR/nginx" -e "$RUN_DIR/nginx/error.log" -c "$RUN_DIR/nginx/nginx.conf" \
    || die "nginx rejected $RUN_DIR/nginx/nginx.conf"
  "$nginx" -p "$RUN_DIR/nginx" -e "$RUN_DIR/nginx/error.log" -c "$RUN_DIR/nginx/nginx.conf" \
    </dev/null >>"$RUN_DIR/nginx/stdout.log" 2>&1 &
  echo $! >"$RUN_DIR/nginx/master.pid"
  local deadline=$((SECONDS + 15))
  until curl -sf -o /dev/null --max-time 2 "http://127.0.0.1:$LB_PORT/status"; do
    nginx_pid >/dev/null || die "nginx exited (log: $RUN_DIR/nginx/error.log)"
    (( SECONDS < deadline )) || die "the load balancer does not answer on 127.0.0.1:$LB_PORT"
    sleep 0.2
  done
  log "nginx on 127.0.0.1:$LB_PORT (pid $(nginx_pid)) balances $INSTANCES instances"
}

# SIGTERM, then SIGKILL after STOP_TIMEOUT seconds.
terminate() {
  local pid=$1 what=$2 deadline=$((SECONDS + STOP_TIMEOUT))
  kill -TERM "$pid" 2>/dev/null || return 0
  while kill -0 "$pid" 2>/dev/null; do
    if (( SECONDS >= deadline )); then
      log "$what (pid $pid) did not stop in ${STOP_TIMEOUT}s: SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      break
    fi
    sleep 0.2
  done
}

stop_instance() {
  local n=$1 pid
  if pid=$(instance_pid "$n"); then
    log "stopping instance $n (pid $pid)"
    terminate "$pid" "instance $n"
  fi
  rm -f "$(instance_dir "$n")/pid"
}

kill_instance() {
  local n=$1 pid
  pid=$(instance_pid "$n") || die "instance $n is not running"
  kill -KILL "$pid"
  log "instance $n (pid $pid) killed with SIGKILL"
}

cmd_start() {
  local fresh=0
  for arg in "$@"; do
    case "$arg" in
      --fresh-db) fresh=1 ;;
      *) die "unknown option for start: $arg" ;;
    esac
  done
  check_prerequisites
  ensure_nginx
  mkdir -p "$RUN_DIR"
  chmod 755 "$RUN_DIR"
  # Whatever fails half-way, leave nothing running.
  trap 'rc=$?; if (( rc != 0 )); then log "start failed: stopping what was started"; cmd_stop; fi' EXIT
  prepare_database "$fresh"
  check_redis
  # The first instance migrates the schema; the others start once it is healthy (concurrent starts
  # would also be safe: Liquibase takes a lock in the database).
  launch_instance 1
  wait_healthy 1
  local n
  for ((n = 2; n <= INSTANCES; n++)); do launch_instance "$n"; done
  for ((n = 2; n <= INSTANCES; n++)); do wait_healthy "$n"; done
  start_nginx
  trap - EXIT
  cmd_urls
}

cmd_stop() {
  local pid n
  if pid=$(nginx_pid); then
    log "stopping nginx (pid $pid)"
    terminate "$pid" nginx
  fi
  rm -f "$RUN_DIR/nginx/master.pid"
  for ((n = 1; n <= INSTANCES; n++)); do stop_instance "$n"; done
}

cmd_status() {
  local n pid state rc=0
  for ((n = 1; n <= INSTANCES; n++)); do
    if pid=$(instance_pid "$n"); then
      if healthy "$n"; then state="healthy"; else state="running, not healthy"; rc=1; fi
    else
      pid="-"; state="stopped"; rc=1
    fi
    printf 'instance %d  pid %-8s app 127.0.0.1:%s  admin 127.0.0.1:%s  %s\n' \
      "$n" "$pid" "$(app_port "$n")" "$(admin_port "$n")" "$state"
  done
  if pid=$(nginx_pid); then
    printf 'nginx       pid %-8s 127.0.0.1:%s\n' "$pid" "$LB_PORT"
  else
    printf 'nginx       stopped\n'; rc=1
  fi
  return $rc
}

cmd_urls() {
  local n
  echo "LB_URL=http://127.0.0.1:$LB_PORT"
  for ((n = 1; n <= INSTANCES; n++)); do
    echo "APP_URL_$n=http://127.0.0.1:$(app_port "$n")"
    echo "ADMIN_URL_$n=http://127.0.0.1:$(admin_port "$n")"
  done
}

main() {
  local cmd=${1:-}
  [[ $# -gt 0 ]] && shift
  case "$cmd" in
    -h|--help|help|"") usage ;;
    start) check_settings; cmd_start "$@" ;;
    stop) check_settings; cmd_stop ;;
    status) check_settings; cmd_status ;;
    urls) check_settings; cmd_urls ;;
    start-instance) check_settings; check_instance_number "${1:-}"; check_prerequisites; mkdir -p "$RUN_DIR"
      launch_instance "$1"; wait_healthy "$1" ;;
    stop-instance) check_settings; check_instance_number "${1:-}"; stop_instance "$1" ;;
    kill-instance) check_settings; check_instance_number "${1:-}"; kill_instance "$1" ;;
    *) usage >&2; exit 2 ;;
  esac
}

main "$@"
