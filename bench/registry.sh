#!/usr/bin/env bash
# Benchmarks the registry server over loopback:
#   1. GET /schemas/ids/{id} throughput and latency with wrk (target: >= 30k req/s, p99 < 5 ms);
#   2. registration latency under BACKWARD_TRANSITIVE over 100 versions, each checked against every earlier one
#      (target: p99 < 50 ms).
# The server runs as users run it, through registry-server/bin/protovet-registry (which picks the JVM's collector).
# Usage: bash bench/registry.sh [--database-url jdbc:postgresql://127.0.0.1:5432/<db>]
# Environment: PORT (default 18081), DURATION (wrk seconds, default 15), CONNECTIONS (a list, default "16 32 64"),
# THREADS (wrk threads, default 2), PROTOVET_JAVA_OPTS (JVM options; e.g. -XX:+UseG1GC to compare collectors).
# wrk shares the machine's cores with the server, as a co-located client would.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=registry-server/target/protovet-registry.jar
[ -f "$JAR" ] || { echo "build first: mvn -q package -DskipTests" >&2; exit 1; }
command -v wrk >/dev/null || { echo "needs wrk: apt-get install -y wrk" >&2; exit 1; }
PORT=${PORT:-18081}
DURATION=${DURATION:-15}
CONNECTIONS=${CONNECTIONS:-16 32 64}
THREADS=${THREADS:-2}
WORK=bench/work/registry
rm -rf "$WORK" && mkdir -p "$WORK"

registry-server/bin/protovet-registry --port "$PORT" --host 127.0.0.1 --data-dir "$WORK/data" "$@" >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$PORT/health/ready" >/dev/null && break; sleep 0.5; done

echo "== registration latency, BACKWARD_TRANSITIVE, 3 subjects x 100 versions (after 3 x 100 to warm up)"
python3 bench/registry_register.py "http://127.0.0.1:$PORT" 100

wrk -t"$THREADS" -c32 -d"${WARMUP:-15}s" "http://127.0.0.1:$PORT/schemas/ids/1" >/dev/null # warm-up: JIT, and caches tenured
for c in $CONNECTIONS; do
  echo "== GET /schemas/ids/1: wrk -t$THREADS -c$c -d${DURATION}s"
  wrk -t"$THREADS" -c"$c" -d"${DURATION}s" --latency "http://127.0.0.1:$PORT/schemas/ids/1" | tee "$WORK/wrk-$c.txt"
done
echo "server peak RSS: $(grep VmHWM /proc/$SERVER/status | awk '{print $2/1024 " MB"}')"
