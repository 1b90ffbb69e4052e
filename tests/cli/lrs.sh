#!/usr/bin/env bash
# export --xapi --lrs against a real Learning Record Store: Learning Locker's xAPI service
# (../shared/tools/lrs, in memory, on 127.0.0.1), started here and stopped on exit. The
# export of a golden record is posted, every statement is read back by its id and must be
# unchanged; posting again is accepted; a refusal and an unreachable LRS give one line, exit 1.
# usage: lrs.sh INCIDESK   (from the repository root, with ../shared beside it)
set -u
incidesk=$(realpath "$1")
lrs=../shared/tools/lrs
[ -x "$lrs/start" ] || { echo "FAIL: $lrs not found (../shared must sit beside the repository)"; exit 1; }
passed=0 failed=0
check() { if eval "$2"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $1"; tail -5 "$d/out" 2>/dev/null; fi; }
d=$(mktemp -d)
LRS_PID=""
trap '[ -n "$LRS_PID" ] && "$lrs/stop" "$LRS_PID"; rm -rf "$d"' EXIT

# A free port of our own: try a few, as another test may hold one.
for _ in 1 2 3 4 5; do
  port=$((20000 + RANDOM % 20000))
  if "$lrs/start" --port "$port" --dir "$d/lrs" >"$d/env" 2>"$d/start.err"; then
    eval "$(cat "$d/env")"
    break
  fi
done
[ -n "$LRS_PID" ] || { echo "FAIL: the LRS did not start: $(tail -1 "$d/start.err")"; exit 1; }

g=tests/golden/house_fire.expert.json
[ -f "$g" ] || g=tests/golden/mini_fire.expert.json
"$incidesk" export --xapi "$g" -o "$d/sent.json" --lrs "$LRS_URL" --auth test:secret >"$d/out" 2>&1
check "the export of $g is posted (exit 0)" '[ $? = 0 ] && grep -q "^posted [0-9]* statements of 1 record to $LRS_URL$" "$d/out"'

# Read each statement back by its id; compare with what was sent, less what an LRS adds.
node - "$d/sent.json" "$LRS_URL" >"$d/out" 2>&1 <<'JS'
const fs = require('fs');
const { execFileSync } = require('child_process');
const [file, url] = process.argv.slice(2);
const sent = JSON.parse(fs.readFileSync(file, 'utf8'));
const sort = v => Array.isArray(v) ? v.map(sort) : v && typeof v === 'object'
  ? Object.fromEntries(Object.keys(v).sort().map(k => [k, sort(v[k])])) : v;
let same = 0;
for (const st of sent) {
  const body = execFileSync('curl', ['-sf', '-H', 'X-Experience-API-Version: 1.0.3',
    `${url}/statements?statementId=${st.id}`], { encoding: 'utf8' });
  const got = JSON.parse(body);
  for (const k of ['stored', 'authority', 'version']) delete got[k];
  if (JSON.stringify(sort(got)) === JSON.stringify(sort(st))) same++;
  else console.log(`statement ${st.id} differs:\n${JSON.stringify(sort(got))}\n${JSON.stringify(sort(st))}`);
}
console.log(`${same} of ${sent.length} statements read back unchanged`);
process.exit(same === sent.length && same > 0 ? 0 : 1);
JS
check "every statement reads back unchanged ($(tail -1 "$d/out"))" '[ $? = 0 ]'

"$incidesk" export --xapi "$g" --lrs "$LRS_URL/" --auth test:secret >"$d/out" 2>&1
check "posting the same export again is accepted" '[ $? = 0 ]'

"$incidesk" export --xapi "$g" --lrs "$LRS_URL/nowhere" >"$d/out" 2>&1
check "a refusal is one line naming the URL and the HTTP status, exit 1" \
  '[ $? = 1 ] && [ "$(wc -l <"$d/out")" = 1 ] && grep -q "^incidesk: $LRS_URL/nowhere/statements: the LRS refused the statements: HTTP 404" "$d/out"'

"$lrs/stop" "$LRS_PID"
LRS_PID=""
"$incidesk" export --xapi "$g" --lrs "$LRS_URL" >"$d/out" 2>&1
check "an LRS that is gone: retried, then one line, exit 1" \
  '[ $? = 1 ] && [ "$(wc -l <"$d/out")" = 1 ] && grep -q "no answer from the LRS after 4 tries" "$d/out"'

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
