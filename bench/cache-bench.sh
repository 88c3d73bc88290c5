#!/usr/bin/env bash
# Issue #5: Wharf's pull-through cache against its peers, all in one run on loopback:
#   upstream  CNCF distribution (htpasswd auth) holding the images
#   peer      the same distribution in proxy mode (credentials in remoteurl: 2.8 sends proxy.username/password
#             only to Bearer-token upstreams), no client auth (favours the peer: no bcrypt per request)
#   limit     nginx serving the same blob file with sendfile
#   wharf     Release build, license auth (Basic for curl, Bearer token for hey)
# Prints every figure with its ratio to the peer and to the limit, and writes docs/bench-cache.png (gnuplot).
# Usage: bench/cache-bench.sh [BIG_MIB]   (default 512; the issue's figures use 512)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); source "$here/lib.sh"
big=${1:-512}
for tool in docker-registry skopeo htpasswd hey nginx gnuplot curl bc; do
  command -v $tool >/dev/null || { echo "missing $tool: apt-get install -y docker-registry skopeo apache2-utils hey nginx-light gnuplot-nox curl bc"; exit 1; }
done
work=$(mktemp -d); trap 'kill $(jobs -p) 2>/dev/null; [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null; rm -rf "$work"' EXIT
results="$work/results"; : > "$results"
record() { printf '%-44s %s\n' "$1" "$2" | tee -a "$results"; }

echo "== setup"; build_wharf; start_upstream
make_image "$work/big" 1 "$big"; push_image "$work/big" "acme/big:t"; big_layer=$(first_layer "$work/big")
make_image "$work/conc" 1 128; push_image "$work/conc" "acme/conc:t"; conc_layer=$(first_layer "$work/conc")
make_image "$work/many" 16 8; push_image "$work/many" "acme/many:t"; many_digest=$(manifest_digest "$work/many")
big_file="$work/reg/data/docker/registry/v2/blobs/sha256/${big_layer:7:2}/${big_layer:7}/data"
rm -rf "$work/big" "$work/conc"
start_wharf

# The peer: distribution as a pull-through proxy of the same upstream.
dp=$(free_port)
cat > "$work/proxy.yml" <<YML
version: 0.1
log: {level: error}
storage: {filesystem: {rootdirectory: $work/proxy-data}}
http: {addr: 127.0.0.1:$dp, secret: bench}
proxy: {remoteurl: "http://vendor:vendorpass@127.0.0.1:$up"}
YML
docker-registry serve "$work/proxy.yml" >"$work/proxy.log" 2>&1 &
dist_pid=$!
wait_http "http://127.0.0.1:$dp/v2/" 20

# The limit: nginx with sendfile on the very file the upstream stores.
np=$(free_port); mkdir -p "$work/www"; ln -s "$big_file" "$work/www/blob"
cat > "$work/nginx.conf" <<NGX
user root; daemon on; worker_processes 1; pid $work/nginx.pid; error_log $work/nginx.err;
events { worker_connections 1024; }
http { access_log off; sendfile on; tcp_nopush on; server { listen 127.0.0.1:$np; root $work/www; } }
NGX
nginx -c "$work/nginx.conf" -p "$work"
wait_http "http://127.0.0.1:$np/blob" 10; nginx_pid=$(pgrep -P "$(cat "$work/nginx.pid")" | head -1)

W="http://127.0.0.1:$wp/v2/proxy/bench/127.0.0.1_$up"; D="http://127.0.0.1:$dp/v2"; U="http://127.0.0.1:$up/v2"
wget_() { curl -s -f -o /dev/null -w '%{time_total}\n' "$@"; }  # GET to /dev/null, prints seconds
timed_cpu() { local pid=$1; shift; local b a t; b=$(cpu_seconds "$pid"); t=$(wget_ "$@"); a=$(cpu_seconds "$pid"); echo "$t $(echo "$a - $b" | bc -l)"; }
wauth=(-u "LICENSE_ID:$license")

