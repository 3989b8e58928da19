#!/usr/bin/env bash
# Install the Debian/Ubuntu packages the product needs: `run` (Qt's system
# libraries, CJK fonts) or `test` (also Xvfb, espeak-ng, PostgreSQL, the AppStream and
# desktop-file validators, and the real SIP servers and softphone the telephony tests use).
# As root it installs with apt-get; otherwise it prints the exact command.
set -euo pipefail
purpose=${1:-run}

# "a|b" means: the first of these that this release of the distribution has
# (Ubuntu 24.04 renamed some libraries with a t64 suffix).
run_pkgs=(
  libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6
  "libdbus-1-3" "libglib2.0-0t64|libglib2.0-0" libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-shape0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-randr0 libxcb-xkb1
  libx11-xcb1 libxrender1 libxi6 libsm6 libice6 "libpulse0" fonts-noto-cjk fonts-dejavu-core
  espeak-ng  # the role-play customer's voice (training works as text without it)
)
test_pkgs=(xvfb xauth espeak-ng sox postgresql
  appstream desktop-file-utils  # tests/test_packaging.py validates the metainfo and the .desktop file
  kamailio sip-tester baresip-core  # tests/test_telephony_sip.py: registrar/proxy, SIPp callers, the softphone
)

wanted=("${run_pkgs[@]}")
[ "$purpose" = test ] && wanted+=("${test_pkgs[@]}")
if ! python3 -c 'import ensurepip, venv' 2>/dev/null; then wanted+=(python3-venv); fi

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
have_candidate() { apt-cache policy "$1" 2>/dev/null | grep -q 'Candidate: [^(]'; }

updated=0
missing=()
for spec in "${wanted[@]}"; do
  IFS='|' read -ra alts <<<"$spec"
  done_one=0
  for p in "${alts[@]}"; do installed "$p" && { done_one=1; break; }; done
  [ $done_one = 1 ] && continue
  if [ ${#alts[@]} -gt 1 ]; then
    if [ $updated = 0 ] && [ "$(id -u)" = 0 ]; then apt-get update -qq; updated=1; fi
    pick=${alts[-1]}
    for p in "${alts[@]}"; do have_candidate "$p" && { pick=$p; break; }; done
    missing+=("$pick")
  else
    missing+=("${alts[0]}")
  fi
done

[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ]; then
  echo "Installing system packages: ${missing[*]}"
  [ $updated = 1 ] || apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Some system packages are missing. Run this once, then try again:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
