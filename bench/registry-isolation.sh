#!/usr/bin/env bash
# Do reads keep their throughput while schemas are registered? wrk reads (a schema by id, a subject's latest
# version, a lookup; 32 connections) alone, then again while 8 clients register under BACKWARD_TRANSITIVE, each
# version checked against every earlier one of its subject (up to MAX versions a subject), then the writers alone.
# Targets: with writers, reads keep at least half of their throughput; writers alone, p99 <= 100 ms.
# Usage: bash bench/registry-isolation.sh [server options, e.g. --database-url jdbc:postgresql://127.0.0.1:5432/<db>]
# Environment: PORT (default 18082), DURATION (seconds per phase, default 20), MAX (default 200), WRITERS (default 8).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=registry-server/target/protovet-registry.jar
[ -f "$JAR" ] || { echo "build first: mvn -q package -DskipTests" >&2; exit 1; }
command -v wrk >/dev/null || { echo "needs wrk: apt-get install -y wrk" >&2; exit 1; }
PORT=${PORT:-18082}
DURATION=${DURATION:-20}
MAX=${MAX:-200}
WRITERS=${WRITERS:-8}
URL="http://127.0.0.1:$PORT"
WORK=bench/work/registry-isolation
rm -rf "$WORK" && mkdir -p "$WORK"

registry-server/bin/protovet-registry --port "$PORT" --host 127.0.0.1 --data-dir "$WORK/data" "$@" >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -fs "$URL/health/ready" >/dev/null && break; sleep 0.5; done

# what the readers read: 8 subjects of 100 ids, and the schema their lookups send
curl -fs -X PUT "$URL/config" -d '{"compatibility":"BACKWARD_TRANSITIVE"}' >/dev/null
python3 - "$URL" <<'PY'
import http.client, json, sys, urllib.parse
u = urllib.parse.urlparse(sys.argv[1]); c = http.client.HTTPConnection(u.hostname, u.port)
def post(path, text):
    c.request("POST", path, json.dumps({"schemaType": "PROTOBUF", "schema": text}),
              {"Content-Type": "application/vnd.schemaregistry.v1+json"}); r = c.getresponse(); r.read()
    assert r.status == 200, (path, r.status)
for s in range(8):
    post(f"/subjects/read-{s}/versions", 'syntax = "proto3";\npackage bench.v1;\n\nmessage Read {\n  string field_1 = 1;\n}\n')
for i in range(100):
    post(f"/subjects/ids-{i}/versions", f'syntax = "proto3";\npackage bench.v1;\n\nmessage Id{i} {{\n  string a = 1;\n}}\n')
PY
export IDS=100 SUBJECTS=8
# warm up: the JIT, on reads and on registrations with their checks
writers() { PREFIX=$1 MAX=$MAX wrk -t"$WRITERS" -c"$WRITERS" -d"$2s" -s bench/registry_writers.lua "$URL" | tail -1; }
writers warm-up 15 >/dev/null &
WARMING=$!
wrk -t2 -c32 -d15s -s bench/registry_reads.lua "$URL" >/dev/null
wait $WARMING

echo "== reads alone: wrk -t2 -c32 -d${DURATION}s"
wrk -t2 -c32 -d"${DURATION}s" --latency -s bench/registry_reads.lua "$URL" | tee "$WORK/alone.txt" | grep -E "Requests/sec|99%|50%"
echo "== reads while $WRITERS clients register (BACKWARD_TRANSITIVE, up to $MAX versions a subject)"
writers write "$DURATION" | tee "$WORK/writers.txt" &
WRITING=$!
wrk -t2 -c32 -d"${DURATION}s" --latency -s bench/registry_reads.lua "$URL" | tee "$WORK/with-writers.txt" | grep -E "Requests/sec|99%|50%"
wait $WRITING
echo "== the same $WRITERS clients registering alone"
writers alone "$DURATION" | tee "$WORK/writers-alone.txt"
alone=$(awk '/Requests\/sec/ {print $2}' "$WORK/alone.txt")
with=$(awk '/Requests\/sec/ {print $2}' "$WORK/with-writers.txt")
python3 -c "print(f'reads with writers / alone: {float($with) / float($alone):.2f} ({float($with):.0f} vs {float($alone):.0f} req/s)')"
echo "server peak RSS: $(grep VmHWM /proc/$SERVER/status | awk '{print $2/1024 " MB"}')"
