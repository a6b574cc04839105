#!/usr/bin/env bash
# The multi-instance chaos check, run by .ci/run: starts the local cluster (3 instances behind
# nginx, fresh database), drives a mixed read/write workload through nginx, SIGKILLs instance 2
# halfway and restarts it, verifies durability, error budget, cross-instance reads and rejoin
# (chaos_check.py), and stops everything again, also on failure or Ctrl-C.
# Needs: a built jar (./mvnw -q -B -ntp package -DskipTests), java, python3, curl, psql, nginx
# (installed by cluster.sh when missing and running as root), PostgreSQL on PGHOST:PGPORT.
# See infra/README.md ("Local cluster" and "Chaos check").
set -euo pipefail
export LC_ALL=C

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

DURATION="${CHAOS_DURATION:-40}"
THREADS="${CHAOS_THREADS:-6}"
VICTIM="${CHAOS_VICTIM:-2}"

# A run directory of its own, unless one is given; removed afterwards when the check passes.
OWN_RUN_DIR=0
if [[ -z "${CADENZA_CLUSTER_DIR:-}" ]]; then
  CADENZA_CLUSTER_DIR="$(mktemp -d "${TMPDIR:-/tmp}/cadenza-chaos.XXXXXX")"
  OWN_RUN_DIR=1
fi
export CADENZA_CLUSTER_DIR
export CADENZA_CLUSTER_DB="${CADENZA_CLUSTER_DB:-cadenza_cluster}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"

# Once catalog writes need a curator or admin: without CHAOS_AUTH_HEADER, let the cluster create
# a first admin with a password made up for this run (never written to a file), and let the
# driver log in as it. Services without the identity endpoints ignore both.
if [[ -z "${CHAOS_AUTH_HEADER:-}" && -z "${CHAOS_USERNAME:-}" && -z "${CADENZA_ADMIN_USERNAME:-}" ]]; then
  export CADENZA_ADMIN_USERNAME="chaos-admin"
  CADENZA_ADMIN_PASSWORD="$(head -c 18 /dev/urandom | base64 | tr -d '/+=\n')"
  export CADENZA_ADMIN_PASSWORD
  export CHAOS_USERNAME="$CADENZA_ADMIN_USERNAME" CHAOS_PASSWORD="$CADENZA_ADMIN_PASSWORD"
fi

CLUSTER="$HERE/cluster.sh"
status=1
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  "$CLUSTER" stop || true
  # The closing line: how many of the driver's checks passed (none ran if the cluster did not start).
  local counts
  counts=$(python3 -c 'import json, sys; s = json.load(open(sys.argv[1])); print(s["passed"], s["failed"])' \
    "$CADENZA_CLUSTER_DIR/summary.json" 2>/dev/null || echo "0 1")
  if (( status == 0 && OWN_RUN_DIR == 1 )); then
    rm -rf "$CADENZA_CLUSTER_DIR"
  else
    echo "[chaos] logs kept in $CADENZA_CLUSTER_DIR" >&2
  fi
  echo "chaos-check: ${counts% *} passed, ${counts#* } failed"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

started=$SECONDS
"$CLUSTER" start --fresh-db >"$CADENZA_CLUSTER_DIR/urls.env"
# shellcheck disable=SC1091
source "$CADENZA_CLUSTER_DIR/urls.env"
echo "[chaos] cluster up in $((SECONDS - started))s"

instances="${CADENZA_CLUSTER_INSTANCES:-3}"
args=(--lb "$LB_URL" --database "$CADENZA_CLUSTER_DB" --duration "$DURATION" --threads "$THREADS"
      --victim "$VICTIM" --victim-pid-file "$CADENZA_CLUSTER_DIR/instance-$VICTIM/pid"
      "--victim-marker=-Dcadenza-cluster-instance=$VICTIM"
      --restart-command "$(printf '%q ' "$CLUSTER" start-instance "$VICTIM")"
      --summary "$CADENZA_CLUSTER_DIR/summary.json")
for ((n = 1; n <= instances; n++)); do
  app="APP_URL_$n" admin="ADMIN_URL_$n"
  args+=(--app "${!app}" --admin "${!admin}")
done

set +e
python3 "$HERE/chaos_check.py" "${args[@]}"
status=$?
set -e
echo "[chaos] finished in $((SECONDS - started))s"
exit "$status"
