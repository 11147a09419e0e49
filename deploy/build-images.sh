#!/usr/bin/env bash
# Builds the three service images with Jib (no Docker daemon: the layers go straight to the registry) and pushes
# them as REGISTRY/GROUP/<service>:TAG.
#   REGISTRY=ghcr.io GROUP=your-org TAG=0.1.0 deploy/build-images.sh
#   REGISTRY=localhost:5001 INSECURE=true deploy/build-images.sh      # a local plain-HTTP registry (kind, k3d)
# Credentials: those of `docker login`/`podman login` (~/.docker/config.json), or QUARKUS_CONTAINER_IMAGE_USERNAME
# and QUARKUS_CONTAINER_IMAGE_PASSWORD.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SERVICES=(ingest-service extract-service query-service)
: "${REGISTRY:?set REGISTRY, the registry host (and port) to push to}"
GROUP=${GROUP:-zhibiao}
TAG=${TAG:-$("$ROOT/mvnw" -q -f "$ROOT/pom.xml" help:evaluate -Dexpression=project.version -DforceStdout)}

for service in "${SERVICES[@]}"; do
  grep -q quarkus-container-image-jib "$ROOT/$service/pom.xml" \
    || { echo "build-images.sh: $service/pom.xml lacks the io.quarkus:quarkus-container-image-jib dependency" >&2; exit 1; }
done

modules=$(IFS=,; echo "${SERVICES[*]}")
"$ROOT/mvnw" -B -f "$ROOT/pom.xml" package -DskipTests -pl "$modules" -am \
  -Dquarkus.container-image.build=true \
  -Dquarkus.container-image.push=true \
  -Dquarkus.container-image.registry="$REGISTRY" \
  -Dquarkus.container-image.group="$GROUP" \
  -Dquarkus.container-image.tag="$TAG" \
  -Dquarkus.container-image.insecure="${INSECURE:-false}"
for service in "${SERVICES[@]}"; do
  echo "pushed $REGISTRY/$GROUP/$service:$TAG"
done
