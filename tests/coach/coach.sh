#!/usr/bin/env bash
# coach: review, recommendations, assignments (and the desk's reading of them), overrides,
# over a small set of generated records (gen_records: 4 trainees, t03 never escalates).
# usage: coach.sh INCIDESK GEN_RECORDS   (from the repository root; needs node)
set -u
incidesk=$(realpath "$1")
gen=$(realpath "$2")
. tests/cli/npm_ci.sh
npm_ci tests/tools || exit 1
passed=0 failed=0
check() { if eval "$2"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $1"; fi; }
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
js() { node -e "const r=JSON.parse(require('fs').readFileSync(0,'utf8')); $1"; }
ajv() { tests/tools/node_modules/.bin/ajv validate --spec=draft2020 --strict=true -c ajv-formats "$@" >"$d/ajv" 2>&1; }

for cmd in review assign override; do
  check "$cmd --help" '"$incidesk" $cmd --help | grep -q "^usage: incidesk $cmd"'
done
check "report --help describes the evidence pack" '"$incidesk" report --help | grep -q -- "--trainee ID"'
printf 'centre-secret-0123456789\n' >"$d/key"
"$gen" "$d/recs" 80 --trainees 4 --seed 7 --key "$d/key" >/dev/null
check "gen_records writes 80 records in folders per trainee" '[ "$(find "$d/recs" -name "*.json" | wc -l)" = 80 ]'
check "the generated records verify (a sample)" \
  '"$incidesk" verify --key "$d/key" $(find "$d/recs" -name "*.json" | sort | head -5) >/dev/null'

# ---- review: tables, JSON, CSV, filters ----
"$incidesk" review "$d/recs" >"$d/table.txt"
check "review prints the three tables and recommendations" \
  'grep -q "^Reviewed 80 records" "$d/table.txt" && grep -q "^Per trainee" "$d/table.txt" && grep -q "^Per criterion" "$d/table.txt" && grep -q "^Per scenario" "$d/table.txt" && grep -q "^Recommendations" "$d/table.txt"'
"$incidesk" review "$d/recs" --json >"$d/r.json"
check "review --json: 4 trainees, 80 sessions in all" \
  '[ "$(js "console.log(r.trainees.length, r.trainees.reduce((a,t)=>a+t.sessions,0))" <"$d/r.json")" = "4 80" ]'
check "every criterion row counts met + partly + not met = sessions" \
  '[ "$(js "console.log(r.criteria.every(c=>c.met+c.partly_met+c.not_met===c.sessions && c.sessions>0))" <"$d/r.json")" = true ]'
check "t03, who never escalates, is weak on CC38-1.7" \
  '[ "$(js "const t=r.recommendations.find(x=>x.trainee===\"t03\"); console.log(t.weak_criteria.some(w=>w.key===\"CC38-1.7\"))" <"$d/r.json")" = true ]'
js 'const t=r.recommendations.find(x=>x.trainee==="t03"); console.log(t.scenarios.slice(0,3).map(s=>s.scenario).join("\n"))' \
  <"$d/r.json" >"$d/t03.txt"
esc=1
while read -r s; do grep -A3 "tags *=" "scenarios/$s.lua" | grep -q "escalation" || esc=0; done <"$d/t03.txt"
check "recommendations for t03 name escalation scenarios ($(tr '\n' ' ' <"$d/t03.txt"))" \
  '[ -s "$d/t03.txt" ] && [ "$esc" = 1 ] && grep -q "practises CC38-1.7" <(js "console.log(JSON.stringify(r.recommendations))" <"$d/r.json")'
check "per scenario: rated and observed difficulty, most common mistakes" \
  '[ "$(js "console.log(r.scenarios.every(s=>s.rated_difficulty>=1&&s.observed_difficulty>=1&&Array.isArray(s.most_common_mistakes)))" <"$d/r.json")" = true ]'
"$incidesk" review "$d/recs" --trainee t03 --unit CC39 --from 2026-02-01 --to 2026-05-31 --json >"$d/f.json"
check "filters: trainee, unit and dates" \
  '[ "$(js "console.log(r.trainees.map(t=>t.trainee).join(), r.scenarios.every(s=>s.unit===\"CC39\"), r.records.outside_filters>0)" <"$d/f.json")" = "t03 true true" ]'
"$incidesk" review "$d/recs" --csv --by criterion >"$d/c.csv"
check "--csv --by criterion: a header and a row per criterion" \
  'head -1 "$d/c.csv" | grep -q "^criterion,sessions,met,partly_met,not_met" && [ "$(($(wc -l <"$d/c.csv") - 1))" = "$(js "console.log(r.criteria.length)" <"$d/r.json")" ]'
"$incidesk" review "$d/recs" --by trainee -o "$d/t.txt" 2>/dev/null
check "-o writes the table to a file" 'grep -q "^t03 " "$d/t.txt" && ! grep -q "^Per criterion" "$d/t.txt"'

# ---- records that fail verification are listed and left out ----
one=$(find "$d/recs/t01" -name "*.json" | sort | head -1)
sed 's/"percent":\([[:space:]]*\)\([0-9]\)/"percent":\11\2/' "$one" >"$d/recs/t01/forged.json"
printf '{"format": "incidesk-record/1", "trainee": ' >"$d/recs/t01/cut.json"
echo '{"format":"incidesk-assignments/1","assignments":[]}' >"$d/recs/assignments.json"
"$incidesk" review "$d/recs" --json >"$d/r2.json"
check "a forged and a cut record are left out, named, with why; other JSON is skipped" \
  '[ "$(js "console.log(r.records.reviewed, r.records.left_out, r.records.not_records, r.left_out.some(l=>/forged.json: digest$/.test(l)), r.left_out.some(l=>/cut.json: not valid JSON/.test(l)))" <"$d/r2.json")" = "80 2 1 true true" ]'
printf 'another-centre-0123456789\n' >"$d/other.key"
check "--key: records sealed under another key fail the HMAC check" \
  '"$incidesk" review "$d/recs" --key "$d/other.key" --json | js "process.exit(r.left_out.filter(l=>/: hmac$/.test(l)).length===80 && r.records.reviewed===0 ? 0 : 1)"'
rm "$d/recs/t01/forged.json" "$d/recs/t01/cut.json"
# a forger who re-digests: only the re-run of --full (or the HMAC of --key) finds it
three=$(find "$d/recs/t03" -name "*.json" | sort | head -1)
node tests/tools/json.js set "$three" score.percent 1 | node tests/tools/json.js redigest /dev/stdin >"$d/redigested.json"
mkdir -p "$d/few" && cp "$d/redigested.json" "$three" "$d/few/"
check "a re-digested forgery passes the quick check" \
  '"$incidesk" review "$d/few" --json | js "process.exit(r.records.reviewed===2 ? 0 : 1)"'
check "review --full re-runs every record, as verify does, and leaves the forgery out" \
  '"$incidesk" review "$d/few" --full --json | js "process.exit(r.records.reviewed===1 && r.left_out.length===1 && /redigested.json: score differ/.test(r.left_out[0]) ? 0 : 1)"'
check "--key finds it too (its HMAC no longer matches)" \
  '"$incidesk" review "$d/few" --key "$d/key" --json | js "process.exit(r.records.reviewed===1 && /: hmac$/.test(r.left_out[0]) ? 0 : 1)"'

# ---- coach overrides: signed, beside the record, counted by review ----
rec=$(grep -l '"forbidden_advice"' $(find "$d/recs/t03" -name "*.json" | sort) | head -1)
[ -z "$rec" ] && rec=$(find "$d/recs/t03" -name "*.json" | sort | head -1)
item=$(node -e 'const r=JSON.parse(require("fs").readFileSync(process.argv[1]));const i=r.items.find(i=>i.points<i.possible)||r.items[0];console.log(i.id+" "+i.possible)' "$rec")
set -- $item
before=$(sha256sum "$rec")
"$incidesk" override "$rec" "$1" --points "$2" --why "The unit log shows it was done; the recorder missed it." --coach C1 --key "$d/key" >"$d/o.txt"
check "override writes a signed addendum beside the record and leaves the record as it was" \
  '[ -f "${rec%.json}.override.json" ] && [ "$(sha256sum "$rec")" = "$before" ] && grep -q "1 override, signed" "$d/o.txt"'
ajv -s docs/schema/override.schema.json -d "${rec%.json}.override.json"
check "the addendum is valid against docs/schema/override.schema.json" '[ $? = 0 ] || { cat "$d/ajv"; false; }'
check "review with the key counts the override" \
  '"$incidesk" review "$d/recs" --key "$d/key" --json | js "process.exit(r.records.overrides_applied===1 && r.trainees.find(t=>t.trainee===\"t03\").overrides===1 ? 0 : 1)"'
check "review without a key leaves it aside, with a note" \
  '"$incidesk" review "$d/recs" --json | js "process.exit(r.records.overrides_applied===0 && r.notes.some(n=>/no --key/.test(n)) ? 0 : 1)"'
cp "${rec%.json}.override.json" "$d/addendum.bak"
sed -i 's/"coach":\([[:space:]]*\)"C1"/"coach":\1"C9"/' "${rec%.json}.override.json"
check "a changed addendum is not applied (its seal no longer matches)" \
  '"$incidesk" review "$d/recs" --key "$d/key" --json | js "process.exit(r.records.overrides_applied===0 && r.notes.some(n=>/seal does not match/.test(n)) ? 0 : 1)"'
"$incidesk" override "$rec" "$1" --points 0 --why "Second look: not done after all." --coach C2 --key "$d/key" >/dev/null 2>"$d/e.txt"
check "override refuses to add to a changed addendum (exit 2, one line)" '[ $? = 2 ] && grep -q "seal does not match" "$d/e.txt"'
cp "$d/addendum.bak" "${rec%.json}.override.json"
"$incidesk" report "$rec" --key "$d/key" -o "$d/ev.html" >/dev/null
check "the evidence report shows the override, its justification and its seal" \
  'grep -q "Coach overrides" "$d/ev.html" && grep -q "recorder missed it" "$d/ev.html" && grep -q "seal verified" "$d/ev.html"'

# ---- assignments: create, list, status; the desk reads the same file ----
"$incidesk" assign create --records "$d/recs" --trainee t01,t02 --scenario house_fire --scenario road_collision \
  --mode practice --min 70 --due 2026-03-01 --note "Brief every unit." --by coach1 >"$d/a.txt"
check "assign create adds A1 to RECORDS/assignments.json" 'grep -q "^A1: t01,t02 - house_fire, road_collision" "$d/a.txt"'
"$incidesk" assign create --records "$d/recs" --trainee t01 --criterion CC38-1.1 --min 0 >/dev/null
"$incidesk" assign create --records "$d/recs" --from-review "$d/recs" --trainee t03 >"$d/fr.txt"
check "assign create --from-review names t03's escalation scenarios and CC38-1.7" \
  'grep -q "^A3: t03 - $(head -1 "$d/t03.txt")" "$d/fr.txt" && grep -q "practise CC38-1.7" "$d/fr.txt"'
"$incidesk" assign create --records "$d/recs" --from-review "$d/recs" --trainee t03 >"$d/fr2.txt"
check "running --from-review again adds nothing twice" 'grep -q "^0 assignments added" "$d/fr2.txt"'
ajv -s docs/schema/assignments.schema.json -d "$d/recs/assignments.json"
check "the assignments file is valid against docs/schema/assignments.schema.json" '[ $? = 0 ] || { cat "$d/ajv"; false; }'
check "assign list shows each assignment and its note" \
  '"$incidesk" assign list --records "$d/recs" | grep -q "note: Brief every unit."'
# records made before an assignment do not count; the generated ones are from 2026, so date it back
node -e 'const f=process.argv[1],j=JSON.parse(require("fs").readFileSync(f));j.assignments.forEach(a=>a.created="2026-01-01T00:00:00Z");require("fs").writeFileSync(f,JSON.stringify(j,null,1))' "$d/recs/assignments.json"
"$incidesk" assign status --records "$d/recs" --today 2026-12-01 --json >"$d/s.json"
check "status: every assignment of every trainee, with its state" \
  '[ "$(js "console.log(r.length, r.every(p=>[\"done\",\"started\",\"not started\",\"overdue\"].includes(p.state)))" <"$d/s.json")" = "4 true" ]'
check "a completed assignment links to the records that completed it" \
  '[ "$(js "const p=r.find(p=>p.id===\"A2\"); console.log(p.state, p.completed_by.length, require(\"fs\").existsSync(p.completed_by[0].record))" <"$d/s.json")" = "done 1 true" ]'
check "an assignment past its due date and not done is overdue" \
  '[ "$(js "console.log(r.filter(p=>p.id===\"A1\").every(p=>p.state===\"done\"||p.state===\"overdue\"))" <"$d/s.json")" = true ]'
"$incidesk" assign status --records "$d/recs" --today 2026-12-01 --trainee t01 >"$d/s.txt"
check "status as text names the record that completed the criterion" \
  'grep -q "^A2 \[t01\] done" "$d/s.txt" && grep -q "done: CC38-1.1 by $d/recs/t01/" "$d/s.txt"'
# the desk's first, provisional shape is still read
echo '{"assignments": [{"trainee": "t1", "scenario": "mini_fire", "mode": "assessment", "min_percent": 80}]}' >"$d/old.json"
check "the desk's provisional shape reads as one assignment" \
  '"$incidesk" assign list --file "$d/old.json" | grep -q "^#1: t1 - mini_fire (assessment, at least 80%)"'

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
