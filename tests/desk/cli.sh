#!/usr/bin/env bash
# The desk's commands on the command line: help, bad arguments (exit 2, one line), a missing
# scenario refused before any window opens, and screenshot writing a PNG.
# usage: cli.sh INCIDESK   (from the repository root; SDL_VIDEODRIVER=dummy)
set -u
incidesk=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
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
one_line() { # one_line ARGS...: bad input is exactly one line on stderr, exit 2
  local lines rc
  lines=$("$incidesk" "$@" 2>&1 >/dev/null | wc -l)
  "$incidesk" "$@" >/dev/null 2>&1
  rc=$?
  if [ "$rc" = 2 ] && [ "$lines" = 1 ]; then passed=$((passed + 1)); else
    failed=$((failed + 1)); echo "FAIL: incidesk $* gave exit $rc and $lines lines (want 2 and 1)"; fi
}
for cmd in play desk screenshot replay; do
  expect "$cmd --help" 0 "usage: incidesk $cmd" -- "$cmd" --help
  expect "help $cmd" 0 "usage: incidesk $cmd" -- help "$cmd"
done
expect "top-level help names the desk" 0 "play SCENARIO" -- --help
one_line play
one_line play tests/data/mini_fire.lua --mode exam
one_line play tests/data/mini_fire.lua --seed -3
one_line play tests/data/mini_fire.lua --bogus
one_line play tests/data/no_such.lua
one_line desk --out x.json
one_line screenshot tests/data/mini_fire.lua
one_line screenshot tests/data/mini_fire.lua -o "$tmp/a.png" --size 10x10
one_line screenshot tests/data/mini_fire.lua -o "$tmp/a.png" --at soon
one_line screenshot tests/data/mini_fire.lua -o "$tmp/a.png" --screen lobby
one_line screenshot tests/data/mini_fire.lua -o "$tmp/a.png" --focus nowhere
one_line screenshot tests/data/mini_fire.lua -o "$tmp/a.png" --actions tests/bad/act_unknown_unit.json
one_line screenshot tests/data/mini_fire.lua -o "$tmp/a.png" --actions tests/data/mini_fire.expert.json --screen call
expect "play names a missing scenario" 2 "no_such.lua" -- play tests/data/no_such.lua
[ -e "$tmp/a.png" ] && { failed=$((failed + 1)); echo "FAIL: a refused screenshot left a file"; }
expect "screenshot writes a PNG" 0 "$tmp/call.png: 1024x640" -- screenshot tests/data/mini_fire.lua \
  --actions tests/data/mini_fire.expert.json --at 30000 --size 1024x640 -o "$tmp/call.png"
if [ "$(head -c 8 "$tmp/call.png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ]; then
  passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: not a PNG signature"; fi
expect "screenshot of the debrief" 0 "debrief.png" -- screenshot tests/data/mini_fire.lua \
  --actions tests/data/mini_fire.expert.json --screen debrief -o "$tmp/debrief.png"
expect "screenshot of the menu" 0 "menu.png" -- screenshot tests/data/mini_fire.lua --screen menu -o "$tmp/menu.png"
# a shift: the supervisor screen, a panel focused, the end-of-shift results
expect "screenshot of a shift" 0 "shift.png: 1024x640" -- screenshot tests/data/mini_shift.lua \
  --actions tests/data/mini_shift.expert.json --at 700000 --size 1024x640 --focus queue -o "$tmp/shift.png"
expect "screenshot of a shift's results" 0 "results.png" -- screenshot tests/data/mini_shift.lua \
  --actions tests/data/mini_shift.expert.json --at 700000 --screen results -o "$tmp/results.png"
one_line screenshot tests/data/mini_fire.lua -o "$tmp/b.png" --screen results
one_line screenshot tests/data/mini_shift.lua -o "$tmp/b.png" --focus log
# replay: a golden record renders; a tampered one is shown NOT VERIFIED (and still exits 0)
expect "replay renders a frame" 0 "$tmp/replay.png: 1024x640 at 30000 ms" -- replay \
  tests/golden/mini_fire.expert.json --at 30000 --size 1024x640 --screenshot "$tmp/replay.png"
expect "a golden record is not flagged" 0 "replay.png" -- replay tests/golden/mini_fire.expert.json \
  --screenshot "$tmp/replay.png"
if "$incidesk" replay tests/golden/mini_fire.expert.json --screenshot "$tmp/replay.png" 2>&1 | grep -q "NOT VERIFIED"; then
  failed=$((failed + 1)); echo "FAIL: a golden record was shown NOT VERIFIED"; else passed=$((passed + 1)); fi
expect "a tampered record is NOT VERIFIED" 0 "NOT VERIFIED" -- replay tests/bad/rec_tampered.json \
  --screenshot "$tmp/tampered.png"
one_line replay tests/golden/mini_fire.expert.json --at -5
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
