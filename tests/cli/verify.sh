#!/usr/bin/env bash
# verify: every golden record verifies; a changed byte, a forged re-digest, a changed
# scenario file, a wrong or missing HMAC each make it exit 1 naming what differs.
# usage: verify.sh INCIDESK   (from the repository root; needs node for JSON)
set -u
incidesk=$(realpath "$1")
json="node tests/tools/json.js"
passed=0 failed=0
check() { if eval "$2"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $1"; fi; }
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
golden=tests/golden/mini_fire.expert.json

"$incidesk" verify tests/golden/*.json >"$d/out" 2>&1
check "every golden record verifies" '[ $? = 0 ] && [ "$(grep -c ": ok$" "$d/out")" = "$(ls tests/golden/*.json | wc -l)" ]'

# One digit or letter changed, at 60 places spread over a golden record: each fails, naming
# the digest. (test_journal changes every such byte of it and checks the digest breaks.)
n=0
size=$(wc -c <"$golden")
for i in $(seq 0 59); do
  pos=$(( (i * 7919 + 13) % size ))
  while :; do
    c=$(dd if="$golden" bs=1 skip=$pos count=1 2>/dev/null)
    case "$c" in [0-8a-yA-Y]) break ;; esac
    pos=$(( (pos + 1) % size ))
  done
  nc=$(printf '%s' "$c" | tr '0-8a-yA-Y' '1-9b-zB-Z')
  { head -c "$pos" "$golden"; printf '%s' "$nc"; tail -c +$((pos + 2)) "$golden"; } >"$d/m$i.json"
  n=$((n + 1))
done
"$incidesk" verify "$d"/m*.json >"$d/out" 2>&1
rc=$?
check "each of $n one-byte changes fails with exit 1 and names the digest" \
  '[ $rc = 1 ] && [ "$(grep -c ": FAILED: digest" "$d/out")" = $n ]'
grep -v ": FAILED: digest" "$d/out" | head -3

# A forged re-digest: the points of an item changed and the digest recomputed.
$json set "$golden" 'items[3].points' 0 >"$d/f1.json"
$json redigest "$d/f1.json" >"$d/forged.json"
out=$("$incidesk" verify "$d/forged.json")
check "a forged re-digest is caught by the re-run, naming the item" \
  '[ $? = 1 ] && [ "$out" = "$d/forged.json: FAILED: items differ at items[3].points" ]'
$json set "$golden" 'events[5].t_ms' 7512 | $json redigest /dev/stdin >"$d/forged2.json"
check "a changed event is named" '"$incidesk" verify "$d/forged2.json" | grep -q "FAILED: events differ at events\[5\].t_ms$"'

# HMAC: a record sealed with the centre key; a forged trainee (which a re-run cannot see).
printf 'centre-secret-0123456789\n' >"$d/key"
printf 'another-secret-0123456789\n' >"$d/other"
"$incidesk" run tests/data/mini_fire.lua --actions tests/data/mini_fire.expert.json --key "$d/key" \
  --trainee alice --out "$d/sealed.json" >/dev/null
check "a sealed record verifies with its key" '"$incidesk" verify --key "$d/key" "$d/sealed.json" >/dev/null'
out=$("$incidesk" verify --key "$d/other" "$d/sealed.json")
check "another key fails it, naming the hmac" '[ $? = 1 ] && [ "$out" = "$d/sealed.json: FAILED: hmac" ]'
$json set "$d/sealed.json" trainee '"mallory"' | $json redigest /dev/stdin >"$d/mallory.json"
check "a forged trainee with a recomputed digest passes without the key" '"$incidesk" verify "$d/mallory.json" >/dev/null'
out=$("$incidesk" verify --key "$d/key" "$d/mallory.json")
check "and fails with it" '[ $? = 1 ] && [ "$out" = "$d/mallory.json: FAILED: hmac" ]'
"$incidesk" run tests/data/mini_fire.lua --actions tests/data/mini_fire.expert.json --out "$d/plain.json" >/dev/null
out=$("$incidesk" verify --key "$d/key" "$d/plain.json")
check "an unsealed record fails under a key" '[ $? = 1 ] && [ "$out" = "$d/plain.json: FAILED: hmac missing (a key was given)" ]'

# The scenario file changed after the session.
mkdir -p "$d/s/procedures"
cp tests/data/mini_fire.lua "$d/s/"
cp tests/data/procedures/mini.lua "$d/s/procedures/"
"$incidesk" run "$d/s/mini_fire.lua" --actions tests/data/mini_fire.expert.json --out "$d/s/r.json" >/dev/null
check "a record of a copied scenario verifies" '"$incidesk" verify "$d/s/r.json" >/dev/null'
echo "-- a comment" >>"$d/s/mini_fire.lua"
out=$("$incidesk" verify "$d/s/r.json")
check "a changed scenario file is named" '[ $? = 1 ] && [ "$out" = "$d/s/r.json: FAILED: scenario file changed ($d/s/mini_fire.lua)" ]'
rm "$d/s/procedures/mini.lua"
out=$("$incidesk" verify "$d/s/r.json")
check "a missing procedure file is named" '[ $? = 1 ] && grep -q "procedure file missing ($d/s/procedures/mini.lua)" <<<"$out"'

# --root: relative paths under another folder; --quiet prints failures only.
(cd "$d" && "$incidesk" verify --quiet --root "$OLDPWD" "$d/plain.json" >"$d/q" 2>&1)
check "--root resolves relative paths, --quiet prints nothing when all is well" '[ $? = 0 ] && [ ! -s "$d/q" ]'

# Every command of records has --help (and `help COMMAND`).
for cmd in recover verify export report; do
  check "$cmd --help" '"$incidesk" $cmd --help | grep -q "^usage: incidesk $cmd" && "$incidesk" help $cmd | grep -q "^usage: incidesk $cmd"'
done
check "the command list names them" '[ "$("$incidesk" --help | grep -cE "^  (recover|verify|export|report) ")" = 4 ]'

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
