#!/usr/bin/env bash
# How much time `protovet:breaking` adds to a Maven build of a project with 200 .proto files.
#
# Run from anywhere:  bash bench/maven-plugin.sh
#
# Needs (public tools only): mvn, python3, hyperfine (apt-get install -y hyperfine).
#
# It builds this project into a local repository of its own (bench/work/maven-plugin/m2; your ~/.m2 is only read,
# as a remote repository, and never written), generates a 200-file tree with bench/gen_tree.py, installs its
# previous/ side as release 1.0 of a sample artifact (with protovet:descriptor-set), and times `mvn verify` of
# 1.1-SNAPSHOT (the current/ side, about 200 breaking edits) three ways with hyperfine:
#
#   skipped        -Dprotovet.skip                   Maven alone: the reference
#   release        protovet:breaking against release 1.0's descriptor set (the plugin's default)
#   directory      protovet:breaking against the previous/ directory (compiles both sides)
#
# The added time is each median minus the skipped median. failOnBreaking is false so that every run completes.
# On a shared machine those differences are noisy, so the script also reports the time the goal itself logs
# ("protovet: compared in X s": from the goal's start to its reports written), the median of RUNS builds.
#
# Environment overrides:
#   FILES=N        .proto files to generate (default 200)
#   RUNS=N         hyperfine runs (default 5)
#   WARMUP=N       hyperfine warmup runs (default 1)
#   USER_REPO=dir  repository read for dependencies (default ~/.m2/repository)
#   SKIP_BUILD=1   reuse the protovet already installed in bench/work/maven-plugin/m2
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

WORK=$ROOT/bench/work/maven-plugin
FILES=${FILES:-200}
RUNS=${RUNS:-5}
WARMUP=${WARMUP:-1}
USER_REPO=${USER_REPO:-$HOME/.m2/repository}
REPO=$WORK/m2
SETTINGS=$WORK/settings.xml
VERSION=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)

log() { printf '==> %s\n' "$*" >&2; }

command -v hyperfine >/dev/null 2>&1 || { echo "hyperfine not found: apt-get install -y hyperfine" >&2; exit 2; }
command -v python3 >/dev/null 2>&1 || { echo "python3 not found" >&2; exit 2; }

mkdir -p "$WORK"
cat > "$SETTINGS" <<EOF
<settings>
  <profiles>
    <profile>
      <id>user-repo</id>
      <activation><activeByDefault>true</activeByDefault></activation>
      <repositories>
        <repository><id>user-repo</id><url>file://$USER_REPO</url>
          <releases><checksumPolicy>ignore</checksumPolicy></releases>
          <snapshots><enabled>false</enabled></snapshots></repository>
      </repositories>
      <pluginRepositories>
        <pluginRepository><id>user-repo</id><url>file://$USER_REPO</url>
          <releases><checksumPolicy>ignore</checksumPolicy></releases>
          <snapshots><enabled>false</enabled></snapshots></pluginRepository>
      </pluginRepositories>
    </profile>
  </profiles>
</settings>
EOF
MVN=(mvn -B -q -s "$SETTINGS" -Dmaven.repo.local="$REPO")

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  log "installing protovet $VERSION into $REPO"
  "${MVN[@]}" install -DskipTests -Dinvoker.skip
fi

log "generating $FILES files into $WORK/tree"
rm -rf "$WORK/tree"
python3 bench/gen_tree.py --out "$WORK/tree" --files "$FILES" >&2

project() { # dir version goal sourceRoot
  mkdir -p "$WORK/$1"
  cat > "$WORK/$1/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.protovet.bench</groupId>
  <artifactId>bench-api</artifactId>
  <version>$2</version>
  <packaging>pom</packaging>
  <build>
    <plugins>
      <plugin>
        <groupId>dev.protovet</groupId>
        <artifactId>protovet-maven-plugin</artifactId>
        <version>$VERSION</version>
        <configuration>
          <sourceRoots><sourceRoot>$4</sourceRoot></sourceRoots>
          <failOnBreaking>false</failOnBreaking>
        </configuration>
        <executions><execution><goals><goal>$3</goal></goals></execution></executions>
      </plugin>
    </plugins>
  </build>
</project>
EOF
}
project release 1.0 descriptor-set ../tree/previous
project next 1.1-SNAPSHOT breaking ../tree/current

log "installing release 1.0 (previous/) with its descriptor set"
rm -rf "$REPO/dev/protovet/bench"
"${MVN[@]}" -f "$WORK/release/pom.xml" install
log "one untimed run of each command, online, so that the timed ones can be offline"
"${MVN[@]}" -f "$WORK/next/pom.xml" verify
"${MVN[@]}" -f "$WORK/next/pom.xml" verify -Dprotovet.against="$WORK/tree/previous"
grep -c . "$WORK/next/target/protovet/breaking.txt" | xargs printf '==> findings: %s\n' >&2

log "machine: $(nproc) cpus, load average before timing: $(cut -d' ' -f1-3 /proc/loadavg) (others' work makes these numbers noisy)"
RUN="${MVN[*]} -o -f $WORK/next/pom.xml verify"
hyperfine --style basic --warmup "$WARMUP" --runs "$RUNS" --export-json "$WORK/hyperfine.json" \
  --export-markdown "$WORK/hyperfine.md" \
  -n skipped "$RUN -Dprotovet.skip" \
  -n release "$RUN" \
  -n directory "$RUN -Dprotovet.against=$WORK/tree/previous"

log "the goal's own time, $RUNS builds each"
LOGGED="${MVN[*]} -o -f $WORK/next/pom.xml verify"
: > "$WORK/goal-times.txt"
for i in $(seq "$RUNS"); do
  ${LOGGED/-q/} | sed -n 's/.*protovet: compared in \([0-9.]*\) s.*/release \1/p' >> "$WORK/goal-times.txt"
  ${LOGGED/-q/} -Dprotovet.against="$WORK/tree/previous" \
    | sed -n 's/.*protovet: compared in \([0-9.]*\) s.*/directory \1/p' >> "$WORK/goal-times.txt"
done

python3 - "$WORK/hyperfine.json" "$WORK/goal-times.txt" <<'EOF'
import json, statistics, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
goal = {}
for line in open(sys.argv[2]):
    name, seconds = line.split()
    goal.setdefault(name, []).append(float(seconds))
base = results["skipped"]["median"]
print("\nmedian wall time of `mvn verify` (%d runs each), and of the goal itself" % len(results["skipped"]["times"]))
for name in ("skipped", "release", "directory"):
    median = results[name]["median"]
    added = "" if name == "skipped" else "   added: %5.2f s   goal alone: %.2f s" % (
        median - base, statistics.median(goal[name]))
    print("  %-10s %6.2f s%s" % (name, median, added))
EOF
