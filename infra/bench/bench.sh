#!/usr/bin/env bash
# Cadenza benchmark harness: seeds a catalog into a running service, runs wrk scenarios against it,
# prints a table and the target checks, and appends a row to infra/bench/RESULTS.md.
# See infra/bench/README.md. Run with --help for the options.
set -euo pipefail
export LC_ALL=C

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT_DIR="$(cd "$BENCH_DIR/../.." && pwd)"
LUA_DIR="$BENCH_DIR/lua"

BASE_URL="${CADENZA_BENCH_URL:-http://127.0.0.1:8080}"
ADMIN_URL="${CADENZA_BENCH_ADMIN_URL:-http://127.0.0.1:8081}"
SONGS="${CADENZA_BENCH_SONGS:-100000}"
ALBUMS="${CADENZA_BENCH_ALBUMS:-10000}"
RATINGS="${CADENZA_BENCH_RATINGS:-1000000}"
LIKES="${CADENZA_BENCH_LIKES:-300000}"
COLD_IDS="${CADENZA_BENCH_COLD_IDS:-90000}"
SKIP_SEED="${CADENZA_BENCH_SKIP_SEED:-0}"
CONNECTIONS="${CADENZA_BENCH_CONNECTIONS:-32}"
THREADS="${CADENZA_BENCH_THREADS:-2}"
DURATION="${CADENZA_BENCH_DURATION:-20s}"
WARMUP="${CADENZA_BENCH_WARMUP:-5s}"
# The JIT of a 2-core machine under load needs minutes to compile the hot paths (its C2 queue holds
# thousands of methods after start-up): the warm-up runs every scenario this many times first.
WARMUP_ROUNDS="${CADENZA_BENCH_WARMUP_ROUNDS:-4}"
SERVICE_PID="${CADENZA_BENCH_PID:-}"
START=0
JAR="${CADENZA_BENCH_JAR:-$ROOT_DIR/bootstrap/target/cadenza.jar}"
CONFIG="${CADENZA_BENCH_CONFIG:-}"
# A small fixed heap, as in a 512 MB container (the JVM would otherwise size its heap from the
# machine's 24 GiB and grow into it under load).
JAVA_OPTS_TEXT="${CADENZA_BENCH_JAVA_OPTS:--Xms256m -Xmx256m -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -Xss512k}"
SEARCH_WORDS="${CADENZA_BENCH_SEARCH_WORDS:-love,night,blue}"
SAMPLES="${CADENZA_BENCH_SAMPLES:-300}"
DEEP_PAGES="${CADENZA_BENCH_DEEP_PAGES:-200}"
SEED_TIMEOUT="${CADENZA_BENCH_SEED_TIMEOUT:-1800}"
WAIT_TIMEOUT="${CADENZA_BENCH_WAIT_TIMEOUT:-}"
RESULTS_FILE="${CADENZA_BENCH_RESULTS:-$BENCH_DIR/RESULTS.md}"
RATINGS_RESULTS_FILE="${CADENZA_BENCH_RATINGS_RESULTS:-$BENCH_DIR/RESULTS-ratings.md}"
RECORD=1
NOTE="${CADENZA_BENCH_NOTE:-}"
FAIL_ON_MISS=0

PAGE_LIMIT=20

usage() {
  cat <<EOF
Usage: infra/bench/bench.sh [options]

Benchmarks a Cadenza service on this machine with wrk: admin /ping (the ceiling), get song by id,
title search, the first page and a deep page of /api/v1/songs. Prints a table and the target checks
and appends a row to infra/bench/RESULTS.md.

Service
  --url URL            application base URL            (CADENZA_BENCH_URL, default $BASE_URL)
  --admin-url URL      admin base URL                  (CADENZA_BENCH_ADMIN_URL, default $ADMIN_URL)
  --pid PID            service process, for its RSS    (CADENZA_BENCH_PID; default: the process
                       listening on the application port, found with ss -ltnp)
  --start              start 'java -jar bootstrap/target/cadenza.jar server' in the background with
                       a fresh CADENZA_DATA_DIR (a temporary directory), stop it at the end.
                       Does not build: run ./mvnw -q package -DskipTests first.
  --jar FILE           jar for --start                 (CADENZA_BENCH_JAR, default bootstrap/target/cadenza.jar)
  --config FILE        config file passed to 'server' with --start (CADENZA_BENCH_CONFIG)
  --java-opts TEXT     JVM options for --start         (CADENZA_BENCH_JAVA_OPTS, default: a 256 MB heap, serial GC)
  --wait-timeout SEC   how long to wait for /ping      (CADENZA_BENCH_WAIT_TIMEOUT, default 300 with
                       --start, else 30)

Catalog
  --songs N            songs to seed                   (CADENZA_BENCH_SONGS, default $SONGS)
  --albums N           albums to seed                  (CADENZA_BENCH_ALBUMS, default $ALBUMS)
  --ratings N          song ratings to seed            (CADENZA_BENCH_RATINGS, default $RATINGS)
  --likes N            song likes to seed              (CADENZA_BENCH_LIKES, default $LIKES)
  --cold-ids N         never-read song ids for the uncached read (CADENZA_BENCH_COLD_IDS, default $COLD_IDS)
  --skip-seed          use the catalog as it is        (CADENZA_BENCH_SKIP_SEED=1)
                       (seeding is also skipped when the catalog already has --songs songs)
  --seed-timeout SEC   limit for the seed task         (CADENZA_BENCH_SEED_TIMEOUT, default $SEED_TIMEOUT)
  --samples N          song ids for the by-id scenario (CADENZA_BENCH_SAMPLES, default $SAMPLES)
  --deep-pages N       pages of $PAGE_LIMIT walked for the deep cursor (CADENZA_BENCH_DEEP_PAGES, default $DEEP_PAGES)
  --search-words LIST  comma-separated title substrings (CADENZA_BENCH_SEARCH_WORDS, default $SEARCH_WORDS)

Load
  --connections N      wrk connections                 (CADENZA_BENCH_CONNECTIONS, default $CONNECTIONS)
  --threads N          wrk threads                     (CADENZA_BENCH_THREADS, default $THREADS)
  --duration D         per scenario, e.g. 20s, 1m      (CADENZA_BENCH_DURATION, default $DURATION)
  --warmup D           warm-up per scenario and round, 0 for none (CADENZA_BENCH_WARMUP, default $WARMUP)
  --warmup-rounds N    warm-up rounds over all scenarios (CADENZA_BENCH_WARMUP_ROUNDS, default $WARMUP_ROUNDS)

Results
  --results FILE       file the row is appended to     (CADENZA_BENCH_RESULTS, default infra/bench/RESULTS.md)
  --no-record          do not append a row
  --note TEXT          free text for the row's note column (CADENZA_BENCH_NOTE)
  --fail-on-miss       exit 3 when a target is missed (default: exit 0 once the run completed)
  -h, --help           this text

Exit codes: 0 run completed, 1 run failed, 2 missing prerequisite (wrk, the jar, ...), 3 target missed
with --fail-on-miss.
EOF
}

