#!/usr/bin/env bash
# Deploys (or updates) Cadenza on AWS with OpenTofu: init, plan into a file, show it, apply it.
# Credentials come from the usual AWS environment (AWS_PROFILE, AWS_ACCESS_KEY_ID/..., SSO).
# See infra/README.md ("AWS with OpenTofu").
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
VAR_FILE="${CADENZA_TF_VAR_FILE:-}"
IMAGE=""
AUTO_APPROVE=0
PLAN_ONLY=0

usage() {
  cat <<USAGE
Usage: infra/opentofu/deploy.sh [options]

  --var-file FILE   variables file (default: terraform.tfvars beside this script, if present)
  --image IMAGE     container image to deploy (sets container_image; a new one rolls the instances)
  --plan-only       stop after the plan
  --auto-approve    apply without asking
  -h, --help        this text

Environment: TOFU (the binary; default tofu, or terraform when tofu is missing),
CADENZA_TF_VAR_FILE (same as --var-file). Any TF_VAR_name variable sets that variable.
USAGE
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --var-file) VAR_FILE="${2:?--var-file needs a file}"; shift 2 ;;
    --image) IMAGE="${2:?--image needs an image}"; shift 2 ;;
    --plan-only) PLAN_ONLY=1; shift ;;
    --auto-approve) AUTO_APPROVE=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
done

TOFU="${TOFU:-}"
if [[ -z "$TOFU" ]]; then
  if command -v tofu >/dev/null 2>&1; then TOFU=tofu
  elif command -v terraform >/dev/null 2>&1; then TOFU=terraform
  else echo "OpenTofu is not installed (https://opentofu.org/docs/intro/install/)" >&2; exit 2
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
[[ -n "$IMAGE" ]] && args+=("-var=container_image=$IMAGE")

if command -v aws >/dev/null 2>&1; then
  aws sts get-caller-identity --query 'Arn' --output text >/dev/null \
    || { echo "no AWS credentials: set AWS_PROFILE or log in first" >&2; exit 2; }
fi

cd "$HERE"
"$TOFU" init -input=false -reconfigure
"$TOFU" validate
"$TOFU" plan -input=false "${args[@]}" -out=cadenza.tfplan
if (( PLAN_ONLY )); then
  echo "plan written to $HERE/cadenza.tfplan (not applied)"
  exit 0
fi
if (( ! AUTO_APPROVE )); then
  read -r -p "Apply this plan? Type 'yes': " answer
  [[ "$answer" == "yes" ]] || { echo "not applied"; exit 1; }
fi
"$TOFU" apply -input=false cadenza.tfplan
rm -f cadenza.tfplan
"$TOFU" output
