#!/usr/bin/env bash
# Renders every page of every leaflet PDF of a built site to PNG, so a person can look at them.
# usage: tests/render-leaflets.sh [PUBLIC_DIR] [OUT_DIR] [DPI]   (needs poppler-utils)
set -euo pipefail
public="${1:-public}"
out="${2:-target/leaflet-pictures}"
dpi="${3:-60}"
mkdir -p "$out"
find "$public" -path '*/leaflets/*.pdf' | sort | while read -r pdf; do
  name="$(echo "${pdf#"$public"/}" | tr / _)"
  pdftoppm -r "$dpi" -png "$pdf" "$out/${name%.pdf}"
done
echo "pictures in $out: $(find "$out" -name '*.png' | wc -l)"
