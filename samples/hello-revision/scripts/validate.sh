#!/bin/bash
echo "$LIFECYCLE_EVENT: checking the page"
