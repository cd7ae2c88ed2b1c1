# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_duebook_global_optspecs
    string join \n db= format= q/quiet v/verbose color= h/help V/version
end

function __fish_duebook_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_duebook_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_duebook_using_subcommand
    set -l cmd (__fish_duebook_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c duebook -n "__fish_duebook_needs_command" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_needs_command" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_needs_command" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_needs_command" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_needs_command" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_needs_command" -s V -l version -d 'Print version'
complete -c duebook -n "__fish_duebook_needs_command" -f -a "init" -d 'Create the database'
complete -c duebook -n "__fish_duebook_needs_command" -f -a "customer" -d 'Add, edit, show, delete and search customers'
complete -c duebook -n "__fish_duebook_needs_command" -f -a "invoice" -d 'Record, list, show and void invoices'
complete -c duebook -n "__fish_duebook_needs_command" -f -a "payment" -d 'Record, list, show and void payments'
complete -c duebook -n "__fish_duebook_needs_command" -f -a "return" -d 'Record returned goods'
complete -c duebook -n "__fish_duebook_needs_command" -f -a "refund" -d 'Record money paid back to a customer'
complete -c duebook -n "__fish_duebook_needs_command" -f -a "credit" -d 'Apply unused balance to open invoices'
complete -c duebook -n "__fish_duebook_needs_command" -f -a "receivables" -d 'What customers owe: due today, overdue and upcoming, or aged'
complete -c duebook -n "__fish_duebook_needs_command" -f -a "payables" -d 'What the business owes its customers: unused credit by source'
complete -c duebook -n "__fish_duebook_needs_command" -f -a "top" -d 'The customers with the most sales, payments or invoices'
complete -c duebook -n "__fish_duebook_needs_command" -f -a "terms" -d 'Explain payment terms'
complete -c duebook -n "__fish_duebook_needs_command" -f -a "import" -d 'Read customers or entries from CSV'
complete -c duebook -n "__fish_duebook_needs_command" -f -a "export" -d 'Write customers, entries or a ledger as CSV'
complete -c duebook -n "__fish_duebook_needs_command" -f -a "bulk" -d 'Act on many customers at once: activate, deactivate, update, delete, merge'
complete -c duebook -n "__fish_duebook_needs_command" -f -a "check" -d 'Verify the database file and every balance rule'
complete -c duebook -n "__fish_duebook_needs_command" -f -a "backup" -d 'Copy the database, consistently, while others use it'
complete -c duebook -n "__fish_duebook_needs_command" -f -a "history" -d 'Every change recorded, newest first'
complete -c duebook -n "__fish_duebook_needs_command" -f -a "completions" -d 'Print shell completions, or the man page with `man`'
complete -c duebook -n "__fish_duebook_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c duebook -n "__fish_duebook_using_subcommand init" -l currency -d 'The currency of every amount, as an ISO 4217 code; fixed for good' -r
complete -c duebook -n "__fish_duebook_using_subcommand init" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand init" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand init" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand init" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand init" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and not __fish_seen_subcommand_from add edit show delete list ledger contact duplicates help" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand customer; and not __fish_seen_subcommand_from add edit show delete list ledger contact duplicates help" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand customer; and not __fish_seen_subcommand_from add edit show delete list ledger contact duplicates help" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand customer; and not __fish_seen_subcommand_from add edit show delete list ledger contact duplicates help" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and not __fish_seen_subcommand_from add edit show delete list ledger contact duplicates help" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and not __fish_seen_subcommand_from add edit show delete list ledger contact duplicates help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and not __fish_seen_subcommand_from add edit show delete list ledger contact duplicates help" -f -a "add" -d 'Add a customer'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and not __fish_seen_subcommand_from add edit show delete list ledger contact duplicates help" -f -a "edit" -d 'Change any field of a customer, its contact id included'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and not __fish_seen_subcommand_from add edit show delete list ledger contact duplicates help" -f -a "show" -d 'Show every field of a customer, its balances and contacts'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and not __fish_seen_subcommand_from add edit show delete list ledger contact duplicates help" -f -a "delete" -d 'Delete a customer that has no entries and no opening balance'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and not __fish_seen_subcommand_from add edit show delete list ledger contact duplicates help" -f -a "list" -d 'List and search customers'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and not __fish_seen_subcommand_from add edit show delete list ledger contact duplicates help" -f -a "ledger" -d 'Every entry of a customer in date order, with the running balance'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and not __fish_seen_subcommand_from add edit show delete list ledger contact duplicates help" -f -a "contact" -d 'Further people at a customer'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and not __fish_seen_subcommand_from add edit show delete list ledger contact duplicates help" -f -a "duplicates" -d 'List groups of customers that are probably the same'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and not __fish_seen_subcommand_from add edit show delete list ledger contact duplicates help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from add" -l name -d 'Display or company name' -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from add" -l status -d 'active or inactive [default on add: active]' -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from add" -l terms -d 'Payment terms: cash, due-on-receipt, net-N, eom, net-N-eom, day-D-next' -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from add" -l opening -d 'Opening balance, such as receivable:250.00 or payable:40.00' -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from add" -l opening-date -d 'Date of the opening balance [default: the registration date]' -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from add" -l location -d 'The store or warehouse the customer usually deals with' -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from add" -l billing-name -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from add" -l billing-email -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from add" -l billing-phone -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from add" -l billing-address -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from add" -l billing-city -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from add" -l billing-region -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from add" -l billing-postal-code -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from add" -l billing-country -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from add" -l shipping-name -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from add" -l shipping-phone -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from add" -l shipping-address -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from add" -l shipping-city -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from add" -l shipping-region -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from add" -l shipping-postal-code -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from add" -l shipping-country -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from add" -l tag -d 'Add a tag such as vip or wholesale (repeatable)' -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from add" -l credit-limit -d 'Credit limit; reports flag a receivable above it' -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from add" -l note -d 'Free text' -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from add" -l registered -d 'Registration date [default on add: today]' -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from add" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from add" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from add" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from edit" -l name -d 'Display or company name' -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from edit" -l status -d 'active or inactive [default on add: active]' -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from edit" -l terms -d 'Payment terms: cash, due-on-receipt, net-N, eom, net-N-eom, day-D-next' -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from edit" -l opening -d 'Opening balance, such as receivable:250.00 or payable:40.00' -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from edit" -l opening-date -d 'Date of the opening balance [default: the registration date]' -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from edit" -l location -d 'The store or warehouse the customer usually deals with' -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from edit" -l billing-name -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from edit" -l billing-email -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from edit" -l billing-phone -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from edit" -l billing-address -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from edit" -l billing-city -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from edit" -l billing-region -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from edit" -l billing-postal-code -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from edit" -l billing-country -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from edit" -l shipping-name -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from edit" -l shipping-phone -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from edit" -l shipping-address -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from edit" -l shipping-city -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from edit" -l shipping-region -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from edit" -l shipping-postal-code -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from edit" -l shipping-country -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from edit" -l tag -d 'Add a tag such as vip or wholesale (repeatable)' -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from edit" -l credit-limit -d 'Credit limit; reports flag a receivable above it' -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from edit" -l note -d 'Free text' -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from edit" -l registered -d 'Registration date [default on add: today]' -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from edit" -l id -d 'A new contact id' -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from edit" -l untag -d 'Remove a tag (repeatable)' -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from edit" -l clear -d 'Empty a field, such as billing-email, credit-limit, opening or tags (repeatable)' -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from edit" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from edit" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from edit" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from edit" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from show" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from show" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from delete" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from delete" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from delete" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Delete without asking'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from list" -l id -d 'Contact id contains this text' -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from list" -l name -d 'Name or billing name contains this text' -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from list" -l email -d 'Billing email contains this text' -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from list" -l phone -d 'Billing phone contains these digits' -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from list" -l query -d 'Any of id, names, emails or phones contains this text' -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from list" -l registered-from -d 'Registered on or after this date' -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from list" -l registered-to -d 'Registered on or before this date' -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from list" -l status -d 'Which customers by status [default: all]' -r -f -a "active\t''
inactive\t''
all\t''"
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from list" -l tag -d 'Has this tag' -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from list" -l location -d 'Default location is this one (letter case aside)' -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from list" -l balance -d 'Which way the current balance goes' -r -f -a "receivable\t''
payable\t''
zero\t''"
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from list" -l sort -d 'Sort by this column (any column name)' -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from list" -l limit -d 'Show at most K customers' -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from list" -l columns -d 'The columns to show, comma-separated' -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from list" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from list" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from list" -l over-limit -d 'Receivable above the credit limit'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from list" -l desc -d 'Sort in descending order'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from ledger" -l from -d 'Start here, bringing the earlier balance forward' -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from ledger" -l to -d 'End here' -r
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from ledger" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from ledger" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from ledger" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from ledger" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from ledger" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from ledger" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from contact" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from contact" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from contact" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from contact" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from contact" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from contact" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from contact" -f -a "add" -d 'Add a person at a customer'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from contact" -f -a "list" -d 'List the people at a customer'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from contact" -f -a "remove" -d 'Remove a person by the number `contact list` shows'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from contact" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from duplicates" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from duplicates" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from duplicates" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from duplicates" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from duplicates" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from duplicates" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a customer'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change any field of a customer, its contact id included'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show every field of a customer, its balances and contacts'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a customer that has no entries and no opening balance'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "list" -d 'List and search customers'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "ledger" -d 'Every entry of a customer in date order, with the running balance'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "contact" -d 'Further people at a customer'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "duplicates" -d 'List groups of customers that are probably the same'
complete -c duebook -n "__fish_duebook_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and not __fish_seen_subcommand_from add list show void help" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and not __fish_seen_subcommand_from add list show void help" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and not __fish_seen_subcommand_from add list show void help" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and not __fish_seen_subcommand_from add list show void help" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and not __fish_seen_subcommand_from add list show void help" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and not __fish_seen_subcommand_from add list show void help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and not __fish_seen_subcommand_from add list show void help" -f -a "add" -d 'Record a sale on credit'
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and not __fish_seen_subcommand_from add list show void help" -f -a "list" -d 'List invoices'
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and not __fish_seen_subcommand_from add list show void help" -f -a "show" -d 'Show an invoice and what paid it'
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and not __fish_seen_subcommand_from add list show void help" -f -a "void" -d 'Void an invoice entered by mistake; what paid it becomes unused balance'
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and not __fish_seen_subcommand_from add list show void help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and __fish_seen_subcommand_from add" -l date -d 'The invoice date [default: today]' -r
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and __fish_seen_subcommand_from add" -l due -d 'The due date [default: from the customer\'s payment terms]' -r
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and __fish_seen_subcommand_from add" -l number -d 'The invoice number [default: the next INV-000001]' -r
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and __fish_seen_subcommand_from add" -l location -d 'The store or warehouse [default: the customer\'s]' -r
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and __fish_seen_subcommand_from add" -l note -r
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and __fish_seen_subcommand_from add" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and __fish_seen_subcommand_from add" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and __fish_seen_subcommand_from add" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and __fish_seen_subcommand_from add" -l allow-inactive -d 'Invoice a customer marked inactive'
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and __fish_seen_subcommand_from list" -l customer -d 'Only this customer\'s entries' -r
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and __fish_seen_subcommand_from list" -l from -d 'Dated on or after this day' -r
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and __fish_seen_subcommand_from list" -l to -d 'Dated on or before this day' -r
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and __fish_seen_subcommand_from list" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and __fish_seen_subcommand_from list" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and __fish_seen_subcommand_from list" -l open -d 'Only invoices with something still owed'
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and __fish_seen_subcommand_from show" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and __fish_seen_subcommand_from show" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and __fish_seen_subcommand_from void" -l date -d 'The day of the void [default: today]' -r
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and __fish_seen_subcommand_from void" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and __fish_seen_subcommand_from void" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and __fish_seen_subcommand_from void" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and __fish_seen_subcommand_from void" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and __fish_seen_subcommand_from void" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and __fish_seen_subcommand_from void" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "add" -d 'Record a sale on credit'
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "list" -d 'List invoices'
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show an invoice and what paid it'
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "void" -d 'Void an invoice entered by mistake; what paid it becomes unused balance'
complete -c duebook -n "__fish_duebook_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c duebook -n "__fish_duebook_using_subcommand payment; and not __fish_seen_subcommand_from add list show void help" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand payment; and not __fish_seen_subcommand_from add list show void help" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand payment; and not __fish_seen_subcommand_from add list show void help" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand payment; and not __fish_seen_subcommand_from add list show void help" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand payment; and not __fish_seen_subcommand_from add list show void help" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand payment; and not __fish_seen_subcommand_from add list show void help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand payment; and not __fish_seen_subcommand_from add list show void help" -f -a "add" -d 'Record money received and apply it to invoices'
complete -c duebook -n "__fish_duebook_using_subcommand payment; and not __fish_seen_subcommand_from add list show void help" -f -a "list" -d 'List payments'
complete -c duebook -n "__fish_duebook_using_subcommand payment; and not __fish_seen_subcommand_from add list show void help" -f -a "show" -d 'Show a payment and where it went'
complete -c duebook -n "__fish_duebook_using_subcommand payment; and not __fish_seen_subcommand_from add list show void help" -f -a "void" -d 'Void a payment entered by mistake; the invoices it paid reopen'
complete -c duebook -n "__fish_duebook_using_subcommand payment; and not __fish_seen_subcommand_from add list show void help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c duebook -n "__fish_duebook_using_subcommand payment; and __fish_seen_subcommand_from add" -l date -d 'The payment date [default: today]' -r
complete -c duebook -n "__fish_duebook_using_subcommand payment; and __fish_seen_subcommand_from add" -l method -d 'cash, card, bank, cheque or other' -r
complete -c duebook -n "__fish_duebook_using_subcommand payment; and __fish_seen_subcommand_from add" -l reference -d 'The bank reference, cheque number or similar' -r
complete -c duebook -n "__fish_duebook_using_subcommand payment; and __fish_seen_subcommand_from add" -l number -d 'The payment number [default: the next PAY-000001]' -r
complete -c duebook -n "__fish_duebook_using_subcommand payment; and __fish_seen_subcommand_from add" -l invoice -d 'Pay this invoice (repeatable, in order) [default: open items, oldest due first]' -r
complete -c duebook -n "__fish_duebook_using_subcommand payment; and __fish_seen_subcommand_from add" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand payment; and __fish_seen_subcommand_from add" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand payment; and __fish_seen_subcommand_from add" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand payment; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand payment; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand payment; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand payment; and __fish_seen_subcommand_from list" -l customer -d 'Only this customer\'s entries' -r
complete -c duebook -n "__fish_duebook_using_subcommand payment; and __fish_seen_subcommand_from list" -l from -d 'Dated on or after this day' -r
complete -c duebook -n "__fish_duebook_using_subcommand payment; and __fish_seen_subcommand_from list" -l to -d 'Dated on or before this day' -r
complete -c duebook -n "__fish_duebook_using_subcommand payment; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand payment; and __fish_seen_subcommand_from list" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand payment; and __fish_seen_subcommand_from list" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand payment; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand payment; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand payment; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand payment; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand payment; and __fish_seen_subcommand_from show" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand payment; and __fish_seen_subcommand_from show" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand payment; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand payment; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand payment; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand payment; and __fish_seen_subcommand_from void" -l date -d 'The day of the void [default: today]' -r
complete -c duebook -n "__fish_duebook_using_subcommand payment; and __fish_seen_subcommand_from void" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand payment; and __fish_seen_subcommand_from void" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand payment; and __fish_seen_subcommand_from void" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand payment; and __fish_seen_subcommand_from void" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand payment; and __fish_seen_subcommand_from void" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand payment; and __fish_seen_subcommand_from void" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand payment; and __fish_seen_subcommand_from help" -f -a "add" -d 'Record money received and apply it to invoices'
complete -c duebook -n "__fish_duebook_using_subcommand payment; and __fish_seen_subcommand_from help" -f -a "list" -d 'List payments'
complete -c duebook -n "__fish_duebook_using_subcommand payment; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a payment and where it went'
complete -c duebook -n "__fish_duebook_using_subcommand payment; and __fish_seen_subcommand_from help" -f -a "void" -d 'Void a payment entered by mistake; the invoices it paid reopen'
complete -c duebook -n "__fish_duebook_using_subcommand payment; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c duebook -n "__fish_duebook_using_subcommand return; and not __fish_seen_subcommand_from add help" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand return; and not __fish_seen_subcommand_from add help" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand return; and not __fish_seen_subcommand_from add help" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand return; and not __fish_seen_subcommand_from add help" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand return; and not __fish_seen_subcommand_from add help" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand return; and not __fish_seen_subcommand_from add help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand return; and not __fish_seen_subcommand_from add help" -f -a "add" -d 'Record goods brought back (a credit note)'
complete -c duebook -n "__fish_duebook_using_subcommand return; and not __fish_seen_subcommand_from add help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c duebook -n "__fish_duebook_using_subcommand return; and __fish_seen_subcommand_from add" -l invoice -d 'The invoice it reduces [default: none, so it is unused balance]' -r
complete -c duebook -n "__fish_duebook_using_subcommand return; and __fish_seen_subcommand_from add" -l date -d 'The return date [default: today]' -r
complete -c duebook -n "__fish_duebook_using_subcommand return; and __fish_seen_subcommand_from add" -l number -d 'The return number [default: the next RET-000001]' -r
complete -c duebook -n "__fish_duebook_using_subcommand return; and __fish_seen_subcommand_from add" -l note -r
complete -c duebook -n "__fish_duebook_using_subcommand return; and __fish_seen_subcommand_from add" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand return; and __fish_seen_subcommand_from add" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand return; and __fish_seen_subcommand_from add" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand return; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand return; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand return; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand return; and __fish_seen_subcommand_from help" -f -a "add" -d 'Record goods brought back (a credit note)'
complete -c duebook -n "__fish_duebook_using_subcommand return; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c duebook -n "__fish_duebook_using_subcommand refund; and not __fish_seen_subcommand_from add help" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand refund; and not __fish_seen_subcommand_from add help" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand refund; and not __fish_seen_subcommand_from add help" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand refund; and not __fish_seen_subcommand_from add help" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand refund; and not __fish_seen_subcommand_from add help" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand refund; and not __fish_seen_subcommand_from add help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand refund; and not __fish_seen_subcommand_from add help" -f -a "add" -d 'Record money paid back out of the customer\'s unused balance'
complete -c duebook -n "__fish_duebook_using_subcommand refund; and not __fish_seen_subcommand_from add help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c duebook -n "__fish_duebook_using_subcommand refund; and __fish_seen_subcommand_from add" -l date -d 'The refund date [default: today]' -r
complete -c duebook -n "__fish_duebook_using_subcommand refund; and __fish_seen_subcommand_from add" -l method -d 'cash, card, bank, cheque or other' -r
complete -c duebook -n "__fish_duebook_using_subcommand refund; and __fish_seen_subcommand_from add" -l reference -r
complete -c duebook -n "__fish_duebook_using_subcommand refund; and __fish_seen_subcommand_from add" -l number -d 'The refund number [default: the next REF-000001]' -r
complete -c duebook -n "__fish_duebook_using_subcommand refund; and __fish_seen_subcommand_from add" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand refund; and __fish_seen_subcommand_from add" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand refund; and __fish_seen_subcommand_from add" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand refund; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand refund; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand refund; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand refund; and __fish_seen_subcommand_from help" -f -a "add" -d 'Record money paid back out of the customer\'s unused balance'
complete -c duebook -n "__fish_duebook_using_subcommand refund; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c duebook -n "__fish_duebook_using_subcommand credit; and not __fish_seen_subcommand_from apply help" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand credit; and not __fish_seen_subcommand_from apply help" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand credit; and not __fish_seen_subcommand_from apply help" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand credit; and not __fish_seen_subcommand_from apply help" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand credit; and not __fish_seen_subcommand_from apply help" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand credit; and not __fish_seen_subcommand_from apply help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand credit; and not __fish_seen_subcommand_from apply help" -f -a "apply" -d 'Move unused balance onto open invoices'
complete -c duebook -n "__fish_duebook_using_subcommand credit; and not __fish_seen_subcommand_from apply help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c duebook -n "__fish_duebook_using_subcommand credit; and __fish_seen_subcommand_from apply" -l invoice -d 'Apply to this invoice (repeatable, in order) [default: open items, oldest due first]' -r
complete -c duebook -n "__fish_duebook_using_subcommand credit; and __fish_seen_subcommand_from apply" -l amount -d 'Apply at most this much [default: all that can be]' -r
complete -c duebook -n "__fish_duebook_using_subcommand credit; and __fish_seen_subcommand_from apply" -l date -d 'The day of the application [default: today]' -r
complete -c duebook -n "__fish_duebook_using_subcommand credit; and __fish_seen_subcommand_from apply" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand credit; and __fish_seen_subcommand_from apply" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand credit; and __fish_seen_subcommand_from apply" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand credit; and __fish_seen_subcommand_from apply" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand credit; and __fish_seen_subcommand_from apply" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand credit; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand credit; and __fish_seen_subcommand_from help" -f -a "apply" -d 'Move unused balance onto open invoices'
complete -c duebook -n "__fish_duebook_using_subcommand credit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c duebook -n "__fish_duebook_using_subcommand receivables" -l as-of -d 'Report what was open at the end of this day [default: today]' -r
complete -c duebook -n "__fish_duebook_using_subcommand receivables" -l segment -d 'Which items by due date' -r -f -a "today\t'Due on the as-of day'
overdue\t'Due before it'
upcoming\t'Due after it'
all\t'All three'"
complete -c duebook -n "__fish_duebook_using_subcommand receivables" -l within -d 'Only items due at most this many days after the as-of day' -r
complete -c duebook -n "__fish_duebook_using_subcommand receivables" -l customer -d 'Only this customer' -r
complete -c duebook -n "__fish_duebook_using_subcommand receivables" -l location -d 'Only documents of this location (an opening balance has its customer\'s)' -r
complete -c duebook -n "__fish_duebook_using_subcommand receivables" -l tag -d 'Only customers with this tag' -r
complete -c duebook -n "__fish_duebook_using_subcommand receivables" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand receivables" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand receivables" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand receivables" -l aging -d 'One row per customer with its open amounts by age, unused credit and net'
complete -c duebook -n "__fish_duebook_using_subcommand receivables" -l totals -d 'Print the totals per segment as rows, instead of the items'
complete -c duebook -n "__fish_duebook_using_subcommand receivables" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand receivables" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand receivables" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand payables" -l as-of -d 'Report what was owed at the end of this day [default: today]' -r
complete -c duebook -n "__fish_duebook_using_subcommand payables" -l customer -d 'Only this customer' -r
complete -c duebook -n "__fish_duebook_using_subcommand payables" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand payables" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand payables" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand payables" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand payables" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand payables" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand top" -l from -d 'Count entries dated on or after this day [default: all time]' -r
complete -c duebook -n "__fish_duebook_using_subcommand top" -l to -d 'Count entries dated on or before this day' -r
complete -c duebook -n "__fish_duebook_using_subcommand top" -l by -d 'What to rank by' -r -f -a "sales\t'Invoices less returns'
payments\t'Payments received'
invoices\t'Number of invoices'"
complete -c duebook -n "__fish_duebook_using_subcommand top" -l limit -d 'How many customers' -r
complete -c duebook -n "__fish_duebook_using_subcommand top" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand top" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand top" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand top" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand top" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand top" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand terms; and not __fish_seen_subcommand_from explain help" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand terms; and not __fish_seen_subcommand_from explain help" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand terms; and not __fish_seen_subcommand_from explain help" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand terms; and not __fish_seen_subcommand_from explain help" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand terms; and not __fish_seen_subcommand_from explain help" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand terms; and not __fish_seen_subcommand_from explain help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand terms; and not __fish_seen_subcommand_from explain help" -f -a "explain" -d 'Say what payment terms mean and when an invoice under them is due'
complete -c duebook -n "__fish_duebook_using_subcommand terms; and not __fish_seen_subcommand_from explain help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c duebook -n "__fish_duebook_using_subcommand terms; and __fish_seen_subcommand_from explain" -l date -d 'The invoice date [default: today]' -r
complete -c duebook -n "__fish_duebook_using_subcommand terms; and __fish_seen_subcommand_from explain" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand terms; and __fish_seen_subcommand_from explain" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand terms; and __fish_seen_subcommand_from explain" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand terms; and __fish_seen_subcommand_from explain" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand terms; and __fish_seen_subcommand_from explain" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand terms; and __fish_seen_subcommand_from explain" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand terms; and __fish_seen_subcommand_from help" -f -a "explain" -d 'Say what payment terms mean and when an invoice under them is due'
complete -c duebook -n "__fish_duebook_using_subcommand terms; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c duebook -n "__fish_duebook_using_subcommand import" -l kind -d 'The kind of every entry, for a file without a kind column' -r -f -a "invoice\t''
payment\t''
return\t''
refund\t''"
complete -c duebook -n "__fish_duebook_using_subcommand import" -l mode -d 'What to do with rows whose contact id or number already exists' -r -f -a "insert\t'Only new records; an existing key is an error'
upsert\t'New records are added, existing ones updated'
update\t'Only existing records are updated; an unknown key is an error'"
complete -c duebook -n "__fish_duebook_using_subcommand import" -l rejects -d 'Where --skip-invalid writes the bad rows, with a reason column (- for standard output)' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand import" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand import" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand import" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand import" -l skip-invalid -d 'Import the good rows and write the bad ones to --rejects'
complete -c duebook -n "__fish_duebook_using_subcommand import" -l ignore-unknown -d 'Ignore columns the import does not know'
complete -c duebook -n "__fish_duebook_using_subcommand import" -l dry-run -d 'Check every row and count, writing nothing'
complete -c duebook -n "__fish_duebook_using_subcommand import" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand import" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand export; and not __fish_seen_subcommand_from customers entries ledger help" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand export; and not __fish_seen_subcommand_from customers entries ledger help" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand export; and not __fish_seen_subcommand_from customers entries ledger help" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand export; and not __fish_seen_subcommand_from customers entries ledger help" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand export; and not __fish_seen_subcommand_from customers entries ledger help" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand export; and not __fish_seen_subcommand_from customers entries ledger help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand export; and not __fish_seen_subcommand_from customers entries ledger help" -f -a "customers" -d 'Customers, with their contacts, tags and aliases'
complete -c duebook -n "__fish_duebook_using_subcommand export; and not __fish_seen_subcommand_from customers entries ledger help" -f -a "entries" -d 'Invoices, payments, returns and refunds, with their applications'
complete -c duebook -n "__fish_duebook_using_subcommand export; and not __fish_seen_subcommand_from customers entries ledger help" -f -a "ledger" -d 'A customer\'s ledger'
complete -c duebook -n "__fish_duebook_using_subcommand export; and not __fish_seen_subcommand_from customers entries ledger help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from customers" -l id -d 'Contact id contains this text' -r
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from customers" -l name -d 'Name or billing name contains this text' -r
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from customers" -l email -d 'Billing email contains this text' -r
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from customers" -l phone -d 'Billing phone contains these digits' -r
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from customers" -l query -d 'Any of id, names, emails or phones contains this text' -r
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from customers" -l registered-from -d 'Registered on or after this date' -r
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from customers" -l registered-to -d 'Registered on or before this date' -r
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from customers" -l status -d 'Which customers by status [default: all]' -r -f -a "active\t''
inactive\t''
all\t''"
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from customers" -l tag -d 'Has this tag' -r
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from customers" -l location -d 'Default location is this one (letter case aside)' -r
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from customers" -l balance -d 'Which way the current balance goes' -r -f -a "receivable\t''
payable\t''
zero\t''"
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from customers" -s o -l output -d 'Write to this file (in place only once complete) [default: standard output]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from customers" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from customers" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from customers" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from customers" -l over-limit -d 'Receivable above the credit limit'
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from customers" -l safe -d 'Neutralise text cells a spreadsheet would run as formulas'
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from customers" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from customers" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from customers" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from entries" -l customer -d 'Only this customer\'s entries' -r
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from entries" -l from -d 'Dated on or after this day' -r
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from entries" -l to -d 'Dated on or before this day' -r
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from entries" -l kind -d 'Only entries of this kind' -r -f -a "invoice\t''
payment\t''
return\t''
refund\t''"
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from entries" -s o -l output -d 'Write to this file (in place only once complete) [default: standard output]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from entries" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from entries" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from entries" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from entries" -l safe -d 'Neutralise text cells a spreadsheet would run as formulas'
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from entries" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from entries" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from entries" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from ledger" -l from -r
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from ledger" -l to -r
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from ledger" -s o -l output -d 'Write to this file (in place only once complete) [default: standard output]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from ledger" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from ledger" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from ledger" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from ledger" -l safe -d 'Neutralise text cells a spreadsheet would run as formulas'
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from ledger" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from ledger" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from ledger" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "customers" -d 'Customers, with their contacts, tags and aliases'
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "entries" -d 'Invoices, payments, returns and refunds, with their applications'
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "ledger" -d 'A customer\'s ledger'
complete -c duebook -n "__fish_duebook_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and not __fish_seen_subcommand_from activate deactivate update delete merge help" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and not __fish_seen_subcommand_from activate deactivate update delete merge help" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and not __fish_seen_subcommand_from activate deactivate update delete merge help" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and not __fish_seen_subcommand_from activate deactivate update delete merge help" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and not __fish_seen_subcommand_from activate deactivate update delete merge help" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and not __fish_seen_subcommand_from activate deactivate update delete merge help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and not __fish_seen_subcommand_from activate deactivate update delete merge help" -f -a "activate" -d 'Mark the selected customers active'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and not __fish_seen_subcommand_from activate deactivate update delete merge help" -f -a "deactivate" -d 'Mark the selected customers inactive'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and not __fish_seen_subcommand_from activate deactivate update delete merge help" -f -a "update" -d 'Set fields and add or remove tags on the selected customers'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and not __fish_seen_subcommand_from activate deactivate update delete merge help" -f -a "delete" -d 'Delete the selected customers that have no entries and no opening balance'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and not __fish_seen_subcommand_from activate deactivate update delete merge help" -f -a "merge" -d 'Fold duplicate customers into one'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and not __fish_seen_subcommand_from activate deactivate update delete merge help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from activate" -l id -d 'Contact id contains this text' -r
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from activate" -l name -d 'Name or billing name contains this text' -r
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from activate" -l email -d 'Billing email contains this text' -r
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from activate" -l phone -d 'Billing phone contains these digits' -r
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from activate" -l query -d 'Any of id, names, emails or phones contains this text' -r
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from activate" -l registered-from -d 'Registered on or after this date' -r
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from activate" -l registered-to -d 'Registered on or before this date' -r
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from activate" -l status -d 'Which customers by status [default: all]' -r -f -a "active\t''
inactive\t''
all\t''"
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from activate" -l tag -d 'Has this tag' -r
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from activate" -l location -d 'Default location is this one (letter case aside)' -r
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from activate" -l balance -d 'Which way the current balance goes' -r -f -a "receivable\t''
payable\t''
zero\t''"
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from activate" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from activate" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from activate" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from activate" -l over-limit -d 'Receivable above the credit limit'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from activate" -l all -d 'Select every customer (with no ids and no filters)'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from activate" -l dry-run -d 'Show what would change, and change nothing'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from activate" -s y -l yes -d 'Change without asking'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from activate" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from activate" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from activate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from deactivate" -l id -d 'Contact id contains this text' -r
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from deactivate" -l name -d 'Name or billing name contains this text' -r
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from deactivate" -l email -d 'Billing email contains this text' -r
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from deactivate" -l phone -d 'Billing phone contains these digits' -r
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from deactivate" -l query -d 'Any of id, names, emails or phones contains this text' -r
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from deactivate" -l registered-from -d 'Registered on or after this date' -r
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from deactivate" -l registered-to -d 'Registered on or before this date' -r
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from deactivate" -l status -d 'Which customers by status [default: all]' -r -f -a "active\t''
inactive\t''
all\t''"
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from deactivate" -l tag -d 'Has this tag' -r
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from deactivate" -l location -d 'Default location is this one (letter case aside)' -r
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from deactivate" -l balance -d 'Which way the current balance goes' -r -f -a "receivable\t''
payable\t''
zero\t''"
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from deactivate" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from deactivate" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from deactivate" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from deactivate" -l over-limit -d 'Receivable above the credit limit'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from deactivate" -l all -d 'Select every customer (with no ids and no filters)'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from deactivate" -l dry-run -d 'Show what would change, and change nothing'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from deactivate" -s y -l yes -d 'Change without asking'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from deactivate" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from deactivate" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from deactivate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from update" -l id -d 'Contact id contains this text' -r
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from update" -l name -d 'Name or billing name contains this text' -r
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from update" -l email -d 'Billing email contains this text' -r
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from update" -l phone -d 'Billing phone contains these digits' -r
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from update" -l query -d 'Any of id, names, emails or phones contains this text' -r
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from update" -l registered-from -d 'Registered on or after this date' -r
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from update" -l registered-to -d 'Registered on or before this date' -r
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from update" -l status -d 'Which customers by status [default: all]' -r -f -a "active\t''
inactive\t''
all\t''"
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from update" -l tag -d 'Has this tag' -r
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from update" -l location -d 'Default location is this one (letter case aside)' -r
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from update" -l balance -d 'Which way the current balance goes' -r -f -a "receivable\t''
payable\t''
zero\t''"
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from update" -l set -d 'status, terms, location or credit-limit, such as location=South; an empty value clears location or credit-limit (repeatable)' -r
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from update" -l add-tag -d 'Add this tag (repeatable)' -r
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from update" -l remove-tag -d 'Remove this tag (repeatable)' -r
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from update" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from update" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from update" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from update" -l over-limit -d 'Receivable above the credit limit'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from update" -l all -d 'Select every customer (with no ids and no filters)'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from update" -l dry-run -d 'Show what would change, and change nothing'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from update" -s y -l yes -d 'Change without asking'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from delete" -l id -d 'Contact id contains this text' -r
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from delete" -l name -d 'Name or billing name contains this text' -r
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from delete" -l email -d 'Billing email contains this text' -r
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from delete" -l phone -d 'Billing phone contains these digits' -r
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from delete" -l query -d 'Any of id, names, emails or phones contains this text' -r
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from delete" -l registered-from -d 'Registered on or after this date' -r
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from delete" -l registered-to -d 'Registered on or before this date' -r
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from delete" -l status -d 'Which customers by status [default: all]' -r -f -a "active\t''
inactive\t''
all\t''"
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from delete" -l tag -d 'Has this tag' -r
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from delete" -l location -d 'Default location is this one (letter case aside)' -r
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from delete" -l balance -d 'Which way the current balance goes' -r -f -a "receivable\t''
payable\t''
zero\t''"
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from delete" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from delete" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from delete" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from delete" -l over-limit -d 'Receivable above the credit limit'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from delete" -l all -d 'Select every customer (with no ids and no filters)'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from delete" -l skip-blocked -d 'Delete the others when some are blocked, and list those kept'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from delete" -l dry-run -d 'Show what would change, and change nothing'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Change without asking'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from merge" -l into -d 'The customer that stays' -r
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from merge" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from merge" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from merge" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from merge" -l dry-run -d 'Show what would change, and change nothing'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from merge" -s y -l yes -d 'Change without asking'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from merge" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from merge" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from merge" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from help" -f -a "activate" -d 'Mark the selected customers active'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from help" -f -a "deactivate" -d 'Mark the selected customers inactive'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from help" -f -a "update" -d 'Set fields and add or remove tags on the selected customers'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete the selected customers that have no entries and no opening balance'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from help" -f -a "merge" -d 'Fold duplicate customers into one'
complete -c duebook -n "__fish_duebook_using_subcommand bulk; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c duebook -n "__fish_duebook_using_subcommand check" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand check" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand check" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand check" -l repair -d 'First build again what is derived from the records (the totals `top` reads, the search index), then check; nothing recorded changes'
complete -c duebook -n "__fish_duebook_using_subcommand check" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand check" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand backup" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand backup" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand backup" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand backup" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand backup" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand backup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand history" -l limit -d 'Show at most K changes' -r
complete -c duebook -n "__fish_duebook_using_subcommand history" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand history" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand history" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand history" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand history" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand completions" -l db -d 'The database file [default: duebook.sqlite3 in the data directory]' -r -F
complete -c duebook -n "__fish_duebook_using_subcommand completions" -l format -d 'How records are printed' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
csv\t'Comma-separated values with a header row'
json\t'One JSON array of objects'
jsonl\t'One JSON object per line'"
complete -c duebook -n "__fish_duebook_using_subcommand completions" -l color -d 'When to colour messages: auto follows the terminal and NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c duebook -n "__fish_duebook_using_subcommand completions" -s q -l quiet -d 'Print no messages, only data and errors'
complete -c duebook -n "__fish_duebook_using_subcommand completions" -s v -l verbose -d 'Tell more about what is done (repeat for more)'
complete -c duebook -n "__fish_duebook_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c duebook -n "__fish_duebook_using_subcommand help; and not __fish_seen_subcommand_from init customer invoice payment return refund credit receivables payables top terms import export bulk check backup history completions help" -f -a "init" -d 'Create the database'
complete -c duebook -n "__fish_duebook_using_subcommand help; and not __fish_seen_subcommand_from init customer invoice payment return refund credit receivables payables top terms import export bulk check backup history completions help" -f -a "customer" -d 'Add, edit, show, delete and search customers'
complete -c duebook -n "__fish_duebook_using_subcommand help; and not __fish_seen_subcommand_from init customer invoice payment return refund credit receivables payables top terms import export bulk check backup history completions help" -f -a "invoice" -d 'Record, list, show and void invoices'
complete -c duebook -n "__fish_duebook_using_subcommand help; and not __fish_seen_subcommand_from init customer invoice payment return refund credit receivables payables top terms import export bulk check backup history completions help" -f -a "payment" -d 'Record, list, show and void payments'
complete -c duebook -n "__fish_duebook_using_subcommand help; and not __fish_seen_subcommand_from init customer invoice payment return refund credit receivables payables top terms import export bulk check backup history completions help" -f -a "return" -d 'Record returned goods'
complete -c duebook -n "__fish_duebook_using_subcommand help; and not __fish_seen_subcommand_from init customer invoice payment return refund credit receivables payables top terms import export bulk check backup history completions help" -f -a "refund" -d 'Record money paid back to a customer'
complete -c duebook -n "__fish_duebook_using_subcommand help; and not __fish_seen_subcommand_from init customer invoice payment return refund credit receivables payables top terms import export bulk check backup history completions help" -f -a "credit" -d 'Apply unused balance to open invoices'
complete -c duebook -n "__fish_duebook_using_subcommand help; and not __fish_seen_subcommand_from init customer invoice payment return refund credit receivables payables top terms import export bulk check backup history completions help" -f -a "receivables" -d 'What customers owe: due today, overdue and upcoming, or aged'
complete -c duebook -n "__fish_duebook_using_subcommand help; and not __fish_seen_subcommand_from init customer invoice payment return refund credit receivables payables top terms import export bulk check backup history completions help" -f -a "payables" -d 'What the business owes its customers: unused credit by source'
complete -c duebook -n "__fish_duebook_using_subcommand help; and not __fish_seen_subcommand_from init customer invoice payment return refund credit receivables payables top terms import export bulk check backup history completions help" -f -a "top" -d 'The customers with the most sales, payments or invoices'
complete -c duebook -n "__fish_duebook_using_subcommand help; and not __fish_seen_subcommand_from init customer invoice payment return refund credit receivables payables top terms import export bulk check backup history completions help" -f -a "terms" -d 'Explain payment terms'
complete -c duebook -n "__fish_duebook_using_subcommand help; and not __fish_seen_subcommand_from init customer invoice payment return refund credit receivables payables top terms import export bulk check backup history completions help" -f -a "import" -d 'Read customers or entries from CSV'
complete -c duebook -n "__fish_duebook_using_subcommand help; and not __fish_seen_subcommand_from init customer invoice payment return refund credit receivables payables top terms import export bulk check backup history completions help" -f -a "export" -d 'Write customers, entries or a ledger as CSV'
complete -c duebook -n "__fish_duebook_using_subcommand help; and not __fish_seen_subcommand_from init customer invoice payment return refund credit receivables payables top terms import export bulk check backup history completions help" -f -a "bulk" -d 'Act on many customers at once: activate, deactivate, update, delete, merge'
complete -c duebook -n "__fish_duebook_using_subcommand help; and not __fish_seen_subcommand_from init customer invoice payment return refund credit receivables payables top terms import export bulk check backup history completions help" -f -a "check" -d 'Verify the database file and every balance rule'
complete -c duebook -n "__fish_duebook_using_subcommand help; and not __fish_seen_subcommand_from init customer invoice payment return refund credit receivables payables top terms import export bulk check backup history completions help" -f -a "backup" -d 'Copy the database, consistently, while others use it'
complete -c duebook -n "__fish_duebook_using_subcommand help; and not __fish_seen_subcommand_from init customer invoice payment return refund credit receivables payables top terms import export bulk check backup history completions help" -f -a "history" -d 'Every change recorded, newest first'
complete -c duebook -n "__fish_duebook_using_subcommand help; and not __fish_seen_subcommand_from init customer invoice payment return refund credit receivables payables top terms import export bulk check backup history completions help" -f -a "completions" -d 'Print shell completions, or the man page with `man`'
complete -c duebook -n "__fish_duebook_using_subcommand help; and not __fish_seen_subcommand_from init customer invoice payment return refund credit receivables payables top terms import export bulk check backup history completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c duebook -n "__fish_duebook_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "add" -d 'Add a customer'
complete -c duebook -n "__fish_duebook_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "edit" -d 'Change any field of a customer, its contact id included'
complete -c duebook -n "__fish_duebook_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "show" -d 'Show every field of a customer, its balances and contacts'
complete -c duebook -n "__fish_duebook_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "delete" -d 'Delete a customer that has no entries and no opening balance'
complete -c duebook -n "__fish_duebook_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "list" -d 'List and search customers'
complete -c duebook -n "__fish_duebook_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "ledger" -d 'Every entry of a customer in date order, with the running balance'
complete -c duebook -n "__fish_duebook_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "contact" -d 'Further people at a customer'
complete -c duebook -n "__fish_duebook_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "duplicates" -d 'List groups of customers that are probably the same'
complete -c duebook -n "__fish_duebook_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "add" -d 'Record a sale on credit'
complete -c duebook -n "__fish_duebook_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "list" -d 'List invoices'
complete -c duebook -n "__fish_duebook_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "show" -d 'Show an invoice and what paid it'
complete -c duebook -n "__fish_duebook_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "void" -d 'Void an invoice entered by mistake; what paid it becomes unused balance'
complete -c duebook -n "__fish_duebook_using_subcommand help; and __fish_seen_subcommand_from payment" -f -a "add" -d 'Record money received and apply it to invoices'
complete -c duebook -n "__fish_duebook_using_subcommand help; and __fish_seen_subcommand_from payment" -f -a "list" -d 'List payments'
complete -c duebook -n "__fish_duebook_using_subcommand help; and __fish_seen_subcommand_from payment" -f -a "show" -d 'Show a payment and where it went'
complete -c duebook -n "__fish_duebook_using_subcommand help; and __fish_seen_subcommand_from payment" -f -a "void" -d 'Void a payment entered by mistake; the invoices it paid reopen'
complete -c duebook -n "__fish_duebook_using_subcommand help; and __fish_seen_subcommand_from return" -f -a "add" -d 'Record goods brought back (a credit note)'
complete -c duebook -n "__fish_duebook_using_subcommand help; and __fish_seen_subcommand_from refund" -f -a "add" -d 'Record money paid back out of the customer\'s unused balance'
complete -c duebook -n "__fish_duebook_using_subcommand help; and __fish_seen_subcommand_from credit" -f -a "apply" -d 'Move unused balance onto open invoices'
complete -c duebook -n "__fish_duebook_using_subcommand help; and __fish_seen_subcommand_from terms" -f -a "explain" -d 'Say what payment terms mean and when an invoice under them is due'
complete -c duebook -n "__fish_duebook_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "customers" -d 'Customers, with their contacts, tags and aliases'
complete -c duebook -n "__fish_duebook_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "entries" -d 'Invoices, payments, returns and refunds, with their applications'
complete -c duebook -n "__fish_duebook_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "ledger" -d 'A customer\'s ledger'
complete -c duebook -n "__fish_duebook_using_subcommand help; and __fish_seen_subcommand_from bulk" -f -a "activate" -d 'Mark the selected customers active'
complete -c duebook -n "__fish_duebook_using_subcommand help; and __fish_seen_subcommand_from bulk" -f -a "deactivate" -d 'Mark the selected customers inactive'
complete -c duebook -n "__fish_duebook_using_subcommand help; and __fish_seen_subcommand_from bulk" -f -a "update" -d 'Set fields and add or remove tags on the selected customers'
complete -c duebook -n "__fish_duebook_using_subcommand help; and __fish_seen_subcommand_from bulk" -f -a "delete" -d 'Delete the selected customers that have no entries and no opening balance'
complete -c duebook -n "__fish_duebook_using_subcommand help; and __fish_seen_subcommand_from bulk" -f -a "merge" -d 'Fold duplicate customers into one'
