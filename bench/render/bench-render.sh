#!/usr/bin/env bash
# Issue #3 figure: `wharf render` of a release with N workloads versus `kubectl kustomize` building the tree
# that render wrote, same machine, same run. Wharf's time is the median of ROUNDS runs of the whole
# pipeline (license check, reading, images, layers, its own rendering, writing the tree); kubectl's is one
# build of overlays/downstreams/this-cluster, stopped after KUBECTL_LIMIT seconds (default 1800): kustomize's
# time grows much faster than linearly with the number of objects, patches and image entries (measured
# here: 50 workloads 1 s, 500 about a minute, 1000 about eight minutes). When kubectl finishes, the script
# also checks that rendered/this-cluster equals its output byte for byte.
# Usage: [KUBECTL_LIMIT=SECONDS] bench/render/bench-render.sh [WORKLOADS] [ROUNDS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); source "$here/../lib.sh"
n=${1:-5000}; rounds=${2:-3}; limit=${KUBECTL_LIMIT:-1800}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

echo "building wharf (Release)..."; dotnet build "$here/../../src/Wharf.Cli" -c Release -o "$work/bin" -v q -nologo >/dev/null
python3 "$here/generate-release.py" "$n" "$work/gen"
now() { date +%s.%N; }

: > "$work/wharf"
for i in $(seq "$rounds"); do
  start=$(now)
  "$work/bin/wharf" render --release "$work/gen/release" --license "$work/gen/license.yaml" --out "$work/out" >/dev/null
  echo "$(now) - $start" | bc -l >> "$work/wharf"
  echo "wharf round $i: $(tail -1 "$work/wharf" | xargs printf '%.3f') s"
done
w=$(median < "$work/wharf")

echo "kubectl kustomize (at most $limit s)..."
start=$(now); status=0
timeout "$limit" kubectl kustomize "$work/out/overlays/downstreams/this-cluster" >"$work/kubectl.yaml" 2>/dev/null || status=$?
k=$(echo "$(now) - $start" | bc -l)

echo
echo "release: $n workloads ($(grep -c '^kind:' "$work/out/rendered/this-cluster/manifests.yaml") objects rendered)"
printf 'wharf render, whole pipeline (median of %d): %9.3f s\n' "$rounds" "$w"
if [ "$status" = 124 ]; then
  printf 'kubectl kustomize, build only              : > %7.0f s (stopped)\n' "$k"
  printf 'kubectl / wharf                            : > %7.0fx\n' "$(ratio "$k" "$w")"
else
  [ "$status" = 0 ] || { echo "kubectl kustomize failed ($status)"; exit 1; }
  if cmp -s "$work/kubectl.yaml" "$work/out/rendered/this-cluster/manifests.yaml"; then same="byte-identical"; else same="DIFFERENT"; fi
  printf 'kubectl kustomize, build only              : %9.3f s\n' "$k"
  printf 'kubectl / wharf                            : %9.2fx\n' "$(ratio "$k" "$w")"
  echo "rendered/this-cluster vs kubectl kustomize output: $same"
fi
