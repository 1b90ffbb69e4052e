#!/usr/bin/env bash
# Fault injection (docs/reliability.md): the record folder read-only or full, a disk that
# fails fsync or rename, a file size limit, the scenario changed or deleted mid-session,
# SIGTERM and SIGINT during a headless and a desk session, a journal whose last line is half
# written, and kill -9 at random points of sessions. Each fault must give one clear line on
# stderr, keep every completed action in the journal (and `recover` must then rebuild a record
# that verifies, with the items of an undisturbed run), and leave no half-written record and
# no temporary file.
#
# usage: faults.sh INCIDESK LIBFAULT.so   (from the repository root; needs node for JSON)
# Prints a line per fault, then "N faults injected, N survived; kill -9: ...".
set -u
incidesk=$1 shim=$2
json="node tests/tools/json.js"
scen=tests/data/mini_fire.lua
acts=tests/data/mini_fire.expert.json
# LD_PRELOAD after the sanitizer runtime, when there is one
export ASAN_OPTIONS="${ASAN_OPTIONS:-}:verify_asan_link_order=0"
injected=0 survived=0 failed=0
d=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null; done
  rm -rf "$d"
}
trap cleanup EXIT
$json actions "$acts" >"$d/lines"
total=$(wc -l <"$d/lines")
"$incidesk" run "$scen" --actions "$acts" --out "$d/reference.json" >/dev/null
$json get "$d/reference.json" items >"$d/reference.items"

fail() {
  failed=$((failed + 1))
  echo "FAIL: $1: $2"
}

# Nothing but the journal (if kept) in folder $1: no record, no temporary file.
only_journal() {
  local left
  left=$(find "$1" -mindepth 1 ! -name '*.journal' ! -name feed ! -name lines ! -name 'scen*.lua' ! -name 'proc*.lua' | head -3)
  [ -z "$left" ] || { echo "left behind: $left"; return 1; }
}

# The journal $1 holds exactly the first $2 actions; recovering it gives a record that
# verifies and, when all the actions are there, has the reference's items.
journal_holds() {
  local j=$1 n=$2 out=${1%.journal}
  [ -f "$j" ] || { echo "no journal"; return 1; }
  [ "$(tail -n +2 "$j" | wc -l)" = "$n" ] || { echo "journal holds $(tail -n +2 "$j" | wc -l) actions, not $n"; return 1; }
  [ "$(tail -n +2 "$j")" = "$(head -n "$n" "$d/lines")" ] || { echo "journal differs from the actions sent"; return 1; }
  "$incidesk" recover "$j" --out "$out" >/dev/null 2>&1 || { echo "recover failed"; return 1; }
  "$incidesk" verify "$out" >/dev/null || { echo "the recovered record does not verify"; return 1; }
  if [ "$n" = "$total" ]; then
    [ "$($json get "$out" items)" = "$(cat "$d/reference.items")" ] || { echo "items differ from an undisturbed run"; return 1; }
  fi
  rm -f "$out"
}

# fault NAME WANT_RC MESSAGE KEPT [ENV...]: runs the whole session from the actions file with
# the shim and ENV; WANT_RC its exit code, MESSAGE a grep -E pattern its stderr must match
# (one line), KEPT the actions its journal must keep ("none": no journal at all).
fault() {
  local name=$1 want=$2 msg=$3 kept=$4
  shift 4
  injected=$((injected + 1))
  local f=$d/$name
  mkdir -p "$f"
  env "$@" LD_PRELOAD="$shim" "$incidesk" run "$scen" --actions "$acts" --out "$f/r.json" >/dev/null 2>"$f.err"
  local rc=$? why=""
  [ "$rc" = "$want" ] || why="exit $rc, not $want"
  [ -z "$why" ] && { [ "$(wc -l <"$f.err")" = 1 ] && grep -qE "$msg" "$f.err" || why="stderr: $(cat "$f.err")"; }
  [ -z "$why" ] && [ -e "$f/r.json" ] && why="a record was written"
  [ -z "$why" ] && why=$(only_journal "$f")
  if [ -z "$why" ] && [ "$kept" = none ]; then
    [ -e "$f/r.json.journal" ] && why="a journal was left"
  elif [ -z "$why" ]; then
    why=$(journal_holds "$f/r.json.journal" "$kept")
  fi
  if [ -z "$why" ]; then
    survived=$((survived + 1))
    echo "ok   $name: $(cat "$f.err")"
  else
    fail "$name" "$why"
  fi
}

kept="the session's $total actions are kept in .*r.json.journal: incidesk recover"
fault read_only_folder 2 'r.json: cannot write: Read-only file system$' none \
  INCIDESK_FAULT_CALL=access INCIDESK_FAULT_ERRNO=EROFS
fault read_only_journal 2 'r.json.journal: cannot write: Read-only file system$' none \
  INCIDESK_FAULT_CALL=open INCIDESK_FAULT_PATH=.journal INCIDESK_FAULT_ERRNO=EROFS
