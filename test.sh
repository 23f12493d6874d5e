#!/usr/bin/env bash
# Runs every test from a clean clone with only the .NET SDK and Node installed:
#   npm ci (tests/clients) -> dotnet build -> dotnet test (all projects, integration included)
#   -> the multi-silo scenarios (Scenario=MultiSilo) on their own -> the k8s/ manifests (node --test tests/k8s/)
#   -> a silo on free ports -> node --test tests/clients/ against it.
# Usage: ./test.sh [--filter EXPR] [--skip-clients]
#   --filter EXPR    passed to dotnet test, e.g. --filter 'Category!=Integration'
#   --skip-clients   skip the Node client tests (and the silo they need)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"

filter=()
skip_clients=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --filter) [[ $# -ge 2 ]] || { echo "--filter needs an expression" >&2; exit 2; }; filter=(--filter "$2"); shift 2 ;;
    --filter=*) filter=(--filter "${1#--filter=}"); shift ;;
    --skip-clients) skip_clients=true; shift ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see ./test.sh --help)" >&2; exit 2 ;;
  esac
done

# The multi-silo scenarios (three silo processes each, timing a failover) run after the other tests, alone.
user_filter="${filter[1]:-}"
main_filter=(--filter "${user_filter:+($user_filter)&}Scenario!=MultiSilo")
multisilo_filter=(--filter "${user_filter:+($user_filter)&}Scenario=MultiSilo")

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=true
configuration=Release
work="$(mktemp -d "${TMPDIR:-/tmp}/cluster-tests.XXXXXX")"
silo_pid=""
failed=()
timings=()

stop_silo() {
  [[ -n "$silo_pid" ]] || return 0
  if kill -0 "$silo_pid" 2>/dev/null; then
    kill -TERM "$silo_pid" 2>/dev/null || true
    for _ in $(seq 1 150); do kill -0 "$silo_pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$silo_pid" 2>/dev/null || true
  fi
  wait "$silo_pid" 2>/dev/null || true
  silo_pid=""
}

