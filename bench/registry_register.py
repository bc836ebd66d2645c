"""Registers N versions of each of several subjects under BACKWARD_TRANSITIVE and prints latency percentiles.

Version k adds field k to a message, so each one is compatible and is checked against all k-1 earlier versions.
Three subjects of N versions warm the server up first (a server in service is warm: its JIT has compiled the
compatibility check); then three more subjects of N versions are timed, so p99 rests on 3N samples, not on one.
Standard library only: python3 bench/registry_register.py http://127.0.0.1:18081 100
"""
import http.client
import json
import sys
import time
import urllib.parse


def schema(k):
    fields = "\n".join(f"  string field_{i} = {i};" for i in range(1, k + 1))
    return f'syntax = "proto3";\npackage bench.v1;\n\nmessage Event {{\n{fields}\n}}\n'


def main():
    url = urllib.parse.urlparse(sys.argv[1])
    count = int(sys.argv[2])
    conn = http.client.HTTPConnection(url.hostname, url.port)
    headers = {"Content-Type": "application/vnd.schemaregistry.v1+json"}

    def call(method, path, body):
        conn.request(method, path, json.dumps(body), headers)
        response = conn.getresponse()
        data = response.read()
        if response.status != 200:
            sys.exit(f"{method} {path} -> {response.status} {data[:300]!r}")
        return data

    call("PUT", "/config", {"compatibility": "BACKWARD_TRANSITIVE"})
    for w in range(3):
        for k in range(1, count + 1):
            call("POST", f"/subjects/warm-up-{w}/versions", {"schemaType": "PROTOBUF", "schema": schema(k)})
    latencies = []
    for r in range(3):
        for k in range(1, count + 1):
            start = time.perf_counter()
            call("POST", f"/subjects/bench-{r}-value/versions", {"schemaType": "PROTOBUF", "schema": schema(k)})
            latencies.append((time.perf_counter() - start) * 1000)
    ordered = sorted(latencies)

    def pct(p):
        return ordered[min(len(ordered) - 1, int(round(p / 100 * len(ordered) + 0.5)) - 1)]

    print(f"registrations: 3 x {count} versions; latency ms: p50 {pct(50):.1f}, p90 {pct(90):.1f}, p99 {pct(99):.1f}, "
          f"max {ordered[-1]:.1f}; each subject's last (checks {count - 1} versions): "
          + ", ".join(f"{latencies[(r + 1) * count - 1]:.1f}" for r in range(3)))


if __name__ == "__main__":
    main()
