#!/usr/bin/env bash
# Install the bundle built by `make dist`, its menu entry, icons and AppStream metainfo.
#
#   packaging/linux/install.sh                 # into ~/.local (as root: /usr/local)
#   packaging/linux/install.sh --prefix /opt/callcenter
#   packaging/linux/install.sh --uninstall     # remove what an install put there
#
# Options: --prefix P (where to install), --destdir D (stage into D/P, for packagers),
# --bundle DIR (the one-folder bundle; default dist/callcenter), --no-bundle (menu entry,
# icons and metainfo only, for a `callcenter` command installed another way, e.g. with pip).
# The program goes to P/lib/callcenter, with P/bin/callcenter pointing at it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
app_id=org.callcenter.Console
if [ "$(id -u)" = 0 ]; then prefix=/usr/local; else prefix="$HOME/.local"; fi
destdir=""
bundle="$root/dist/callcenter"
with_bundle=1
uninstall=0
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix="$2"; shift 2 ;;
    --destdir) destdir="$2"; shift 2 ;;
    --bundle) bundle="$2"; shift 2 ;;
    --no-bundle) with_bundle=0; shift ;;
    --uninstall) uninstall=1; shift ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "Unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done
target="$destdir$prefix"
share="$target/share"
icons=(16 32 48 64 128 256)

if [ $uninstall = 1 ]; then
  rm -rf "$target/lib/callcenter"
  [ -L "$target/bin/callcenter" ] && rm -f "$target/bin/callcenter"
  rm -f "$share/applications/$app_id.desktop" "$share/metainfo/$app_id.metainfo.xml" \
    "$share/icons/hicolor/scalable/apps/$app_id.svg"
  for n in "${icons[@]}"; do rm -f "$share/icons/hicolor/${n}x${n}/apps/$app_id.png"; done
  echo "Removed the Contact Center from $target"
  exit 0
fi

if [ $with_bundle = 1 ]; then
  if [ ! -x "$bundle/callcenter" ]; then
    echo "No bundle at $bundle: run \`make dist\` first (or pass --bundle DIR, or --no-bundle)." >&2
    exit 1
  fi
  rm -rf "$target/lib/callcenter"
  mkdir -p "$target/lib" "$target/bin"
  cp -a "$bundle" "$target/lib/callcenter"
  ln -sfn "$prefix/lib/callcenter/callcenter" "$target/bin/callcenter"
fi
install -Dm644 "$here/$app_id.desktop" "$share/applications/$app_id.desktop"
if [ $with_bundle = 1 ]; then  # the menu starts this program, whether or not P/bin is on the PATH
  sed -i -e "s|^Exec=callcenter|Exec=\"$prefix/bin/callcenter\"|" -e "s|^TryExec=callcenter$|TryExec=$prefix/bin/callcenter|" \
    "$share/applications/$app_id.desktop"
fi
install -Dm644 "$here/$app_id.metainfo.xml" "$share/metainfo/$app_id.metainfo.xml"
install -Dm644 "$here/icons/hicolor/scalable/apps/$app_id.svg" "$share/icons/hicolor/scalable/apps/$app_id.svg"
for n in "${icons[@]}"; do
  install -Dm644 "$here/icons/hicolor/${n}x${n}/apps/$app_id.png" "$share/icons/hicolor/${n}x${n}/apps/$app_id.png"
done
if [ -z "$destdir" ]; then  # refresh the menu and icon caches where the tools are there
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
fi
echo "Installed the Contact Center into $target"
