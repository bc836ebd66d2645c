#!/usr/bin/env bash
# The web UI's subjects page with 10,000 subjects: request time over loopback (target < 300 ms server time).
# Usage: bash bench/registry-ui.sh [--database-url jdbc:postgresql://... --database-user postgres]
# Environment: PORT (default 18082), SUBJECTS (default 10000), RUNS (default 20).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=registry-server/target/protovet-registry.jar
[ -f "$JAR" ] || { echo "build first: mvn -q package -DskipTests" >&2; exit 1; }
PORT=${PORT:-18082}
WORK=bench/work/registry-ui
rm -rf "$WORK" && mkdir -p "$WORK"
java -jar "$JAR" --port "$PORT" --host 127.0.0.1 --data-dir "$WORK/data" "$@" >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$PORT/health/ready" >/dev/null && break; sleep 0.5; done
python3 bench/registry_ui.py "http://127.0.0.1:$PORT" "${SUBJECTS:-10000}" "${RUNS:-20}"