log() { printf 'bench: %s\n' "$*" >&2; }
die() { printf 'bench: error: %s\n' "$*" >&2; exit 1; }
die_prereq() { printf 'bench: %s\n' "$*" >&2; exit 2; }

option_value() {
  [[ $# -ge 2 ]] || die "option $1 needs a value"
  printf '%s' "$2"
}

# --name=value is the same as --name value
normalized=()
for arg in "$@"; do
  case $arg in
    --*=*) normalized+=("${arg%%=*}" "${arg#*=}") ;;
    *) normalized+=("$arg") ;;
  esac
done
set -- "${normalized[@]+"${normalized[@]}"}"

while (($#)); do
  case $1 in
    --url | --base-url) BASE_URL=$(option_value "$@"); shift 2 ;;
    --admin-url) ADMIN_URL=$(option_value "$@"); shift 2 ;;
    --pid) SERVICE_PID=$(option_value "$@"); shift 2 ;;
    --start) START=1; shift ;;
    --jar) JAR=$(option_value "$@"); shift 2 ;;
    --config) CONFIG=$(option_value "$@"); shift 2 ;;
    --java-opts) JAVA_OPTS_TEXT=$(option_value "$@"); shift 2 ;;
    --wait-timeout) WAIT_TIMEOUT=$(option_value "$@"); shift 2 ;;
    --songs) SONGS=$(option_value "$@"); shift 2 ;;
    --albums) ALBUMS=$(option_value "$@"); shift 2 ;;
    --ratings) RATINGS=$(option_value "$@"); shift 2 ;;
    --likes) LIKES=$(option_value "$@"); shift 2 ;;
    --cold-ids) COLD_IDS=$(option_value "$@"); shift 2 ;;
    --skip-seed) SKIP_SEED=1; shift ;;
    --seed-timeout) SEED_TIMEOUT=$(option_value "$@"); shift 2 ;;
    --samples) SAMPLES=$(option_value "$@"); shift 2 ;;
    --deep-pages) DEEP_PAGES=$(option_value "$@"); shift 2 ;;
    --search-words) SEARCH_WORDS=$(option_value "$@"); shift 2 ;;
    --connections) CONNECTIONS=$(option_value "$@"); shift 2 ;;
    --threads) THREADS=$(option_value "$@"); shift 2 ;;
    --duration) DURATION=$(option_value "$@"); shift 2 ;;
    --warmup) WARMUP=$(option_value "$@"); shift 2 ;;
    --warmup-rounds) WARMUP_ROUNDS=$(option_value "$@"); shift 2 ;;
    --results) RESULTS_FILE=$(option_value "$@"); shift 2 ;;
    --no-record) RECORD=0; shift ;;
    --note) NOTE=$(option_value "$@"); shift 2 ;;
    --fail-on-miss) FAIL_ON_MISS=1; shift ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; die "unknown option: $1" ;;
  esac
done

# ---------------------------------------------------------------------------------------------
# validation