echo "== cold $big MiB blob GET"
read -r t_up _ < <(timed_cpu $wharf_pid -u vendor:vendorpass "$U/acme/big/blobs/$big_layer")
read -r t_dc c_dc < <(timed_cpu $dist_pid "$D/acme/big/blobs/$big_layer")
read -r t_wc c_wc < <(timed_cpu $wharf_pid "${wauth[@]}" "$W/acme/big/blobs/$big_layer")
record "cold GET wall: upstream direct" "$t_up s"
record "cold GET wall: distribution proxy" "$t_dc s"
record "cold GET wall: wharf" "$t_wc s  (wharf/direct wall $(ratio "$t_wc" "$t_up")x, throughput $(ratio "$t_up" "$t_wc")x of direct)"
sleep 2 # let both proxies finish committing their fills before the warm runs

echo "== warm $big MiB blob GET (median of 5; server CPU per GET)"
for name in nginx dist wharf; do : > "$work/w_$name"; : > "$work/c_$name"; done
for i in 1 2 3 4 5; do
  read -r t c < <(timed_cpu "$nginx_pid" "http://127.0.0.1:$np/blob"); echo "$t" >> "$work/w_nginx"; echo "$c" >> "$work/c_nginx"
  read -r t c < <(timed_cpu "$dist_pid" "$D/acme/big/blobs/$big_layer"); echo "$t" >> "$work/w_dist"; echo "$c" >> "$work/c_dist"
  read -r t c < <(timed_cpu "$wharf_pid" "${wauth[@]}" "$W/acme/big/blobs/$big_layer"); echo "$t" >> "$work/w_wharf"; echo "$c" >> "$work/c_wharf"
done
for name in nginx dist wharf; do eval "w_$name=$(median < "$work/w_$name")"; eval "c_$name=$(median < "$work/c_$name")"; done
record "warm GET wall: nginx sendfile (limit)" "$w_nginx s, CPU $c_nginx s"
record "warm GET wall: distribution proxy" "$w_dist s, CPU $c_dist s"
record "warm GET wall: wharf" "$w_wharf s, CPU $c_wharf s"
record "warm GET throughput wharf vs nginx" "$(ratio "$w_nginx" "$w_wharf")x (target >= 0.95)"
record "warm GET CPU wharf vs nginx" "$(ratio "$c_wharf" "$c_nginx")x (target <= 1.5; distribution $(ratio "$c_dist" "$c_nginx")x)"

echo "== 32 concurrent cold clients of one 128 MiB blob"
# Counted from the upstream's access log by user agent, so a peer's late fill cannot be counted as Wharf's.
count_up() { grep "\"GET /v2/acme/conc/blobs/$conc_layer HTTP/1.1\" 200" "$work/reg/access.log" | grep -c -- "$1" || true; }
for i in $(seq 32); do curl -s -o /dev/null "$D/acme/conc/blobs/$conc_layer" & done; wait $(jobs -p | tail -32) 2>/dev/null || true
for i in $(seq 32); do curl -s -o /dev/null "${wauth[@]}" "$W/acme/conc/blobs/$conc_layer" & done; wait $(jobs -p | tail -32) 2>/dev/null || true
sleep 2; n_wharf=$(count_up '"wharf/'); n_dist=$(( $(count_up '') - n_wharf ))
record "upstream GETs for 32 cold clients: distribution" "$n_dist"
record "upstream GETs for 32 cold clients: wharf" "$n_wharf"

echo "== many-layer image (16 x 8 MiB) with skopeo copy, cold then warm"
sk() { local s=$SECONDS; rm -rf "$work/dir"; local t; t=$( { /usr/bin/time -f %e skopeo --insecure-policy copy -q --src-tls-verify=false "$@" "dir:$work/dir" >/dev/null; } 2>&1 ); echo "$t"; }
t_dmc=$(sk --src-no-creds "docker://127.0.0.1:$dp/acme/many:t"); t_dmw=$(sk --src-no-creds "docker://127.0.0.1:$dp/acme/many:t")
t_wmc=$(sk --src-creds "LICENSE_ID:$license" "docker://127.0.0.1:$wp/proxy/bench/127.0.0.1_$up/acme/many:t")
t_wmw=$(sk --src-creds "LICENSE_ID:$license" "docker://127.0.0.1:$wp/proxy/bench/127.0.0.1_$up/acme/many:t")
record "skopeo copy many-layer cold: distribution / wharf" "$t_dmc s / $t_wmc s ($(ratio "$t_dmc" "$t_wmc")x)"
record "skopeo copy many-layer warm: distribution / wharf" "$t_dmw s / $t_wmw s ($(ratio "$t_dmw" "$t_wmw")x)"

