#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Screenshots of the main window for docs/: English and Chinese, light and dark.
# Usage: tools/window-screenshots.sh [BINARY] [OUT_DIR]   (needs xvfb-run and ImageMagick)
# Each run gets a fresh settings directory; the language comes from the locale (as for a
# user who never chose one) and the theme from the settings file (ui/theme).
set -eu
BIN=${1:-build/app/chronoscope}
OUT=${2:-docs/images}
W=1600
H=1000
mkdir -p "$OUT"
for lang in en zh; do
    for theme in light dark; do
        cfg=$(mktemp -d)
        mkdir -p "$cfg/Chronoscope"
        printf '[ui]\ntheme=%s\n' "$theme" > "$cfg/Chronoscope/chronoscope.conf"
        locale=en_US.UTF-8
        [ "$lang" = zh ] && locale=zh_CN.UTF-8
        shot="$OUT/window-$lang-$theme.png"
        XDG_CONFIG_HOME="$cfg" LANG="$locale" LC_ALL="$locale" LANGUAGE= \
        CHRONOSCOPE_WINDOW_GEOMETRY="${W}x${H}+0+0" \
            xvfb-run -a -s "-screen 0 ${W}x${H}x24" sh -c \
            "\"$BIN\" & pid=\$!; sleep \${SHOT_DELAY:-6}; import -window root \"$shot.tmp.png\"; kill \$pid" 
        # 8-bit palette PNG keeps each picture small enough for the docs.
        convert "$shot.tmp.png" -strip -dither None -colors 160 PNG8:"$shot"
        rm -f "$shot.tmp.png"
        rm -rf "$cfg"
        echo "$shot: $(du -k "$shot" | cut -f1) KB"
    done
done
