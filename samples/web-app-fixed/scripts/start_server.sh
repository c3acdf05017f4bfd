#!/bin/bash
# Runs as www-data. The server is started in the background with all three standard streams redirected, so the
# agent's pipes close when this script ends and the deployment goes on.
set -euo pipefail
cd /var/www/web-app
nohup ./bin/server --port 8080 > /var/www/web-app/server.log 2>&1 < /dev/null &
echo $! > /var/www/web-app/server.pid
