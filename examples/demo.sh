#!/usr/bin/env bash
# Build duebook, fill a fresh database with a dozen sample customers, and
# list them. The database is made in a temporary folder and removed at the
# end unless KEEP=1 is set; DUEBOOK_DB is ignored so real books are never
# touched.
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

"$duebook" --quiet init --currency USD
while IFS= read -r line; do
    [ -z "$line" ] && continue
    # Each line holds the arguments of one `customer add`, shell-quoted.
    eval "set -- $line"
    "$duebook" --quiet customer add "$@"
done < examples/customers.args

"$duebook" customer list
