#!/bin/bash
# Container health, two modes:
#   healthcheck.sh [server]            GET /healthcheck on the admin port must answer 200 (the API,
#                                      `server`). bash's /dev/tcp keeps the image free of curl/wget.
#   healthcheck.sh worker [MAX_AGE]    the `worker` command has no HTTP or admin port: its heartbeat
#                                      file $CADENZA_DATA_DIR/worker.heartbeat, touched every 10 s
#                                      while it runs, must be younger than MAX_AGE seconds (60).
set -eu

server() {
  local port="${CADENZA_ADMIN_PORT:-8081}" status
  exec 3<>"/dev/tcp/127.0.0.1/${port}"
  printf 'GET /healthcheck HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3
  IFS= read -r -t 5 status <&3
  exec 3<&-
  case "$status" in
    "HTTP/1."?" 200 "*) exit 0 ;;
    *) echo "unhealthy: ${status:-no answer}" >&2; exit 1 ;;
  esac
}

worker() {
  local file="${CADENZA_DATA_DIR:-/var/lib/cadenza}/worker.heartbeat" max_age="${1:-60}" modified age
  if [[ ! "$max_age" =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: healthcheck.sh worker [MAX_AGE seconds > 0]" >&2
    exit 2
  fi
  if ! modified=$(stat -c %Y -- "$file" 2>/dev/null); then
    echo "unhealthy: no heartbeat file $file" >&2
    exit 1
  fi
  age=$(( $(date +%s) - modified ))
  if (( age < max_age )); then
    exit 0
  fi
  echo "unhealthy: heartbeat ${age}s old (limit ${max_age}s)" >&2
  exit 1
}

case "${1:-server}" in
  server) server ;;
  worker) worker "${2:-}" ;;
  *) echo "usage: healthcheck.sh [server | worker [MAX_AGE]]" >&2; exit 2 ;;
esac
