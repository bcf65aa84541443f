#!/usr/bin/env bash
# Draws the app icon (red rounded square, yellow star, "ĐV") with ImageMagick 6 and writes
#   dangvu.png (256 px, Linux) and dangvu.ico (16/24/32/48/64/128/256 px, Windows).
# The outputs are committed; rerun only to change the design:  bash installer/icons/make-icons.sh
set -euo pipefail
cd "$(dirname "$0")"
font=${ICON_FONT:-/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf}

# five-pointed star, centre (128,92), outer radius 58, inner radius 23
star=$(awk 'BEGIN { pi = atan2(0, -1); s = "";
  for (i = 0; i < 10; i++) { r = (i % 2 == 0) ? 58 : 23; a = -pi / 2 + i * pi / 5;
    s = s sprintf("%.1f,%.1f ", 128 + r * cos(a), 92 + r * sin(a)) }
  print s }')

convert -size 256x256 xc:none \
  -fill '#C8102E' -draw 'roundrectangle 8,8 247,247 44,44' \
  -fill '#FFD700' -draw "polygon $star" \
  -font "$font" -pointsize 78 -fill '#FFD700' -gravity south -annotate +0+22 'ĐV' \
  -strip dangvu.png

convert dangvu.png -define icon:auto-resize=256,128,64,48,32,24,16 dangvu.ico
ls -l dangvu.png dangvu.ico
