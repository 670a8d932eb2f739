#!/usr/bin/env bash
# Two servers, one desk: a signed-in user keeps their roles when their session moves to the other
# server, as behind a load balancer without sticky sessions.
#
# Starts two throwaway Payara Servers at once (their own folders, port bases 31000 and 32000, clear of the crash test's) on the
# EAR last built and on one fresh PostgreSQL database, escalation_desk_pair on 127.0.0.1:5432 (user
# postgres, trust authentication, made anew with psql). The run tooling joins them in one data grid
# (ESCALATION_DESK_CLUSTER), which keeps the sessions. Then twenty sessions of agents, managers and
# an admin send each request to the other server than the one before: pages and API calls of every
# role, and tickets whose form comes from one server and is submitted to the other. Every answer
# must be what the user's roles allow; signing out on one server must end the session on the other.
# Then email in: both servers read one IMAP mailbox (GreenMail standalone, fetched by Maven), into which
# two dozen customers write, one email twice; every email must open exactly one ticket, whichever
# server reads it first. Then the crash test on PostgreSQL (reliability/crash-test.sh): the first server is killed with
# kill -9 while six agents take tickets in on it, the second takes tickets in after it, and nothing
# acknowledged by either may be lost or lack its audit trail. Prints the figures; exits 1 on any
# wrong answer or loss.
#
#   reliability/two-servers.sh [rounds] [seconds of load before the kill]      (default 10, 8)
#   reliability/two-servers.sh prepare       (only unpack Payara and make both domains and the key)
#
# PAIR_HOME_A / PAIR_HOME_B with PAIR_PORTBASE_A / PAIR_PORTBASE_B: the servers' folders and port
# bases, e.g. an existing server folder (with the port base its domain was made with) to spare a
# Payara unpack and a new domain, as .ci/run does with the crash test's server. PAIR_EAR: the EAR to
# deploy (default: the one the build leaves in escalation-ear/target).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ROUNDS=${1:-10}
SECONDS_BEFORE_KILL=${2:-8}
PREPARE_ONLY=false
[ "$ROUNDS" != prepare ] || PREPARE_ONLY=true
WORK="$ROOT/reliability/target"
PORT_A=${PAIR_PORTBASE_A:-31000}
PORT_B=${PAIR_PORTBASE_B:-32000}
export ESCALATION_DESK_POSTGRES_DB=escalation_desk_pair
export ESCALATION_DESK_AUDIT_KEYS="$WORK/audit-signing"
export ESCALATION_DESK_CLUSTER="127.0.0.1:$((PORT_A + 49)),127.0.0.1:$((PORT_B + 49))"
EAR_OPTION=(--no-build)
[ -z "${PAIR_EAR:-}" ] || EAR_OPTION=(--no-build --ear "$PAIR_EAR")
mkdir -p "$WORK"

home_of() { # name
  if [ "$1" = a ]; then echo "${PAIR_HOME_A:-$WORK/server-a}"; else echo "${PAIR_HOME_B:-$WORK/server-b}"; fi
}

# the mailbox both servers read: a real IMAP and SMTP peer on ports clear of the servers' and the
# tests' (test-only credentials)
MAIL_SMTP_PORT=33025
MAIL_IMAP_PORT=33143
GREENMAIL_VERSION=2.1.13
GREENMAIL_JAR="$WORK/greenmail-standalone.jar"
export ESCALATION_DESK_IMAP_HOST=127.0.0.1 ESCALATION_DESK_IMAP_PORT=$MAIL_IMAP_PORT ESCALATION_DESK_IMAP_SSL=false \
  ESCALATION_DESK_IMAP_USER=support@desk.test ESCALATION_DESK_IMAP_PASSWORD=pair-test-only-secret
EMAILS=24

server() { # name portbase command...
  local name=$1 portbase=$2
  shift 2
  ESCALATION_DESK_HOME="$(home_of "$name")" ESCALATION_DESK_PORTBASE=$portbase "$ROOT/run" "$@"
}

# one after the other: the two servers share the key that signs checkpoints, and two fresh servers
# made at once both set out to create it (one of them then failed to start, silently)
server a "$PORT_A" prepare > "$WORK/server-a.out" 2>&1 || { cat "$WORK/server-a.out"; exit 1; }
server b "$PORT_B" prepare > "$WORK/server-b.out" 2>&1 || { cat "$WORK/server-b.out"; exit 1; }
! $PREPARE_ONLY || exit 0

psql_() { psql -h 127.0.0.1 -p 5432 -U postgres -v ON_ERROR_STOP=1 -q "$@"; }
psql_ -d postgres -c "DROP DATABASE IF EXISTS $ESCALATION_DESK_POSTGRES_DB" -c "CREATE DATABASE $ESCALATION_DESK_POSTGRES_DB" >/dev/null 2>&1

[ -f "$GREENMAIL_JAR" ] || mvn -q -B dependency:copy -Dartifact=com.icegreen:greenmail-standalone:$GREENMAIL_VERSION \
  -Dmdep.stripVersion=true -DoutputDirectory="$WORK" >/dev/null