fault full_at_record 2 "r.json: cannot write: No space left on device; $kept" "$total" \
  INCIDESK_FAULT_CALL=write INCIDESK_FAULT_PATH=.tmp.
fault full_at_record_partly 2 "r.json: cannot write: No space left on device; $kept" "$total" \
  INCIDESK_FAULT_CALL=write INCIDESK_FAULT_PATH=.tmp. INCIDESK_FAULT_PARTIAL=1
fault fsync_fails 2 "r.json: cannot write: Input/output error; $kept" "$total" \
  INCIDESK_FAULT_CALL=fsync INCIDESK_FAULT_PATH=.tmp. INCIDESK_FAULT_ERRNO=EIO
fault rename_fails 2 "r.json: cannot write: Read-only file system; $kept" "$total" \
  INCIDESK_FAULT_CALL=rename INCIDESK_FAULT_PATH=r.json INCIDESK_FAULT_ERRNO=EROFS
fault folder_turns_read_only 2 "r.json: cannot write: Read-only file system; $kept" "$total" \
  INCIDESK_FAULT_CALL=mkstemp INCIDESK_FAULT_ERRNO=EROFS
fault full_mid_session 2 "r.json.journal: cannot write: No space left on device; the session's 6 actions are kept in .*r.json.journal: incidesk recover" 6 \
  INCIDESK_FAULT_CALL=write INCIDESK_FAULT_PATH=.journal INCIDESK_FAULT_AFTER=7
fault full_mid_session_partly 2 "r.json.journal: cannot write: No space left on device; the session's 9 actions are kept" 9 \
  INCIDESK_FAULT_CALL=write INCIDESK_FAULT_PATH=.journal INCIDESK_FAULT_AFTER=10 INCIDESK_FAULT_PARTIAL=1
fault journal_fsync_fails 2 "r.json.journal: cannot write: Input/output error; the session's 3 actions are kept" 3 \
  INCIDESK_FAULT_CALL=fsync INCIDESK_FAULT_PATH=.journal INCIDESK_FAULT_AFTER=4 INCIDESK_FAULT_ERRNO=EIO

# A file size limit (ulimit -f, 1 KB blocks): the record is larger than the journal.
injected=$((injected + 1))
f=$d/file_size_limit && mkdir -p "$f"
size=$(($(wc -c <"$d/lines") / 1024 + 3))
(ulimit -f "$size" && exec "$incidesk" run "$scen" --actions "$acts" --out "$f/r.json" >/dev/null 2>"$f.err")
rc=$?
why=""
[ "$rc" = 2 ] || why="exit $rc, not 2 ($(cat "$f.err"))"
[ -z "$why" ] && { grep -qE "r.json: cannot write: File too large; $kept" "$f.err" || why="stderr: $(cat "$f.err")"; }
[ -z "$why" ] && why=$(only_journal "$f")
[ -z "$why" ] && why=$(journal_holds "$f/r.json.journal" "$total")
if [ -z "$why" ]; then survived=$((survived + 1)); echo "ok   file_size_limit: $(cat "$f.err")"; else fail file_size_limit "$why"; fi

# Actions arriving on stdin: start a session, feed it $2 actions, wait until the journal
# holds them; leaves the pid in $pid and the feed open on fd 3.
start_slow() {
  local f=$1 n=$2 s=${3:-$scen}
  mkfifo "$f/feed"
  "$incidesk" run "$s" --actions - --out "$f/r.json" <"$f/feed" >/dev/null 2>"$f.err" &
  pid=$!
  pids+=("$pid")
  exec 3>"$f/feed"
  head -n "$n" "$d/lines" >&3
  for _ in $(seq 1 200); do
    [ -f "$f/r.json.journal" ] && [ "$(wc -l <"$f/r.json.journal")" -ge $((n + 1)) ] && break
    sleep 0.02
  done
}

# SIGTERM and SIGINT mid-session: exit by the signal, one line saying what is kept.
for sig in TERM INT; do
  injected=$((injected + 1))
  f=$d/sig$sig && mkdir -p "$f"
  start_slow "$f" 7
  kill -s "$sig" "$pid"
  wait "$pid"
  rc=$?
  exec 3>&-
  code=$((128 + $(kill -l "$sig")))
  why=""
  [ "$rc" = "$code" ] || why="exit $rc, not $code"
  [ -z "$why" ] && { grep -qE "^incidesk: interrupted by SIG$sig; the session's 7 actions are kept in .*r.json.journal: incidesk recover" "$f.err" || why="stderr: $(cat "$f.err")"; }
  [ -z "$why" ] && why=$(only_journal "$f")
  [ -z "$why" ] && why=$(journal_holds "$f/r.json.journal" 7)
  if [ -z "$why" ]; then survived=$((survived + 1)); echo "ok   SIG$sig mid-session: $(cat "$f.err")"; else fail "SIG$sig" "$why"; fi
done

