"""Writers for bench/registry-isolation.sh: W threads, each registering into its own subjects under
BACKWARD_TRANSITIVE for SECONDS seconds; version k of a subject has fields 1..k, so each registration is compatible
and checked against every earlier version (a subject is full at MAX versions, and the writer goes on to a new one).
Prints the number of registrations and their latency percentiles.
Usage: python3 bench/registry_writers.py http://127.0.0.1:18081 WRITERS SECONDS MAX [prefix]
"""
import http.client
import json
import sys
import threading
import time
import urllib.parse


def schema(k):
    fields = "\n".join(f"  string field_{i} = {i};" for i in range(1, k + 1))
    return f'syntax = "proto3";\npackage bench.v1;\n\nmessage Event {{\n{fields}\n}}\n'


def main():
    url = urllib.parse.urlparse(sys.argv[1])
    writers, seconds, most = int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
    prefix = sys.argv[5] if len(sys.argv) > 5 else "write"
    headers = {"Content-Type": "application/vnd.schemaregistry.v1+json"}
    latencies, failures = [], []
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def writer(w):
        conn = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
        subject, k = 0, 1
        mine = []
        while time.monotonic() < deadline:
            body = json.dumps({"schemaType": "PROTOBUF", "schema": schema(k)})
            start = time.perf_counter()
            conn.request("POST", f"/subjects/{prefix}-{w}-{subject}/versions", body, headers)
            response = conn.getresponse()
            response.read()
            mine.append((time.perf_counter() - start) * 1000)
            if response.status != 200:
                with lock:
                    failures.append(response.status)
            k += 1
            if k > most:
                subject, k = subject + 1, 1
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=writer, args=(w,)) for w in range(writers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    ordered = sorted(latencies) or [0.0]

    def pct(p):
        return ordered[min(len(ordered) - 1, int(round(p / 100 * len(ordered) + 0.5)) - 1)]

    print(f"writers: {writers}, registrations: {len(latencies)} ({len(latencies) / seconds:.0f}/s), failures: "
          f"{len(failures)}; latency ms p50 {pct(50):.1f}, p99 {pct(99):.1f}, max {ordered[-1]:.1f}")


if __name__ == "__main__":
    main()
