# npm_ci.sh - sourced by the tests that use npm packages: `npm_ci DIR` installs the exact
# versions of DIR/package-lock.json once (npm ci), under a lock so that tests running in
# parallel do not install into the same folder at once. Fails with one line if node or npm
# is missing (scripts/deps installs them).
npm_ci() {
  local dir=$1
  command -v node >/dev/null && command -v npm >/dev/null ||
    { echo "node and npm are needed (scripts/deps installs them)"; return 1; }
  [ -d "$dir/node_modules" ] && [ "$dir/node_modules/.package-lock.json" -nt "$dir/package-lock.json" ] && return 0
  (
    flock 9
    [ -d "$dir/node_modules" ] && [ "$dir/node_modules/.package-lock.json" -nt "$dir/package-lock.json" ] && exit 0
    cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null
  ) 9>"${TMPDIR:-/tmp}/incidesk-npm-$(printf '%s' "$(cd "$dir" && pwd)" | cksum | cut -d' ' -f1).lock" ||
    { echo "npm ci failed in $dir"; return 1; }
}
