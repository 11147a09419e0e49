#!/usr/bin/env bash
# Renders every overlay (kubectl kustomize) and validates the result offline against the Kubernetes and the Strimzi,
# KEDA and CloudNativePG schemas, and the event contract's AsyncAPI document (served by every service) against the
# AsyncAPI specification's schema. The schemas come from npm packages pinned in validate/package-lock.json,
# installed on first use. Exit 0 only when everything rendered and is valid. Needs kubectl, node and npm.
set -euo pipefail
DEPLOY=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
VALIDATOR="$DEPLOY/validate"

for tool in kubectl node npm; do
  command -v "$tool" >/dev/null || { echo "validate.sh: $tool is not installed" >&2; exit 2; }
done
if [ ! -d "$VALIDATOR/node_modules" ] || [ "$VALIDATOR/package-lock.json" -nt "$VALIDATOR/node_modules" ]; then
  # the packages want node >= 22 but work on 20: keep the engine warnings out of the way
  (cd "$VALIDATOR" && npm ci --no-audit --no-fund --loglevel=error >&2)
  touch "$VALIDATOR/node_modules"
fi

rendered=$(mktemp -d)
trap 'rm -rf "$rendered"' EXIT
for overlay in "$DEPLOY"/overlays/*/; do
  name=$(basename "$overlay")
  kubectl kustomize "$overlay" > "$rendered/$name.yaml"
done
(cd "$rendered" && node "$VALIDATOR/validate.mjs" *.yaml)
node "$VALIDATOR/asyncapi.mjs" "$DEPLOY/../contract/src/main/resources/asyncapi.yaml"
