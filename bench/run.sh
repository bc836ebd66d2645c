#!/usr/bin/env bash
# Benchmark `protovet breaking` against `buf breaking` on a large synthetic
# protobuf tree, on directories and on prebuilt descriptor sets (.binpb).
#
# Run from anywhere:  bash bench/run.sh
#
# Needs (public tools only):
#   hyperfine       wall time           apt-get install -y hyperfine
#   /usr/bin/time   peak RSS (GNU time) apt-get install -y time
#   python3         tree generator and result parsing
#   buf             `buf` on PATH, else node_modules/.bin/buf (npm install @bufbuild/buf)
#   protovet        cli/target/protovet/bin/protovet (skipped with a message if missing)
#
# Environment overrides:
#   PROTOVET=path   protovet launcher        (default cli/target/protovet/bin/protovet)
#   BUF=path        buf binary               (default: buf on PATH, else node_modules/.bin/buf)
#   FILES=N         .proto files to generate (default 2000)
#   SEED=N          generator seed           (default 42)
#   RUNS=N          hyperfine runs           (default 5, at least 5 recommended)
#   WARMUP=N        hyperfine warmup runs    (default 1)
#   SKIP_GEN=1      reuse an existing bench/work/tree instead of regenerating it
#
# Everything generated goes under bench/work/ (git-ignored):
#   bench/work/tree/{previous,current}   the two source trees (+ stats.json, edits.json)
#   bench/work/bin/{previous,current}.binpb  FileDescriptorSets built once with `buf build`
#   bench/work/results/                  hyperfine markdown/JSON, time -v logs, outputs, summary
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

WORK=bench/work
TREE=$WORK/tree
BIN=$WORK/bin
RES=$WORK/results
FILES=${FILES:-2000}
SEED=${SEED:-42}
RUNS=${RUNS:-5}
WARMUP=${WARMUP:-1}
PROTOVET=${PROTOVET:-cli/target/protovet/bin/protovet}

log() { printf '==> %s\n' "$*" >&2; }

# ---------------------------------------------------------------- tools
if ! command -v hyperfine >/dev/null 2>&1; then
  echo "hyperfine not found. Install it with:  apt-get install -y hyperfine" >&2
  exit 2
fi
if [ ! -x /usr/bin/time ]; then
  echo "/usr/bin/time (GNU time) not found. Install it with:  apt-get install -y time" >&2
  exit 2
fi
command -v python3 >/dev/null 2>&1 || { echo "python3 not found" >&2; exit 2; }

if [ -z "${BUF:-}" ]; then
  if command -v buf >/dev/null 2>&1; then
    BUF=$(command -v buf)
  elif [ -x node_modules/.bin/buf ]; then
    BUF=node_modules/.bin/buf
  else
    BUF=
  fi
fi
HAVE_BUF=0
if [ -n "$BUF" ] && "$BUF" --version >/dev/null 2>&1; then
  HAVE_BUF=1
else
  log "buf not found (looked for \$BUF, buf on PATH, node_modules/.bin/buf): skipping buf."
  log "  install it with:  npm install @bufbuild/buf   (in $ROOT)"
fi
HAVE_PROTOVET=0
if [ -x "$PROTOVET" ]; then
  HAVE_PROTOVET=1
else
  log "protovet not found at $PROTOVET: skipping protovet (build it first, or set PROTOVET=...)."
fi
if [ $HAVE_BUF = 0 ] && [ $HAVE_PROTOVET = 0 ]; then
  echo "neither buf nor protovet is available: nothing to benchmark" >&2
  exit 2
fi

