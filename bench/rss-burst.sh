#!/usr/bin/env bash
# Wharf's peak RSS during bursts of 32 concurrent warm pulls of one blob (issue #5 memory target), alone.
# Usage: bench/rss-burst.sh [BLOB_MIB] [BURSTS]    Extra env (e.g. DOTNET_GCHeapHardLimit) is passed to wharf.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); source "$here/lib.sh"
mib=${1:-256}; bursts=${2:-2}
work=$(mktemp -d); trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$work"' EXIT
build_wharf; start_upstream
make_image "$work/img" 1 "$mib"; push_image "$work/img" "acme/big:t"; layer=$(first_layer "$work/img"); rm -rf "$work/img"
start_wharf
url="http://127.0.0.1:$wp/v2/proxy/bench/127.0.0.1_$up/acme/big/blobs/$layer"
curl -s -f -o /dev/null -u "LICENSE_ID:$license" "$url"
echo "idle after one pull: $(peak_rss_mib $wharf_pid) MiB peak"
for b in $(seq "$bursts"); do
  for i in $(seq 32); do curl -s -f -o /dev/null -u "LICENSE_ID:$license" "$url" & done
  wait $(jobs -p | tail -32)
  echo "after burst $b: peak $(peak_rss_mib $wharf_pid) MiB, now $(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' /proc/$wharf_pid/status) MiB"
done
