# Shared by the shell tests: a scratch folder removed on exit, and
#   check NAME COMMAND...   runs COMMAND, prints "ok   NAME" or "FAIL NAME"
#                           and counts the failures in $fails.
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fails=0
check() {
  local name=$1
  shift
  if "$@"; then
    echo "ok   $name"
  else
    echo "FAIL $name"
    fails=$((fails + 1))
  fi
}
