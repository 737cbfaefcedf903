#!/bin/sh
# Install what building and testing wicrun needs on Debian 12 (bookworm).
# Safe to run again: apt-get skips what is already there.
set -eu
packages="build-essential meson ninja-build pkg-config python3
  liblua5.4-dev libzip-dev libxml2-dev libutf8proc-dev nettle-dev
  libseccomp-dev zip unzip time"
if [ "$(id -u)" -eq 0 ]; then
  run=""
elif command -v sudo >/dev/null 2>&1; then
  run="sudo"
else
  echo "setup.sh: run as root or install sudo" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
# shellcheck disable=SC2086
$run apt-get update -qq
# shellcheck disable=SC2086
$run apt-get install -y -qq --no-install-recommends $packages >/dev/null