java -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port=$MAIL_SMTP_PORT \
  -Dgreenmail.imap.hostname=127.0.0.1 -Dgreenmail.imap.port=$MAIL_IMAP_PORT \
  -Dgreenmail.users=support:pair-test-only-secret@desk.test -Dgreenmail.users.login=email \
  -jar "$GREENMAIL_JAR" > "$WORK/greenmail.out" 2>&1 &
greenmail=$!

echo "Starting two servers on one database, on ports $((PORT_A + 80)) and $((PORT_B + 80)), reading one mailbox"
trap 'server a "$PORT_A" stop >/dev/null 2>&1 || true; server b "$PORT_B" stop >/dev/null 2>&1 || true; kill "$greenmail" 2>/dev/null || true' EXIT
server a "$PORT_A" start "${EAR_OPTION[@]}" >> "$WORK/server-a.out" 2>&1 &
first=$!
server b "$PORT_B" start "${EAR_OPTION[@]}" >> "$WORK/server-b.out" 2>&1 &
second=$!
# both starts end before either is judged, so that the trap's stop finds a server that failed to start whole
first_status=0
second_status=0
wait "$first" || first_status=$?
wait "$second" || second_status=$?
[ "$first_status" -eq 0 ] || { cat "$WORK/server-a.out"; exit 1; }
[ "$second_status" -eq 0 ] || { cat "$WORK/server-b.out"; exit 1; }

echo "Both servers up after $SECONDS s; twenty sessions switch servers at every request"
java "$ROOT/bench/DeskLoad.java" servers "http://localhost:$((PORT_A + 80))/escalation-desk" \
  "http://localhost:$((PORT_B + 80))/escalation-desk" "$ROUNDS"

echo "$EMAILS customers write to the mailbox both servers read, one of them the same email twice (after $SECONDS s)"
run_id=$(date +%s)
python3 - "$MAIL_SMTP_PORT" "$EMAILS" "$run_id" <<'EOF'
import smtplib, sys
from email.message import EmailMessage
port, count, run = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
with smtplib.SMTP("127.0.0.1", port) as smtp:
    for i in range(count):
        mail = EmailMessage()
        mail["From"] = f"Pair customer {i} <pair-{run}-{i}@customers.test>"
        mail["To"] = "support@desk.test"
        mail["Subject"] = f"Two servers, one mailbox: {run} #{i}"
        mail["Message-ID"] = f"<pair-{run}-{i}@customers.test>"
        mail.set_content(f"Email {i + 1} of {count}, read by whichever server comes first.")
        smtp.send_message(mail)
        if i == 0:
            smtp.send_message(mail)
EOF
pair_sql() { psql_ -At -d "$ESCALATION_DESK_POSTGRES_DB" -c "$1"; }
subjects="'Two servers, one mailbox: $run_id #%'"
for _ in $(seq 90); do
  [ "$(pair_sql "SELECT COUNT(*) FROM inbound_message WHERE subject LIKE $subjects")" -ge "$EMAILS" ] && break
  sleep 1
done
# the duplicate is read by a server a moment after the others: it must have been refused, not taken in again
sleep 3
taken=$(pair_sql "SELECT COUNT(*) FROM inbound_message WHERE subject LIKE $subjects")
opened=$(pair_sql "SELECT COUNT(*) FROM inbound_message WHERE subject LIKE $subjects AND outcome = 'NEW_TICKET'")
tickets=$(pair_sql "SELECT COUNT(*) FROM ticket WHERE subject LIKE $subjects")
twice=$(pair_sql "SELECT COUNT(*) FROM (SELECT subject FROM ticket WHERE subject LIKE $subjects GROUP BY subject HAVING COUNT(*) > 1) s")
readers=0
for name in a b; do
  grep -q "Email in is on" "$(home_of "$name")/payara6/glassfish/domains/escalation-desk/logs/server.log" && readers=$((readers + 1))
done
echo "  servers reading the mailbox:     $readers of 2"
echo "  emails taken in:                 $taken of $EMAILS ($opened opened a ticket)"
echo "  tickets opened:                  $tickets"
echo "  emails that opened two tickets:  $twice"
if ! { [ "$readers" -eq 2 ] && [ "$taken" -eq "$EMAILS" ] && [ "$opened" -eq "$EMAILS" ] && [ "$tickets" -eq "$EMAILS" ] \
    && [ "$twice" -eq 0 ]; }; then
  echo "Email in across two servers FAILED"
  exit 1
fi

echo "One server of the two dies while it takes tickets in (after $SECONDS s)"
CRASH_HOME="$(home_of a)" CRASH_PORTBASE=$PORT_A CRASH_PG_DB=$ESCALATION_DESK_POSTGRES_DB CRASH_RUNNING=true \
  CRASH_SURVIVOR="http://localhost:$((PORT_B + 80))/escalation-desk" \
  bash "$ROOT/reliability/crash-test.sh" "$SECONDS_BEFORE_KILL" postgres
echo "Done after $SECONDS s"
