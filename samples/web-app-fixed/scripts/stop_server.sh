#!/bin/bash
# ApplicationStop: runs from the revision installed before this one (the agent's rule), so keep it tolerant.
set -euo pipefail
if systemctl is-active --quiet web-app; then
  systemctl stop web-app
fi
