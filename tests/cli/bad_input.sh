#!/usr/bin/env bash
# Runs every case of tests/bad/cases.tsv: exit code 2, exactly the expected line on stderr,
# nothing on stdout, and no file left in the output folder (nor beside the inputs, in
# tests/bad: no journal, record or temporary file).
# usage: bad_input.sh INCIDESK   (from the repository root)
set -u
incidesk=$1
passed=0 failed=0
before=$(ls -a tests/bad)
while IFS=$'\t' read -r args expected; do
  case "$args" in ''|'#'*) continue ;; esac
  out=$(mktemp -d)
  read -r -a argv <<<"${args//OUT/$out}"
  stdout=$("$incidesk" "${argv[@]}" 2>"$out.err")
  rc=$?
  got=$(sed "s#$out#OUT#g" "$out.err")
  left=$(find "$out" -mindepth 1 | head -3)
  if [ "$rc" = 2 ] && [ "$got" = "incidesk: ${expected#incidesk: }" ] && [ -z "$stdout" ] && [ -z "$left" ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: incidesk $args"
    echo "  exit $rc (want 2); stderr: $got"
    echo "  want: $expected"
    [ -n "$stdout" ] && echo "  stdout: $stdout"
    [ -n "$left" ] && echo "  left behind: $left"
  fi
  rm -rf "$out" "$out.err"
done < tests/bad/cases.tsv
if [ "$(ls -a tests/bad)" != "$before" ]; then
  failed=$((failed + 1))
  echo "FAIL: files left in tests/bad: $(diff <(echo "$before") <(ls -a tests/bad) | grep '^>' | head -3)"
fi
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
