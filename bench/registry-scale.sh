#!/usr/bin/env bash
# The registry at 20,000 subjects (and 20 subjects of 200 versions): registration rate, list and read latency and
# RSS after each quarter; targets: GET /schemas?limit=100 well under 100 ms, a small read under 100 ms while 8
# clients list, RSS <= 500 MB. Runs the server through its launcher, on H2 by default.
# Usage: bash bench/registry-scale.sh [server options, e.g. --database-url jdbc:postgresql://127.0.0.1:5432/<db>]
# Environment: PORT (default 18084), TOTAL (default 20000).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f registry-server/target/protovet-registry.jar ] || { echo "build first: mvn -q package -DskipTests" >&2; exit 1; }
PORT=${PORT:-18084}
WORK=bench/work/registry-scale
rm -rf "$WORK" && mkdir -p "$WORK"
registry-server/bin/protovet-registry --port "$PORT" --host 127.0.0.1 --data-dir "$WORK/data" "$@" >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$PORT/health/ready" >/dev/null && break; sleep 0.5; done
python3 bench/registry_scale.py "http://127.0.0.1:$PORT" "$SERVER" "${TOTAL:-20000}"
if command -v jcmd >/dev/null; then
  # what the heap holds once garbage is gone (the caches' real size), and the process's memory after that
  jcmd "$SERVER" GC.run >/dev/null
  echo "after a full GC: $(jcmd "$SERVER" GC.heap_info | grep -E "generation|Metaspace" | tr -s " " | tr "\n" ";")"
  echo "RSS $(grep VmRSS /proc/$SERVER/status | awk '{print $2/1024 " MB"}'), peak $(grep VmHWM /proc/$SERVER/status | awk '{print $2/1024 " MB"}')"
fi
