#!/usr/bin/env bash
# Builds the platform, starts Payara Server 6 with the EAR on the embedded H2 database (with demo
# data on first start) and stays in the foreground until Ctrl-C, which stops the server. Maven
# exits once the server runs; if the server dies, this script says so and exits. When nothing
# changed since the last run (sources, port, data folder, heap), it starts the domain it kept, without
# building or deploying again.
#   COALITION_HTTP_PORT  HTTP port (default 8080)
#   COALITION_DATA_DIR   where the H2 database lives (default ./data)
#   COALITION_HEAP       the server's heap (default 320m; H2 with a million rows needs 768m)
#   COALITION_DS_URL, COALITION_DS_CLASSNAME, COALITION_DB_USER, COALITION_DB_PASSWORD
#                        another database, e.g. PostgreSQL (see config/README.md)
set -euo pipefail
cd "$(dirname "$0")"
port="${COALITION_HTTP_PORT:-8080}"
heap="${COALITION_HEAP:-320m}"
data="${COALITION_DATA_DIR:-$PWD/data}"
mkdir -p "$data"
data="$(cd "$data" && pwd)"
base="http://localhost:$port"

# The domain that Cargo created answers without a product banner, as an operator's domain does.
no_product_banner() {
  local domain=coalition-ear/target/cargo/configurations/payara
  bash coalition-ear/target/cargo/installs/payara-*/payara6/bin/asadmin --port 4848 --user admin \
    --passwordfile "$domain/password.properties" multimode --file config/no-product-banner.asadmin >/dev/null ||
    echo "Could not turn off the product banner; see config/no-product-banner.asadmin." >&2
}

announce() {
  # Asked twice a second, so that the banner comes as soon as the application answers.
  for _ in $(seq 1 2400); do
    if curl -fs -o /dev/null "$base/coalition/api/members?size=1" 2>/dev/null; then
      cat <<TXT

=====================================================================
 Drone Coalition Platform is running (data in $data)
   Faces home   $base/coalition/
   REST base    $base/coalition/api
   OpenAPI      $base/openapi
   Swagger UI   $base/coalition/api-docs/
   Health       $base/health   (metrics: $base/metrics)
 Demo accounts (demo only), password demo2024:
   cso (CSO_ADMIN), rep-lv, rep-gb, ... one per member country (MEMBER_REP),
   tester (TEST_OFFICER), maker (MANUFACTURER)
 Press Ctrl-C to stop the server.
=====================================================================
TXT
      return
    fi
    sleep 0.5
  done
  echo "The application did not answer at $base/coalition within 20 minutes; see the server log." >&2
}

domain_dir="$PWD/coalition-ear/target/cargo/configurations/payara"
asadmin() { bash coalition-ear/target/cargo/installs/payara-*/payara6/bin/asadmin "$@"; }
made_for="$domain_dir/cargo-domain/made-for-run"
ear=coalition-ear/target/coalition.ear
kept=""
# The mark names the build too: the tests' build makes the same domain over with their settings.
made() { echo "$port $data $heap $(stat -c '%Y %s' "$ear")"; }
if [ -f "$ear" ] && [ "$(cat "$made_for" 2>/dev/null)" = "$(made)" ] &&
   [ -z "$(find pom.xml ./*/pom.xml ./*/src config -newer "$ear" -print -quit)" ]; then
  kept=yes
fi

# Two malloc arenas instead of eight per core: the server's threads allocate little outside the
# Java heap, and each arena keeps tens of megabytes resident.
export MALLOC_ARENA_MAX=2
if [ -n "$kept" ]; then
  asadmin start-domain --domaindir "$domain_dir" cargo-domain >/dev/null
else
  # Running the application needs no tests compiled or run (the suite is the second Quick start line).
  ./mvnw -B -q -Dmaven.test.skip=true -Dcoalition.http.port="$port" -Dcoalition.data.dir="$data" -Dcoalition.heap="$heap" \
    -pl coalition-ear -am package cargo:start
  # Once Cargo has returned: the change restarts the listener, which must not cut Cargo's own
  # check of the started server short (it then waited for its 5-minute timeout and stopped it).
  no_product_banner
  # The change restarts the HTTP listener in the running domain, which now and then stays closed
  # (the test build met it too); a restarted domain opens it anew.
  asadmin stop-domain --domaindir "$domain_dir" cargo-domain >/dev/null
  asadmin start-domain --domaindir "$domain_dir" cargo-domain >/dev/null
  made > "$made_for"
fi
announce
server=$(pgrep -f "ASMain.*$domain_dir/cargo-domain" | head -1)
stop_server() {
  asadmin stop-domain --domaindir "$domain_dir" cargo-domain >/dev/null 2>&1 || true
}
trap 'stop_server; exit 0' INT TERM
while kill -0 "$server" 2>/dev/null; do
  sleep 1 & wait $!
done
echo "The server stopped without being asked to; see $domain_dir/cargo-domain/logs/server.log" >&2
exit 1
