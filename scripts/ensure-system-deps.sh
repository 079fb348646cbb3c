#!/bin/sh
# Installs what the PDF renderer needs from Debian's packages, when it is missing:
# Pango (WeasyPrint's text layout), HarfBuzz-Subset (font subsetting, which WeasyPrint
# warns it will require) and a Times-New-Roman-metric font (Liberation Serif).
# Tesseract with its Vietnamese model reads scanned PDFs and photos of pages (OCR);
# Chromium runs the browser tests of the web workspace.
# Without root or apt-get it only warns: the report still renders, with another serif font,
# and scans are skipped with a warning naming each one.
set -u

need=""
if ! ldconfig -p 2>/dev/null | grep -q 'libpango-1.0.so'; then
  need="$need libpango-1.0-0 libpangoft2-1.0-0"
fi
if ! ldconfig -p 2>/dev/null | grep -q 'libharfbuzz-subset.so'; then
  need="$need libharfbuzz-subset0"
fi
if ! fc-list 2>/dev/null | grep -qiE 'Times New Roman|Liberation Serif'; then
  need="$need fonts-liberation2 fontconfig"
fi
if ! command -v tesseract >/dev/null 2>&1 || ! tesseract --list-langs 2>/dev/null | grep -qx vie; then
  need="$need tesseract-ocr tesseract-ocr-vie"
fi
# The browser tests of `tracker serve` drive Debian's Chromium through Playwright.
if ! command -v chromium >/dev/null 2>&1; then
  need="$need chromium"
fi
[ -z "$need" ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Đang cài gói hệ thống còn thiếu:$need"
  export DEBIAN_FRONTEND=noninteractive
  # shellcheck disable=SC2086
  apt-get install -y -q $need >/dev/null 2>&1 || {
    apt-get update -q >/dev/null 2>&1
    apt-get install -y -q $need >/dev/null
  } || { echo "Cảnh báo: không cài được$need" >&2; exit 0; }
  fc-cache -f >/dev/null 2>&1 || true
else
  echo "Cảnh báo: thiếu$need. Hãy cài bằng: sudo apt-get install$need" >&2
  echo "Báo cáo vẫn được tạo nhưng phông chữ có thể không phải Times New Roman; văn bản scan sẽ bị bỏ qua." >&2
fi
exit 0
