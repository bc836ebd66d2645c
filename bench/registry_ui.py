"""Times the web UI's subjects page with 10,000 subjects (target: < 300 ms server time).

Registers N subjects (one small schema each, so every registration is quick), then requests the first page, a page
in the middle and a search, R times each, and prints median and max. Standard library only:
    python3 bench/registry_ui.py http://127.0.0.1:18081 10000 20
"""
import http.client
import json
import statistics
import sys
import time
import urllib.parse


def main():
    url = urllib.parse.urlparse(sys.argv[1])
    count = int(sys.argv[2])
    runs = int(sys.argv[3])
    conn = http.client.HTTPConnection(url.hostname, url.port)

    def call(method, path, body=None):
        conn.request(method, path, json.dumps(body) if body is not None else None,
                     {"Content-Type": "application/vnd.schemaregistry.v1+json"})
        response = conn.getresponse()
        data = response.read()
        if response.status != 200:
            sys.exit(f"{method} {path} -> {response.status} {data[:200]!r}")
        return data

    start = time.perf_counter()
    for i in range(count):
        schema = f'syntax = "proto3";\npackage bench.s{i % 50};\nmessage Event {{\n  string id = 1;\n}}\n'
        call("POST", f"/subjects/subject-{i:05d}-value/versions", {"schemaType": "PROTOBUF", "schema": schema})
    print(f"registered {count} subjects in {time.perf_counter() - start:.1f} s")

    for name, path in [("first page", "/ui/"), ("page 100", "/ui/?page=100"), ("search", "/ui/?q=subject-0999")]:
        for _ in range(3):
            call("GET", path)
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            body = call("GET", path)
            times.append((time.perf_counter() - t) * 1000)
        print(f"{name:10} {path:24} median {statistics.median(times):6.1f} ms   max {max(times):6.1f} ms"
              f"   ({len(body)} bytes)")


if __name__ == "__main__":
    main()
