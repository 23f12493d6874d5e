#!/usr/bin/env bash
# Installs cognito-local (a Cognito emulator, pinned in loadtests/cognito-local/package-lock.json) and runs it in the
# foreground on a loopback port, with a fresh data folder, as the second endpoint of the driver's compare mode.
# Usage: loadtests/cognito-local.sh [PORT]      (default 9330; data in $COGNITO_LOCAL_DATA or a new temp folder)
# Background:  ( loadtests/cognito-local.sh 9330 > /tmp/cognito-local.log 2>&1 & )   then wait for the port.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
port="${1:-9330}"
package="$here/cognito-local"

if [[ ! -f "$package/node_modules/.package-lock.json" || "$package/package-lock.json" -nt "$package/node_modules/.package-lock.json" ]]; then
  (cd "$package" && npm ci --no-audit --no-fund --loglevel=error)
fi

data="${COGNITO_LOCAL_DATA:-$(mktemp -d "${TMPDIR:-/tmp}/cognito-local.XXXXXX")}"
mkdir -p "$data/.cognito/db"
# cognito-local makes new pools sign in by email unless told otherwise; the driver's users have plain usernames.
[[ -f "$data/.cognito/config.json" ]] || echo '{ "UserPoolDefaults": { "UsernameAttributes": [] } }' > "$data/.cognito/config.json"
echo "cognito-local on http://127.0.0.1:$port, data in $data"
cd "$data"
exec env PORT="$port" HOST=127.0.0.1 node "$package/node_modules/cognito-local/lib/bin/start.js"