is_count() { [[ $1 =~ ^[0-9]+$ ]] && (( 10#$1 >= 1 )); }
if [[ -z $WAIT_TIMEOUT ]]; then
  if ((START)); then WAIT_TIMEOUT=300; else WAIT_TIMEOUT=30; fi
fi
for pair in "songs:$SONGS" "albums:$ALBUMS" "connections:$CONNECTIONS" "threads:$THREADS" \
  "samples:$SAMPLES" "deep-pages:$DEEP_PAGES" "seed-timeout:$SEED_TIMEOUT" "wait-timeout:$WAIT_TIMEOUT" \
  "warmup-rounds:$WARMUP_ROUNDS"; do
  is_count "${pair#*:}" || die "--${pair%%:*} must be a whole number >= 1, got '${pair#*:}'"
done
SONGS=$((10#$SONGS)) ALBUMS=$((10#$ALBUMS)) CONNECTIONS=$((10#$CONNECTIONS)) THREADS=$((10#$THREADS))
WARMUP_ROUNDS=$((10#$WARMUP_ROUNDS)) SAMPLES=$((10#$SAMPLES)) DEEP_PAGES=$((10#$DEEP_PAGES)) SEED_TIMEOUT=$((10#$SEED_TIMEOUT)) WAIT_TIMEOUT=$((10#$WAIT_TIMEOUT))
((CONNECTIONS >= THREADS)) || die "--connections ($CONNECTIONS) must be at least --threads ($THREADS)"
[[ $DURATION =~ ^[0-9]+[smh]?$ && ! $DURATION =~ ^0+[smh]?$ ]] || die "--duration must look like 20s, 2m or 30, got '$DURATION'"
[[ $WARMUP =~ ^[0-9]+[smh]?$ ]] || die "--warmup must look like 3s or 0, got '$WARMUP'"
[[ -z $SERVICE_PID || $SERVICE_PID =~ ^[0-9]+$ ]] || die "--pid must be a process id, got '$SERVICE_PID'"
[[ $SKIP_SEED == 0 || $SKIP_SEED == 1 ]] || die "CADENZA_BENCH_SKIP_SEED must be 0 or 1"
((START == 0)) || [[ -z $SERVICE_PID ]] || die "--start and --pid exclude each other"

IFS=',' read -r -a SEARCH_LIST <<<"$SEARCH_WORDS"
words=()
for word in "${SEARCH_LIST[@]}"; do
  word="${word#"${word%%[![:space:]]*}"}"
  word="${word%"${word##*[![:space:]]}"}"
  if [[ -n $word ]]; then words+=("$word"); fi
done
((${#words[@]} > 0)) || die "--search-words needs at least one word"
SEARCH_LIST=("${words[@]}")

# The harness measures a service on this machine (it samples the service's memory), so it only
# ever talks to the loopback interface.
url_port() {
  local url=$1 name=$2
  local re='^(https?)://(127\.[0-9]+\.[0-9]+\.[0-9]+|localhost|\[::1\])(:([0-9]+))?/?$'
  [[ $url =~ $re ]] || die "$name must be a loopback base URL such as http://127.0.0.1:8080 (no path), got '$url'"
  if [[ -n ${BASH_REMATCH[4]} ]]; then
    printf '%s' "${BASH_REMATCH[4]}"
  elif [[ ${BASH_REMATCH[1]} == https ]]; then
    printf '443'
  else
    printf '80'
  fi
}
APP_PORT=$(url_port "$BASE_URL" --url)
ADMIN_PORT=$(url_port "$ADMIN_URL" --admin-url)
BASE_URL=${BASE_URL%/}
ADMIN_URL=${ADMIN_URL%/}

# ---------------------------------------------------------------------------------------------
# prerequisites

if ! command -v wrk >/dev/null 2>&1; then
  die_prereq "wrk is not installed; install it with: apt-get install -y wrk"
fi
command -v curl >/dev/null 2>&1 || die_prereq "curl is not installed; install it with: apt-get install -y curl"
command -v python3 >/dev/null 2>&1 || die_prereq "python3 is not installed; install it with: apt-get install -y python3"
if [[ -z $SERVICE_PID || $START == 1 ]]; then
  command -v ss >/dev/null 2>&1 || die_prereq "ss is not installed; install it with: apt-get install -y iproute2 (or pass --pid)"
fi
if ((START)); then
  command -v java >/dev/null 2>&1 || die_prereq "java is not installed (needed by --start)"
  [[ -f $JAR ]] || die_prereq "no $JAR: build it first with ./mvnw -q package -DskipTests"
  [[ -z $CONFIG || -f $CONFIG ]] || die_prereq "no config file $CONFIG"
fi

# ---------------------------------------------------------------------------------------------
# work directory, service start and stop, clean-up

WORK=$(mktemp -d "${TMPDIR:-/tmp}/cadenza-bench.XXXXXX")
STARTED_PID=""
SAMPLER_PID=""

is_alive() {
  local pid=$1 stat
  [[ -r /proc/$pid/stat ]] || return 1
  stat=$(</proc/"$pid"/stat) || return 1
  stat=${stat##*) }
  [[ ${stat%% *} != Z ]]
}

stop_sampler() {
  if [[ -n $SAMPLER_PID ]]; then
    kill "$SAMPLER_PID" 2>/dev/null || true
    wait "$SAMPLER_PID" 2>/dev/null || true
    SAMPLER_PID=""
  fi
}

# shellcheck disable=SC2317  # reached through the EXIT trap
stop_service() {
  local pid=$STARTED_PID waited=0
  [[ -n $pid ]] || return 0
  STARTED_PID=""
  if is_alive "$pid"; then
    log "stopping the service (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    while is_alive "$pid" && ((waited < 60)); do
      sleep 1
      waited=$((waited + 1))
    done
    if is_alive "$pid"; then
      log "the service did not stop within 60 s; killing its process group"
      kill -KILL -- "-$pid" 2>/dev/null || true
    fi
  fi
  wait "$pid" 2>/dev/null || true
  # whatever the service left in its own process group (an embedded database it failed to stop)
  if kill -0 -- "-$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || true
    sleep 2
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
}

# shellcheck disable=SC2317  # reached through the EXIT trap
cleanup() {
  local status=$?
  set +e
  stop_sampler
  stop_service
  rm -rf "$WORK/data"
  if ((status == 0 || status == 3)) || [[ -z $(ls -A "$WORK" 2>/dev/null) ]]; then
    rm -rf "$WORK"
  else
    log "logs kept in $WORK"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_in_use() {
  [[ -n $(ss -Hltn "sport = :$1" 2>/dev/null) ]]
}

start_service() {
  local java_opts=() server_args=(server)
  local port
  for port in "$APP_PORT" "$ADMIN_PORT"; do
    if port_in_use "$port"; then
      die "port $port is already in use; stop what listens there or leave out --start"
    fi
  done
  if [[ -n $JAVA_OPTS_TEXT ]]; then read -r -a java_opts <<<"$JAVA_OPTS_TEXT"; fi
  if [[ -n $CONFIG ]]; then server_args+=("$CONFIG"); fi
  mkdir -p "$WORK/data"
  log "starting $JAR (data in $WORK/data, log in $WORK/service.log)"
  # setsid: the service gets its own process group, so a Ctrl-C reaches only this script, which
  # then stops the service cleanly.
  (
    cd "$ROOT_DIR"
    export CADENZA_DATA_DIR="$WORK/data" CADENZA_HTTP_PORT="$APP_PORT" CADENZA_ADMIN_PORT="$ADMIN_PORT"
    exec setsid java "${java_opts[@]+"${java_opts[@]}"}" -jar "$JAR" "${server_args[@]}"
  ) >"$WORK/service.log" 2>&1 </dev/null &
  STARTED_PID=$!
  SERVICE_PID=$STARTED_PID
}

service_log_tail() {
  if [[ -f $WORK/service.log ]]; then
    printf -- '--- last lines of the service log ---\n' >&2
    tail -n 30 "$WORK/service.log" >&2
  fi
}

CURL=(curl --silent --show-error --noproxy '*')

wait_for_ping() {
  local deadline=$((SECONDS + WAIT_TIMEOUT)) answer
  log "waiting for $ADMIN_URL/ping (up to ${WAIT_TIMEOUT}s)"
  while :; do
    answer=$("${CURL[@]}" --fail --max-time 2 "$ADMIN_URL/ping" 2>/dev/null || true)
    [[ $answer == *pong* ]] && return 0
    if [[ -n $STARTED_PID ]] && ! is_alive "$STARTED_PID"; then
      service_log_tail
      die "the service exited before answering /ping"
    fi
    ((SECONDS < deadline)) || { service_log_tail; die "no pong from $ADMIN_URL/ping within ${WAIT_TIMEOUT}s"; }
    sleep 1
  done
}

find_service_pid() {
  local listeners line pid=""
  listeners=$(ss -Hltnp "sport = :$APP_PORT" 2>/dev/null || true)
  [[ -n $listeners ]] || return 0
  # prefer a java process, else whatever listens
  line=$(grep -o '"java",pid=[0-9]*' <<<"$listeners" | head -n 1 || true)
  if [[ -z $line ]]; then line=$(grep -o 'pid=[0-9]*' <<<"$listeners" | head -n 1 || true); fi
  if [[ -n $line ]]; then pid=${line##*pid=}; fi
  printf '%s' "$pid"
}

process_name() {
  cat "/proc/$1/comm" 2>/dev/null || printf '?'
}

# VmRSS of the service, in kB, sampled every 0.25 s; the maximum so far is kept in a file.
rss_kb() {
  local key value rest
  while read -r key value rest; do
    if [[ $key == VmRSS: ]]; then
      printf '%s' "$value"
      return 0
    fi
  done <"/proc/$1/status"
}

sample_rss() {
  local pid=$1 out=$2 max=0 kb
  while [[ -r /proc/$pid/status ]]; do
    kb=$(rss_kb "$pid" 2>/dev/null || true)
    if [[ -n $kb ]] && ((kb > max)); then
      max=$kb
      printf '%s\n' "$max" >"$out.new" && mv -f "$out.new" "$out"
    fi
    sleep 0.25
  done
}

# ---------------------------------------------------------------------------------------------
# service

if ((START)); then
  start_service
fi
wait_for_ping
log "$ADMIN_URL/ping answers pong"

if [[ -z $SERVICE_PID ]]; then
  SERVICE_PID=$(find_service_pid)
  if [[ -n $SERVICE_PID ]]; then
    name=$(process_name "$SERVICE_PID")
    log "service process: pid $SERVICE_PID ($name) listening on port $APP_PORT"
    [[ $name == java ]] || log "warning: the process on port $APP_PORT is '$name', not java"
  else
    log "warning: no process found listening on port $APP_PORT (not visible to this user?); RSS is not measured. Pass --pid."
  fi
elif [[ -z $STARTED_PID ]]; then
  [[ -r /proc/$SERVICE_PID/status ]] || die "no process with pid $SERVICE_PID"
  log "service process: pid $SERVICE_PID ($(process_name "$SERVICE_PID"))"
fi

catalog_total() {
  python3 "$BENCH_DIR/catalog.py" total "$BASE_URL" "$1"
}

# ---------------------------------------------------------------------------------------------
# seeding

SONGS_BEFORE=$(catalog_total /api/v1/songs) || die "could not read the catalog from $BASE_URL/api/v1/songs"
# Admin tasks need the service's task token when it has one (CADENZA_ADMIN_TASK_TOKEN); curl reads
# the header from a file only this user can read, so the token never shows in the process list.
TASK_AUTH=()
if [[ -n ${CADENZA_ADMIN_TASK_TOKEN:-} ]]; then
  (umask 077 && printf 'Authorization: Bearer %s\n' "$CADENZA_ADMIN_TASK_TOKEN" >"$WORK/task-auth")
  TASK_AUTH=(-H "@$WORK/task-auth")
fi

if ((SKIP_SEED)); then
  log "not seeding (--skip-seed); catalog has ${SONGS_BEFORE:-an unknown number of} songs"
elif [[ -n $SONGS_BEFORE ]] && ((SONGS_BEFORE >= SONGS)); then
  log "not seeding: the catalog already has $SONGS_BEFORE songs (>= $SONGS)"
else
  log "seeding $SONGS songs and $ALBUMS albums through $ADMIN_URL/tasks/seed (catalog has ${SONGS_BEFORE:-an unknown number of} songs; this can take minutes)"
  seed_started=$SECONDS
  if ! "${CURL[@]}" --fail-with-body --max-time "$SEED_TIMEOUT" -X POST \
    "${TASK_AUTH[@]+"${TASK_AUTH[@]}"}" "$ADMIN_URL/tasks/seed?songs=$SONGS&albums=$ALBUMS" >"$WORK/seed.log" 2>&1; then
    cat "$WORK/seed.log" >&2
    service_log_tail
    die "seeding failed"
  fi
  log "seeded in $((SECONDS - seed_started))s: $(tr '\n' ' ' <"$WORK/seed.log" | cut -c1-200)"
fi
CATALOG_SONGS=$(catalog_total /api/v1/songs) || die "could not read the catalog from $BASE_URL/api/v1/songs"
if [[ -n $CATALOG_SONGS && $SKIP_SEED == 0 ]] && ((CATALOG_SONGS < SONGS)); then
  log "warning: the catalog has $CATALOG_SONGS songs after seeding, fewer than the $SONGS asked for"
fi

# ---------------------------------------------------------------------------------------------
# ratings and likes (the ratings scenarios need them; seeded once, like the catalog)

RATED=$(python3 "$BENCH_DIR/ratings.py" rated "$BASE_URL") || die "could not read the rating chart from $BASE_URL"
if ((SKIP_SEED)) || [[ $RATED == 1 ]]; then
  log "not seeding ratings (the chart by rating has entries already, or --skip-seed)"
else
  log "seeding $RATINGS song ratings and $LIKES likes through $ADMIN_URL/tasks/seed-ratings"
  seed_started=$SECONDS
  if ! "${CURL[@]}" --fail-with-body --max-time "$SEED_TIMEOUT" -X POST \
    "${TASK_AUTH[@]+"${TASK_AUTH[@]}"}" \
    "$ADMIN_URL/tasks/seed-ratings?ratings=$RATINGS&albumRatings=$((RATINGS / 20))&likes=$LIKES" \
    >"$WORK/seed-ratings.log" 2>&1; then
    cat "$WORK/seed-ratings.log" >&2
    service_log_tail
    die "seeding ratings failed"
  fi
  log "seeded ratings in $((SECONDS - seed_started))s: $(tr '\n' ' ' <"$WORK/seed-ratings.log" | cut -c1-200)"
fi

# ---------------------------------------------------------------------------------------------
# sample ids and the deep cursor

IDS_FILE="$WORK/song-ids.txt"
log "walking up to $DEEP_PAGES pages of $PAGE_LIMIT songs for sample ids and a deep cursor"
walk_output=$(python3 "$BENCH_DIR/catalog.py" walk "$BASE_URL" --pages "$DEEP_PAGES" --limit "$PAGE_LIMIT" \
  --samples "$SAMPLES" --ids-out "$IDS_FILE") || die "walking the catalog failed"
declare -A WALK=()
while IFS='=' read -r key value; do
  if [[ -n $key ]]; then WALK[$key]=$value; fi
done <<<"$walk_output"
((${WALK[ids]:-0} > 0)) || die "the catalog has no songs: seed it (leave out --skip-seed)"
[[ -n ${WALK[deep_path]:-} ]] || die "the catalog has a single page of songs (${WALK[seen]:-0}); a deep page needs more than $PAGE_LIMIT"
DEEP_PAGE=${WALK[deep_page]}
DEEP_PATH=${WALK[deep_path]}
AUTO_NOTES=()
if ((DEEP_PAGE <= DEEP_PAGES)); then
  log "warning: the catalog ended after ${WALK[pages]} pages of $PAGE_LIMIT; the deep page is the last one, page $DEEP_PAGE"
  AUTO_NOTES+=("deep page is page $DEEP_PAGE only")
fi
log "${WALK[ids]} sample ids (of ${WALK[seen]} seen); deep page is page $DEEP_PAGE"

# Never-read song ids for the uncached read, from the year order (the samples come from the title
# order): the warm-up gets a quarter and the measurement the rest, so measured reads are cache misses.
COLD_ALL="$WORK/cold-ids.txt" COLD_WARM="$WORK/cold-ids-warmup.txt" COLD_MEASURE="$WORK/cold-ids-measure.txt"
cold_count=$(python3 "$BENCH_DIR/ratings.py" ids "$BASE_URL" "$COLD_IDS" "$COLD_ALL") || die "collecting cold ids failed"
head -n $((cold_count / 4)) "$COLD_ALL" >"$COLD_WARM"
tail -n +$((cold_count / 4 + 1)) "$COLD_ALL" >"$COLD_MEASURE"
log "$cold_count song ids for the uncached read ($(wc -l <"$COLD_MEASURE") measured)"
PHASE=warmup

# ---------------------------------------------------------------------------------------------
# scenarios

# ---------------------------------------------------------------------------------------------
# an account for the authenticated scenarios: registered, signed in, with an API key

BENCH_USER="bench-$(date +%s)-$$"
BENCH_PASSWORD="bench-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
register_status=$("${CURL[@]}" -o "$WORK/register.json" -w '%{http_code}' -X POST "$BASE_URL/api/v1/users" \
  -H 'Content-Type: application/json' \
  -d "{\"username\":\"$BENCH_USER\",\"password\":\"$BENCH_PASSWORD\",\"fullName\":\"Benchmark\"}") || true
[[ $register_status == 201 ]] || die "could not register the benchmark account ($register_status): $(cat "$WORK/register.json" 2>/dev/null)"
# sign_in: a new access token for the account (again before the measurement: the warm-up outlasts
# the service's default token lifetime of 15 minutes)
sign_in() {
  ACCESS_TOKEN=$("${CURL[@]}" -X POST "$BASE_URL/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$BENCH_USER\",\"password\":\"$BENCH_PASSWORD\"}" \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)["accessToken"])') || die "could not sign in the benchmark account"
}
sign_in
API_KEY=$("${CURL[@]}" -X POST "$BASE_URL/api/v1/me/api-keys" -H 'Content-Type: application/json' \
  -H "Authorization: Bearer $ACCESS_TOKEN" -d '{"name":"bench"}' \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["key"])') || die "could not create the benchmark API key"
log "signed in as $BENCH_USER, with an API key (the access token lives $(
  python3 -c 'import base64, json, sys; p = sys.argv[1].split(".")[1]; c = json.loads(base64.urlsafe_b64decode(p + "=" * (-len(p) % 4))); print(c["exp"] - c["iat"])' "$ACCESS_TOKEN") s)"
LOGIN_CONNECTIONS="${CADENZA_BENCH_LOGIN_CONNECTIONS:-2}"

log "creating 200 playlists for $BENCH_USER, one with 5,000 entries"
declare -A PL=()
while IFS='=' read -r key value; do
  if [[ -n $key ]]; then PL[$key]=$value; fi
done < <(python3 "$BENCH_DIR/playlists.py" setup "$BASE_URL" "$ACCESS_TOKEN" "$IDS_FILE" || die "setting up the playlists failed")
[[ -n ${PL[big_page_path]:-} ]] || die "setting up the playlists failed"
PLAYLISTS_RESULTS_FILE="${CADENZA_BENCH_PLAYLISTS_RESULTS:-$BENCH_DIR/RESULTS-playlists.md}"

SCENARIOS=(ping by_id by_id_bearer by_id_key search first_page deep_page login likes_cached by_id_cold rating_page chart
  playlist_add playlist_page playlist_list)
declare -A LABEL=(
  [playlist_add]="add a playlist entry"
  [playlist_page]="100 entries of 5,000"
  [playlist_list]="my 200 playlists"
  [ping]="admin /ping (ceiling)"
  [by_id]="song by id"
  [by_id_bearer]="song by id, Bearer"
  [by_id_key]="song by id, API key"
  [login]="sign-in (bcrypt)"
  [search]="title search"
  [first_page]="first page"
  [deep_page]="deep page ($DEEP_PAGE)"
  [likes_cached]="like count (cached)"
  [by_id_cold]="song by id, uncached"
  [rating_page]="page sorted by rating"
  [chart]="chart by rating"
)

scenario_command() {
  local name=$1
  case $name in
    ping) printf '%s\0' -s "$LUA_DIR/fixed.lua" "$ADMIN_URL/ping" ;;
    playlist_add)
      # each warm-up round adds to playlists of its own, the measurement to fresh ones; all threads
      # add to one playlist and move on to the next after 9,000 adds (the limit is 10,000)
      local add_paths=${PL[add_paths]}
      if [[ $PHASE == warmup ]]; then add_paths=${PL[warm_add_paths_$(( (WARM_ROUND - 1) % 4 + 1 ))]}; fi
      local paths=()
      read -r -a paths <<<"$add_paths"
      printf '%s\0' -s "$LUA_DIR/append.lua" "$BASE_URL" -- "Authorization: Bearer $ACCESS_TOKEN" \
        "${PL[add_body]}" "$THREADS" 9000 "${paths[@]}" ;;
    playlist_page) printf '%s\0' -s "$LUA_DIR/request.lua" "$BASE_URL" -- GET "${PL[big_page_path]}" \
      "Authorization: Bearer $ACCESS_TOKEN" ;;
    playlist_list) printf '%s\0' -s "$LUA_DIR/request.lua" "$BASE_URL" -- GET "${PL[list_path]}" \
      "Authorization: Bearer $ACCESS_TOKEN" ;;
    by_id) printf '%s\0' -s "$LUA_DIR/by_id.lua" "$BASE_URL" -- "$IDS_FILE" ;;
    by_id_bearer) printf '%s\0' -s "$LUA_DIR/by_id.lua" "$BASE_URL" -- "$IDS_FILE" "Authorization: Bearer $ACCESS_TOKEN" ;;
    by_id_key) printf '%s\0' -s "$LUA_DIR/by_id.lua" "$BASE_URL" -- "$IDS_FILE" "X-API-Key: $API_KEY" ;;
    login) printf '%s\0' -s "$LUA_DIR/login.lua" "$BASE_URL" -- "$BENCH_USER" "$BENCH_PASSWORD" ;;
    search) printf '%s\0' -s "$LUA_DIR/search.lua" "$BASE_URL" -- title "$PAGE_LIMIT" "${SEARCH_LIST[@]}" ;;
    first_page) printf '%s\0' -s "$LUA_DIR/fixed.lua" "$BASE_URL/api/v1/songs?limit=$PAGE_LIMIT" ;;
    deep_page) printf '%s\0' -s "$LUA_DIR/fixed.lua" "$BASE_URL$DEEP_PATH" ;;
    likes_cached) printf '%s\0' -s "$LUA_DIR/ids_path.lua" "$BASE_URL" -- "$IDS_FILE" "/api/v1/songs/%s/likes" ;;
    by_id_cold)
      local cold=$COLD_MEASURE
      if [[ $PHASE == warmup ]]; then cold=$COLD_WARM; fi
      printf '%s\0' -s "$LUA_DIR/ids_path.lua" "$BASE_URL" -- "$cold" "/api/v1/songs/%s" ;;
    rating_page) printf '%s\0' -s "$LUA_DIR/fixed.lua" "$BASE_URL/api/v1/songs?sort=rating&limit=$PAGE_LIMIT" ;;
    chart) printf '%s\0' -s "$LUA_DIR/fixed.lua" "$BASE_URL/api/v1/charts/songs?by=rating&limit=20" ;;
  esac
}

