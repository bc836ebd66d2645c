"""The registry as it grows: registers subjects in steps up to TOTAL (each with one small schema of its own), plus
LONG subjects of LONG_VERSIONS versions under BACKWARD_TRANSITIVE; after each step reports the registration rate,
the latency of list and read routes (median and max of 20 calls each), the latency of a small read while 8 clients
list at once, and the server's RSS.
Usage: python3 bench/registry_scale.py URL SERVER_PID TOTAL [STEPS=4] [LONG=20] [LONG_VERSIONS=200]
"""
import http.client
import json
import statistics
import sys
import threading
import time
import urllib.parse

HEADERS = {"Content-Type": "application/vnd.schemaregistry.v1+json"}


class Client:
    def __init__(self, url):
        self.conn = http.client.HTTPConnection(url.hostname, url.port, timeout=120)

    def call(self, method, path, body=None):
        try:
            self.conn.request(method, path, None if body is None else json.dumps(body), HEADERS)
            response = self.conn.getresponse()
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
            # the server closed the idle connection (while the registrations ran): open another
            self.conn.close()
            self.conn.request(method, path, None if body is None else json.dumps(body), HEADERS)
            response = self.conn.getresponse()
        data = response.read()
        if response.status != 200:
            raise SystemExit(f"{method} {path} -> {response.status} {data[:200]!r}")
        return data


def schema(name, fields):
    body = "\n".join(f"  string field_{i} = {i};" for i in range(1, fields + 1))
    return {"schemaType": "PROTOBUF", "schema": f'syntax = "proto3";\npackage scale.v1;\n\nmessage {name} {{\n{body}\n}}\n'}


def rss(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) // 1024


def timed(client, path, n=20):
    times = []
    for _ in range(n):
        start = time.perf_counter()
        client.call("GET", path)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def register(url, start, end, threads=4):
    def work(t):
        c = Client(url)
        for i in range(start + t, end, threads):
            c.call("POST", f"/subjects/scale-{i:06d}-value/versions", schema(f"Event{i}", 3))
    ts = [threading.Thread(target=work, args=(t,)) for t in range(threads)]
    began = time.perf_counter()
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return (end - start) / (time.perf_counter() - began)


def small_read_under_listings(url):
    """GET /subjects/{s}/versions/latest, 20 times, while 8 clients list every subject and page schemas."""
    stop = threading.Event()

    def lister(k):
        c = Client(url)
        while not stop.is_set():
            c.call("GET", "/subjects" if k % 2 == 0 else "/schemas?offset=5000&limit=1000")
    ts = [threading.Thread(target=lister, args=(k,)) for k in range(8)]
    for t in ts:
        t.start()
    time.sleep(1)
    result = timed(Client(url), "/subjects/scale-000001-value/versions/latest")
    stop.set()
    for t in ts:
        t.join()
    return result


def main():
    url = urllib.parse.urlparse(sys.argv[1])
    pid, total = int(sys.argv[2]), int(sys.argv[3])
    steps = int(sys.argv[4]) if len(sys.argv) > 4 else 4
    long, long_versions = (int(sys.argv[5]) if len(sys.argv) > 5 else 20), (int(sys.argv[6]) if len(sys.argv) > 6 else 200)
    c = Client(url)
    c.call("PUT", "/config", {"compatibility": "BACKWARD_TRANSITIVE"})
    began = time.perf_counter()
    for s in range(long):
        for v in range(1, long_versions + 1):
            c.call("POST", f"/subjects/long-{s}-value/versions", schema("Long", v))
    print(f"{long} subjects of {long_versions} versions: {long * long_versions / (time.perf_counter() - began):.0f} "
          f"registrations/s; RSS {rss(pid)} MB")
    done = 0
    print("subjects | registered/s | /schemas?limit=100 | /schemas?limit=1 | /subjects (all) | "
          "/subjects/s/versions/latest | latest while 8 list | RSS MB   (latencies: median / max ms)")
    for step in range(1, steps + 1):
        target = total * step // steps
        rate = register(url, done, target)
        done = target
        fmt = lambda p: f"{p[0]:.1f} / {p[1]:.1f}"
        print(f"{done + long} | {rate:.0f} | {fmt(timed(c, '/schemas?limit=100'))} | "
              f"{fmt(timed(c, '/schemas?offset=10000&limit=1'))} | {fmt(timed(c, '/subjects', 5))} | "
              f"{fmt(timed(c, '/subjects/scale-000001-value/versions/latest'))} | "
              f"{fmt(small_read_under_listings(url))} | {rss(pid)}", flush=True)


if __name__ == "__main__":
    main()
