#!/usr/bin/env bash
# Installs what the tests need from Debian when it is missing: chromium (browser end-to-end
# tests, driven by playwright-core) and 7zip (7zz opens the archives the add-in makes), unzip.
# Idempotent and quiet when everything is present.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v 7zz >/dev/null 2>&1 || missing+=(7zip)
command -v unzip >/dev/null 2>&1 || missing+=(unzip)
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing test tools from Debian: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "Need root (or sudo) to apt-get install ${missing[*]}; install them and run again." >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
for bin in chromium 7zz unzip; do command -v "$bin" >/dev/null || { echo "$bin still missing after apt-get install" >&2; exit 1; }; done
