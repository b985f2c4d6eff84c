#!/usr/bin/env bash
# Renders every HTML report in a folder with headless Chromium, as a reader
# would see it: a PNG screenshot of the page in a 1280-pixel-wide window, and
# a PDF printed on A4. Fails on the first report Chromium cannot render: a
# non-zero exit, no output, or output that is not a PNG or a PDF (checked with
# pdfinfo when poppler-utils is installed).
#
#   scripts/render-reports.sh REPORTS_DIR [OUTPUT_DIR]
#
# OUTPUT_DIR defaults to REPORTS_DIR/rendered. Chromium runs with
# --no-sandbox, which it needs when run as root (as in CI).
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: $0 REPORTS_DIR [OUTPUT_DIR]" >&2
  exit 64
fi
reports=$(cd "$1" && pwd)
out=${2:-$reports/rendered}
mkdir -p "$out"
out=$(cd "$out" && pwd)

chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ]; then
  echo "error: headless Chromium is not installed; install the Debian package 'chromium' (apt-get install chromium)" >&2
  exit 1
fi
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

shopt -s nullglob
pages=("$reports"/*.html)
if [ ${#pages[@]} -eq 0 ]; then
  echo "error: no HTML report in $reports; make some with 'ospo demo' or 'ospo report'" >&2
  exit 1
fi

run_chromium() { # log, then Chromium's arguments
  local log=$1; shift
  if ! timeout 180 "$chromium" --headless --no-sandbox --disable-gpu --no-first-run --no-default-browser-check \
      --user-data-dir="$profile" "$@" > "$log" 2>&1; then
    echo "error: Chromium failed:" >&2
    tail -n 20 "$log" >&2
    return 1
  fi
}

failed=0
for page in "${pages[@]}"; do
  name=$(basename "$page" .html)
  png="$out/$name.png" pdf="$out/$name.pdf" log="$out/$name.log"
  rm -f "$png" "$pdf"
  if ! run_chromium "$log" --hide-scrollbars --window-size=1280,1600 --screenshot="$png" "file://$page"; then
    echo "FAIL $name: no screenshot" >&2; failed=1; continue
  fi
  if [ ! -s "$png" ] || [ "$(head -c 4 "$png" | tail -c 3)" != "PNG" ]; then
    echo "FAIL $name: $png is not a PNG image" >&2; failed=1; continue
  fi
  if ! run_chromium "$log" --no-pdf-header-footer --print-to-pdf="$pdf" "file://$page"; then
    echo "FAIL $name: not printed to PDF" >&2; failed=1; continue
  fi
  if [ ! -s "$pdf" ] || [ "$(head -c 4 "$pdf")" != "%PDF" ]; then
    echo "FAIL $name: $pdf is not a PDF" >&2; failed=1; continue
  fi
  count="?"
  if command -v pdfinfo > /dev/null; then
    if ! count=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }') || [ -z "$count" ]; then
      echo "FAIL $name: pdfinfo cannot read $pdf" >&2; failed=1; continue
    fi
  fi
  rm -f "$log"
  echo "ok   $name: $(basename "$png"), $(basename "$pdf") ($count A4 pages)"
done
if [ $failed -ne 0 ]; then
  echo "some reports could not be rendered; see the messages above" >&2
  exit 1
fi
echo "rendered ${#pages[@]} reports to PNG and PDF in $out"