echo "== manifest HEAD requests/s, 32 connections (hey)"
token=$(curl -s -u "LICENSE_ID:$license" "http://127.0.0.1:$wp/v2/token?service=127.0.0.1:$wp&scope=repository:proxy/bench/127.0.0.1_$up/acme/many:pull" | sed 's/.*"token":"\([^"]*\)".*/\1/')
accept="Accept: application/vnd.oci.image.manifest.v1+json"
rps() { hey -n "$1" -c 32 -m HEAD -H "$accept" "${@:2}" | awk '/Requests\/sec/ { printf "%.0f", $2 }'; }
r_dt=$(rps 2000 "$D/acme/many/manifests/t"); r_dd=$(rps 10000 "$D/acme/many/manifests/$many_digest")
r_wt=$(rps 20000 -H "Authorization: Bearer $token" "$W/acme/many/manifests/t"); r_wd=$(rps 20000 -H "Authorization: Bearer $token" "$W/acme/many/manifests/$many_digest")
record "HEAD by tag req/s: distribution / wharf" "$r_dt / $r_wt ($(ratio "$r_wt" "$r_dt")x, target >= 10)"
record "HEAD by digest req/s: distribution / wharf" "$r_dd / $r_wd ($(ratio "$r_wd" "$r_dd")x, target >= 2)"

echo "== peak RSS, 32 concurrent warm $big MiB pulls, two bursts"
burst() { for i in $(seq 32); do curl -s -o /dev/null "$@" & done; wait $(jobs -p | tail -32) 2>/dev/null || true; }
burst "${wauth[@]}" "$W/acme/big/blobs/$big_layer"; rss_w1=$(peak_rss_mib $wharf_pid)
burst "${wauth[@]}" "$W/acme/big/blobs/$big_layer"; rss_w2=$(peak_rss_mib $wharf_pid)
burst "$D/acme/big/blobs/$big_layer"; rss_d1=$(peak_rss_mib $dist_pid)
burst "$D/acme/big/blobs/$big_layer"; rss_d2=$(peak_rss_mib $dist_pid)
record "peak RSS MiB after burst 1 / 2: wharf" "$rss_w1 / $rss_w2 (target <= 100)"
record "peak RSS MiB after burst 1 / 2: distribution" "$rss_d1 / $rss_d2"

# Chart: each figure as Wharf relative to the peer (higher is better for Wharf).
cat > "$work/chart.dat" <<DAT
"warm GET\nthroughput" $(ratio "$w_dist" "$w_wharf")
"warm GET\nCPU (inverse)" $(ratio "$c_dist" "$c_wharf")
"cold GET\nthroughput" $(ratio "$t_dc" "$t_wc")
"upstream GETs,\n32 cold (inverse)" $(ratio "$n_dist" "$n_wharf")
"HEAD by tag\nreq/s" $(ratio "$r_wt" "$r_dt")
"HEAD by digest\nreq/s" $(ratio "$r_wd" "$r_dd")
"peak RSS\n(inverse)" $(ratio "$rss_d2" "$rss_w2")
DAT
gnuplot <<GP
set terminal pngcairo size 900,480 noenhanced font ",10"
set output "$here/../docs/bench-cache.png"
set title "Wharf relative to the distribution 2.8 pull-through proxy (1 = equal, higher = Wharf better; log scale)"
set style fill solid 0.8; set boxwidth 0.6; set logscale y 2; set grid ytics; set yrange [0.25:*]
set xtics font ",9"; set bmargin 5; unset key
plot "$work/chart.dat" using 0:2:xtic(1) with boxes lc rgb "#2b6cb0", 1 with lines lc rgb "#c53030" lw 2
GP
echo; echo "== summary"; cat "$results"
