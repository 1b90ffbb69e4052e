#!/usr/bin/env bash
# export --xapi: every golden record's export passes Learning Locker's statement validator
# (../shared/tools/xapi-check, installed here with npm ci if it is not yet); the export is
# deterministic, ids are unique across records, and bad records are refused.
# usage: xapi.sh INCIDESK   (from the repository root, with ../shared beside it)
set -u
incidesk=$(realpath "$1")
check_dir=../shared/tools/xapi-check
[ -f "$check_dir/xapi-check.js" ] || { echo "FAIL: $check_dir not found (../shared must sit beside the repository)"; exit 1; }
. tests/cli/npm_ci.sh
npm_ci "$check_dir" || exit 1
json="node tests/tools/json.js"
passed=0 failed=0
check() { if eval "$2"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $1"; cat "$d/out" 2>/dev/null | tail -20; fi; }
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT

goldens=(tests/golden/*.json)
for g in "${goldens[@]}"; do
  "$incidesk" export --xapi "$g" -o "$d/$(basename "$g")" 2>"$d/out" || echo "export of $g failed" >>"$d/out"
done
node "$check_dir/xapi-check.js" "$d"/*.json >"$d/out" 2>&1
check "xapi-check accepts the export of every golden record (${#goldens[@]})" \
  '[ $? = 0 ] && tail -1 "$d/out" | grep -q " 0 failed$"'
tail -1 "$d/out"

"$incidesk" export --xapi "${goldens[@]}" --activity-base https://lrs.example.org/incidesk \
  --homepage https://centre.example.org >"$d/all.json" 2>"$d/out"
node "$check_dir/xapi-check.js" --across-files "$d/all.json" >"$d/out" 2>&1
check "all goldens in one export, another base and homepage: valid, ids unique" '[ $? = 0 ]'
items=$(node -e 'let n = 0; for (const f of process.argv.slice(1)) n += JSON.parse(require("fs").readFileSync(f)).items.length + 1; console.log(n)' "${goldens[@]}")
count=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).length)' "$d/all.json")
check "one statement per scored item and one per session ($items)" '[ "$count" = "$items" ]'
check "actor, activity ids and homepage follow the options" \
  '[ "$($json get "$d/all.json" "0.actor.account.homePage")" = "\"https://centre.example.org\"" ] &&
   $json get "$d/all.json" "0.object.id" | grep -q "^\"https://lrs.example.org/incidesk/scenarios/"'

g=tests/golden/mini_fire.expert.json
"$incidesk" export --xapi "$g" >"$d/a.json"
"$incidesk" export --xapi "$g" >"$d/b.json"
check "the export is deterministic (ids, registration, timestamps)" 'cmp -s "$d/a.json" "$d/b.json"'
last=$(( $($json get "$g" items | node -e 'console.log(JSON.parse(require("fs").readFileSync(0)).length)') ))
check "the session statement: verb passed, duration, scaled score, registration shared" \
  '[ "$($json get "$d/a.json" "$last.verb.id")" = "\"http://adlnet.gov/expapi/verbs/passed\"" ] &&
   [ "$($json get "$d/a.json" "$last.result.duration")" = "\"PT1M30S\"" ] &&
   [ "$($json get "$d/a.json" "$last.result.score.scaled")" = 1 ] &&
   [ "$($json get "$d/a.json" "$last.context.registration")" = "$($json get "$d/a.json" "0.context.registration")" ]'
crit=$($json get "$g" "items[0].criterion")
check "an item statement names its criterion as a category activity and an extension" \
  '[ "$($json get "$d/a.json" "0.context.contextActivities.category.0.id")" = "\"https://incidesk.invalid/xapi/criteria/${crit//\"/}\"" ] &&
   $json get "$d/a.json" "0.context.extensions" | grep -qF "\"https://incidesk.invalid/xapi/extensions/criterion\":$crit"'

# A tampered record is not exported; nothing is written.
$json set "$g" 'items[0].points' 0 >"$d/t.json"
"$incidesk" export --xapi "$d/t.json" -o "$d/t.out" 2>"$d/err"
check "a record whose digest does not match is refused, nothing written" \
  '[ $? = 2 ] && grep -q "digest does not match" "$d/err" && [ ! -e "$d/t.out" ]'

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
