#!/usr/bin/env bash
# Times duebook on generated books, beside raw SQLite doing the same work
# on the same file, and prints a Markdown table: the median wall time of
# RUNS runs (default 5), duebook's peak memory, the raw time and the ratio.
#
#   examples/bench.sh [CUSTOMERS] [ENTRIES]        # default 10000 100000
#   RUNS=3 BENCH_DIR=/tmp/bench examples/bench.sh 100000 1000000
#   REUSE=1 BENCH_DIR=/tmp/bench examples/bench.sh 100000 1000000
#   RUNS=3 IMPORT_RUNS=3 examples/bench.sh 1000000 10000000
#
# REUSE=1 times the commands on the books an earlier run left in
# BENCH_DIR, without generating or importing them again (no import rows).
#
# Raw SQLite is the sqlite3 shell; where it is missing, those columns say
# n/a. Wall time is read from the clock to the millisecond; peak memory
# comes from /usr/bin/time. Exports run once each; imports IMPORT_RUNS
# times (default 1), each into a fresh database.
set -euo pipefail
cd "$(dirname "$0")/.."

customers=${1:-10000}
entries=${2:-100000}
runs=${RUNS:-5}
import_runs=${IMPORT_RUNS:-1}
work=${BENCH_DIR:-$(mktemp -d)}
mkdir -p "$work"

cargo build --release --locked --quiet
cargo build --release --locked --quiet --example generate
duebook=$PWD/target/release/duebook
export DUEBOOK_DB=$work/books.sqlite3
export DUEBOOK_TODAY=2026-06-15
reuse=${REUSE:-}
if [ -n "$reuse" ] && [ ! -f "$DUEBOOK_DB" ]; then
    echo "REUSE=1, but there are no books in $work to reuse" >&2
    exit 2
fi
if [ -z "$reuse" ]; then
    "$PWD/target/release/examples/generate" --customers "$customers" --entries "$entries" \
        --until "$DUEBOOK_TODAY" --out "$work" 2>/dev/null
    rm -f "$DUEBOOK_DB" "$DUEBOOK_DB-wal" "$DUEBOOK_DB-shm"
fi
raw_db=$work/raw.sqlite3
have_sqlite=$(command -v sqlite3 || true)

# The median of the first column of stdin (one number a line).
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else print v[int((NR + 1) / 2)] }'; }

# Wall time of one command in seconds, to the millisecond, with its peak
# memory from /usr/bin/time (whose own clock counts only to 10 ms): prints
# "seconds kib", or fails with the command's error.
once() {
    local start end
    start=$(date +%s%N)
    if ! /usr/bin/time -f "%M" -o "$work/time" "$@" > /dev/null 2> "$work/stderr"; then
        echo "failed: $* ($(head -c 300 "$work/stderr"))" >&2
        exit 1
    fi
    end=$(date +%s%N)
    printf '%d.%03d %s\n' $(((end - start) / 1000000000)) $(((end - start) / 1000000 % 1000)) "$(tail -n 1 "$work/time")"
}

# Run "$@" $runs times, each first running the command in $prepare if it
# is set; print "median_seconds peak_kib".
timed() {
    local times=() peak=0 seconds kib
    for _ in $(seq "$runs"); do
        eval "${prepare:-}"
        read -r seconds kib < <(once "$@") || exit 1
        times+=("$seconds")
        [ "$kib" -gt "$peak" ] && peak=$kib
    done
    printf '%s %s\n' "$(printf '%s\n' "${times[@]}" | median)" "$peak"
}

# Run SQL with the sqlite3 shell $runs times on a file; print the median.
raw() {
    local file=$1 sql=$2 seconds kib
    [ -n "$have_sqlite" ] || { echo n/a; return; }
    for _ in $(seq "$runs"); do
        read -r seconds kib < <(once sqlite3 "$file" "$sql") || exit 1
        echo "$seconds"
    done | median
}

