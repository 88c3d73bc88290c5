#!/usr/bin/env bash
# Issue #2 figure: GET of one 512 MiB layer straight from the upstream (CNCF distribution with htpasswd) versus
# through Wharf for the first time (a cache miss: fetched, verified and streamed), same run, median of N rounds
# each on a fresh layer; also Wharf's CPU time per GET.
# Usage: bench/pull-512.sh [SIZE_MIB] [ROUNDS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); source "$here/lib.sh"
size=${1:-512}; rounds=${2:-3}
work=$(mktemp -d); trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$work"' EXIT

echo "building wharf (Release)..."; build_wharf
start_upstream
start_wharf
get() { curl -s -f -o /dev/null -w '%{time_total} %{size_download}\n' -u "$1" "$2"; }
: > "$work/direct"; : > "$work/proxied"; : > "$work/cpu"
for i in $(seq "$rounds"); do
  echo "round $i: making a $size MiB layer..."
  make_image "$work/img$i" 1 "$size"; push_image "$work/img$i" "acme/big$i:t"
  layer=$(first_layer "$work/img$i"); rm -rf "$work/img$i"
  read -r t bytes < <(get vendor:vendorpass "http://127.0.0.1:$up/v2/acme/big$i/blobs/$layer"); echo "$t" >> "$work/direct"
  before=$(cpu_seconds $wharf_pid)
  read -r t pbytes < <(get "LICENSE_ID:$license" "http://127.0.0.1:$wp/v2/proxy/bench/127.0.0.1_$up/acme/big$i/blobs/$layer"); echo "$t" >> "$work/proxied"
  after=$(cpu_seconds $wharf_pid); echo "$after - $before" | bc -l >> "$work/cpu"
  [ "$bytes" = "$pbytes" ] || { echo "size mismatch: $bytes / $pbytes"; exit 1; }
done
d=$(median < "$work/direct"); p=$(median < "$work/proxied"); c=$(median < "$work/cpu")
echo
echo "layer: $size MiB, rounds: $rounds (median), Wharf cache cold each round"
printf 'direct from upstream : %6.3f s\n' "$d"
printf 'through Wharf (miss) : %6.3f s\n' "$p"
printf 'Wharf/direct wall    : %6.2fx\n' "$(echo "$p / $d" | bc -l)"
printf 'Wharf CPU per GET    : %6.3f s\n' "$c"
