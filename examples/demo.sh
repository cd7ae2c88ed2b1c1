#!/usr/bin/env bash
# Build duebook, import the sample customers and a shop's invoice feed from
# CSV, record the month's payments and returns, then print today's
# receivables, the customers, one customer's ledger, and export the books.
#
# The database is made in a temporary folder and removed at the end unless
# KEEP=1 is set; DUEBOOK_DB is ignored so real books are never touched. The
# sample month is November 2026, and "today" is fixed at 2026-12-02, the
# morning the first invoice of the month falls due.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --locked --quiet
duebook=target/release/duebook
work=$(mktemp -d)
if [ "${KEEP:-0}" = 1 ]; then
    echo "demo database kept in $work/demo.sqlite3" >&2
else
    trap 'rm -rf "$work"' EXIT
fi
export DUEBOOK_DB="$work/demo.sqlite3"
export DUEBOOK_TODAY=2026-12-02

"$duebook" --quiet init --currency USD
"$duebook" import customers examples/customers.csv
"$duebook" import entries examples/invoices.csv --kind invoice
while IFS= read -r line; do
    case "$line" in "" | "#"*) continue ;; esac
    # Each line holds the arguments of one duebook command, shell-quoted.
    eval "set -- $line"
    "$duebook" --quiet "$@" >/dev/null
done < examples/sample.args

echo "== receivables on $DUEBOOK_TODAY"
"$duebook" receivables
echo
echo "== customers"
"$duebook" customer list
echo
echo "== ledger of ACME-7"
"$duebook" customer ledger ACME-7
echo
"$duebook" check
"$duebook" export customers --output "$work/customers.csv"
"$duebook" export entries --output "$work/entries.csv"

# The export is the whole of the books: a fresh database built from it
# exports the very same bytes.
copy="$work/copy.sqlite3"
DUEBOOK_DB=$copy "$duebook" --quiet import customers "$work/customers.csv"
DUEBOOK_DB=$copy "$duebook" --quiet import entries "$work/entries.csv"
DUEBOOK_DB=$copy "$duebook" --quiet export customers --output "$work/customers-again.csv"
DUEBOOK_DB=$copy "$duebook" --quiet export entries --output "$work/entries-again.csv"
cmp "$work/customers.csv" "$work/customers-again.csv"
cmp "$work/entries.csv" "$work/entries-again.csv"
echo "round trip: the copy exports the same bytes" >&2