row() {
    local label=$1 ours=$2 peak=$3 theirs=$4
    local ratio=n/a
    if [ "$theirs" != n/a ]; then
        # Two significant digits below 0.1, where duebook is the faster.
        ratio=$(awk -v a="$ours" -v b="$theirs" 'BEGIN { if (b <= 0) print "n/a"; else if (a / b < 0.1) printf "%.2g", a / b; else printf "%.1f", a / b }')
    fi
    printf '| %s | %s | %d | %s | %s |\n' "$label" "$ours" $((peak / 1024)) "$theirs" "$ratio"
}

echo "duebook on $customers customers and $entries generated entries ($(nproc) cores, $(uname -m)), median of $runs runs, imports of $import_runs"
echo
echo "| work | duebook (s) | peak (MiB) | raw SQLite (s) | ratio |"
echo "| --- | ---: | ---: | ---: | ---: |"

# Exports run once each; imports IMPORT_RUNS times (default 1), each into
# a fresh database, with the median printed.
# duebook checks every row, applies payments and returns, records history
# and keeps its search index; the raw figure is the sqlite3 shell's
# .import into bare tables, then building indexes of the same kinds: a
# unique key, lookups by customer, date and due date, and for customers
# an FTS5 trigram index over the names, emails and phones, gathering as
# much text in memory before each segment as duebook's does.

# Copy the database file $1 to $2 with its write-ahead log, if any.
copy_db() {
    rm -f "$2" "$2-wal" "$2-shm"
    cp "$1" "$2"
    if [ -f "$1-wal" ]; then cp "$1-wal" "$2-wal"; fi
}

# Like timed, $import_runs times.
imported() {
    local runs=$import_runs
    timed "$@"
}

