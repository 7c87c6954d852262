#!/usr/bin/env bash
# Builds the .deb from a configured and built tree, then checks it the way a user would
# meet it: package metadata and dependencies, lintian errors, the desktop entry and
# AppStream metainfo, icons, and `sonde-cli --version` run from the unpacked package.
set -euo pipefail
build_dir=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cd "$build_dir"
cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/sonde_*.deb)
echo "package: $deb"

info=$(dpkg-deb -I "$deb")
echo "$info" | grep -q '^ Package: sonde$'
depends=$(echo "$info" | grep '^ Depends:')
depends_names=$(echo "$depends" | sed 's/^ Depends: //' | tr ',|' '\n\n' | sed 's/(.*//; s/ //g')
echo "$info" | grep '^ Recommends:' | grep -q 'postgresql-15' || { echo "postgresql-15 not recommended"; exit 1; }
if echo "$info" | grep '^ Depends:' | grep -qE 'postgresql-15|pgbouncer|redis-server'; then
  echo "servers must be recommended, not required"; exit 1
fi

root="$work/root"
dpkg-deb -x "$deb" "$root"
app_id=dev.sonde.Sonde
for f in usr/bin/sonde usr/bin/sonde-cli \
         "usr/share/applications/$app_id.desktop" "usr/share/metainfo/$app_id.metainfo.xml" \
         "usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
         "usr/share/icons/hicolor/48x48/apps/$app_id.png" \
         "usr/share/icons/hicolor/256x256/apps/$app_id.png" \
         usr/share/doc/sonde/copyright; do
  [ -e "$root/$f" ] || { echo "missing $f"; exit 1; }
done
desktop-file-validate "$root/usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml"
# The desktop file, the AppStream id and its launchable are the same reverse-DNS id.
grep -q "<id>$app_id</id>" "$root/usr/share/metainfo/$app_id.metainfo.xml"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" \
  "$root/usr/share/metainfo/$app_id.metainfo.xml"
grep -q "^Icon=$app_id$" "$root/usr/share/applications/$app_id.desktop"
# Recordings (.sonde) open with Sonde: the type is declared and the desktop file takes it.
mime="$root/usr/share/mime/packages/$app_id.xml"
[ -e "$mime" ] || { echo "missing usr/share/mime/packages/$app_id.xml"; exit 1; }
python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' "$mime"
grep -q 'type="application/x-sonde-recording"' "$mime"
grep -q "^MimeType=application/x-sonde-recording;$" "$root/usr/share/applications/$app_id.desktop"

# Every shared library the binaries load comes from a package the .deb depends on.
for bin in "$root/usr/bin/sonde" "$root/usr/bin/sonde-cli"; do
  for lib in $(objdump -p "$bin" | awk '/NEEDED/ {print $2}'); do
    # (awk reads to the end: an early exit would kill ldconfig with SIGPIPE under pipefail)
    path=$(ldconfig -p | awk -v l="$lib" '$1 == l && !found {print $NF; found = 1}')
    [ -n "$path" ] || { echo "$lib not found on this system"; exit 1; }
    pkg=$(dpkg -S "$(readlink -f "$path")" 2>/dev/null | sed -n '1s/:.*//p') || true
    [ -n "$pkg" ] || pkg=$(dpkg -S "$path" | sed -n '1s/:.*//p')
    echo "$depends_names" | grep -qxF "$pkg" || { echo "$lib ($pkg) is not in Depends"; echo "$depends"; exit 1; }
  done
done

version=$("$root/usr/bin/sonde-cli" --version)
echo "unpacked sonde-cli says: $version"
[[ "$version" == sonde-cli\ * ]]

if command -v lintian >/dev/null 2>&1; then
  # Errors fail the check; warnings are printed for the record.
  lintian --tag-display-limit 0 "$deb" >"$work/lintian.log" 2>&1 || true
  cat "$work/lintian.log"
  if grep -q '^E:' "$work/lintian.log"; then
    echo "lintian reported errors"; exit 1
  fi
fi
echo "package checks passed"
