#!/usr/bin/env bash
# Runs one load scenario against freshly started Kinrealm nodes on this machine and prints the load tool's JSON line.
#   tools/bench.sh embedded  CLIENTS ROOM_SIZE RATE DURATION [SCENARIO]   one node, everything in memory
#   tools/bench.sh cluster   CLIENTS ROOM_SIZE RATE DURATION [SCENARIO]   two nodes sharing PostgreSQL and Redis
# SCENARIO (6th argument, or the SCENARIO environment variable): chat (default) or positions; positions ignores
# ROOM_SIZE (each player is alone on its family's channel) and takes RATE reports a second per player, at most 10.
# Needs: ./mvnw -B -DskipTests package (for the two jars); for "cluster" PostgreSQL at 127.0.0.1:5432 (database test,
# user postgres) and Redis at 127.0.0.1:6379. SERVER_JAVA_OPTS is passed to the nodes' JVMs.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:?embedded or cluster}; clients=${2:-1000}; room=${3:-10}; rate=${4:-1}; duration=${5:-30}
scenario=${6:-${SCENARIO:-chat}}
case "$mode" in embedded|cluster) ;; *) echo "mode must be embedded or cluster, not $mode" >&2; exit 2 ;; esac
case "$scenario" in chat|positions) ;; *) echo "scenario must be chat or positions, not $scenario" >&2; exit 2 ;; esac
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
"$java" -XshowSettings:properties -version 2>&1 | grep -qE "java.specification.version = (2[1-9]|[3-9][0-9])" \
  || { echo "tools/bench.sh needs JAVA_HOME pointing at a JDK of 21 or newer" >&2; exit 2; }
server_jar=bootstrap/target/kinrealm.jar
bench_jar=adapters/client-websocket/target/kinrealm-bench.jar
run_id=$(date +%s)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ "$mode" = cluster ]; then
    psql -q -h 127.0.0.1 -U postgres -d test -c "DROP SCHEMA IF EXISTS bench_$run_id CASCADE" >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

start_node() { # port, extra env...
  local port=$1; shift
  env KINREALM_HOST=127.0.0.1 KINREALM_PORT="$port" KINREALM_LOG_LEVEL=WARN KINREALM_BCRYPT_COST=4 \
      KINREALM_RATE_LIMIT_AUTH=100000/1m KINREALM_RATE_LIMIT_API=1000000/1m \
      KINREALM_JWT_SECRET="bench-secret-of-at-least-thirty-two-bytes" "$@" \
      "$java" ${SERVER_JAVA_OPTS:-} -jar "$server_jar" > "target-bench-node-$port.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 100); do
    curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  echo "node on port $port did not start; see target-bench-node-$port.log" >&2
  exit 1
}

if [ "$mode" = embedded ]; then
  start_node 7070
  urls=ws://127.0.0.1:7070/ws
else
  shared=(KINREALM_DB_URL=jdbc:postgresql://127.0.0.1:5432/test KINREALM_DB_USER=postgres
          KINREALM_DB_SCHEMA="bench_$run_id" KINREALM_REDIS_URL=redis://127.0.0.1:6379
          KINREALM_REDIS_KEY_PREFIX="bench-$run_id:")
  start_node 7070 "${shared[@]}"
  start_node 7071 "${shared[@]}"
  urls=ws://127.0.0.1:7070/ws,ws://127.0.0.1:7071/ws
fi

"$java" -jar "$bench_jar" --urls "$urls" --http http://127.0.0.1:7070 --clients "$clients" \
  --room-size "$room" --rate "$rate" --duration "$duration" --warmup 5 --connect-rate 1000 --scenario "$scenario" \
  --server-pids "$(IFS=,; echo "${pids[*]}")" 2> "target-bench-tool.log"