declare -A RESULT=()

# run_wrk NAME DURATION LOGFILE: runs one scenario; wrk's output goes to LOGFILE
run_wrk() {
  local name=$1 duration=$2 logfile=$3 rest=() connections=$CONNECTIONS threads=$THREADS
  mapfile -d '' -t rest < <(scenario_command "$name")
  if [[ $name == login ]]; then
    # bcrypt makes each sign-in take a core for a while: a few connections saturate the machine
    connections=$LOGIN_CONNECTIONS threads=1
  fi
  if ! wrk --threads "$threads" --connections "$connections" --duration "$duration" --timeout 10s \
    "${rest[@]}" >"$logfile" 2>&1; then
    cat "$logfile" >&2
    if [[ -n $STARTED_PID ]]; then service_log_tail; fi
    die "wrk failed in scenario '$name'"
  fi
}

parse_result() {
  local name=$1 logfile=$2 line pair
  line=$(grep '^CADENZA_BENCH ' "$logfile" | tail -n 1 || true)
  [[ -n $line ]] || { cat "$logfile" >&2; die "no CADENZA_BENCH line from wrk in scenario '$name'"; }
  for pair in ${line#CADENZA_BENCH }; do
    RESULT[$name.${pair%%=*}]=${pair#*=}
  done
  for key in rps p50_ms p99_ms non2xx connect_errors read_errors write_errors timeouts requests; do
    [[ ${RESULT[$name.$key]:-} =~ ^[0-9]+(\.[0-9]+)?$ ]] || die "bad value for $key in scenario '$name': '${RESULT[$name.$key]:-}'"
  done
  RESULT[$name.socket_errors]=$((RESULT[$name.connect_errors] + RESULT[$name.read_errors] + RESULT[$name.write_errors] + RESULT[$name.timeouts]))
  RESULT[$name.errors]=$((RESULT[$name.non2xx] + RESULT[$name.socket_errors]))
}

if [[ -n $SERVICE_PID ]]; then
  RSS_IDLE_KB=$(rss_kb "$SERVICE_PID" 2>/dev/null || true)
  sample_rss "$SERVICE_PID" "$WORK/rss-max-kb" &
  SAMPLER_PID=$!
fi

WARM_ROUND=0
if [[ ! $WARMUP =~ ^0+[smh]?$ ]]; then
  for ((WARM_ROUND = 1; WARM_ROUND <= WARMUP_ROUNDS; WARM_ROUND++)); do
    log "warming up, round $WARM_ROUND of $WARMUP_ROUNDS: $WARMUP per scenario"
    for name in "${SCENARIOS[@]}"; do
      # sign-ins are bcrypt, not JIT-compiled code: one round is enough
      if [[ $name == login ]] && ((WARM_ROUND > 1)); then continue; fi
      run_wrk "$name" "$WARMUP" "$WORK/warmup-$WARM_ROUND-$name.log"
    done
  done
fi

PHASE=measure
sign_in
for name in "${SCENARIOS[@]}"; do
  log "scenario ${LABEL[$name]}: $DURATION, $CONNECTIONS connections, $THREADS threads"
  run_wrk "$name" "$DURATION" "$WORK/$name.log"
  parse_result "$name" "$WORK/$name.log"
done

stop_sampler
MAX_RSS_MB=""
if [[ -n $SERVICE_PID && -s $WORK/rss-max-kb ]]; then
  MAX_RSS_MB=$(awk '{ printf "%.0f", $1 / 1024 }' "$WORK/rss-max-kb")
fi
if [[ -n $SERVICE_PID ]] && ! is_alive "$SERVICE_PID"; then
  AUTO_NOTES+=("service process gone by the end of the run")
  log "warning: the service process $SERVICE_PID is gone"
fi

# ---------------------------------------------------------------------------------------------
# report

calc() { awk "BEGIN { $1 }"; }
holds() { awk "BEGIN { exit !($1) }"; }

PING_RPS=${RESULT[ping.rps]}
share_of_ping() {
  calc "if ($PING_RPS > 0) printf \"%.1f%%\", 100 * $1 / $PING_RPS; else printf \"n/a\""
}

echo
printf 'Cadenza benchmark: %s connections, %s threads, %s per scenario, catalog of %s songs, %s cores\n' \
  "$CONNECTIONS" "$THREADS" "$DURATION" "${CATALOG_SONGS:-?}" "$(nproc)"
echo
printf '%-24s %10s %9s %9s %8s %9s\n' "scenario" "req/s" "p50 ms" "p99 ms" "errors" "vs /ping"
printf '%-24s %10s %9s %9s %8s %9s\n' "------------------------" "----------" "---------" "---------" "--------" "---------"
for name in "${SCENARIOS[@]}"; do
  printf '%-24s %10s %9s %9s %8s %9s\n' "${LABEL[$name]}" \
    "$(calc "printf \"%.0f\", ${RESULT[$name.rps]}")" \
    "$(calc "printf \"%.2f\", ${RESULT[$name.p50_ms]}")" \
    "$(calc "printf \"%.2f\", ${RESULT[$name.p99_ms]}")" \
    "${RESULT[$name.errors]}" "$(share_of_ping "${RESULT[$name.rps]}")"
done
if [[ -n $MAX_RSS_MB ]]; then
  printf '\nservice RSS: max %s MB under load (%s MB before), pid %s\n' "$MAX_RSS_MB" \
    "$(calc "printf \"%.0f\", ${RSS_IDLE_KB:-0} / 1024")" "$SERVICE_PID"
