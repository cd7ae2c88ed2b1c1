#!/usr/bin/env bash
# Build duebook, fill a fresh database with sample customers and a month of
# their invoices, payments and returns, then print today's receivables, the
# customers, and one customer's ledger.
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
