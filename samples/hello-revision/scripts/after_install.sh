#!/bin/bash
echo "$LIFECYCLE_EVENT: the files are in place"
