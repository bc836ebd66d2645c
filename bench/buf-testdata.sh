#!/usr/bin/env bash
# Compares protovet with buf itself on buf's own breaking-rule test cases.
#
#   git clone --depth 1 --branch v1.75.0 https://github.com/bufbuild/buf /tmp/buf-src
#   npm install --no-save @bufbuild/buf@1.75.0
#   bash bench/buf-testdata.sh /tmp/buf-src [path/to/buf]
#
# Every case directory under private/bufpkg/bufcheck/testdata/breaking/current/ that has its own buf.yaml is
# checked by both tools (`breaking . --against ../../previous/<case> --error-format json`, run in the case's
# directory); a case matches when both exit alike and print the same findings, byte for byte (lines sorted).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
src="${1:?usage: bench/buf-testdata.sh <bufbuild/buf checkout> [buf binary]}"
buf="${2:-$root/node_modules/.bin/buf}"
protovet="$root/cli/target/protovet/bin/protovet"
cases="$src/private/bufpkg/bufcheck/testdata/breaking"
[ -d "$cases/current" ] || { echo "no $cases/current: not a checkout of bufbuild/buf" >&2; exit 1; }
[ -x "$buf" ] || { echo "no buf at $buf (npm install --no-save @bufbuild/buf)" >&2; exit 1; }
[ -x "$protovet" ] || { echo "build protovet first: mvn -q package -DskipTests" >&2; exit 1; }
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
matched=0 total=0
for dir in "$cases"/current/*/; do
  name="$(basename "$dir")"
  [ -f "$dir/buf.yaml" ] && [ -d "$cases/previous/$name" ] || continue
  total=$((total + 1))
  for tool in buf protovet; do
    rc=0
    (cd "$dir" && "${!tool}" breaking . --against "../../previous/$name" --error-format json) > "$out/raw" 2>/dev/null || rc=$?
    { sort "$out/raw"; echo "exit $rc"; } > "$out/$tool"
  done
  if cmp -s "$out/buf" "$out/protovet"; then
    matched=$((matched + 1))
  else
    echo "differs: $name"
    diff "$out/buf" "$out/protovet" | sed "s/^/    /" | head -20 || true
  fi
done
echo "cases where protovet prints exactly what buf prints: $matched/$total"
