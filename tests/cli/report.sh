#!/usr/bin/env bash
# report: the evidence report of a golden record is one self-contained page (nothing to
# fetch); headless Chromium renders it (DOM and PDF) and the content an assessor needs is
# there; a forged record is reported as NOT VERIFIED with exit 1.
# usage: report.sh INCIDESK   (from the repository root; needs chromium: scripts/deps)
set -u
incidesk=$(realpath "$1")
command -v chromium >/dev/null || { echo "FAIL: chromium is not installed (scripts/deps installs it)"; exit 1; }
json="node tests/tools/json.js"
passed=0 failed=0
check() { if eval "$2"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $1"; fi; }
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
chrome() { # chrome ARGS... FILE: headless, no network, a profile of its own
  timeout 90 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --disable-extensions \
    --user-data-dir="$d/profile" "$@" 2>>"$d/chrome.log"
}

g=tests/golden/house_fire.expert.json
[ -f "$g" ] || g=tests/golden/mini_fire.expert.json
out=$("$incidesk" report "$g" -o "$d/r.html")
check "report writes the page and says the record verified" '[ $? = 0 ] && [ "$out" = "$d/r.html: 1 record, all verified" ]'
check "the page is self-contained: no src, href, url() or @import" \
  '! grep -Eiq "(src|href)=|url\(|@import" "$d/r.html"'

chrome --dump-dom "file://$d/r.html" >"$d/dom.html"
has() { grep -qF -- "$1" "$d/dom.html"; }
check "chromium renders it (DOM dumped)" '[ -s "$d/dom.html" ] && has "</html>"'
check "trainee, scenario title and procedure are shown" \
  'has ">$($json get "$g" trainee | tr -d \")<" && has "$($json get "$g" scenario.title | tr -d \")" && has "$($json get "$g" procedure.id | tr -d \"), version"'
check "both file hashes are shown" \
  'has "$($json get "$g" scenario.sha256 | tr -d \")" && has "$($json get "$g" procedure.sha256 | tr -d \")"'
check "verification status, score and compliance level" \
  'has ">Verified<" && has "$($json get "$g" score.level | tr -d \")" && has ">passed<"'
missing=""
for c in $(node -e 'console.log(Object.keys(JSON.parse(require("fs").readFileSync(process.argv[1])).by_criterion).join(" "))' "$g"); do
  has "<h3>$c " || missing="$missing $c"
done
check "every criterion evidenced has its section${missing:+ (missing:$missing)}" '[ -z "$missing" ]'
check "every scored item is listed" \
  '[ "$(grep -o "<tr><td>[^<]*</td><td>" "$d/dom.html" | wc -l)" = "$($json get "$g" items | node -e "console.log(JSON.parse(require(\"fs\").readFileSync(0)).length)")" ]'
check "the timeline is an inline SVG with a mark per action, event and item" \
  'has "<svg" && [ "$(grep -o "<circle" "$d/dom.html" | wc -l)" -gt 10 ]'
check "the evidence type is named as the units name it" 'has "Observation of simulated practice" && has "observation"'

chrome --no-pdf-header-footer --print-to-pdf="$d/r.pdf" "file://$d/r.html" >/dev/null
check "it prints to PDF" \
  '[ "$(head -c 4 "$d/r.pdf")" = "%PDF" ] && [ "$(grep -ac "/Type /Page$\|/Type /Page[^s]" "$d/r.pdf")" -ge 1 ]'

# A forged record: the page is still written, says NOT VERIFIED and why; exit 1.
$json set "$g" 'items[1].points' 0 | $json redigest /dev/stdin >"$d/forged.json"
"$incidesk" report "$d/forged.json" "$g" -o "$d/f.html" >/dev/null
check "a forged record is reported NOT VERIFIED, naming the difference, exit 1" \
  '[ $? = 1 ] && grep -q "NOT VERIFIED</span> items differ at items\[1\].points" "$d/f.html" && [ "$(grep -c "<section class=\"record\">" "$d/f.html")" = 2 ]'

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