else
  printf '\nservice RSS: not measured (no service pid)\n'
fi
TOTAL_ERRORS=0
for name in "${SCENARIOS[@]}"; do
  TOTAL_ERRORS=$((TOTAL_ERRORS + RESULT[$name.errors]))
  if ((RESULT[$name.errors] > 0)); then
    printf 'errors in %s: %s non-2xx responses, %s connect, %s read, %s write, %s timeouts (of %s requests)\n' \
      "${LABEL[$name]}" "${RESULT[$name.non2xx]}" "${RESULT[$name.connect_errors]}" "${RESULT[$name.read_errors]}" \
      "${RESULT[$name.write_errors]}" "${RESULT[$name.timeouts]}" "${RESULT[$name.requests]}"
  fi
done

# targets: each line is STATUS, the target, what was measured
TARGET_LINES=()
MISSED=()
target() {
  local status=$1 key=$2 text=$3 measured=$4
  TARGET_LINES+=("$(printf '  %-4s  %-50s %s' "$status" "$text" "$measured")")
  [[ $status == PASS ]] || MISSED+=("$key")
}
with_errors() {
  local name
  for name in "$@"; do
    ((RESULT[$name.errors] == 0)) || return 0
  done
  return 1
}

by_id_share=$(share_of_ping "${RESULT[by_id.rps]}")
measured="$by_id_share of /ping, p99 $(calc "printf \"%.2f\", ${RESULT[by_id.p99_ms]}") ms"
if with_errors by_id; then
  target MISS by-id "get by id >= 30% of /ping, p99 <= 10 ms" "$measured, ${RESULT[by_id.errors]} errors"
