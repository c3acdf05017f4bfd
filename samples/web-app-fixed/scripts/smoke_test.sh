#!/bin/bash
set -euo pipefail
curl -fsS http://localhost:8080/ | grep -q "<title>"
