#!/usr/bin/env bash
# Start-up benchmark for hooks: a 3-file repository, `protovet breaking . --against .git#branch=main` (with the
# baseline's compile cached from the run before, and with --no-cache) and against the same baseline as a plain
# directory, timed side by side with `buf breaking` on the same inputs. Uses hyperfine (apt-get install -y hyperfine).
#
#   bash bench/startup.sh                 # PROTOVET=cli/target/protovet/bin/protovet, BUF=buf or node_modules/.bin/buf
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bash bench/startup.sh
#
# Results: bench/work/results/startup.md and startup.json. Numbers depend on the machine; run it on a quiet one.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
PROTOVET=${PROTOVET:-$root/cli/target/protovet/bin/protovet}
BUF=${BUF:-$(command -v buf || echo "$root/node_modules/.bin/buf")}
RUNS=${RUNS:-20}
command -v hyperfine >/dev/null || { echo "hyperfine is missing: apt-get install -y hyperfine" >&2; exit 1; }
[ -x "$PROTOVET" ] || { echo "no protovet at $PROTOVET: run mvn -q package -DskipTests first" >&2; exit 1; }

repo="$root/bench/work/startup-repo"
rm -rf "$repo" && mkdir -p "$repo" && cd "$repo"
git init -q -b main
for name in orders users payments; do
  cat > "$name.proto" <<PROTO
syntax = "proto3";
package acme.$name.v1;
message Thing {
  string id = 1;
  int32 count = 2;
  repeated string tags = 3;
}
PROTO
done
git add -A && git -c user.email=bench@example.com -c user.name=bench commit -q -m v1
rm -rf "$root/bench/work/startup-before" && mkdir -p "$root/bench/work/startup-before"
cp ./*.proto "$root/bench/work/startup-before/"   # the same baseline as a plain directory
sed -i 's/int32 count/int64 count/' orders.proto   # one breaking change in the working tree

mkdir -p "$root/bench/work/results"
# warm: the baseline's compile kept from the run before (the usual case in a hook); cold: compiled every time
export PROTOVET_CACHE_DIR="$root/bench/work/startup-cache"
rm -rf "$PROTOVET_CACHE_DIR"
commands=(-n "protovet (baseline cached)" "$PROTOVET breaking . --against .git#branch=main"
          -n "protovet --no-cache" "$PROTOVET breaking . --against .git#branch=main --no-cache"
          -n "protovet dir vs dir" "$PROTOVET breaking . --against $root/bench/work/startup-before")
if [ -x "$BUF" ]; then
  commands+=(-n buf "$BUF breaking . --against .git#branch=main"
             -n "buf dir vs dir" "$BUF breaking . --against $root/bench/work/startup-before")
else
  echo "buf not found (npm install @bufbuild/buf, or BUF=...): timing protovet alone" >&2
fi
"$PROTOVET" breaking . --against '.git#branch=main' || true   # first run: makes a per-user archive unless this JDK built the distribution
hyperfine -i -N --warmup 3 --runs "$RUNS" "${commands[@]}" \
  --export-markdown "$root/bench/work/results/startup.md" --export-json "$root/bench/work/results/startup.json"
