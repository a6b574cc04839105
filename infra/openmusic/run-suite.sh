#!/usr/bin/env bash
# Runs the public OpenMusic API v3 acceptance suite (../shared/peers/openmusic, run from there, never
# copied) with newman against the service jar, on a fresh embedded database with the OpenMusic
# adapter enabled, twice in a row on the same database (the suite cleans up after itself).
# Usage: infra/openmusic/run-suite.sh   (after ./mvnw package; the jar is bootstrap/target/cadenza.jar)
# Env: OPENMUSIC_SUITE_DIR (default ../shared/peers/openmusic beside the project),
#      OPENMUSIC_PORT (default 18590), OPENMUSIC_RUNS (default 2).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
suite=${OPENMUSIC_SUITE_DIR:-$root/../shared/peers/openmusic}
port=${OPENMUSIC_PORT:-18590}
admin_port=$((port + 1))
runs=${OPENMUSIC_RUNS:-2}
jar=$root/bootstrap/target/cadenza.jar

[ -f "$jar" ] || { echo "no $jar: run ./mvnw package first" >&2; exit 1; }
[ -d "$suite" ] || { echo "no OpenMusic suite at $suite" >&2; exit 1; }
collection="$suite/Open Music API V3 Test.postman_collection.json"
environment="$suite/OpenMusic API Test.postman_environment.json"

# newman, at the version pinned in package-lock.json
(cd infra/openmusic && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
newman=$root/infra/openmusic/node_modules/.bin/newman

data=$(mktemp -d "${TMPDIR:-/tmp}/cadenza-openmusic.XXXXXX")
log=$data/service.log
cleanup() {
  if [ -n "${pid:-}" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -rf "$data"
}
trap cleanup EXIT

echo "starting the service on :$port (OpenMusic adapter at /openmusic, fresh embedded database)"
CADENZA_DATA_DIR=$data/data CADENZA_HTTP_PORT=$port CADENZA_ADMIN_PORT=$admin_port \
  CADENZA_DATABASE_URL=embedded CADENZA_REDIS_URL= CADENZA_OPENMUSIC_ENABLED=true \
  CADENZA_EXPORT_POLL_INTERVAL="200 milliseconds" CADENZA_LOG_LEVEL=WARN \
  java -Xmx512m -jar "$jar" server >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 180); do
  if curl -fsS "http://127.0.0.1:$admin_port/healthcheck" >/dev/null 2>&1; then break; fi
  kill -0 "$pid" 2>/dev/null || { echo "the service exited:" >&2; tail -50 "$log" >&2; exit 1; }
  sleep 1
done
curl -fsS "http://127.0.0.1:$admin_port/ping" >/dev/null || { echo "the service did not start" >&2; tail -50 "$log" >&2; exit 1; }

for run in $(seq 1 "$runs"); do
  echo "OpenMusic v3 suite, run $run of $runs"
  if ! "$newman" run "$collection" -e "$environment" --env-var "port=$port/openmusic" \
      --working-dir "$suite/fixtures" --reporters cli --color off --disable-unicode; then
    echo "OpenMusic v3 suite failed on run $run" >&2
    tail -30 "$log" >&2
    exit 1
  fi
done
echo "OpenMusic v3 suite passed $runs times"
