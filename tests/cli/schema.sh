#!/usr/bin/env bash
# The JSON Schemas of docs/schema/ (draft 2020-12), checked by an independent validator
# (ajv 8 through ajv-cli, with ajv-formats; tests/tools/package-lock.json): every golden
# record, a sealed and a recovered record, and every shipped actions file are valid; broken
# ones, each broken in one way, are not.
# usage: schema.sh INCIDESK   (from the repository root)
set -u
incidesk=$(realpath "$1")
. tests/cli/npm_ci.sh
npm_ci tests/tools || exit 1
json="node tests/tools/json.js"
ajv() { tests/tools/node_modules/.bin/ajv validate --spec=draft2020 --strict=true -c ajv-formats "$@"; }
record() { ajv -s docs/schema/record.schema.json -r docs/schema/actions.schema.json "$@"; }
actions() { ajv -s docs/schema/actions.schema.json "$@"; }
passed=0 failed=0
check() { if eval "$2"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $1"; cat "$d/out"; fi; }
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT

args=()
for f in tests/golden/*.json; do args+=(-d "$f"); done
record "${args[@]}" >"$d/out" 2>&1
check "every golden record is valid (${#args[@]} / 2 files)" '[ $? = 0 ]'

printf 'centre-secret-0123456789\n' >"$d/key"
"$incidesk" run tests/data/mini_fire.lua --actions tests/data/mini_fire.expert.json --key "$d/key" \
  --centre c1 --out "$d/sealed.json" >/dev/null
$json actions tests/data/mini_fire.expert.json | head -5 |
  "$incidesk" run tests/data/mini_fire.lua --actions - --out "$d/r.json" >/dev/null
# a journal as a killed session leaves it, recovered
printf '{"format":"incidesk-journal/1","scenario":{"file":"tests/data/mini_fire.lua","sha256":"%s"},"procedure":{"file":"tests/data/procedures/mini.lua","sha256":"%s"},"seed":"1","trainee":"t","mode":"practice","started":"2026-01-01T00:00:00Z"}\n' \
  "$($json get "$d/sealed.json" scenario.sha256 | tr -d '"')" "$($json get "$d/sealed.json" procedure.sha256 | tr -d '"')" >"$d/x.json.journal"
$json actions tests/data/mini_fire.expert.json | head -4 >>"$d/x.json.journal"
"$incidesk" recover "$d/x.json.journal" >/dev/null
record -d "$d/sealed.json" -d "$d/r.json" -d "$d/x.json" >"$d/out" 2>&1
check "a sealed record, a stdin record and a recovered record are valid" '[ $? = 0 ]'

args=()
for f in scenarios/*.json tests/data/*.json; do [ -e "$f" ] && args+=(-d "$f"); done
actions "${args[@]}" >"$d/out" 2>&1
check "every shipped actions file is valid (${#args[@]} / 2 files)" '[ $? = 0 ]'

# Broken records, one fault each.
g=tests/golden/mini_fire.expert.json
n=0
broke() { n=$((n + 1)); "$@" >"$d/bad$n.json"; }
broke $json set $g 'items[0].points' '"3"'
broke $json del $g digest
broke $json set $g digest '"sha256:xyz"'
broke $json set $g 'actions[1].type' '"hold"'
broke $json set $g 'actions[1].urgent' true
broke $json set $g seed 12
broke $json set $g 'score.level' '"excellent"'
broke $json set $g 'extra' 1
broke $json set $g by_criterion '{"CC40-1.1":{"points":1,"possible":1,"items":1,"status":"met"}}'
broke $json set $g 'items[2].severity' '"grave"'
broke $json del $g 'items[1].criterion'
broke $json set $g 'events[0].t_ms' -1
broke $json set $g started '"yesterday"'
broke $json set $g mode '"exam"'
broke $json set $g 'scenario.sha256' '"abc"'
args=()
for i in $(seq 1 $n); do args+=(-d "$d/bad$i.json"); done
record "${args[@]}" >"$d/out" 2>&1
check "each of $n broken records is invalid" '[ "$(grep -c " invalid$" "$d/out")" = $n ]'

a=tests/data/mini_fire.expert.json
m=0
broke_a() { m=$((m + 1)); "$@" >"$d/bada$m.json"; }
broke_a $json set $a 'actions[0].t_ms' -1
broke_a $json set $a 'actions[0].t_ms' 1.5
broke_a $json del $a 'actions[1].question'
broke_a $json set $a 'actions[12]' '{"t_ms":20000,"type":"say"}'
broke_a $json set $a 'actions[10].items' '[]'
broke_a $json set $a 'actions[15].channel' '"fax"'
broke_a $json set $a format '"incidesk-actions/2"'
broke_a $json set $a actions '{}'
broke_a $json set $a 'actions[8].verdict' '"maybe"'
broke_a $json set $a 'actions[2].question' '"two words"'
args=()
for i in $(seq 1 $m); do args+=(-d "$d/bada$i.json"); done
actions "${args[@]}" >"$d/out" 2>&1
check "each of $m broken actions files is invalid" '[ "$(grep -c " invalid$" "$d/out")" = $m ]'

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
