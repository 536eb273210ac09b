#!/usr/bin/env bash
# The suite on a loaded machine: `npm test` RUNS times in a row (default 3) on a clean clone of
# HEAD, with `npm run bench -- --smoke` running in a loop beside it the whole time, no retries.
# Prints one line per run and exits non-zero when any run failed; each run's output is kept.
#   scripts/loaded-check.sh [RUNS]
# It takes long: about 28 minutes a run on a 2-core machine (the bench takes a core).
set -uo pipefail
RUNS="${1:-3}"
REPO="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/policy-graph-loaded-XXXXXX")"
git clone -q "$REPO" "$WORK/clone"
cd "$WORK/clone"
npm ci --no-audit --no-fund >"$WORK/install.log" 2>&1 && npm run neo4j -- fetch >>"$WORK/install.log" 2>&1 || {
  echo "install failed: $WORK/install.log"
  exit 1
}
# The load: the benchmark's smoke run, again and again, from its own process group.
setsid bash -c 'while true; do npm run bench -- --smoke; done' >"$WORK/bench.log" 2>&1 &
BENCH=$!
trap 'kill -- -"$BENCH" 2>/dev/null' EXIT
failed=0
for i in $(seq 1 "$RUNS"); do
  start=$(date +%s)
  if npm test >"$WORK/run-$i.log" 2>&1; then result=green; else result=RED; failed=1; fi
  echo "run $i/$RUNS: $result in $(($(date +%s) - start)) s, load $(cut -d' ' -f1-3 /proc/loadavg) ($WORK/run-$i.log)"
done
exit "$failed"
