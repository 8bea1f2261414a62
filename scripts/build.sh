#!/usr/bin/env bash
# Configures and builds lagebild into build/ (Release with debug info). Warnings are errors when
# CI=true or LAGEBILD_WERROR=ON.
set -euo pipefail
cd "$(dirname "$0")/.."
werror=${LAGEBILD_WERROR:-OFF}
[ "${CI:-}" = "true" ] && werror=ON
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
if [ -f build/CMakeCache.txt ] && ! grep -q "CMAKE_GENERATOR:INTERNAL=${generator[1]:-Unix Makefiles}" build/CMakeCache.txt; then
  rm -rf build
fi
cmake -S . -B build "${generator[@]}" -DLAGEBILD_WERROR="$werror" >/dev/null
cmake --build build --parallel "$(nproc)"