# The scenario file changed, then deleted, mid-session: the session plays the version it
# loaded; the record pins it (its SHA-256), verify says the file changed, and is content again
# once that version is back.
for how in changed deleted; do
  injected=$((injected + 1))
  f=$d/scenario_$how && mkdir -p "$f/procedures"
  cp "$scen" "$f/scen.lua"
  cp tests/data/procedures/mini.lua "$f/procedures/mini.lua"
  start_slow "$f" 5 "$f/scen.lua"
  cp "$f/scen.lua" "$f/scen.saved"
  if [ "$how" = changed ]; then echo '-- edited while a session was running' >>"$f/scen.lua"; else rm "$f/scen.lua"; fi
  tail -n +6 "$d/lines" >&3
  exec 3>&-
  wait "$pid"
  rc=$?
  why=""
  [ "$rc" = 0 ] || why="exit $rc ($(cat "$f.err"))"
  [ -z "$why" ] && { grep -qE "^incidesk: note: scenario .*scen.lua (changed|was deleted) during the session; the record pins the version that was played" "$f.err" || why="stderr: $(cat "$f.err")"; }
  [ -z "$why" ] && { [ -f "$f/r.json" ] && [ ! -e "$f/r.json.journal" ] || why="no record, or a journal left"; }
  want="changed"
  [ "$how" = deleted ] && want="missing"
  [ -z "$why" ] && { "$incidesk" verify "$f/r.json" | grep -q "FAILED: scenario file $want" || why="verify did not say the file is $want"; }
  cp "$f/scen.saved" "$f/scen.lua"
  [ -z "$why" ] && { "$incidesk" verify "$f/r.json" >/dev/null || why="verify fails with the played version back"; }
  [ -z "$why" ] && { [ "$($json get "$f/r.json" items)" = "$(cat "$d/reference.items")" ] || why="items differ from an undisturbed run"; }
  if [ -z "$why" ]; then survived=$((survived + 1)); echo "ok   scenario $how mid-session: $(head -c 160 "$f.err")..."; else fail "scenario_$how" "$why"; fi
done

# A journal whose last line is half written (the write a crash cut short): recover drops it
# with a note and keeps every complete action.
injected=$((injected + 1))
f=$d/half_line && mkdir -p "$f"
start_slow "$f" 8
kill -9 "$pid"
wait "$pid" 2>/dev/null
exec 3>&-
printf '%s' "$(sed -n 9p "$d/lines" | head -c 20)" >>"$f/r.json.journal"
out=$("$incidesk" recover "$f/r.json.journal" 2>"$f.err")
why=""
grep -qE "^incidesk: note: .*r.json.journal:10: dropped a half-written last line" "$f.err" || why="stderr: $(cat "$f.err")"
[ -z "$why" ] && { grep -q "recovered 8 actions" <<<"$out" || why="recovered: $out"; }
[ -z "$why" ] && { "$incidesk" verify "$f/r.json" >/dev/null || why="the recovered record does not verify"; }
if [ -z "$why" ]; then survived=$((survived + 1)); echo "ok   half-written journal line: $(cat "$f.err")"; else fail half_line "$why"; fi

# kill -9 at random points of sessions whose actions keep arriving, a few milliseconds
# apart: every action the journal had taken (its line complete) must be in the recovered
# record. Lost = taken by the journal, not in the record.
trials=${KILL_TRIALS:-12} sent_total=0 lost=0
for t in $(seq 1 "$trials"); do
  injected=$((injected + 1))
  f=$d/kill$t && mkdir -p "$f"
  start_slow "$f" 1
  (tail -n +2 "$d/lines" | while IFS= read -r l; do echo "$l"; sleep 0.004; done) >&3 2>/dev/null &
  feeder=$!
  sleep "0.0$((RANDOM % 9 + 1))"
  kill -9 "$pid"
  wait "$pid" 2>/dev/null
  kill "$feeder" 2>/dev/null
  wait "$feeder" 2>/dev/null
  exec 3>&-
  taken=$(($(wc -l <"$f/r.json.journal") - 1))
  sent_total=$((sent_total + taken))
  why=""
  if "$incidesk" recover "$f/r.json.journal" >"$f.out" 2>/dev/null; then
    got=$($json actions "$f/r.json" | wc -l)
    lost=$((lost + taken - got))
    [ "$got" = "$taken" ] || why="recovered $got of $taken actions"
    [ -z "$why" ] && { "$incidesk" verify "$f/r.json" >/dev/null || why="the recovered record does not verify"; }
  else
    why="recover failed: $(cat "$f.out")"
  fi
  if [ -z "$why" ]; then survived=$((survived + 1)); else fail "kill -9 ($t)" "$why"; fi
done
echo "ok   kill -9 at $trials random points: $sent_total actions taken by the journals, $lost lost"

echo "$injected faults injected, $survived survived, $failed failed; kill -9: $lost of $sent_total journalled actions lost"
[ "$failed" = 0 ]
