#!/usr/bin/env bash
# Issue #2 figure: GET of one 512 MiB layer straight from the upstream (CNCF distribution with htpasswd) versus
# through Wharf (no cache yet), same run, alternating, median of N rounds; also Wharf's CPU time per GET.
# Usage: bench/pull-512.sh [SIZE_MIB] [ROUNDS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); source "$here/lib.sh"
size=${1:-512}; rounds=${2:-5}
work=$(mktemp -d); trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$work"' EXIT

echo "building wharf (Release)..."
dotnet build "$here/../src/Wharf.Cli" -c Release -o "$work/bin" -v q -nologo >/dev/null

# Upstream registry with auth.
up=$(free_port); mkdir -p "$work/reg"
htpasswd -Bbn vendor vendorpass > "$work/reg/htpasswd"
cat > "$work/reg/config.yml" <<YML
version: 0.1
log: {level: error, accesslog: {disabled: true}}
storage: {filesystem: {rootdirectory: $work/reg/data}}
http: {addr: 127.0.0.1:$up, secret: bench}
auth: {htpasswd: {realm: basic-realm, path: $work/reg/htpasswd}}
YML
docker-registry serve "$work/reg/config.yml" >"$work/reg/log" 2>&1 &
wait_http "http://127.0.0.1:$up/v2/" 20

# One image with a single gzip layer of random data, as an OCI layout pushed with skopeo (already compressed,
# so skopeo pushes it unchanged; an uncompressed layer would be recompressed under a new digest).
echo "making a $size MiB layer..."
L="$work/layout"; mkdir -p "$L/blobs/sha256" "$work/files"
head -c $((size * 1024 * 1024)) /dev/urandom > "$work/files/big.bin"
tar -C "$work/files" --mtime=2020-01-01 --owner=0 --group=0 -cf "$work/layer.tar" big.bin
diffid=$(sha256sum "$work/layer.tar" | cut -d' ' -f1)
gzip -1 -n "$work/layer.tar"
layer=$(sha256sum "$work/layer.tar.gz" | cut -d' ' -f1); lsize=$(stat -c %s "$work/layer.tar.gz")
mv "$work/layer.tar.gz" "$L/blobs/sha256/$layer"
printf '{"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":["sha256:%s"]},"config":{}}' "$diffid" > "$work/config.json"
config=$(sha256sum "$work/config.json" | cut -d' ' -f1); csize=$(stat -c %s "$work/config.json"); mv "$work/config.json" "$L/blobs/sha256/$config"
printf '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"sha256:%s","size":%s},"layers":[{"mediaType":"application/vnd.oci.image.layer.v1.tar+gzip","digest":"sha256:%s","size":%s}]}' \
  "$config" "$csize" "$layer" "$lsize" > "$work/manifest.json"
manifest=$(sha256sum "$work/manifest.json" | cut -d' ' -f1); msize=$(stat -c %s "$work/manifest.json"); mv "$work/manifest.json" "$L/blobs/sha256/$manifest"
printf '{"schemaVersion":2,"manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:%s","size":%s,"annotations":{"org.opencontainers.image.ref.name":"big"}}]}' "$manifest" "$msize" > "$L/index.json"
echo '{"imageLayoutVersion":"1.0.0"}' > "$L/oci-layout"
skopeo --insecure-policy copy -q --dest-tls-verify=false --dest-creds vendor:vendorpass "oci:$L:big" "docker://127.0.0.1:$up/acme/big:1" >/dev/null
rm -rf "$work/files" "$L"

# Wharf in front of it.
wp=$(free_port)
"$work/bin/wharf" serve --data "$work/wharf" --listen "127.0.0.1:$wp" >"$work/wharf.log" 2>&1 &
wharf_pid=$!
wait_http "http://127.0.0.1:$wp/healthz" 30
until [ -s "$work/wharf/vendor-token" ] && [ -s "$work/wharf/server-url" ]; do sleep 0.1; done
export WHARF_DATA="$work/wharf"
"$work/bin/wharf" app create bench >/dev/null
echo vendorpass | "$work/bin/wharf" registry add --app bench "http://127.0.0.1:$up" --username vendor --password-stdin >/dev/null
license=$("$work/bin/wharf" license create --app bench --customer Bench | sed -n 's/^ *licenseID: *//p' | tr -d "\"'")

direct="http://127.0.0.1:$up/v2/acme/big/blobs/sha256:$layer"
proxied="http://127.0.0.1:$wp/v2/proxy/bench/127.0.0.1_$up/acme/big/blobs/sha256:$layer"
get() { curl -s -f -o /dev/null -w '%{time_total} %{size_download}\n' -u "$1" "$2"; }

echo "warming up..."; get vendor:vendorpass "$direct" >/dev/null; get "LICENSE_ID:$license" "$proxied" >/dev/null
: > "$work/direct"; : > "$work/proxied"; : > "$work/cpu"
for i in $(seq "$rounds"); do
  read -r t bytes < <(get vendor:vendorpass "$direct"); echo "$t" >> "$work/direct"
  before=$(cpu_seconds $wharf_pid)
  read -r t pbytes < <(get "LICENSE_ID:$license" "$proxied"); echo "$t" >> "$work/proxied"
  after=$(cpu_seconds $wharf_pid); echo "$after - $before" | bc -l >> "$work/cpu"
  [ "$bytes" = "$lsize" ] && [ "$pbytes" = "$lsize" ] || { echo "size mismatch: $bytes / $pbytes / $lsize"; exit 1; }
done
d=$(median < "$work/direct"); p=$(median < "$work/proxied"); c=$(median < "$work/cpu")
mib=$((lsize / 1024 / 1024))
echo
echo "layer: $mib MiB, rounds: $rounds (median)"
printf 'direct from upstream : %6.3f s  %7.1f MiB/s\n' "$d" "$(echo "$mib / $d" | bc -l)"
printf 'through Wharf        : %6.3f s  %7.1f MiB/s\n' "$p" "$(echo "$mib / $p" | bc -l)"
printf 'Wharf/direct wall    : %6.2fx   (throughput ratio %.2f)\n' "$(echo "$p / $d" | bc -l)" "$(echo "$d / $p" | bc -l)"
printf 'Wharf CPU per GET    : %6.3f s\n' "$c"
