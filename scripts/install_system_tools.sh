#!/usr/bin/env bash
# Debian tools the assistant and its tests use: espeak-ng (phonemes for Piper, test speech),
# sox (test audio), chromium + chromium-driver (browser tests). Installs what is missing.
set -euo pipefail
need=()
command -v espeak-ng >/dev/null || need+=(espeak-ng)
command -v sox >/dev/null || need+=(sox)
if [[ "${1:-}" == "--with-browser" ]]; then
  command -v chromium >/dev/null || need+=(chromium)
  command -v chromedriver >/dev/null || need+=(chromium-driver)
  # CJK glyphs for the Chinese interface in headless Chromium (screenshots, layout tests)
  fc-list 2>/dev/null | grep -qi "wenquanyi\|wqy" || need+=(fonts-wqy-microhei)
fi
if [[ ${#need[@]} -eq 0 ]]; then
  exit 0
fi
if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
  echo "installing Debian packages: ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
else
  echo "Missing system packages: ${need[*]}" >&2
  echo "Install them first, e.g.: sudo apt-get install ${need[*]}" >&2
  exit 1
fi
