# Sourced by the benchmarks: a throwaway Payara Server in its own folder and ports, on an empty
# embedded database (demo data only), stopped when the benchmark exits. Sets ROOT, URL, DOMAIN,
# DB (the H2 database file) and H2 (the H2 jar for loading data straight into it).
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export ESCALATION_DESK_HOME=${BENCH_HOME:-$ROOT/bench/target/server}
export ESCALATION_DESK_PORTBASE=${BENCH_PORTBASE:-27000}
URL="http://localhost:$((ESCALATION_DESK_PORTBASE + 80))/escalation-desk"
DOMAIN="$ESCALATION_DESK_HOME/payara6/glassfish/domains/escalation-desk"
DB="$DOMAIN/lib/databases/embedded_default"
H2="$ESCALATION_DESK_HOME/payara6/h2db/bin/h2.jar"

rm -rf "$DOMAIN/lib/databases"
"$ROOT/run" start "${BENCH_BUILD:---no-build}" >/dev/null
trap '"$ROOT/run" stop >/dev/null' EXIT
