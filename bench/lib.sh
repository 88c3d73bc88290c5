# Shared helpers for the benchmark scripts. Everything binds to 127.0.0.1; callers set $work (a temp dir) and
# a trap that kills their background jobs.

free_port() {
  local p
  while :; do
    p=$(shuf -i 20000-60000 -n 1)
    (echo >/dev/tcp/127.0.0.1/$p) 2>/dev/null || { echo "$p"; return; }
  done
}

# wait_http URL SECONDS: until the URL answers at all (any status).
wait_http() {
  local deadline=$((SECONDS + $2))
  until curl -s -o /dev/null "$1"; do
    [ $SECONDS -ge $deadline ] && { echo "timed out waiting for $1" >&2; return 1; }
    sleep 0.1
  done
}

# cpu_seconds PID: user+system CPU time of a process, in seconds.
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.3f", ($14 + $15) / hz }' "/proc/$1/stat"; }

# peak_rss_mib PID: the process's peak resident set (VmHWM), MiB.
peak_rss_mib() { awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

ratio() { echo "$1 $2" | awk '{ printf "%.2f", ($2 == 0) ? 0 : $1 / $2 }'; }

build_wharf() { dotnet build "$here/../src/Wharf.Cli" -c Release -o "$work/bin" -v q -nologo >/dev/null; }

# start_upstream: CNCF distribution with htpasswd auth (vendor:vendorpass); sets $up; access log in $work/reg/access.log.
start_upstream() {
  up=$(free_port); mkdir -p "$work/reg"
  htpasswd -Bbn vendor vendorpass > "$work/reg/htpasswd"
  cat > "$work/reg/config.yml" <<YML
version: 0.1
log: {level: error}
storage: {filesystem: {rootdirectory: $work/reg/data}}
http: {addr: 127.0.0.1:$up, secret: bench}
auth: {htpasswd: {realm: basic-realm, path: $work/reg/htpasswd}}
YML
  docker-registry serve "$work/reg/config.yml" >"$work/reg/access.log" 2>"$work/reg/error.log" &
  wait_http "http://127.0.0.1:$up/v2/" 20
}

# make_image LAYOUT LAYERS MIB: an OCI layout (tag "t") with LAYERS gzip layers of MIB MiB of random data each.
# Layers are gzipped already, so skopeo pushes them unchanged (it would recompress a plain tar under a new digest).
make_image() {
  local L=$1 n=$2 mib=$3 i diffids="" layers="" tmp="$1.tmp"
  mkdir -p "$L/blobs/sha256" "$tmp"
  for i in $(seq "$n"); do
    head -c $((mib * 1024 * 1024)) /dev/urandom > "$tmp/data$i.bin"
    tar -C "$tmp" --mtime=2020-01-01 --owner=0 --group=0 -cf "$tmp/layer.tar" "data$i.bin"; rm "$tmp/data$i.bin"
    local diffid; diffid=$(sha256sum "$tmp/layer.tar" | cut -d' ' -f1)
    gzip -1 -n "$tmp/layer.tar"
    local digest size; digest=$(sha256sum "$tmp/layer.tar.gz" | cut -d' ' -f1); size=$(stat -c %s "$tmp/layer.tar.gz")
    mv "$tmp/layer.tar.gz" "$L/blobs/sha256/$digest"
    diffids="$diffids${diffids:+,}\"sha256:$diffid\""
    layers="$layers${layers:+,}{\"mediaType\":\"application/vnd.oci.image.layer.v1.tar+gzip\",\"digest\":\"sha256:$digest\",\"size\":$size}"
  done
  rmdir "$tmp"
  printf '{"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":[%s]},"config":{}}' "$diffids" > "$L/config.json"
  local config csize; config=$(sha256sum "$L/config.json" | cut -d' ' -f1); csize=$(stat -c %s "$L/config.json"); mv "$L/config.json" "$L/blobs/sha256/$config"
  printf '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"sha256:%s","size":%s},"layers":[%s]}' \
    "$config" "$csize" "$layers" > "$L/manifest.json"
  local manifest msize; manifest=$(sha256sum "$L/manifest.json" | cut -d' ' -f1); msize=$(stat -c %s "$L/manifest.json"); mv "$L/manifest.json" "$L/blobs/sha256/$manifest"
  printf '{"schemaVersion":2,"manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:%s","size":%s,"annotations":{"org.opencontainers.image.ref.name":"t"}}]}' "$manifest" "$msize" > "$L/index.json"
  echo '{"imageLayoutVersion":"1.0.0"}' > "$L/oci-layout"
}

# push_image LAYOUT REPO:TAG — to the upstream.
push_image() { skopeo --insecure-policy copy -q --dest-tls-verify=false --dest-creds vendor:vendorpass "oci:$1:t" "docker://127.0.0.1:$up/$2" >/dev/null; }

# first_layer LAYOUT: digest (sha256:…) of the first layer; manifest_digest LAYOUT: the image manifest digest.
first_layer() { grep -o '"layers":\[{[^}]*' "$(manifest_file "$1")" | grep -o 'sha256:[0-9a-f]*'; }
manifest_file() { echo "$1/blobs/sha256/$(grep -o 'sha256:[0-9a-f]*' "$1/index.json" | head -1 | cut -d: -f2)"; }
manifest_digest() { grep -o 'sha256:[0-9a-f]*' "$1/index.json" | head -1; }

# start_wharf: Release build in front of the upstream; sets $wp, $wharf_pid, $license (app "bench").
start_wharf() {
  wp=$(free_port)
  "$work/bin/wharf" serve --data "$work/wharf" --listen "127.0.0.1:$wp" >"$work/wharf.log" 2>&1 &
  wharf_pid=$!
  wait_http "http://127.0.0.1:$wp/healthz" 30
  until [ -s "$work/wharf/vendor-token" ] && [ -s "$work/wharf/server-url" ]; do sleep 0.1; done
  WHARF_DATA="$work/wharf" "$work/bin/wharf" app create bench >/dev/null
  echo vendorpass | WHARF_DATA="$work/wharf" "$work/bin/wharf" registry add --app bench "http://127.0.0.1:$up" --username vendor --password-stdin >/dev/null
  license=$(WHARF_DATA="$work/wharf" "$work/bin/wharf" license create --app bench --customer Bench | sed -n 's/^ *licenseID: *//p' | tr -d "\"'")
}
