# Shared by scripts/dashboard.sh and scripts/test.sh: a virtual environment in
# .venv with the project's requirements, and Debian's chromium for PNG export.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi
}

apt_install() {  # apt_install PACKAGE... (only what is missing)
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "installing with apt: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

make_venv() {  # make_venv REQUIREMENTS_FILE
  local py=${PYTHON:-python3}
  if [ ! -x .venv/bin/python ]; then
    "$py" -m venv .venv 2>/dev/null || { apt_install python3-venv && "$py" -m venv .venv; }
  fi
  .venv/bin/python -m pip install -q --disable-pip-version-check -r "$1"
}

browser() {  # Debian's chromium for PNG export; the dashboard still runs without it
  # an emoji in a user's text (a survey comment, a log title) is drawn, not an empty box:
  # the export's fonts.conf includes the system's, where this font is found
  if command -v dpkg >/dev/null; then
    apt_install fonts-noto-color-emoji || echo "note: could not install fonts-noto-color-emoji; emoji in PNGs show as boxes"
  fi
  if command -v chromium >/dev/null || [ -n "${BROWSER_PATH:-}" ]; then return 0; fi
  if command -v dpkg >/dev/null; then
    apt_install chromium fontconfig fonts-thai-tlwg || echo "note: could not install chromium (needs root or sudo); PNG export will be unavailable"
  fi
}
