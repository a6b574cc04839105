#!/usr/bin/env bash
# Destroys a Cadenza deployment made with deploy.sh. The database's deletion protection and the
# bucket's object guard are lifted first (an apply with db_deletion_protection=false and
# storage_force_destroy=true), then everything is destroyed. RDS keeps a final snapshot
# (<name>-<environment>-db-final); deleted secrets stay restorable for their recovery window.
# See infra/README.md ("AWS with OpenTofu").
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
VAR_FILE="${CADENZA_TF_VAR_FILE:-}"
YES=0
PURGE_SECRETS=0

usage() {
  cat <<USAGE
Usage: infra/opentofu/teardown.sh [options]

  --var-file FILE    the variables file the deployment was made with (default: terraform.tfvars)
  --purge-secrets    delete the secrets at once instead of after their recovery window
  --yes              do not ask (for automation)
  -h, --help         this text

Environment: TOFU (default tofu, or terraform when tofu is missing), CADENZA_TF_VAR_FILE.
USAGE
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --var-file) VAR_FILE="${2:?--var-file needs a file}"; shift 2 ;;
    --purge-secrets) PURGE_SECRETS=1; shift ;;
    --yes) YES=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
done

TOFU="${TOFU:-}"
if [[ -z "$TOFU" ]]; then
  if command -v tofu >/dev/null 2>&1; then TOFU=tofu
  elif command -v terraform >/dev/null 2>&1; then TOFU=terraform
  else echo "OpenTofu is not installed" >&2; exit 2
  fi
fi

if [[ -z "$VAR_FILE" && -f "$HERE/terraform.tfvars" ]]; then
  VAR_FILE="$HERE/terraform.tfvars"
fi
args=()
if [[ -n "$VAR_FILE" ]]; then
  [[ -f "$VAR_FILE" ]] || { echo "no variables file $VAR_FILE" >&2; exit 2; }
  args+=("-var-file=$(cd "$(dirname "$VAR_FILE")" && pwd)/$(basename "$VAR_FILE")")
fi
args+=("-var=db_deletion_protection=false" "-var=storage_force_destroy=true")
(( PURGE_SECRETS )) && args+=("-var=secret_recovery_window_days=0")

cd "$HERE"
"$TOFU" init -input=false -reconfigure >/dev/null
if (( ! YES )); then
  echo "This destroys the deployment in this state: $("$TOFU" output -raw service_url 2>/dev/null || echo '(no outputs)')"
  read -r -p "Type 'destroy' to go on: " answer
  [[ "$answer" == "destroy" ]] || { echo "nothing destroyed"; exit 1; }
fi

# 1. lift the guards (only the modules that hold them), 2. destroy everything.
"$TOFU" apply -input=false -auto-approve "${args[@]}" \
  -target=module.database -target=module.storage -target=module.secrets
"$TOFU" destroy -input=false -auto-approve "${args[@]}"
echo "destroyed; the database's final snapshot is kept until you delete it"
