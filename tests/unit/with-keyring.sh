#!/usr/bin/env bash
# Runs a test binary inside a private D-Bus session with an unlocked gnome-keyring (secret
# service), HOME and XDG_RUNTIME_DIR pointed at temporary directories: the way QtKeychain
# can be tested headless (see RECIPES.md). Never under xvfb without a session bus: there the
# keychain waits forever for an unlock prompt.
set -euo pipefail
binary="$1"
shift
for tool in dbus-run-session gnome-keyring-daemon; do
  command -v "$tool" >/dev/null || { echo "with-keyring: $tool is missing (scripts/install-deps)" >&2; exit 1; }
done
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -m 700 "$scratch/home" "$scratch/runtime"
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/runtime" SONDE_TEST_EXPECT_KEYCHAIN=1
unset DISPLAY WAYLAND_DISPLAY
exec dbus-run-session -- bash -c '
  printf "%s" "sonde-test" | gnome-keyring-daemon --foreground --unlock --components=secrets \
    >/dev/null 2>&1 &
  keyring=$!
  # The secret service is ready once it owns its name on the bus.
  for _ in $(seq 1 50); do
    dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
      grep -q "boolean true" && break
    sleep 0.1
  done
  status=0
  "$0" "$@" || status=$?
  kill "$keyring" 2>/dev/null || true
  wait "$keyring" 2>/dev/null || true
  exit $status' "$binary" "$@"
