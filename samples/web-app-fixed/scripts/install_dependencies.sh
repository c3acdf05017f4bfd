#!/bin/bash
set -euo pipefail
apt-get update -qq
apt-get install -y -qq nginx > /dev/null
