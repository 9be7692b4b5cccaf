#!/bin/sh
# Renders slides of an exported story (PPTX) to PNG with LibreOffice, to look at them without
# PowerPoint: scripts/render-story-slides.sh test-results/story.pptx OUT_DIR [FIRST LAST]
# Needs Debian's libreoffice-impress and poppler-utils; without Microsoft YaHei, LibreOffice substitutes
# a Chinese font of the system (fonts-wqy-microhei here).
set -eu
deck=$1
out=$2
first=${3:-1}
last=${4:-2}
mkdir -p "$out"
work=$(mktemp -d)
soffice --headless --norestore -env:UserInstallation=file://"$work"/profile --convert-to pdf --outdir "$work" "$deck" >/dev/null
pdftoppm -r "${DPI:-96}" -png -f "$first" -l "$last" "$work"/"$(basename "${deck%.*}")".pdf "$out"/slide
rm -rf "$work"
ls -l "$out"