elif holds "${RESULT[by_id.rps]} >= 0.30 * $PING_RPS && ${RESULT[by_id.p99_ms]} <= 10"; then
  target PASS by-id "get by id >= 30% of /ping, p99 <= 10 ms" "$measured"
else
  target MISS by-id "get by id >= 30% of /ping, p99 <= 10 ms" "$measured"
fi

for auth in by_id_bearer:auth-bearer by_id_key:auth-api-key; do
  name=${auth%%:*} key=${auth#*:}
  share=$(calc "if (${RESULT[by_id.rps]} > 0) printf \"%.1f%%\", 100 * ${RESULT[$name.rps]} / ${RESULT[by_id.rps]}; else printf \"n/a\"")
  measured="$(calc "printf \"%.0f\", ${RESULT[$name.rps]}") req/s, $share of the unauthenticated"
  if with_errors "$name"; then
    target MISS "$key" "${LABEL[$name]} >= 85% of song by id" "$measured, ${RESULT[$name.errors]} errors"
  elif holds "${RESULT[$name.rps]} >= 0.85 * ${RESULT[by_id.rps]}"; then
    target PASS "$key" "${LABEL[$name]} >= 85% of song by id" "$measured"
  else
    target MISS "$key" "${LABEL[$name]} >= 85% of song by id" "$measured"
  fi
done

measured="$(calc "printf \"%.0f\", ${RESULT[search.rps]}") req/s"
if with_errors search; then
  target MISS search "title search >= 2000 req/s" "$measured, ${RESULT[search.errors]} errors"
elif holds "${RESULT[search.rps]} >= 2000"; then
  target PASS search "title search >= 2000 req/s" "$measured"
else
  target MISS search "title search >= 2000 req/s" "$measured"
fi

