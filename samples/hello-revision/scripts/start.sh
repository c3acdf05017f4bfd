#!/bin/bash
echo "$LIFECYCLE_EVENT: starting (nothing to start in this sample)"
