#!/usr/bin/env bash
# Installs what the tests need (real registry, pullers, PostgreSQL) when missing, then runs every test and prints
# one closing line "N passed, N failed" counted from the test results.
set -uo pipefail
cd "$(dirname "$0")"

need=()
command -v docker-registry >/dev/null || need+=(docker-registry)
command -v skopeo >/dev/null || need+=(skopeo)
command -v htpasswd >/dev/null || need+=(apache2-utils)
command -v podman >/dev/null || need+=(podman)
command -v containerd >/dev/null || need+=(containerd)
command -v openssl >/dev/null || need+=(openssl)
[ -x /usr/bin/chromium ] || need+=(chromium)  # the portal tests drive it with Playwright
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || need+=(postgresql)  # the PostgreSQL store tests start their own server
command -v kubectl >/dev/null || echo "note: kubectl is not on PATH (installer tests will say how to get it)"
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing test prerequisites: ${need[*]}"
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
    || { echo "apt-get install ${need[*]} failed"; exit 1; }
fi

results=$(mktemp -d)
dotnet test Wharf.slnx --logger "trx" --results-directory "$results" --blame-hang-timeout 5m "$@"
status=$?

passed=0; failed=0
for f in "$results"/*.trx; do
  [ -f "$f" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$f" | head -1)
  p=$(echo "$counters" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p'); f2=$(echo "$counters" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')
  passed=$((passed + ${p:-0})); failed=$((failed + ${f2:-0}))
done
rm -rf "$results"
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then
  echo "no test results were produced"
  [ $status -eq 0 ] && status=1
fi
echo "$passed passed, $failed failed"
exit $status