deep_factor=$(calc "if (${RESULT[first_page.p50_ms]} > 0) printf \"%.2f\", ${RESULT[deep_page.p50_ms]} / ${RESULT[first_page.p50_ms]}; else printf \"n/a\"")
measured="p50 $(calc "printf \"%.2f\", ${RESULT[deep_page.p50_ms]}") ms vs $(calc "printf \"%.2f\", ${RESULT[first_page.p50_ms]}") ms (${deep_factor}x)"
if with_errors first_page deep_page; then
  target MISS deep-page "deep page p50 <= 1.5 x first page p50" "$measured, errors in the page scenarios"
elif holds "${RESULT[deep_page.p50_ms]} <= 1.5 * ${RESULT[first_page.p50_ms]}"; then
  target PASS deep-page "deep page p50 <= 1.5 x first page p50" "$measured"
else
  target MISS deep-page "deep page p50 <= 1.5 x first page p50" "$measured"
fi

if [[ -z $MAX_RSS_MB ]]; then
  target MISS rss "service max RSS < 512 MB" "not measured (no service pid: pass --pid)"
elif ((MAX_RSS_MB < 512)); then
  target PASS rss "service max RSS < 512 MB" "$MAX_RSS_MB MB"
else
  target MISS rss "service max RSS < 512 MB" "$MAX_RSS_MB MB"
fi

# ratings, likes, charts and the cache
measured="$(share_of_ping "${RESULT[likes_cached.rps]}") of /ping, p99 $(calc "printf \"%.2f\", ${RESULT[likes_cached.p99_ms]}") ms"
if with_errors likes_cached; then
  target MISS likes-cached "cached like count >= 60% of /ping" "$measured, ${RESULT[likes_cached.errors]} errors"
elif holds "${RESULT[likes_cached.rps]} >= 0.60 * $PING_RPS"; then
  target PASS likes-cached "cached like count >= 60% of /ping" "$measured"
else
  target MISS likes-cached "cached like count >= 60% of /ping" "$measured"
fi
cache_factor=$(calc "if (${RESULT[by_id_cold.rps]} > 0) printf \"%.2f\", ${RESULT[by_id.rps]} / ${RESULT[by_id_cold.rps]}; else printf \"n/a\"")
measured="$(calc "printf \"%.0f\", ${RESULT[by_id.rps]}") vs $(calc "printf \"%.0f\", ${RESULT[by_id_cold.rps]}") req/s (${cache_factor}x)"
if with_errors by_id by_id_cold; then
  target MISS cache-gain "cached song read >= 1.5 x uncached" "$measured, errors in the song scenarios"
elif holds "${RESULT[by_id.rps]} >= 1.5 * ${RESULT[by_id_cold.rps]}"; then
  target PASS cache-gain "cached song read >= 1.5 x uncached" "$measured"
else
  target MISS cache-gain "cached song read >= 1.5 x uncached" "$measured"
fi
for check in rating_page:rating-page:25 chart:chart:10; do
  name=${check%%:*} rest=${check#*:}
  key=${rest%%:*} limit=${rest#*:}
  measured="p99 $(calc "printf \"%.2f\", ${RESULT[$name.p99_ms]}") ms"
  if with_errors "$name"; then
    target MISS "$key" "${LABEL[$name]} p99 <= $limit ms" "$measured, ${RESULT[$name.errors]} errors"
  elif holds "${RESULT[$name.p99_ms]} <= $limit"; then
    target PASS "$key" "${LABEL[$name]} p99 <= $limit ms" "$measured"
  else
    target MISS "$key" "${LABEL[$name]} p99 <= $limit ms" "$measured"
  fi
done

measured="$(calc "printf \"%.0f\", ${RESULT[playlist_add.rps]}") req/s"
if with_errors playlist_add; then
  target MISS playlist-add "add a playlist entry >= 1500 req/s" "$measured, ${RESULT[playlist_add.errors]} errors"
elif holds "${RESULT[playlist_add.rps]} >= 1500"; then
  target PASS playlist-add "add a playlist entry >= 1500 req/s" "$measured"
else
  target MISS playlist-add "add a playlist entry >= 1500 req/s" "$measured"
fi
for pl in playlist_page:playlist-page playlist_list:playlist-list; do
  name=${pl%%:*} key=${pl#*:}
  measured="p99 $(calc "printf \"%.2f\", ${RESULT[$name.p99_ms]}") ms"
  if with_errors "$name"; then
    target MISS "$key" "${LABEL[$name]} p99 <= 20 ms" "$measured, ${RESULT[$name.errors]} errors"
  elif holds "${RESULT[$name.p99_ms]} <= 20"; then
    target PASS "$key" "${LABEL[$name]} p99 <= 20 ms" "$measured"
  else
    target MISS "$key" "${LABEL[$name]} p99 <= 20 ms" "$measured"
  fi
done

