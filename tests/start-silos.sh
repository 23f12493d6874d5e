#!/usr/bin/env bash
# Starts N silo processes on loopback that form one cluster, each with its own HTTP, silo and gateway port, all on
# one storage: Azurite (Azure Table grain state and membership, the default) or one Garnet server through the
# Redis provider. Any silo answers any request. Prints the endpoints; Ctrl-C stops them all (SIGTERM, then
# SIGKILL after 40 s) along with the storage it started.
# Usage: tests/start-silos.sh [-n N] [--storage azurite|redis] [--redis-connection HOST:PORT] [--configuration C]
#   -n, --silos N              how many silos (default 3)
#   --storage azurite|redis    the shared storage (default azurite)
#   --redis-connection CONN    with --storage redis: use this Redis/Garnet instead of starting one
#   --configuration C          the build of the silo to run (default Release; built if missing)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
count=3
storage=azurite
redis_connection=""
configuration=Release
while [[ $# -gt 0 ]]; do
  case "$1" in
    -n|--silos) count="${2:?-n needs a number}"; shift 2 ;;
    --storage) storage="${2:?--storage needs azurite or redis}"; shift 2 ;;
    --redis-connection) redis_connection="${2:?--redis-connection needs HOST:PORT}"; shift 2 ;;
    --configuration) configuration="${2:?--configuration needs a name}"; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see $0 --help)" >&2; exit 2 ;;
  esac
