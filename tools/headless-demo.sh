#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `make run` on a machine with no display: export the embedded story as images and say where.
set -euo pipefail
bin=${1:?usage: headless-demo.sh CHRONOSCOPE_BINARY OUT_DIR}
out=${2:?usage: headless-demo.sh CHRONOSCOPE_BINARY OUT_DIR}
mkdir -p "$out"
export QT_QPA_PLATFORM=offscreen
echo "No display found: exporting the embedded dataset instead of opening the window."
"$bin" export --view timeline --size 1600x900 -o "$out/timeline.png"
"$bin" export --view timeline --size 1600x900 --lang zh -o "$out/timeline-zh.png"
"$bin" export --view chart:similarweb-share --size 1600x900 -o "$out/usage-share.png"
"$bin" export --view report --size 1600x1200 -o "$out/report.pdf"
"$bin" export --view timeline --size 1600x900 -o "$out/timeline.svg"
echo
echo "Images are in $(cd "$out" && pwd):"
ls -1 "$out" | sed 's/^/  /'
echo "To open the window instead, run: $bin   (needs a display, e.g. xvfb-run $bin)"
