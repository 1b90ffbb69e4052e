#!/usr/bin/env bash
# The command line: help on every command, check's exit codes, --require-pass.
# usage: commands.sh INCIDESK   (from the repository root)
set -u
incidesk=$1
passed=0 failed=0
expect() { # expect DESCRIPTION WANT_RC WANT_TEXT -- ARGS...
  local what=$1 want_rc=$2 want_text=$3
  shift 4
  local got rc
  got=$("$incidesk" "$@" 2>&1)
  rc=$?
  if [ "$rc" = "$want_rc" ] && grep -qF -- "$want_text" <<<"$got"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    printf 'FAIL: %s: incidesk %s\n  exit %s (want %s), output:\n%s\n  want text: %s\n' "$what" "$*" "$rc" "$want_rc" "$got" "$want_text"
  fi
}
expect "top-level help" 0 "usage: incidesk COMMAND" -- --help
expect "help command" 0 "usage: incidesk COMMAND" -- help
for cmd in run check help version; do
  expect "$cmd --help" 0 "usage: incidesk $cmd" -- "$cmd" --help
  expect "help $cmd" 0 "usage: incidesk $cmd" -- help "$cmd"
done
expect "version" 0 "incidesk " -- version
expect "check finds a dead branch" 1 "dead_branch.lua:18: node 'orphan' is unreachable from the root" -- check tests/lint
expect "check names the node that falls through" 1 "node 'start': a path falls through every branch" -- check tests/lint
expect "check finds a branch shadowed by otherwise" 1 "shadowed.lua:8: node 'start': a branch after 'otherwise' can never be taken" -- check tests/lint
expect "check finds the node only that branch reached" 1 "shadowed.lua:12: node 'fire' is unreachable from the root" -- check tests/lint
expect "check finds jargon in a question" 1 "talky.lua:8: question 'q_where' says the jargon word 'appliance' to the caller" -- check tests/lint
expect "check finds jargon in a phrase" 1 "talky.lua:9: phrase 'calm' says the jargon word 'ETA' to the caller" -- check tests/lint
expect "check finds a fact the caller never reveals" 1 "talky_call.lua:5: the caller knows 'secret' but never reveals it" -- check tests/lint
expect "check finds a path fact with no truth" 1 "talky_call.lua:5: the call's path asks 'q_where' but the caller's truth has no value for fact 'where'" -- check tests/lint
expect "check passes the shipped library" 0 "0 findings" -- check scenarios
expect "check passes the test data" 0 "0 findings" -- check tests/data
expect "run prints a one-line summary" 0 "mini_fire: 100.0% high compliance, passed" -- \
  run tests/data/mini_fire.lua --actions tests/data/mini_fire.expert.json
expect "require-pass fails a failed session" 1 "not passed" -- \
  run tests/data/mini_change.lua --actions tests/bad/ok_answer.json --require-pass
# `new scenario` writes a starting file that passes check, and never overwrites one.
newdir=$(mktemp -d)
expect "new scenario writes a file" 0 "wrote $newdir/demo.lua" -- new scenario emergency demo -o "$newdir/demo.lua"
expect "the new scenario passes check" 0 "0 findings" -- check "$newdir/demo.lua"
expect "new scenario never overwrites" 2 "already exists; not overwritten" -- new scenario emergency demo -o "$newdir/demo.lua"
rm -rf "$newdir"

# A shift's planted mistakes are found from the procedure's tree and listed by check --json.
expect "check --json lists a shift's planted mistakes" 0 \
  "incident 'linden_flat' (megan): escalation: the colleague's none, the procedure's duty_engineer (escalation)" \
  -- check --json scenarios/shift_gas_cold_snap.lua
expect "check --json: a missed key question" 0 "incident 'mill_street_outside' (callum): question: did not ask q_reported, a key question" \
  -- check --json scenarios/shift_gas_cold_snap.lua

# The criteria catalogue: all 34 criteria, every one of them (CC39-2.1..2.3 by the
# supervisor's shift) evidenced by the expert run of at least one shipped scenario. One
# criterion a line.
crit=$("$incidesk" criteria --json)
if [ "$(grep -c '"code": "CC3[89]-' <<<"$crit")" = 34 ] &&
   [ "$(grep -c '"code": "CC38-' <<<"$crit")" = 18 ] &&
   [ -z "$(grep '"scenarios": \[\]' <<<"$crit")" ] &&
   [ -n "$(grep '"code": "CC39-2\.1"' <<<"$crit" | grep '/shift_')" ]; then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
  echo "FAIL: criteria --json: 34 criteria (18 of CC38), all evidenced by a shipped scenario (CC39-2.x by a shift)"
  grep '"scenarios": \[\]' <<<"$crit" | cut -c1-60
fi
# The library covers every caller kind and event kind of the tag vocabulary (docs/format.md).
tags=$(awk '/tags *= *\{/,/\}/' scenarios/*.lua | grep -o '"\(caller\|event\):[a-z_]*"' | sort -u)
missing=""
for t in caller:panicking caller:angry caller:confused caller:elderly caller:child caller:third_party \
         caller:language_limited caller:hoax caller:malicious event:duplicate_call event:deterioration \
         event:unit_unavailable event:escalation_beyond_authority event:advice_refused event:follow_up_complaint; do
  grep -qx "\"$t\"" <<<"$tags" || missing="$missing $t"
done
if [ -z "$missing" ]; then passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FAIL: no shipped scenario is tagged:$missing"; fi

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
