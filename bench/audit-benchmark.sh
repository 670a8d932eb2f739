#!/usr/bin/env bash
# The audit trail at scale: writes N entries (default 1,000,000) straight into a throwaway server's
# H2 database, then times, through the API as an admin, the first checkpoint over all of them (every
# entry taken into the Merkle log and the root signed) and a verification (every chain, every leaf,
# the root), and then the command-line verifier reading the same database. Prints figures; asserts
# nothing. Not part of the tests.
#
#   bench/audit-benchmark.sh [entries]
set -euo pipefail
ENTRIES=${1:-1000000}
source "$(dirname "${BASH_SOURCE[0]}")/bench-server.sh"
CLASSES="$ROOT/escalation-domain/target/classes"

echo "Writing $ENTRIES audit entries..."
start=$(date +%s)
java -cp "$CLASSES:$H2" "$ROOT/bench/AuditLoad.java" "jdbc:h2:$DB;AUTO_SERVER=TRUE" "$ENTRIES"
echo "  written in $(( $(date +%s) - start )) s"
echo "Through the API ($(nproc) cores, client and server on this machine):"
java "$ROOT/bench/DeskLoad.java" audit "$URL"
echo "The command-line verifier on the same database:"
start=$(date +%s%N)
java -cp "$CLASSES:$H2" com.escalationdesk.audit.AuditVerifierCommand "jdbc:h2:$DB;AUTO_SERVER=TRUE" | sed 's/^/  /'
elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
echo "  verified in $elapsed ms"
