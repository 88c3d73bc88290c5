#!/usr/bin/env bash
# Issue #3 figure: `wharf render` of a release with N workloads versus `kubectl kustomize` building the tree
# that render wrote, same machine, same run, median of ROUNDS rounds each. Wharf's time covers everything
# (license check, reading, images, layers, its own rendering, writing the tree); kubectl's only the build.
# It also checks that rendered/this-cluster equals the kubectl output byte for byte.
# kubectl's strategic-merge patching is slow with thousands of patches (minutes at 5,000), so ROUNDS defaults to 1.
# Usage: bench/render/bench-render.sh [WORKLOADS] [ROUNDS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); source "$here/../lib.sh"
n=${1:-5000}; rounds=${2:-1}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

echo "building wharf (Release)..."; dotnet build "$here/../../src/Wharf.Cli" -c Release -o "$work/bin" -v q -nologo >/dev/null
python3 "$here/generate-release.py" "$n" "$work/gen"
# seconds OUTFILE CMD...: wall time of CMD, its stdout kept in OUTFILE.
seconds() { local out=$1 start end; shift; start=$(date +%s.%N); "$@" >"$out" 2>/dev/null; end=$(date +%s.%N); echo "$end - $start" | bc -l; }

: > "$work/wharf"; : > "$work/kubectl"
for i in $(seq "$rounds"); do
  seconds /dev/null "$work/bin/wharf" render --release "$work/gen/release" --license "$work/gen/license.yaml" --out "$work/out" >> "$work/wharf"
  seconds "$work/kubectl.yaml" kubectl kustomize "$work/out/overlays/downstreams/this-cluster" >> "$work/kubectl"
  echo "round $i: wharf $(tail -1 "$work/wharf" | xargs printf '%.3f') s, kubectl $(tail -1 "$work/kubectl" | xargs printf '%.3f') s"
done
if cmp -s "$work/kubectl.yaml" "$work/out/rendered/this-cluster/manifests.yaml"; then same="byte-identical"; else same="DIFFERENT"; fi

w=$(median < "$work/wharf"); k=$(median < "$work/kubectl")
echo
echo "release: $n workloads ($(grep -c '^kind:' "$work/out/rendered/this-cluster/manifests.yaml") objects rendered), rounds: $rounds (median)"
printf 'wharf render (whole pipeline) : %7.3f s\n' "$w"
printf 'kubectl kustomize (build only): %7.3f s\n' "$k"
printf 'kubectl / wharf               : %7.2fx\n' "$(ratio "$k" "$w")"
echo "rendered/this-cluster vs kubectl kustomize output: $same"