if [ -z "$reuse" ]; then
    prepare='rm -f "$DUEBOOK_DB" "$DUEBOOK_DB-wal" "$DUEBOOK_DB-shm"; "$duebook" --quiet init'
    read -r t p < <(imported "$duebook" --quiet import customers "$work/customers.csv")
    copy_db "$DUEBOOK_DB" "$work/customers-only.sqlite3"
    raw_t=n/a
    if [ -n "$have_sqlite" ]; then
        prepare='rm -f "$raw_db"'
        read -r raw_t _ < <(imported sqlite3 "$raw_db" ".import --csv $work/customers.csv customers" \
            "CREATE UNIQUE INDEX c_key ON customers (contact_id);
             CREATE INDEX c_registered ON customers (registered);
             CREATE VIRTUAL TABLE c_search USING fts5 (name, email, phone, tokenize = 'trigram');
             INSERT INTO c_search (c_search, rank) VALUES ('hashsize', 4194304);
             INSERT INTO c_search (rowid, name, email, phone)
             SELECT rowid, name, billing_email, billing_phone FROM customers;")
        copy_db "$raw_db" "$work/raw-customers-only.sqlite3"
    fi
    row "import customers" "$t" "$p" "$raw_t"
    prepare='copy_db "$work/customers-only.sqlite3" "$DUEBOOK_DB"'
    read -r t p < <(imported "$duebook" --quiet import entries "$work/entries.csv")
    rm -f "$work/customers-only.sqlite3"
    raw_t=n/a
    if [ -n "$have_sqlite" ]; then
        prepare='copy_db "$work/raw-customers-only.sqlite3" "$raw_db"'
        read -r raw_t _ < <(imported sqlite3 "$raw_db" ".import --csv $work/entries.csv entries" \
            "CREATE UNIQUE INDEX e_number ON entries (number);
             CREATE INDEX e_customer ON entries (contact_id, date);
             CREATE INDEX e_due ON entries (due_date);
             CREATE INDEX e_kind ON entries (kind, date);")
        rm -f "$work/raw-customers-only.sqlite3"
    fi
    row "import entries" "$t" "$p" "$raw_t"
    prepare=
fi

open_debits="side = 'debit' AND void_date IS NULL AND open_amount > 0"
open_credits="side = 'credit' AND void_date IS NULL AND open_amount > 0"
report() {
    local label=$1 sql=$2
    shift 2
    read -r t p < <(timed "$duebook" "$@")
    if [ -n "$sql" ]; then
        row "$label" "$t" "$p" "$(raw "$DUEBOOK_DB" "$sql")"
    else
        row "$label" "$t" "$p" n/a
    fi
}
# The lists' raw queries give the same answer: the columns duebook prints,
# in its order.
list_sql() {
    echo "SELECT c.contact_id, coalesce(c.billing_name, c.name), c.billing_phone, c.billing_email,
          e.number, e.date, e.due_date, e.open_amount,
          CAST(julianday('$DUEBOOK_TODAY') - julianday(e.due_date) AS INTEGER)
        FROM entries e JOIN customers c ON c.id = e.customer_id
        WHERE e.side = 'debit' AND e.void_date IS NULL AND e.open_amount > 0
          AND e.kind IN ('invoice', 'opening') AND $1
        ORDER BY e.due_date, c.contact_key, e.kind <> 'opening', e.number"
}
report "receivables due today" "$(list_sql "e.due_date = '$DUEBOOK_TODAY'")" \
    receivables --segment today --format csv
report "receivables overdue" "$(list_sql "e.due_date < '$DUEBOOK_TODAY'")" \
    receivables --segment overdue --format csv
report "receivables upcoming" "$(list_sql "e.due_date > '$DUEBOOK_TODAY'")" \
    receivables --segment upcoming --format csv
report "receivable totals by segment" \
    "SELECT (due_date > '$DUEBOOK_TODAY') - (due_date < '$DUEBOOK_TODAY') AS segment, count(*), sum(open_amount) FROM entries WHERE $open_debits GROUP BY segment" \
    receivables --totals --format csv
# Aging's raw query gives the same answer: every customer who owes or holds
# credit, by contact id, with the bands of days overdue and unused credit.
back() { date -d "$DUEBOOK_TODAY - $1 days" +%F; }
report "aging per customer" \
    "WITH d AS (SELECT customer_id,
         sum(iif(due_date > '$DUEBOOK_TODAY', open_amount, 0)) AS not_due,
         sum(iif(due_date = '$DUEBOOK_TODAY', open_amount, 0)) AS due_today,
         sum(iif(due_date < '$DUEBOOK_TODAY' AND due_date >= '$(back 30)', open_amount, 0)) AS d30,
         sum(iif(due_date < '$(back 30)' AND due_date >= '$(back 60)', open_amount, 0)) AS d60,
         sum(iif(due_date < '$(back 60)' AND due_date >= '$(back 90)', open_amount, 0)) AS d90,
         sum(iif(due_date < '$(back 90)', open_amount, 0)) AS older
       FROM entries WHERE $open_debits GROUP BY customer_id),
     k AS (SELECT customer_id, sum(open_amount) AS unused FROM entries WHERE $open_credits GROUP BY customer_id),
     ids AS (SELECT customer_id FROM d UNION SELECT customer_id FROM k)
     SELECT c.contact_id, coalesce(c.billing_name, c.name), d.*, k.unused, c.credit_limit
     FROM ids JOIN customers c ON c.id = ids.customer_id
     LEFT JOIN d ON d.customer_id = ids.customer_id LEFT JOIN k ON k.customer_id = ids.customer_id
     ORDER BY c.contact_key" \
    receivables --aging --format csv
# What was open a year ago on the debits due that day: the amount less what
# had been applied by then, from credits not voided by then.
ago=2025-06-15
report "receivables due today, a year ago" \
    "SELECT * FROM (SELECT e.number, c.contact_id, e.amount - coalesce((SELECT sum(a.amount)
         FROM applications a JOIN entries o ON o.id = a.credit_id
         WHERE a.debit_id = e.id AND a.date <= '$ago' AND (o.void_date IS NULL OR o.void_date > '$ago')), 0) AS open
       FROM entries e JOIN customers c ON c.id = e.customer_id
       WHERE e.side = 'debit' AND e.due_date = '$ago' AND e.date <= '$ago'
         AND (e.void_date IS NULL OR e.void_date > '$ago')
       ORDER BY c.contact_key) WHERE open > 0" \
    receivables --segment today --as-of $ago --format csv
# As of a past day the reports replay what was open then; there is no
# single raw query for that, so these compare with the same report today.
report "receivables overdue, a year ago" "" \
    receivables --segment overdue --as-of $ago --format csv
report "aging per customer, a year ago" "" \
    receivables --aging --as-of $ago --format csv
