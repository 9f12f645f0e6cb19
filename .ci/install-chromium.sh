#!/usr/bin/env bash
# Installs headless Chromium for the country-report browser test (tests/TradeArms.Cli.Tests, ReportBrowserTest).
# Optional: without Chromium that test skips with a message. Idempotent: does nothing when a Chromium is on PATH.
# Debian/Ubuntu only (apt-get install -y chromium, through sudo when not root); elsewhere it says so and exits 0.
set -euo pipefail

for name in chromium chromium-browser google-chrome; do
    if command -v "$name" >/dev/null 2>&1; then
        echo "install-chromium: $name is already installed ($(command -v "$name"))."
        exit 0
    fi
done

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-chromium: no apt-get on this machine; install Chromium yourself for the browser test (it skips without one)."
    exit 0
fi

run() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "install-chromium: not root and no sudo; skipping (the browser test skips without Chromium)."
        exit 0
    fi
}

export DEBIAN_FRONTEND=noninteractive
run apt-get update -q
run apt-get install -y -q --no-install-recommends chromium
command -v chromium >/dev/null 2>&1 && chromium --version || true
