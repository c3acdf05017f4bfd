#!/bin/bash
set -euo pipefail
for attempt in $(seq 1 20); do
  if curl -fsS http://localhost:8080/health > /dev/null; then
    exit 0
  fi
  sleep 3
done
echo "the server did not answer on :8080/health" >&2
exit 1
