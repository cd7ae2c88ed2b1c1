#!/usr/bin/env bash
# The morning job: today's receivables as CSV, saved as due-YYYY-MM-DD.csv
# under REPORT_DIR and, when REPORT_MAIL is set, mailed there with mail(1).
#
#   DUEBOOK_DB   the books (required)
#   REPORT_DIR   where reports are kept [default: ~/duebook-reports]
#   REPORT_MAIL  an address to mail the report to [default: none]
#   DUEBOOK      the duebook binary [default: duebook on PATH]
#
# "Today" is the local date, so run it with the business's TZ. A database
# busy beyond duebook's wait (exit 75) is retried three times, a minute
# apart; any other failure stops at once with duebook's exit status.
set -uo pipefail

: "${DUEBOOK_DB:?set DUEBOOK_DB to the database file}"
export DUEBOOK_DB
duebook=${DUEBOOK:-duebook}
dir=${REPORT_DIR:-$HOME/duebook-reports}
day=${DUEBOOK_TODAY:-$(date +%F)}
mkdir -p "$dir" || exit 74
report="$dir/due-$day.csv"
partial=$(mktemp "$dir/.due-$day.XXXXXX") || exit 74
trap 'rm -f "$partial"' EXIT

for attempt in 1 2 3 4; do
    "$duebook" --quiet receivables --segment today --format csv >"$partial"
    status=$?
    [ "$status" -ne 75 ] || [ "$attempt" -eq 4 ] || { sleep 60; continue; }
    break
done
[ "$status" -eq 0 ] || exit "$status"
# Renamed only when complete, so a reader never sees half a report.
mv "$partial" "$report" || exit 74

if [ -n "${REPORT_MAIL:-}" ]; then
    items=$(($(wc -l <"$report") - 1))
    mail -s "duebook: $items items due today, $day" "$REPORT_MAIL" <"$report" || exit 74
fi
