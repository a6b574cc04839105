#!/bin/sh
# Starts the service with the container JVM flags from JAVA_OPTS. exec replaces the shell, so java
# runs as PID 1 and receives SIGTERM itself (Dropwizard then shuts down gracefully).
set -eu
# shellcheck disable=SC2086 # JAVA_OPTS is a list of flags
exec java ${JAVA_OPTS:-} -jar /opt/cadenza/cadenza.jar "$@"
