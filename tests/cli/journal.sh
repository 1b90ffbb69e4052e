#!/usr/bin/env bash
# The journal: `run --actions -` applies actions as they arrive on stdin and flushes each to
# RECORD.journal first; kill -9 in the middle of a session, then `recover`: the record holds
# every action written to the journal. Also: a half-written last line, a journal already
# there, a changed scenario, bad input leaving nothing behind.
# usage: journal.sh INCIDESK   (from the repository root; needs node for JSON)
set -u
incidesk=$1
json="node tests/tools/json.js"
scen=tests/data/mini_fire.lua
acts=tests/data/mini_fire.expert.json
passed=0 failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*"; }
check() { if eval "$2"; then ok; else bad "$1"; fi; }
d=$(mktemp -d)
pid=""
cleanup() { [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null; rm -rf "$d"; }
trap cleanup EXIT
$json actions "$acts" >"$d/lines"
total=$(wc -l <"$d/lines")

# 1. The whole session through stdin gives the same session as the file; no journal left.
want=$("$incidesk" run "$scen" --actions "$acts")
got=$("$incidesk" run "$scen" --actions - --out "$d/full.json" <"$d/lines")
check "stdin run summary equals the file run's" '[ "${got% -> *}" = "$want" ]'
check "no journal after a finished session" '[ ! -e "$d/full.json.journal" ]'
check "the stdin record verifies" '"$incidesk" verify "$d/full.json" >/dev/null'

# 2. kill -9 while the actions arrive slowly; recover.
keep=7
mkfifo "$d/feed"
"$incidesk" run "$scen" --actions - --out "$d/r.json" --trainee t7 <"$d/feed" >/dev/null 2>&1 &
pid=$!
exec 3>"$d/feed"
head -n "$keep" "$d/lines" | while IFS= read -r line; do echo "$line" >&3; sleep 0.05; done
for _ in $(seq 1 100); do # until the journal holds the header and every action sent
  [ -f "$d/r.json.journal" ] && [ "$(wc -l <"$d/r.json.journal")" -ge $((keep + 1)) ] && break
  sleep 0.05
done
kill -9 "$pid"
wait "$pid" 2>/dev/null
pid=""
exec 3>&-
check "the killed session left its journal and no record" '[ -f "$d/r.json.journal" ] && [ ! -e "$d/r.json" ]'
cp "$d/r.json.journal" "$d/saved.journal"
out=$("$incidesk" recover "$d/r.json.journal" 2>"$d/err")
check "recover exits 0 and says how many actions" '[ $? = 0 ] && grep -q "recovered $keep actions of mini_fire" <<<"$out"'
check "the record holds every action of the journal" \
  '[ "$($json actions "$d/r.json")" = "$(tail -n +2 "$d/saved.journal")" ] && [ "$(tail -n +2 "$d/saved.journal" | wc -l)" = $keep ]'
check "the recovered record is marked and keeps the trainee" \
  '[ "$($json get "$d/r.json" recovered)" = true ] && [ "$($json get "$d/r.json" trainee)" = "\"t7\"" ]'
check "the journal is removed after recovery" '[ ! -e "$d/r.json.journal" ]'
check "the recovered record verifies" '"$incidesk" verify "$d/r.json" >/dev/null'
check "recover never overwrites a record" \
  '! "$incidesk" recover "$d/saved.journal" --out "$d/r.json" 2>/dev/null && [ -e "$d/saved.journal" ]'

# 3. A write cut short: the half line is dropped with a note, the rest kept.
cp "$d/saved.journal" "$d/cut.journal"
printf '{"t_ms":90000,"ty' >>"$d/cut.journal"
"$incidesk" recover "$d/cut.journal" --out "$d/cut.json" >/dev/null 2>"$d/err"
check "a half-written last line is dropped with a note" \
  '[ $? = 0 ] && grep -q "cut.journal:$((keep + 2)): dropped a half-written last line" "$d/err"'
check "and every complete action is kept" '[ "$($json actions "$d/cut.json" | wc -l)" = $keep ]'

# 4. A journal already there: the session is refused and the journal left alone.
cp "$d/saved.journal" "$d/again.json.journal"
"$incidesk" run "$scen" --actions "$acts" --out "$d/again.json" >/dev/null 2>"$d/err"
check "a second session on an unrecovered journal is refused" \
  '[ $? = 2 ] && grep -q "recover it with" "$d/err" && cmp -s "$d/saved.journal" "$d/again.json.journal" && [ ! -e "$d/again.json" ]'

# 5. The scenario changed since the session: recover refuses.
mkdir -p "$d/s/procedures"
cp "$scen" "$d/s/"
cp tests/data/procedures/mini.lua "$d/s/procedures/"
head -n 3 "$d/lines" >"$d/three"
# a journal of that session, cut before its end, as a crash would leave it
{ printf '{"format":"incidesk-journal/1","scenario":{"file":"%s","sha256":"%s"},' "$d/s/mini_fire.lua" \
    "$(sha256sum "$d/s/mini_fire.lua" | cut -d' ' -f1)"
  printf '"procedure":{"file":"%s","sha256":"%s"},"seed":"1","trainee":"t","mode":"practice","started":"2026-01-01T00:00:00Z"}\n' \
    "$d/s/procedures/mini.lua" "$(sha256sum "$d/s/procedures/mini.lua" | cut -d' ' -f1)"
  cat "$d/three"; } >"$d/s/x.json.journal"
echo "-- edited" >>"$d/s/mini_fire.lua"
"$incidesk" recover "$d/s/x.json.journal" >/dev/null 2>"$d/err"
check "recover refuses a scenario that changed since the session" \
  '[ $? = 2 ] && grep -q "x.json.journal:1: scenario file .* changed since the session" "$d/err" && [ ! -e "$d/s/x.json" ]'

# 6. Bad input on stdin mid-session: exit 2, no record, no journal.
{ head -n 3 "$d/lines"; echo '{"t_ms": 9000, "type": "hold"}'; } |
  "$incidesk" run "$scen" --actions - --out "$d/b.json" >/dev/null 2>"$d/err"
check "a bad stdin line is refused at its line, leaving nothing" \
  '[ $? = 2 ] && [ "$(cat "$d/err")" = "incidesk: stdin:4: unknown action type '"'"'hold'"'"'" ] && [ ! -e "$d/b.json" ] && [ ! -e "$d/b.json.journal" ]'
{ sed -n 2p "$d/lines"; sed -n 1p "$d/lines"; } |
  "$incidesk" run "$scen" --actions - --out "$d/b.json" >/dev/null 2>"$d/err"
check "actions out of time order on stdin are refused" \
  '[ $? = 2 ] && grep -q "stdin:2: action at t_ms 3000 is earlier" "$d/err" && [ ! -e "$d/b.json.journal" ]'

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
