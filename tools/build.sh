#!/bin/sh
# Install the build dependencies (tools/setup.sh), configure build/ if it
# is not configured yet, and compile.  Extra arguments go to `meson setup`
# on the first configure (e.g. -Db_sanitize=address,undefined).
set -eu
cd "$(dirname "$0")/.."
tools/setup.sh
if [ ! -f build/build.ninja ]; then
  meson setup build "$@"
fi
meson compile -C build