mkdir -p "$RES" "$BIN"
rm -f "$RES"/*

# ---------------------------------------------------------------- inputs
if [ "${SKIP_GEN:-0}" = 1 ] && [ -d "$TREE/previous" ] && [ -d "$TREE/current" ]; then
  log "reusing existing $TREE"
else
  log "generating $TREE (files=$FILES seed=$SEED)"
  python3 bench/gen_tree.py --out "$TREE" --files "$FILES" --seed "$SEED" | tee "$RES/gen_tree.txt"
fi
# No buf.yaml / buf.work.yaml may sit in the tree: both tools must use their
# default configuration (buf: FILE category).
if find "$TREE" -name 'buf*.yaml' | grep -q .; then
  echo "unexpected buf config file in $TREE; remove it" >&2
  exit 2
fi

HAVE_BINPB=0
if [ $HAVE_BUF = 1 ]; then
  log "building descriptor sets with: $BUF build <dir> -o <x>.binpb"
  rm -f "$BIN"/*.binpb
  "$BUF" build "$TREE/previous" -o "$BIN/previous.binpb"
  "$BUF" build "$TREE/current" -o "$BIN/current.binpb"
  HAVE_BINPB=1
  ls -l "$BIN"/*.binpb >&2
else
  log "no buf: cannot build the .binpb inputs, benchmarking directories only"
fi

# ---------------------------------------------------------------- environment
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "host: $(uname -srm)"
  echo "cpus: $(nproc)"
  grep -m1 'model name' /proc/cpuinfo 2>/dev/null || true
  grep -m1 MemTotal /proc/meminfo 2>/dev/null || true
  echo "load: $(cat /proc/loadavg 2>/dev/null || true)"
  echo "hyperfine: $(hyperfine --version)"
  if [ $HAVE_BUF = 1 ]; then echo "buf: $BUF $("$BUF" --version 2>&1)"; fi
  if [ $HAVE_PROTOVET = 1 ]; then echo "protovet: $PROTOVET $("$PROTOVET" --version 2>&1 | head -1 || true)"; fi
  echo "runs: $RUNS warmup: $WARMUP"
} > "$RES/env.txt"
cat "$RES/env.txt" >&2

# ---------------------------------------------------------------- cases
# name|tool|kind|command
CASES=()
for kind in dirs binpb; do
  if [ $kind = dirs ]; then
    cur=$TREE/current; prev=$TREE/previous
  else
    [ $HAVE_BINPB = 1 ] || continue
    cur=$BIN/current.binpb; prev=$BIN/previous.binpb
  fi
  if [ $HAVE_PROTOVET = 1 ]; then
    CASES+=("protovet-$kind|protovet|$kind|$PROTOVET breaking $cur --against $prev --error-format json")
  fi
  if [ $HAVE_BUF = 1 ]; then
    CASES+=("buf-$kind|buf|$kind|$BUF breaking $cur --against $prev --error-format json")
  fi
done

# One run per case under /usr/bin/time -v: peak RSS, exit code, and the
# findings (stdout, one JSON object per line). A case whose exit code is not
# 0 (no findings) or 100 (findings) is reported as failed and not timed.
declare -A OK
for c in "${CASES[@]}"; do
  IFS='|' read -r name tool kind cmd <<<"$c"
  log "$name: one run under /usr/bin/time -v"
  set +e
  # shellcheck disable=SC2086
  /usr/bin/time -v -o "$RES/$name.time" $cmd >"$RES/$name.out" 2>"$RES/$name.err"
  rc=$?
  set -e
  echo "$rc" >"$RES/$name.rc"
  if [ "$rc" = 0 ] || [ "$rc" = 100 ]; then
    OK[$name]=1
  else
    OK[$name]=0
    log "$name exited with $rc (expected 0 or 100); stderr:"
    head -20 "$RES/$name.err" >&2
  fi
done

# Wall time with hyperfine, one invocation per input kind so that the
# markdown shows both tools side by side. -i: exit code 100 means findings.
for kind in dirs binpb; do
  args=()
  for c in "${CASES[@]}"; do
    IFS='|' read -r name tool k cmd <<<"$c"
    [ "$k" = "$kind" ] || continue
    [ "${OK[$name]}" = 1 ] || continue
    args+=(-n "$name" "$cmd")
  done
  [ ${#args[@]} -gt 0 ] || continue
  log "hyperfine on $kind (warmup $WARMUP, runs $RUNS)"
  hyperfine -i --style basic --warmup "$WARMUP" --runs "$RUNS" \
    --export-json "$RES/hyperfine-$kind.json" \
    --export-markdown "$RES/hyperfine-$kind.md" \
    "${args[@]}"
done

# ---------------------------------------------------------------- summary
python3 - "$RES" "$TREE/stats.json" "$TREE/current/" "${CASES[@]}" <<'EOF'
import collections, json, os, re, sys

res, stats_path, dir_prefix, cases = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
medians = {}
for kind in ("dirs", "binpb"):
    p = os.path.join(res, "hyperfine-%s.json" % kind)
    if os.path.exists(p):
        for r in json.load(open(p))["results"]:
            medians[r["command"]] = r["median"]

def findings(name):
    out = []
    for line in open(os.path.join(res, name + ".out"), errors="replace"):
        line = line.strip()
        if line.startswith("{"):
            try:
                out.append(json.loads(line))
            except ValueError:
                out.append({})
    return out

rows, by_kind = [], collections.defaultdict(dict)
for c in cases:
    name, tool, kind, _ = c.split("|", 3)
    rss = None
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", open(os.path.join(res, name + ".time")).read())
    if m:
        rss = int(m.group(1)) / 1024.0
    rc = open(os.path.join(res, name + ".rc")).read().strip()
    f = findings(name)
    by_kind[kind][tool] = f
    med = medians.get(name)
    rows.append((tool, kind, "%.2f" % med if med is not None else "n/a",
                 "%.0f" % rss if rss is not None else "n/a", str(len(f)), rc))

expected = None
try:
    expected = json.load(open(stats_path)).get("expected_buf_findings")
except (OSError, ValueError):
    pass

hdr = ("tool", "input", "median wall s", "peak RSS MB", "findings", "exit")
w = [max(len(hdr[i]), *(len(r[i]) for r in rows)) for i in range(len(hdr))]
lines = ["| " + " | ".join(h.ljust(w[i]) for i, h in enumerate(hdr)) + " |",
         "|" + "|".join("-" * (x + 2) for x in w) + "|"]
for r in rows:
    lines.append("| " + " | ".join(v.ljust(w[i]) for i, v in enumerate(r)) + " |")
notes = []
if expected is not None:
    notes.append("findings expected from the generator's edit log (buf FILE rules): %d" % expected)
def canon(items, strip=None):
    out = collections.Counter()
    for x in items:
        x = dict(x)
        if strip and str(x.get("path", "")).startswith(strip):
            x["path"] = x["path"][len(strip):]
        out[json.dumps(x, sort_keys=True)] += 1
    return out

for kind, tools in sorted(by_kind.items()):
    if len(tools) != 2:
        continue
    bf, pv = tools["buf"], tools["protovet"]
    if canon(bf) == canon(pv):
        verdict = "identical findings"
    elif canon(bf, dir_prefix) == canon(pv, dir_prefix):
        verdict = "identical findings except the path prefix %r (buf prints paths relative to the working directory)" % dir_prefix
    else:
        a = collections.Counter(x.get("type") for x in bf)
        b = collections.Counter(x.get("type") for x in pv)
        ca, cb = canon(bf, dir_prefix), canon(pv, dir_prefix)
        verdict = "findings DIFFER: %d only from buf, %d only from protovet (see %s); rule-type counts %s" % (
            sum((ca - cb).values()), sum((cb - ca).values()), os.path.join(res, "{buf,protovet}-" + kind + ".out"),
            "agree" if a == b else "differ")
        if a != b:
            for t in sorted(set(a) | set(b), key=str):
                if a[t] != b[t]:
                    verdict += "\n  %s: buf %d, protovet %d" % (t, a[t], b[t])
    notes.append("%s: protovet vs buf: %s" % (kind, verdict))
text = "\n".join(lines + [""] + notes) + "\n"
open(os.path.join(res, "summary.md"), "w").write(text)
print()
print(text, end="")
EOF
log "results in $RES/ (summary.md, hyperfine-*.md/json, *.time, *.out)"