printf '\ntargets (%s connections):\n' "$CONNECTIONS"
printf '%s\n' "${TARGET_LINES[@]}"
MET=$((${#TARGET_LINES[@]} - ${#MISSED[@]}))
if ((${#MISSED[@]} == 0)); then
  TARGETS_CELL="$MET/${#TARGET_LINES[@]}"
else
  TARGETS_CELL="$MET/${#TARGET_LINES[@]}, missed: $(IFS=','; printf '%s' "${MISSED[*]}" | sed 's/,/, /g')"
fi
printf 'targets met: %s\n' "$TARGETS_CELL"

# ---------------------------------------------------------------------------------------------
# RESULTS.md

results_header() {
  cat <<'EOF'
# Cadenza benchmark results

One row per run of `infra/bench/bench.sh`, appended by the script itself at the end of a run (oldest
first). Rows are only ever added by real runs; nothing here is typed in by hand.

## How to reproduce

```bash
./mvnw -q package -DskipTests
infra/bench/bench.sh --start     # starts the jar on a fresh embedded database, seeds, measures, stops it
infra/bench/bench.sh             # or against a service already running on 127.0.0.1:8080 / :8081
```

Defaults: 100,000 songs and 10,000 albums seeded through the admin task `POST /tasks/seed`; wrk with
32 connections on 2 threads, a 3 s warm-up per scenario, then 20 s per scenario (rows from 2026-12-02
16:30 on: four warm-up rounds of 5 s over every scenario first); wrk and the service
share the machine. The project's machines have 2 cores and 24 GiB; the `machine` column records what
each run saw (`nproc` and total memory). See `infra/bench/README.md` for the options.

## Columns

- **date**: when the run finished, UTC. **commit**: short hash of the checked-out commit, `-dirty`
  when the work tree had local changes.
- **machine**: cores (`nproc`) and total memory. **load**: wrk connections, threads and the
  duration of each scenario.
- **songs**: songs in the catalog during the run (`page.total`).
- **/ping req/s**: requests per second of the admin `/ping`, the ceiling of this machine for a
  request that does no work.
- **by id**, **by id, Bearer**, **by id, API key**, **title search**, **first page**, **deep page**:
  `req/s (share of the /ping req/s) p50/p99 latency in ms`. The Bearer and API-key rows are the same
  requests as "by id", authenticated as a freshly registered user. The deep page is the `/api/v1/songs?limit=20` page reached by following
  `page.next` about 200 times.
- **sign-ins/s**: `POST /api/v1/auth/token` with the right password (bcrypt at the service's cost,
  12 by default), on a few connections.
- **max RSS MB**: the highest resident set size (VmRSS) of the service process, sampled every 0.25 s
  during warm-up and measurement.
- **errors**: non-2xx responses plus socket errors, all scenarios together.
- **targets**: targets met, and which were missed: `by-id` (>= 30% of /ping with p99 <= 10
  ms), `auth-bearer` and `auth-api-key` (>= 85% of the unauthenticated by-id req/s), `search` (>= 2,000 req/s), `deep-page` (p50 <= 1.5x the first page's), `rss` (< 512 MB).

## Runs

| date (UTC) | commit | machine | load | songs | /ping req/s | by id | by id, Bearer | by id, API key | title search | first page | deep page | sign-ins/s | max RSS MB | errors | targets | note |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
EOF
}

cell() {
  local name=$1
  calc "printf \"%.0f (%.0f%%) %.2f/%.2f\", ${RESULT[$name.rps]}, ($PING_RPS > 0 ? 100 * ${RESULT[$name.rps]} / $PING_RPS : 0), ${RESULT[$name.p50_ms]}, ${RESULT[$name.p99_ms]}"
  if [[ ${RESULT[$name.errors]:-0} != 0 ]]; then printf ', %s errors' "${RESULT[$name.errors]}"; fi
}

markdown_text() {
  local text=$1
  text=${text//$'\n'/ }
  printf '%s' "${text//|/\\|}"
}

if ((RECORD)); then
  commit="n/a"
  if git -C "$ROOT_DIR" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    commit=$(git -C "$ROOT_DIR" rev-parse --short HEAD 2>/dev/null || printf 'none')
    if [[ -n $(git -C "$ROOT_DIR" status --porcelain -- . ":(exclude)infra/bench/RESULTS.md" 2>/dev/null) ]]; then
      commit="$commit-dirty"
    fi
  fi
  memory=$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
  notes=("${AUTO_NOTES[@]+"${AUTO_NOTES[@]}"}")
  if [[ -n $NOTE ]]; then notes+=("$NOTE"); fi
  note_cell=$(IFS=';'; printf '%s' "${notes[*]+"${notes[*]}"}" | sed 's/;/; /g')
  row=$(printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |' \
    "$(date -u '+%Y-%m-%d %H:%M')" "$commit" "$(nproc) cores, $memory" \
    "${CONNECTIONS} conn, ${THREADS} thr, ${DURATION}" "${CATALOG_SONGS:-?}" \
    "$(calc "printf \"%.0f\", $PING_RPS")" "$(cell by_id)" "$(cell by_id_bearer)" "$(cell by_id_key)" \
    "$(cell search)" "$(cell first_page)" "$(cell deep_page)" \
    "$(calc "printf \"%.1f (p50 %.0f ms, %s conn)\", ${RESULT[login.rps]}, ${RESULT[login.p50_ms]}, $LOGIN_CONNECTIONS")" \
    "${MAX_RSS_MB:-n/a}" "$TOTAL_ERRORS" "$(markdown_text "$TARGETS_CELL")" "$(markdown_text "$note_cell")")
  if [[ ! -s $RESULTS_FILE ]]; then
    results_header >"$RESULTS_FILE"
  fi
  printf '%s\n' "$row" >>"$RESULTS_FILE"
  log "appended a row to $RESULTS_FILE"
  if [[ ! -s $RATINGS_RESULTS_FILE ]]; then
    cat >"$RATINGS_RESULTS_FILE" <<'RATINGSEOF'
# Cadenza benchmark results: ratings, likes, charts and the cache

Rows appended by `infra/bench/bench.sh` beside those of `RESULTS.md` (same run, same date and
commit), for the scenarios of the ratings work: a cached like count (`GET /api/v1/songs/{id}/likes`
over the sample ids), the song read with a cold cache (every id read once), the first page of
`/api/v1/songs?sort=rating` and the song chart by rating. Cells: `req/s (share of /ping) p50/p99 ms`.
`cache` says which cache the service ran with. Targets: like count >= 60% of /ping; cached song read
>= 1.5x the uncached; rating page p99 <= 25 ms; chart p99 <= 10 ms.

| date (UTC) | commit | cache | songs | ratings seeded | /ping req/s | like count (cached) | song by id (cached) | song by id (uncached) | page by rating | chart | targets |
|---|---|---|---|---|---|---|---|---|---|---|---|
RATINGSEOF
  fi
  # /status names the in-process cache; Redis shows as its state (up, degraded)
  cache_kind=$("${CURL[@]}" "$BASE_URL/status" | python3 -c 'import json, sys
state = json.load(sys.stdin)["dependencies"].get("cache", "?")
print(state if state in ("in-process", "none", "?") else "redis (%s)" % state)' || printf '?')
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$(date -u '+%Y-%m-%d %H:%M')" "$commit" \
    "$cache_kind" "${CATALOG_SONGS:-?}" "$RATINGS" "$(calc "printf \"%.0f\", $PING_RPS")" "$(cell likes_cached)" \
    "$(cell by_id)" "$(cell by_id_cold)" "$(cell rating_page)" "$(cell chart)" "$(markdown_text "$TARGETS_CELL")" \
    >>"$RATINGS_RESULTS_FILE"
  log "appended a row to $RATINGS_RESULTS_FILE"
  if [[ ! -s $PLAYLISTS_RESULTS_FILE ]]; then
    cat >"$PLAYLISTS_RESULTS_FILE" <<'PLAYLISTSEOF'
# Cadenza benchmark results: playlists

Rows appended by `infra/bench/bench.sh` beside those of `RESULTS.md` (same run, same date and
commit), for the playlist scenarios, all authenticated with a Bearer token of an account the script
registers: adding one entry at the end of a playlist (`POST /api/v1/playlists/{id}/entries`, with
its activity row; all connections add to one playlist, moving on to a fresh one after 9,000 adds,
as a playlist holds at most 10,000 entries), a page of 100 entries about half-way through
a 5,000-entry playlist (reached by following `page.next`), and the caller's playlist list
(`GET /api/v1/playlists`) with 200 playlists. Cells: `req/s (share of /ping) p50/p99 ms`.
Targets: add >= 1,500 req/s; page p99 <= 20 ms; list p99 <= 20 ms.

| date (UTC) | commit | songs | /ping req/s | add an entry | 100 entries of 5,000 | my 200 playlists | targets |
|---|---|---|---|---|---|---|---|
PLAYLISTSEOF
  fi
  printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$(date -u '+%Y-%m-%d %H:%M')" "$commit" \
    "${CATALOG_SONGS:-?}" "$(calc "printf \"%.0f\", $PING_RPS")" "$(cell playlist_add)" "$(cell playlist_page)" \
    "$(cell playlist_list)" "$(markdown_text "$TARGETS_CELL")" >>"$PLAYLISTS_RESULTS_FILE"
  log "appended a row to $PLAYLISTS_RESULTS_FILE"
fi

if ((FAIL_ON_MISS)) && ((${#MISSED[@]} > 0)); then
  exit 3
fi
exit 0
