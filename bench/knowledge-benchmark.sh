#!/usr/bin/env bash
# Knowledge suggestions at scale: the demo articles among generated ones up to N (default 10,000),
# in the index the servers use. Prints the build time, the suggestion time (p50/p99) and recall@5
# and MRR of the labelled tickets among the distractors. Asserts nothing; not part of the tests.
#
#   bench/knowledge-benchmark.sh [articles]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ARTICLES=${1:-10000}
LUCENE=$(sed -n 's:.*<lucene.version>\(.*\)</lucene.version>.*:\1:p' "$ROOT/pom.xml" | head -1)
REPO=${MAVEN_REPO:-$HOME/.m2/repository}/org/apache/lucene
[ -d "$ROOT/escalation-domain/target/classes" ] || mvn -B -q -f "$ROOT/pom.xml" -pl escalation-domain compile
CP="$ROOT/escalation-domain/target/classes:$REPO/lucene-core/$LUCENE/lucene-core-$LUCENE.jar:$REPO/lucene-analysis-common/$LUCENE/lucene-analysis-common-$LUCENE.jar"
java -cp "$CP" "$ROOT/bench/KnowledgeBench.java" "$ARTICLES" \
  "$ROOT/escalation-domain/src/test/resources/com/escalationdesk/knowledge/labelled-tickets.tsv"
