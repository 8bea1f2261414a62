#!/usr/bin/env bash
# Install what is missing, build, and run the whole suite through CTest (unit tests, CLI tests,
# quality floors). Tests that need ../shared/ report themselves skipped when it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
ctest --test-dir build --output-on-failure --parallel "$(nproc)" --timeout 1800
