#!/usr/bin/env bash
# Renders the application icon at every size the package installs.
set -euo pipefail
cd "$(dirname "$0")"
for s in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$s" -h "$s" ../../resources/icons/sonde.svg -o "sonde-$s.png"
done
