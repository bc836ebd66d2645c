#!/usr/bin/env bash
# protovet registry copy at scale: fills a source registry with SUBJECTS subjects (one small schema each, plus 20
# subjects of 20 versions referencing a common schema), then times the copy into an empty target and a second run
# that has nothing to copy, with /usr/bin/time (wall time, the CLI's peak RSS). Both registries run on H2 through
# their launcher.
# Usage: bash bench/registry-copy.sh        Environment: SUBJECTS (default 20000), PORT (default 18086, and +1).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f registry-server/target/protovet-registry.jar ] && [ -x cli/target/protovet/bin/protovet ] \
    || { echo "build first: mvn -q package -DskipTests" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install -y time" >&2; exit 1; }
PORT=${PORT:-18086}
FROM="http://127.0.0.1:$PORT"
TO="http://127.0.0.1:$((PORT + 1))"
WORK=bench/work/registry-copy
rm -rf "$WORK" && mkdir -p "$WORK"
registry-server/bin/protovet-registry --port "$PORT" --host 127.0.0.1 --data-dir "$WORK/from" >"$WORK/from.log" 2>&1 &
SOURCE=$!
registry-server/bin/protovet-registry --port "$((PORT + 1))" --host 127.0.0.1 --data-dir "$WORK/to" >"$WORK/to.log" 2>&1 &
TARGET=$!
trap 'kill $SOURCE $TARGET 2>/dev/null; wait $SOURCE $TARGET 2>/dev/null || true' EXIT
for url in "$FROM" "$TO"; do
  for _ in $(seq 1 60); do curl -fs "$url/health/ready" >/dev/null && break; sleep 0.5; done
done

python3 - "$FROM" "${SUBJECTS:-20000}" <<'PY'
import http.client, json, sys, threading, urllib.parse
url, total = urllib.parse.urlparse(sys.argv[1]), int(sys.argv[2])
headers = {"Content-Type": "application/vnd.schemaregistry.v1+json"}
def post(c, path, body):
    c.request("POST", path, json.dumps(body), headers); r = c.getresponse(); r.read()
    assert r.status == 200, (path, r.status)
c = http.client.HTTPConnection(url.hostname, url.port)
post(c, "/subjects/bench%2Fcommon.proto/versions", {"schemaType": "PROTOBUF",
     "schema": 'syntax = "proto3";\npackage bench.common;\nmessage Money { int64 cents = 1; }\n'})
ref = [{"name": "bench/common.proto", "subject": "bench/common.proto", "version": 1}]
for s in range(20):
    for v in range(1, 21):
        fields = "\n".join(f"  string f{i} = {i};" for i in range(2, v + 2))
        post(c, f"/subjects/orders-{s}-value/versions", {"schemaType": "PROTOBUF", "references": ref,
             "schema": f'syntax = "proto3";\npackage bench.o{s};\nimport "bench/common.proto";\n'
                       f'message Order {{\n  bench.common.Money total = 1;\n{fields}\n}}\n'})
def work(t):
    c = http.client.HTTPConnection(url.hostname, url.port)
    for i in range(t, total, 4):
        post(c, f"/subjects/event-{i:06d}-value/versions", {"schemaType": "PROTOBUF",
             "schema": f'syntax = "proto3";\npackage bench.v1;\nmessage Event{i} {{ string id = 1; }}\n'})
threads = [threading.Thread(target=work, args=(t,)) for t in range(4)]
[t.start() for t in threads]; [t.join() for t in threads]
print(f"source: {total + 21} subjects, {total + 401} versions")
PY

for run in copy again; do
  /usr/bin/time -f "$run: %e s wall, %M KB peak RSS of the CLI" \
      cli/target/protovet/bin/protovet registry copy --from "$FROM" --to "$TO" 2>"$WORK/$run.err" | tee "$WORK/$run.out"
  tail -1 "$WORK/$run.err"
done