done
[[ "$count" =~ ^[1-9][0-9]*$ ]] || { echo "-n must be a positive number" >&2; exit 2; }
[[ "$storage" == azurite || "$storage" == redis ]] || { echo "--storage must be azurite or redis" >&2; exit 2; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
work="$(mktemp -d "${TMPDIR:-/tmp}/cognito-silos.XXXXXX")"
silo_pids=()
storage_pids=()
declare -A exited=()
taken_ports=" "

# Sends SIGTERM to the given processes, waits up to $1 seconds for them to exit, then sends SIGKILL.
stop_pids() {
  local seconds="$1" pid alive
  shift
  [[ $# -gt 0 ]] || return 0
  for pid in "$@"; do kill -TERM "$pid" 2>/dev/null || true; done
  for _ in $(seq 1 $((seconds * 5))); do
    alive=false
    for pid in "$@"; do kill -0 "$pid" 2>/dev/null && alive=true; done
    [[ "$alive" == false ]] && return 0
    sleep 0.2
  done
  for pid in "$@"; do kill -KILL "$pid" 2>/dev/null || true; done
}

# The silos first (a graceful stop updates membership in the storage), then the storage.
stop_all() {
  stop_pids 40 "${silo_pids[@]}"
  stop_pids 10 "${storage_pids[@]}"
}

cleanup() {
  trap - EXIT INT TERM
  echo
  echo "stopping ${#silo_pids[@]} silo(s)..."
  stop_all
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A loopback port free now and not handed out by this script before (Node is a prerequisite of the tests anyway).
free_port() {
  local port
  while true; do
    port="$(node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });')"
    if [[ "$taken_ports" != *" $port "* ]]; then taken_ports+="$port "; echo "$port"; return; fi
  done
}

http_ok() {
  node -e 'fetch(process.argv[1], { signal: AbortSignal.timeout(3000) }).then(r => process.exit(r.status === 200 ? 0 : 1), () => process.exit(1));' "$1"
}

tcp_open() {
  node -e 'const s = require("net").connect(+process.argv[1], "127.0.0.1"); s.on("connect", () => process.exit(0)); s.on("error", () => process.exit(1));' "$1"
}

random_key() {
  node -e 'console.log(require("crypto").randomBytes(32).toString("base64"))'
}

# Waits until URL answers 200, or fails with the log of the process that should serve it.
wait_ready() {
  local url="$1" pid="$2" log="$3"
  for _ in $(seq 1 180); do
    kill -0 "$pid" 2>/dev/null || { echo "process $pid exited before $url was ready; its output:" >&2; tail -n 40 "$log" >&2; exit 1; }
    http_ok "$url" && return 0
    sleep 0.5
  done
  echo "$url was not ready within 90 s; the output of process $pid:" >&2
  tail -n 40 "$log" >&2
  exit 1
}

dll="$root/src/Cluster.Silo/bin/$configuration/net10.0/Cluster.Silo.dll"
if [[ ! -f "$dll" ]]; then
  echo "building the silo ($configuration)..."
  dotnet build "$root/src/Cluster.Silo" -c "$configuration" -nologo -v q
fi

# Nothing from the caller's environment may point the silos at other storage, ports or keys.
clean_env=(env -u Storage__Provider -u Storage__AzureConnectionString -u Storage__RedisConnectionString -u Storage__DataPath
  -u Storage__EmbeddedPort -u Security__KeyEncryptionKey -u Security__TokenSealingKey -u ASPNETCORE_URLS -u KUBERNETES_SERVICE_HOST)

# --- The shared storage
case "$storage" in
  azurite)
    azurite="$root/tests/clients/node_modules/.bin/azurite-table"
    if [[ ! -x "$azurite" ]]; then
      echo "installing Azurite (npm ci in tests/clients)..."
      (cd "$root/tests/clients" && npm ci --no-audit --no-fund --loglevel=error)
    fi
    table_port="$(free_port)"
    mkdir -p "$work/azurite"
    (cd "$work/azurite" && exec "$azurite" --silent --inMemoryPersistence --disableTelemetry --skipApiVersionCheck --loose \
      --tableHost 127.0.0.1 --tablePort "$table_port") >"$work/azurite.log" 2>&1 &
    storage_pids+=($!)
    for _ in $(seq 1 100); do tcp_open "$table_port" && break; sleep 0.2; done
    tcp_open "$table_port" || { echo "Azurite did not listen on $table_port:" >&2; cat "$work/azurite.log" >&2; exit 1; }
    account_key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
    storage_env=(Storage__Provider=AzureStorage
      "Storage__AzureConnectionString=DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$account_key;TableEndpoint=http://127.0.0.1:$table_port/devstoreaccount1;")
    storage_line="Azurite (Azure Table storage and membership, in memory) on 127.0.0.1:$table_port"
    ;;
  redis)
    if [[ -z "$redis_connection" ]]; then
      # One Garnet server: the one a silo on the embedded default runs in-process, on a known port. Only its
      # Garnet is used (the same trick as the integration tests' ExternalGarnetFixture).
      garnet_port="$(free_port)"
      host_http="$(free_port)"
      mkdir -p "$work/garnet"
      (cd "$work" && exec "${clean_env[@]}" Urls="http://127.0.0.1:$host_http" Storage__DataPath="$work/garnet" Storage__EmbeddedPort="$garnet_port" \
        Silo__SiloPort="$(free_port)" Silo__GatewayPort="$(free_port)" Silo__ClusterId="garnet-host-$$" Silo__ServiceId="garnet-host-$$" \
        dotnet "$dll") >"$work/garnet.log" 2>&1 &
      storage_pids+=($!)
      wait_ready "http://127.0.0.1:$host_http/health/ready" "${storage_pids[0]}" "$work/garnet.log"
      redis_connection="127.0.0.1:$garnet_port"
      storage_line="Garnet (Redis provider, append-only file in $work/garnet) on $redis_connection"
    else
      storage_line="Redis/Garnet at $redis_connection"
    fi
    storage_env=(Storage__Provider=Redis "Storage__RedisConnectionString=$redis_connection,abortConnect=false")
    ;;
esac

# --- The silos: one cluster, one set of keys, one token issuer (the first silo's address)
cluster="silos-$$"
kek="$(random_key)"
sealing="$(random_key)"
http_ports=()
for i in $(seq 1 "$count"); do http_ports+=("$(free_port)"); done
issuer="http://127.0.0.1:${http_ports[0]}"
for i in $(seq 1 "$count"); do
  http_port="${http_ports[$((i - 1))]}"
  silo_port="$(free_port)"
  gateway_port="$(free_port)"
  mkdir -p "$work/silo-$i"
  (cd "$work/silo-$i" && exec "${clean_env[@]}" "${storage_env[@]}" \
    Urls="http://127.0.0.1:$http_port" Service__PublicBaseUrl="$issuer" \
    Silo__ClusterId="$cluster" Silo__ServiceId="$cluster" Silo__SiloPort="$silo_port" Silo__GatewayPort="$gateway_port" \
    Silo__AdvertisedAddress=127.0.0.1 Security__KeyEncryptionKey="$kek" Security__TokenSealingKey="$sealing" \
    Storage__DataPath="$work/silo-$i" \
    dotnet "$dll") >"$work/silo-$i.log" 2>&1 &
  silo_pids+=($!)
  printf 'silo %d: http://127.0.0.1:%d  (silo port %d, gateway port %d, pid %d)\n' "$i" "$http_port" "$silo_port" "$gateway_port" "$!"
done

for i in $(seq 1 "$count"); do
  wait_ready "http://127.0.0.1:${http_ports[$((i - 1))]}/health/ready" "${silo_pids[$((i - 1))]}" "$work/silo-$i.log"
done

echo
echo "All $count silos are ready and form cluster $cluster."
echo "  storage:  $storage_line"
echo "  issuer:   $issuer (Service__PublicBaseUrl, the same on every silo)"
echo "  admin:    AKIALOCALADMIN000000 / local-admin-secret-change-me (the local default key)"
echo "  logs:     $work/silo-N.log; codes and invitations: $work/silo-N/outbox.jsonl"
echo "  try:      COGNITO_ENDPOINT=http://127.0.0.1:${http_ports[0]} (any silo's address works)"
echo "Press Ctrl-C to stop them."

while true; do
  for i in $(seq 1 "$count"); do
    pid="${silo_pids[$((i - 1))]}"
    if [[ -z "${exited[$i]:-}" ]] && ! kill -0 "$pid" 2>/dev/null; then
      wait "$pid" 2>/dev/null && code=0 || code=$?
      echo "silo $i (pid $pid) exited with code $code; its last output:"
      tail -n 20 "$work/silo-$i.log"
      exited[$i]=1
    fi
  done
  sleep 1
done
