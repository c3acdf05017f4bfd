#!/bin/bash
cd /var/www/shop
nohup python3 -m http.server 8080 &
