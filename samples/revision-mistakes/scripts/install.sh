#!/bin/bash
set -euo pipefail
chown -R www-data /var/www/shop