cleanup() {
  stop_silo
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

phase_started=0
begin() { echo; echo "=== $1"; phase_started=$SECONDS; }
end() { timings+=("$(printf '%-22s %4ds' "$1" $((SECONDS - phase_started)))"); }

# A loopback port that is free now (Node is a prerequisite anyway; curl and python may not be).
free_port() {
  node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

http_ok() {
  node -e 'fetch(process.argv[1], { signal: AbortSignal.timeout(3000) }).then(r => process.exit(r.status === 200 ? 0 : 1), () => process.exit(1));' "$1"
}

# --- 1. Node packages (Azurite for the integration tests, the SDKs for the client tests)
begin "npm ci (tests/clients)"
if [[ -f tests/clients/node_modules/.package-lock.json \
      && tests/clients/node_modules/.package-lock.json -nt tests/clients/package-lock.json \
      && tests/clients/node_modules/.package-lock.json -nt tests/clients/package.json ]]; then
  echo "node_modules is up to date"
else
  (cd tests/clients && npm ci --no-audit --no-fund --loglevel=error)
fi
end "npm ci"

# --- 2. Build everything once
begin "dotnet build Cluster.sln -c $configuration"
dotnet build Cluster.sln -c "$configuration" -nologo
end "dotnet build"

# --- 3. Every .NET test project, integration tests included
begin "dotnet test Cluster.sln -c $configuration --no-build ${main_filter[*]}"
if ! dotnet test Cluster.sln -c "$configuration" --no-build -nologo "${main_filter[@]}" \
     --blame-hang-timeout 5m --blame-hang-dump-type none --results-directory "$work/test-results" 2>&1 | tee "$work/dotnet-test.log"; then
  failed+=("dotnet test")
fi
end "dotnet test"

# --- 3b. Three silo processes on Azurite: kill -9 under load, SIGTERM drain, cross-silo revocation and settings,
#         no hot grain. Detailed output: the failover figures are printed by the tests.
begin "dotnet test tests/Cluster.IntegrationTests ${multisilo_filter[*]}"
if ! dotnet test tests/Cluster.IntegrationTests/Cluster.IntegrationTests.csproj -c "$configuration" --no-build -nologo "${multisilo_filter[@]}" \
     --logger "console;verbosity=detailed" --blame-hang-timeout 5m --blame-hang-dump-type none \
     --results-directory "$work/multisilo-results" 2>&1 | tee "$work/multisilo-test.log"; then
  failed+=("multi-silo tests")
fi
end "multi-silo tests"

# --- 3c. The Kubernetes manifests: every overlay of k8s/ rendered and validated offline against the schemas
begin "node --test tests/k8s/"
if [[ -f tests/k8s/node_modules/.package-lock.json \
      && tests/k8s/node_modules/.package-lock.json -nt tests/k8s/package-lock.json \
      && tests/k8s/node_modules/.package-lock.json -nt tests/k8s/package.json ]]; then
  echo "tests/k8s/node_modules is up to date"
else
  (cd tests/k8s && npm ci --no-audit --no-fund --loglevel=error)
fi
if ! node --test tests/k8s/ 2>&1 | tee "$work/k8s-test.log"; then
  failed+=("node --test tests/k8s/")
fi
end "k8s manifests"

# --- 4. The real AWS SDK against a real silo (embedded storage, temp data, free ports)
if [[ "$skip_clients" == false ]]; then
  begin "silo + node --test tests/clients/"
  http_port="$(free_port)"
  silo_port="$(free_port)"; while [[ "$silo_port" == "$http_port" ]]; do silo_port="$(free_port)"; done
  gateway_port="$(free_port)"; while [[ "$gateway_port" == "$http_port" || "$gateway_port" == "$silo_port" ]]; do gateway_port="$(free_port)"; done
  endpoint="http://127.0.0.1:$http_port"
  outbox="$work/silo-data/outbox.jsonl"   # where the silo writes codes; the client tests read them back
  mkdir -p "$work/silo-data"
  (
    cd "$work"
    # Nothing from the caller's environment may point this silo at other storage or ports.
    exec env -u Storage__Provider -u Storage__AzureConnectionString -u Storage__RedisConnectionString -u Security__KeyEncryptionKey -u Security__TokenSealingKey -u ASPNETCORE_URLS \
      Urls="$endpoint" Storage__DataPath="$work/silo-data" Messaging__OutboxPath="$outbox" \
      Silo__SiloPort="$silo_port" Silo__GatewayPort="$gateway_port" \
      Silo__ClusterId="clients-$$" Silo__ServiceId="clients-$$" \
      dotnet "$root/src/Cluster.Silo/bin/$configuration/net10.0/Cluster.Silo.dll"
  ) >"$work/silo.log" 2>&1 &
  silo_pid=$!

  ready=false
  for _ in $(seq 1 120); do
    if ! kill -0 "$silo_pid" 2>/dev/null; then break; fi
    if http_ok "$endpoint/health/ready"; then ready=true; break; fi
    sleep 0.5
  done

  if [[ "$ready" == true ]]; then
    echo "silo ready on $endpoint (pid $silo_pid)"
    if ! COGNITO_ENDPOINT="$endpoint" COGNITO_OUTBOX="$outbox" node --test tests/clients/ 2>&1 | tee "$work/node-test.log"; then
      failed+=("node --test tests/clients/")
    fi
    # The load driver's smoke run (a few seconds of each scenario) proves it still works; any error fails the run.
    if ! dotnet run --project loadtests/Cluster.LoadTests -c "$configuration" --no-build -- all --smoke --endpoint "$endpoint"; then
      failed+=("load driver smoke")
    fi
    # The same straight to the grains (Orleans client on the gateway; the data folder's key opens refresh tokens).
    if ! dotnet run --project loadtests/Cluster.LoadTests -c "$configuration" --no-build -- all --smoke --endpoint "$endpoint" \
         --transport orleans --gateway "127.0.0.1:$gateway_port" --cluster-id "clients-$$" --service-id "clients-$$" --silo-data "$work/silo-data"; then
      failed+=("load driver smoke (orleans)")
    fi
  else
    echo "the silo did not become ready on $endpoint; its last output:" >&2
    tail -n 60 "$work/silo.log" >&2 || true
    failed+=("silo for client tests")
  fi
  stop_silo
  end "clients"
fi

# --- Summary
echo
echo "=== Timings"
printf '  %s\n' "${timings[@]}"
# dotnet test prints one "Passed!/Failed!  - Failed: N, Passed: N, Skipped: N" line per assembly; node --test "# pass N".
read -r passed failed_count skipped < <(
  { cat "$work/dotnet-test.log" "$work/multisilo-test.log" "$work/k8s-test.log" "$work/node-test.log" 2>/dev/null || true; } | awk '
    /(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+, +Skipped: +[0-9]+/ {
      gsub(/,/, ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
    /^# pass [0-9]+$/ { p += $3 }  /^# fail [0-9]+$/ { f += $3 }  /^# skipped [0-9]+$/ { s += $3 }
    # The detailed console logger (multi-silo step) ends with "Total tests: N" then "Passed: N" / "Failed: N" lines.
    /^ +Passed: +[0-9]+$/ { p += $2 }  /^ +Failed: +[0-9]+$/ { f += $2 }  /^ +Skipped: +[0-9]+$/ { s += $2 }
    END { print p + 0, f + 0, s + 0 }')
if [[ ${#failed[@]} -gt 0 ]]; then
  echo "FAILED: ${failed[*]}"
fi
echo "total: $passed passed, $failed_count failed, $skipped skipped"
[[ ${#failed[@]} -eq 0 ]]
