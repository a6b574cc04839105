#!/bin/sh
# Starts the service with the container JVM flags from JAVA_OPTS. exec replaces the shell, so java
# runs as PID 1 and receives SIGTERM itself (Dropwizard then shuts down gracefully).
set -eu
# `worker` proves it is alive by touching $CADENZA_DATA_DIR/worker.heartbeat (healthcheck.sh worker).
# A heartbeat left in a reused data volume by an earlier container must not count for this one.
if [ "${1:-}" = worker ]; then
  rm -f "${CADENZA_DATA_DIR:-/var/lib/cadenza}/worker.heartbeat" || true
fi
# shellcheck disable=SC2086 # JAVA_OPTS is a list of flags
exec java ${JAVA_OPTS:-} -jar /opt/cadenza/cadenza.jar "$@"
