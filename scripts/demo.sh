#!/usr/bin/env bash
# Quick start, command 1: installs what is missing, builds, ingests the
# project's own sample articles (samples/articles) into a new SQLite fact
# database, and shows what it holds: the story clusters with their numbers
# of independent sources, the facts found, and the consistency check of the
# sources' claims (text report; build/demo-report.html for a browser).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
DB=build/demo.db
rm -f "$DB" "$DB-wal" "$DB-shm"
echo
echo "\$ factmine ingest --db $DB samples/articles"
build/cli/factmine ingest --db "$DB" samples/articles
echo
echo "Stories (documents, independent sources):"
sqlite3 -box "$DB" "SELECT id, documents, sources, first_date, substr(label, 1, 70) AS label FROM stories ORDER BY id"
echo
echo "The same amounts across articles (money of 1 billion and more):"
sqlite3 -box "$DB" "
SELECT q.value_text AS value, q.unit, count(DISTINCT q.document) AS articles,
       count(DISTINCT COALESCE(d.copy_of, d.id)) AS sources, min(q.text) AS as_written
FROM quantities q JOIN documents d ON d.id = q.document
WHERE q.dimension = 'money' AND q.value >= 1e9
GROUP BY q.value_text, q.unit
ORDER BY articles DESC, q.value DESC
LIMIT 12"
echo
echo "Facts (subject, predicate, value, period), the ten most confident:"
sqlite3 -box "$DB" "
SELECT s.name AS subject, f.predicate, f.value_text AS value, f.unit, f.period, f.confidence
FROM facts f JOIN entities s ON s.id = f.subject
ORDER BY f.confidence DESC, f.document, f.idx LIMIT 10"
echo
echo "\$ factmine check --db $DB"
build/cli/factmine check --db "$DB"
build/cli/factmine check --quiet --db "$DB" --format html -o build/demo-report.html
echo
echo "The database is $DB; 'factmine export --db $DB --what facts' writes a table as JSON lines;"
echo "build/demo-report.html is the same check as a page for a browser."
