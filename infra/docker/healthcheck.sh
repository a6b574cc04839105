#!/bin/bash
# Container health: GET /healthcheck on the admin port must answer 200. bash's /dev/tcp keeps the
# runtime image free of curl and wget.
set -eu
port="${CADENZA_ADMIN_PORT:-8081}"
exec 3<>"/dev/tcp/127.0.0.1/${port}"
printf 'GET /healthcheck HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3
IFS= read -r -t 5 status <&3
exec 3<&-
case "$status" in
  "HTTP/1."?" 200 "*) exit 0 ;;
  *) echo "unhealthy: ${status:-no answer}" >&2; exit 1 ;;
esac
