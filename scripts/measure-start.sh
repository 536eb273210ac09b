#!/usr/bin/env bash
# Measures `npm start` on the embedded Neo4j: time from spawn to the first answered GraphQL query,
# on an empty data folder (first run, jars already cached) and again with the graph loaded; the JVM's
# and Node's resident memory; and that Ctrl-C (SIGINT to the process group) leaves no Java behind.
# Usage: scripts/measure-start.sh   (needs curl and bc; uses port 4000 and 7687; deletes .data/)
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf .data
query='{"query":"{ __typename }"}'

start_and_wait() {
  local t0 t1
  t0=$(date +%s.%N)
  setsid npm start > "$1" 2>&1 &
  pid=$!
  until curl -sf -X POST -H 'content-type: application/json' -d "$query" http://localhost:4000/graphql > /dev/null 2>&1; do sleep 0.1; done
  t1=$(date +%s.%N)
  echo "$2: first query answered $(echo "$t1 - $t0" | bc) s after spawn"
}

stop_group() {
  local t0
  t0=$(date +%s.%N)
  kill -"$1" -- -"$pid"
  while pgrep -f EmbeddedNeo4j > /dev/null || kill -0 "$pid" 2> /dev/null; do sleep 0.05; done
  echo "$1 to the process group: everything gone after $(echo "$(date +%s.%N) - $t0" | bc) s"
}

start_and_wait /tmp/policy-graph-start-1.log "first run (empty data folder)"
echo "JVM RSS: $(ps -o rss= -p "$(pgrep -f EmbeddedNeo4j)" | awk '{printf "%.0f MB", $1/1024}')"
echo "Node RSS: $(ps -o rss= -p "$(pgrep -f 'node --import tsx src/main.ts' | head -n 1)" | awk '{printf "%.0f MB", $1/1024}')"
stop_group INT
start_and_wait /tmp/policy-graph-start-2.log "restart (graph loaded, seed unchanged)"
stop_group TERM
grep -h "ready in" /tmp/policy-graph-start-1.log /tmp/policy-graph-start-2.log
