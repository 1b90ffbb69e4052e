#!/usr/bin/env bash
# coach_html: the team report (review --html) and the assessor's evidence pack (report
# --trainee) are self-contained pages that headless Chromium renders (DOM and PDF), with the
# charts, the unit matrix, the gaps and the links an assessor follows.
# usage: coach_html.sh INCIDESK GEN_RECORDS   (from the repository root; needs chromium)
set -u
incidesk=$(realpath "$1")
gen=$(realpath "$2")
command -v chromium >/dev/null || { echo "FAIL: chromium is not installed (scripts/deps installs it)"; exit 1; }
passed=0 failed=0
check() { if eval "$2"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $1"; fi; }
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
chrome() { # chrome ARGS... FILE: headless, no network, a profile of its own
  timeout 90 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --disable-extensions \
    --user-data-dir="$d/profile" "$@" 2>>"$d/chrome.log"
}
pages() { grep -ac "/Type /Page$\|/Type /Page[^s]" "$1"; }

printf 'centre-secret-0123456789\n' >"$d/key"
"$gen" "$d/recs" 60 --trainees 4 --seed 11 --key "$d/key" >/dev/null

# ---- the team report ----
"$incidesk" review "$d/recs" --key "$d/key" --html "$d/team.html" >/dev/null
check "review --html writes the team report" '[ -s "$d/team.html" ]'
check "the team report is self-contained: no src, href, url() or @import" \
  '! grep -Eiq "(src|href)=|url\(|@import" "$d/team.html"'
chrome --dump-dom "file://$d/team.html" >"$d/team.dom"
has() { grep -qF -- "$1" "$2"; }
check "chromium renders it" 'has "</html>" "$d/team.dom" && has "<h1>Team report</h1>" "$d/team.dom"'
check "scores over time: a chart per trainee" '[ "$(grep -o "percent per session over time" "$d/team.dom" | wc -l)" = 4 ]'
ncrit=$("$incidesk" review "$d/recs" --key "$d/key" --json | node -e 'console.log(JSON.parse(require("fs").readFileSync(0)).criteria.length)')
check "the heat map has a cell per trainee and criterion, and the team's row ($ncrit criteria)" \
  '[ "$(grep -o "<rect[^>]*><title>[^<]*of points in" "$d/team.dom" | wc -l)" -ge "$ncrit" ] && [ "$(grep -c ">team</text>" "$d/team.dom")" = 1 ]'
check "the time-to-answer distribution is drawn against the 10 s standard" \
  'has "10 s standard" "$d/team.dom" && grep -q "answered calls within 10 s" "$d/team.dom"'
check "the tables: trainees, criteria, scenarios" \
  'has "<h2>Trainees</h2>" "$d/team.dom" && has "<h2>Criteria</h2>" "$d/team.dom" && has "<h2>Scenarios</h2>" "$d/team.dom"'
chrome --no-pdf-header-footer --print-to-pdf="$d/team.pdf" "file://$d/team.html" >/dev/null
check "the team report prints to PDF" '[ "$(head -c 4 "$d/team.pdf")" = "%PDF" ] && [ "$(pages "$d/team.pdf")" -ge 2 ]'

# ---- the evidence pack ----
n=$(find "$d/recs/t03" -name "*.json" | wc -l)
out=$("$incidesk" report --trainee t03 "$d/recs" --key "$d/key" -o "$d/pack.html")
check "report --trainee writes the pack, every session verified" \
  '[ $? = 0 ] && [ "$out" = "$d/pack.html: evidence pack for t03, $n sessions, all verified" ]'
check "the pack is self-contained: links only within the page" \
  '! grep -Eiq "src=|href=\"[^#]|url\(|@import" "$d/pack.html"'
chrome --dump-dom "file://$d/pack.html" >"$d/pack.dom"
check "chromium renders it" 'has "<h1>Evidence pack: t03</h1>" "$d/pack.dom"'
check "the unit matrix lists all 34 criteria of CC38 and CC39" \
  '[ "$(grep -o "<td class=\"code\">CC3[89]-[0-9.]*</td>" "$d/pack.dom" | sort -u | wc -l)" = 34 ]'
check "gaps are listed (CC38-1.7 among them: t03 never escalates)" \
  'has "<h2>Gaps</h2>" "$d/pack.dom" && has "CC38-1.7: evidenced but never fully met" "$d/pack.dom"'
check "every session has its evidence report section" \
  '[ "$(grep -c "<section class=\"record\" id=\"session-" "$d/pack.dom")" = "$n" ]'
bad=0
for a in $(grep -o 'href="#[^"]*"' "$d/pack.dom" | sort -u | sed 's/href="#\(.*\)"/\1/'); do
  grep -q "id=\"$a\"" "$d/pack.dom" || bad=$((bad + 1))
done
check "every link of the matrix goes to a session's report ($bad broken)" \
  '[ "$bad" = 0 ] && [ "$(grep -c "class=\"sess met\"" "$d/pack.dom")" -gt 0 ]'
chrome --no-pdf-header-footer --print-to-pdf="$d/pack.pdf" "file://$d/pack.html" >/dev/null
check "the pack prints to PDF, a page or more per session" \
  '[ "$(head -c 4 "$d/pack.pdf")" = "%PDF" ] && [ "$(pages "$d/pack.pdf")" -gt "$n" ]'

# a forged session is shown NOT VERIFIED and evidences nothing; exit 1
f=$(find "$d/recs/t03" -name "*.json" | sort | head -1)
sed -i 's/"points":\([[:space:]]*\)0,/"points":\13,/' "$f"
"$incidesk" report --trainee t03 "$d/recs" --key "$d/key" -o "$d/pack2.html" >/dev/null
check "a forged session: the pack is written, exit 1, NOT VERIFIED" \
  '[ $? = 1 ] && grep -q "NOT VERIFIED" "$d/pack2.html"'
check "the forged session evidences nothing in the matrix" \
  '[ "$(grep -o "class=\"sess [a-z]*\" href=\"#session-" "$d/pack2.html" | wc -l)" -lt "$(grep -o "class=\"sess [a-z]*\" href=\"#session-" "$d/pack.html" | wc -l)" ]'

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
