#!/usr/bin/env bash
# Rebuilds the embedded default filter from its npm package (needs npm, tar and the .NET SDK):
#   @zxcvbn-ts/language-common -> package/src/passwords.json -> src/Cluster.Domain/Breaches/Data/common-passwords.breachfilter
# The build is deterministic: an unchanged package gives a byte-identical file.
set -euo pipefail

package="@zxcvbn-ts/language-common"
version="${1:-4.1.3}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack "$package@$version" --silent >/dev/null)
tar -xzf "$work"/zxcvbn-ts-language-common-"$version".tgz -C "$work" package/src/passwords.json package/LICENSE.txt
cp "$work/package/LICENSE.txt" "$root/src/Cluster.Domain/Breaches/Data/common-passwords.LICENSE.txt"
dotnet run --project "$here" -c Release -- passwords "$work/package/src/passwords.json" \
  "$root/src/Cluster.Domain/Breaches/Data/common-passwords.breachfilter"
