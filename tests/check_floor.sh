#!/bin/bash
# Shared by the quality-floor tests in tests/cli/. Usage: check_floor NAME VALUE FLOOR [GUARD]
#
# FLOOR is the figure the issue sets; it is never lowered. GUARD, given only while the committed
# model has not reached FLOOR yet, is the figure it did reach: falling below GUARD is a regression
# and fails the test; reaching GUARD but not FLOOR is reported loudly and makes the test SKIPPED
# (exit 77 after all checks), never passed, so an unmet floor stays visible in every CTest run
# until a better model removes the GUARD argument.
below_floor=0
check_floor() {
  local name=$1 value=$2 floor=$3 guard=${4:-}
  if [[ -z "$value" ]]; then
    echo "FAIL: no value for $name"
    return 1
  fi
  if awk -v v="$value" -v f="$floor" 'BEGIN { exit !(v + 0 >= f + 0) }'; then
    echo "PASS: $name $value >= floor $floor"
    return 0
  fi
  if [[ -n "$guard" ]] && awk -v v="$value" -v g="$guard" 'BEGIN { exit !(v + 0 >= g + 0) }'; then
    echo "BELOW FLOOR: $name $value < issue floor $floor (regression guard $guard holds); the issue stays open"
    below_floor=1
    return 0
  fi
  echo "FAIL: $name $value < ${guard:-$floor}"
  return 1
}
# Exit status for the end of a floor test: 1 on failure, 77 (skipped) if a floor is unmet.
floor_status() {
  local failed=$1
  [[ "$failed" -ne 0 ]] && return 1
  [[ "$below_floor" -ne 0 ]] && return 77
  return 0
}