report "payables" \
    "SELECT c.contact_id, coalesce(c.billing_name, c.name), c.billing_phone, c.billing_email,
       sum(iif(e.kind = 'payment', e.open_amount, 0)), sum(iif(e.kind = 'return', e.open_amount, 0)),
       sum(iif(e.kind = 'opening', e.open_amount, 0)), sum(e.open_amount), min(e.date)
     FROM entries e JOIN customers c ON c.id = e.customer_id WHERE $open_credits
     GROUP BY e.customer_id ORDER BY c.contact_key" \
    payables --format csv
report "top 20 by sales, one year" \
    "SELECT customer_id, sum(CASE kind WHEN 'invoice' THEN amount ELSE -amount END) AS v FROM entries WHERE kind IN ('invoice', 'return') AND date BETWEEN '2025-01-01' AND '2025-12-31' AND void_date IS NULL GROUP BY customer_id ORDER BY v DESC LIMIT 20" \
    top --from 2025-01-01 --to 2025-12-31 --format csv
report "customer list, name search" \
    "SELECT contact_id FROM customers WHERE name LIKE '%granite%' ORDER BY contact_key LIMIT 20" \
    customer list --name granite --limit 20 --format csv
report "customer list, any text" \
    "SELECT contact_id FROM customers WHERE name LIKE '%555%' OR billing_phone LIKE '%555%' OR billing_email LIKE '%555%' ORDER BY contact_key LIMIT 20" \
    customer list --query 555 --limit 20 --format csv
report "customer show" \
    "SELECT * FROM customers WHERE contact_key = 'c0000000'" \
    customer show C0000000 --format json
runs_saved=$runs
runs=1
# The exports' raw queries give the same answer too: a customer's tags,
# contacts and aliases; an entry's customer and its applications with the
# entries before it, as the export's applications column writes them.
report "export customers" \
    "SELECT c.*,
       (SELECT group_concat(t.tag, ';') FROM customer_tags t WHERE t.customer_id = c.id),
       (SELECT json_group_array(json_object('name', k.name, 'role', k.role, 'email', k.email,
          'phone', k.phone)) FROM customer_contacts k WHERE k.customer_id = c.id),
       (SELECT json_group_array(a.alias) FROM customer_aliases a WHERE a.customer_id = c.id)
     FROM customers c ORDER BY c.contact_key" \
    export customers
applied="coalesce(o.number, 'opening') || ':' || (a.amount / 100) || '.' || printf('%02d', a.amount % 100)
    || iif(a.date <> max(o.date, e.date), '@' || a.date, '') AS part, a.date AS d, a.id AS i"
earlier="(o.kind = 'opening' OR o.date < e.date OR (o.date = e.date AND o.id < e.id))"
report "export entries" \
    "SELECT e.kind, e.number, c.contact_id, e.date, e.amount, e.due_date, e.location, e.method,
       e.reference, e.note, e.void_date,
       (SELECT group_concat(part, ';') FROM (
          SELECT $applied FROM applications a JOIN entries o ON o.id = a.debit_id
          WHERE a.credit_id = e.id AND $earlier
          UNION ALL
          SELECT $applied FROM applications a JOIN entries o ON o.id = a.credit_id
          WHERE a.debit_id = e.id AND $earlier
          ORDER BY d, i))
     FROM entries e JOIN customers c ON c.id = e.customer_id
     WHERE e.kind <> 'opening' ORDER BY e.date, e.id" \
    export entries
runs=$runs_saved

# Writes on the full database, process start included.
n=0
write() {
    local label=$1
    shift
    read -r t p < <(timed "$@")
    row "$label" "$t" "$p" n/a
}
write "customer add" sh -c "\"$duebook\" --quiet customer add BENCH-\$\$-\$RANDOM"
# A payer of this run's own, so that books reused by a later run take it too.
payer=BENCH-PAYER-$$
"$duebook" --quiet customer add "$payer"
for n in 1 2 3 4 5 6 7 8; do "$duebook" --quiet invoice add "$payer" 10 > /dev/null; done
write "invoice add" "$duebook" --quiet invoice add "$payer" 10
write "payment add settling several invoices" "$duebook" --quiet payment add "$payer" 20
echo
echo "files in $work"
