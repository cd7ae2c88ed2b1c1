
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'duebook' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'duebook'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'duebook' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the database')
            [CompletionResult]::new('customer', 'customer', [CompletionResultType]::ParameterValue, 'Add, edit, show, delete and search customers')
            [CompletionResult]::new('invoice', 'invoice', [CompletionResultType]::ParameterValue, 'Record, list, show and void invoices')
            [CompletionResult]::new('payment', 'payment', [CompletionResultType]::ParameterValue, 'Record, list, show and void payments')
            [CompletionResult]::new('return', 'return', [CompletionResultType]::ParameterValue, 'Record returned goods')
            [CompletionResult]::new('refund', 'refund', [CompletionResultType]::ParameterValue, 'Record money paid back to a customer')
            [CompletionResult]::new('credit', 'credit', [CompletionResultType]::ParameterValue, 'Apply unused balance to open invoices')
            [CompletionResult]::new('receivables', 'receivables', [CompletionResultType]::ParameterValue, 'What customers owe: due today, overdue and upcoming, or aged')
            [CompletionResult]::new('payables', 'payables', [CompletionResultType]::ParameterValue, 'What the business owes its customers: unused credit by source')
            [CompletionResult]::new('top', 'top', [CompletionResultType]::ParameterValue, 'The customers with the most sales, payments or invoices')
            [CompletionResult]::new('terms', 'terms', [CompletionResultType]::ParameterValue, 'Explain payment terms')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Read customers or entries from CSV')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write customers, entries or a ledger as CSV')
            [CompletionResult]::new('bulk', 'bulk', [CompletionResultType]::ParameterValue, 'Act on many customers at once: activate, deactivate, update, delete, merge')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Verify the database file and every balance rule')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the database, consistently, while others use it')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every change recorded, newest first')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions, or the man page with `man`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'duebook;init' {
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'The currency of every amount, as an ISO 4217 code; fixed for good')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'duebook;customer' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a customer')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change any field of a customer, its contact id included')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every field of a customer, its balances and contacts')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a customer that has no entries and no opening balance')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List and search customers')
            [CompletionResult]::new('ledger', 'ledger', [CompletionResultType]::ParameterValue, 'Every entry of a customer in date order, with the running balance')
            [CompletionResult]::new('contact', 'contact', [CompletionResultType]::ParameterValue, 'Further people at a customer')
            [CompletionResult]::new('duplicates', 'duplicates', [CompletionResultType]::ParameterValue, 'List groups of customers that are probably the same')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'duebook;customer;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display or company name')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'active or inactive [default on add: active]')
            [CompletionResult]::new('--terms', '--terms', [CompletionResultType]::ParameterName, 'Payment terms: cash, due-on-receipt, net-N, eom, net-N-eom, day-D-next')
            [CompletionResult]::new('--opening', '--opening', [CompletionResultType]::ParameterName, 'Opening balance, such as receivable:250.00 or payable:40.00')
            [CompletionResult]::new('--opening-date', '--opening-date', [CompletionResultType]::ParameterName, 'Date of the opening balance [default: the registration date]')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'The store or warehouse the customer usually deals with')
            [CompletionResult]::new('--billing-name', '--billing-name', [CompletionResultType]::ParameterName, 'billing-name')
            [CompletionResult]::new('--billing-email', '--billing-email', [CompletionResultType]::ParameterName, 'billing-email')
            [CompletionResult]::new('--billing-phone', '--billing-phone', [CompletionResultType]::ParameterName, 'billing-phone')
            [CompletionResult]::new('--billing-address', '--billing-address', [CompletionResultType]::ParameterName, 'billing-address')
            [CompletionResult]::new('--billing-city', '--billing-city', [CompletionResultType]::ParameterName, 'billing-city')
            [CompletionResult]::new('--billing-region', '--billing-region', [CompletionResultType]::ParameterName, 'billing-region')
            [CompletionResult]::new('--billing-postal-code', '--billing-postal-code', [CompletionResultType]::ParameterName, 'billing-postal-code')
            [CompletionResult]::new('--billing-country', '--billing-country', [CompletionResultType]::ParameterName, 'billing-country')
            [CompletionResult]::new('--shipping-name', '--shipping-name', [CompletionResultType]::ParameterName, 'shipping-name')
            [CompletionResult]::new('--shipping-phone', '--shipping-phone', [CompletionResultType]::ParameterName, 'shipping-phone')
            [CompletionResult]::new('--shipping-address', '--shipping-address', [CompletionResultType]::ParameterName, 'shipping-address')
            [CompletionResult]::new('--shipping-city', '--shipping-city', [CompletionResultType]::ParameterName, 'shipping-city')
            [CompletionResult]::new('--shipping-region', '--shipping-region', [CompletionResultType]::ParameterName, 'shipping-region')
            [CompletionResult]::new('--shipping-postal-code', '--shipping-postal-code', [CompletionResultType]::ParameterName, 'shipping-postal-code')
            [CompletionResult]::new('--shipping-country', '--shipping-country', [CompletionResultType]::ParameterName, 'shipping-country')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Add a tag such as vip or wholesale (repeatable)')
            [CompletionResult]::new('--credit-limit', '--credit-limit', [CompletionResultType]::ParameterName, 'Credit limit; reports flag a receivable above it')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Free text')
            [CompletionResult]::new('--registered', '--registered', [CompletionResultType]::ParameterName, 'Registration date [default on add: today]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'duebook;customer;edit' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display or company name')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'active or inactive [default on add: active]')
            [CompletionResult]::new('--terms', '--terms', [CompletionResultType]::ParameterName, 'Payment terms: cash, due-on-receipt, net-N, eom, net-N-eom, day-D-next')
            [CompletionResult]::new('--opening', '--opening', [CompletionResultType]::ParameterName, 'Opening balance, such as receivable:250.00 or payable:40.00')
            [CompletionResult]::new('--opening-date', '--opening-date', [CompletionResultType]::ParameterName, 'Date of the opening balance [default: the registration date]')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'The store or warehouse the customer usually deals with')
            [CompletionResult]::new('--billing-name', '--billing-name', [CompletionResultType]::ParameterName, 'billing-name')
            [CompletionResult]::new('--billing-email', '--billing-email', [CompletionResultType]::ParameterName, 'billing-email')
            [CompletionResult]::new('--billing-phone', '--billing-phone', [CompletionResultType]::ParameterName, 'billing-phone')
            [CompletionResult]::new('--billing-address', '--billing-address', [CompletionResultType]::ParameterName, 'billing-address')
            [CompletionResult]::new('--billing-city', '--billing-city', [CompletionResultType]::ParameterName, 'billing-city')
            [CompletionResult]::new('--billing-region', '--billing-region', [CompletionResultType]::ParameterName, 'billing-region')
            [CompletionResult]::new('--billing-postal-code', '--billing-postal-code', [CompletionResultType]::ParameterName, 'billing-postal-code')
            [CompletionResult]::new('--billing-country', '--billing-country', [CompletionResultType]::ParameterName, 'billing-country')
            [CompletionResult]::new('--shipping-name', '--shipping-name', [CompletionResultType]::ParameterName, 'shipping-name')
            [CompletionResult]::new('--shipping-phone', '--shipping-phone', [CompletionResultType]::ParameterName, 'shipping-phone')
            [CompletionResult]::new('--shipping-address', '--shipping-address', [CompletionResultType]::ParameterName, 'shipping-address')
            [CompletionResult]::new('--shipping-city', '--shipping-city', [CompletionResultType]::ParameterName, 'shipping-city')
            [CompletionResult]::new('--shipping-region', '--shipping-region', [CompletionResultType]::ParameterName, 'shipping-region')
            [CompletionResult]::new('--shipping-postal-code', '--shipping-postal-code', [CompletionResultType]::ParameterName, 'shipping-postal-code')
            [CompletionResult]::new('--shipping-country', '--shipping-country', [CompletionResultType]::ParameterName, 'shipping-country')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Add a tag such as vip or wholesale (repeatable)')
            [CompletionResult]::new('--credit-limit', '--credit-limit', [CompletionResultType]::ParameterName, 'Credit limit; reports flag a receivable above it')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Free text')
            [CompletionResult]::new('--registered', '--registered', [CompletionResultType]::ParameterName, 'Registration date [default on add: today]')
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'A new contact id')
            [CompletionResult]::new('--untag', '--untag', [CompletionResultType]::ParameterName, 'Remove a tag (repeatable)')
            [CompletionResult]::new('--clear', '--clear', [CompletionResultType]::ParameterName, 'Empty a field, such as billing-email, credit-limit, opening or tags (repeatable)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'duebook;customer;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'duebook;customer;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'duebook;customer;list' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Contact id contains this text')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name or billing name contains this text')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Billing email contains this text')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Billing phone contains these digits')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Any of id, names, emails or phones contains this text')
            [CompletionResult]::new('--registered-from', '--registered-from', [CompletionResultType]::ParameterName, 'Registered on or after this date')
            [CompletionResult]::new('--registered-to', '--registered-to', [CompletionResultType]::ParameterName, 'Registered on or before this date')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Which customers by status [default: all]')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Has this tag')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Default location is this one (letter case aside)')
            [CompletionResult]::new('--balance', '--balance', [CompletionResultType]::ParameterName, 'Which way the current balance goes')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by this column (any column name)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most K customers')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to show, comma-separated')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('--over-limit', '--over-limit', [CompletionResultType]::ParameterName, 'Receivable above the credit limit')
            [CompletionResult]::new('--desc', '--desc', [CompletionResultType]::ParameterName, 'Sort in descending order')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'duebook;customer;ledger' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Start here, bringing the earlier balance forward')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'End here')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'duebook;customer;contact' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a person at a customer')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the people at a customer')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a person by the number `contact list` shows')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'duebook;customer;contact;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Their role, such as buyer or accounts')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'email')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'phone')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'duebook;customer;contact;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'duebook;customer;contact;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'duebook;customer;contact;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a person at a customer')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the people at a customer')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a person by the number `contact list` shows')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'duebook;customer;contact;help;add' {
            break
        }
        'duebook;customer;contact;help;list' {
            break
        }
        'duebook;customer;contact;help;remove' {
            break
        }
        'duebook;customer;contact;help;help' {
            break
        }
        'duebook;customer;duplicates' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'duebook;customer;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a customer')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change any field of a customer, its contact id included')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every field of a customer, its balances and contacts')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a customer that has no entries and no opening balance')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List and search customers')
            [CompletionResult]::new('ledger', 'ledger', [CompletionResultType]::ParameterValue, 'Every entry of a customer in date order, with the running balance')
            [CompletionResult]::new('contact', 'contact', [CompletionResultType]::ParameterValue, 'Further people at a customer')
            [CompletionResult]::new('duplicates', 'duplicates', [CompletionResultType]::ParameterValue, 'List groups of customers that are probably the same')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'duebook;customer;help;add' {
            break
        }
        'duebook;customer;help;edit' {
            break
        }
        'duebook;customer;help;show' {
            break
        }
        'duebook;customer;help;delete' {
            break
        }
        'duebook;customer;help;list' {
            break
        }
        'duebook;customer;help;ledger' {
            break
        }
        'duebook;customer;help;contact' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a person at a customer')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the people at a customer')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a person by the number `contact list` shows')
            break
        }
        'duebook;customer;help;contact;add' {
            break
        }
        'duebook;customer;help;contact;list' {
            break
        }
        'duebook;customer;help;contact;remove' {
            break
        }
        'duebook;customer;help;duplicates' {
            break
        }
        'duebook;customer;help;help' {
            break
        }
        'duebook;invoice' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a sale on credit')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List invoices')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an invoice and what paid it')
            [CompletionResult]::new('void', 'void', [CompletionResultType]::ParameterValue, 'Void an invoice entered by mistake; what paid it becomes unused balance')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'duebook;invoice;add' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The invoice date [default: today]')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'The due date [default: from the customer''s payment terms]')
            [CompletionResult]::new('--number', '--number', [CompletionResultType]::ParameterName, 'The invoice number [default: the next INV-000001]')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'The store or warehouse [default: the customer''s]')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'note')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('--allow-inactive', '--allow-inactive', [CompletionResultType]::ParameterName, 'Invoice a customer marked inactive')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'duebook;invoice;list' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Only this customer''s entries')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Dated on or after this day')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Dated on or before this day')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Only invoices with something still owed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'duebook;invoice;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'duebook;invoice;void' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The day of the void [default: today]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'duebook;invoice;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a sale on credit')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List invoices')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an invoice and what paid it')
            [CompletionResult]::new('void', 'void', [CompletionResultType]::ParameterValue, 'Void an invoice entered by mistake; what paid it becomes unused balance')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'duebook;invoice;help;add' {
            break
        }
        'duebook;invoice;help;list' {
            break
        }
        'duebook;invoice;help;show' {
            break
        }
        'duebook;invoice;help;void' {
            break
        }
        'duebook;invoice;help;help' {
            break
        }
        'duebook;payment' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record money received and apply it to invoices')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List payments')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a payment and where it went')
            [CompletionResult]::new('void', 'void', [CompletionResultType]::ParameterValue, 'Void a payment entered by mistake; the invoices it paid reopen')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'duebook;payment;add' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The payment date [default: today]')
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'cash, card, bank, cheque or other')
            [CompletionResult]::new('--reference', '--reference', [CompletionResultType]::ParameterName, 'The bank reference, cheque number or similar')
            [CompletionResult]::new('--number', '--number', [CompletionResultType]::ParameterName, 'The payment number [default: the next PAY-000001]')
            [CompletionResult]::new('--invoice', '--invoice', [CompletionResultType]::ParameterName, 'Pay this invoice (repeatable, in order) [default: open items, oldest due first]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'duebook;payment;list' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Only this customer''s entries')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Dated on or after this day')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Dated on or before this day')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'duebook;payment;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'duebook;payment;void' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The day of the void [default: today]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'duebook;payment;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record money received and apply it to invoices')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List payments')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a payment and where it went')
            [CompletionResult]::new('void', 'void', [CompletionResultType]::ParameterValue, 'Void a payment entered by mistake; the invoices it paid reopen')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'duebook;payment;help;add' {
            break
        }
        'duebook;payment;help;list' {
            break
        }
        'duebook;payment;help;show' {
            break
        }
        'duebook;payment;help;void' {
            break
        }
        'duebook;payment;help;help' {
            break
        }
        'duebook;return' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record goods brought back (a credit note)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'duebook;return;add' {
            [CompletionResult]::new('--invoice', '--invoice', [CompletionResultType]::ParameterName, 'The invoice it reduces [default: none, so it is unused balance]')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The return date [default: today]')
            [CompletionResult]::new('--number', '--number', [CompletionResultType]::ParameterName, 'The return number [default: the next RET-000001]')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'note')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'duebook;return;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record goods brought back (a credit note)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'duebook;return;help;add' {
            break
        }
        'duebook;return;help;help' {
            break
        }
        'duebook;refund' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record money paid back out of the customer''s unused balance')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'duebook;refund;add' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The refund date [default: today]')
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'cash, card, bank, cheque or other')
            [CompletionResult]::new('--reference', '--reference', [CompletionResultType]::ParameterName, 'reference')
            [CompletionResult]::new('--number', '--number', [CompletionResultType]::ParameterName, 'The refund number [default: the next REF-000001]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'duebook;refund;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record money paid back out of the customer''s unused balance')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'duebook;refund;help;add' {
            break
        }
        'duebook;refund;help;help' {
            break
        }
        'duebook;credit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Move unused balance onto open invoices')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'duebook;credit;apply' {
            [CompletionResult]::new('--invoice', '--invoice', [CompletionResultType]::ParameterName, 'Apply to this invoice (repeatable, in order) [default: open items, oldest due first]')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'Apply at most this much [default: all that can be]')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The day of the application [default: today]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'duebook;credit;help' {
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Move unused balance onto open invoices')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'duebook;credit;help;apply' {
            break
        }
        'duebook;credit;help;help' {
            break
        }
        'duebook;receivables' {
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Report what was open at the end of this day [default: today]')
            [CompletionResult]::new('--segment', '--segment', [CompletionResultType]::ParameterName, 'Which items by due date')
            [CompletionResult]::new('--within', '--within', [CompletionResultType]::ParameterName, 'Only items due at most this many days after the as-of day')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Only this customer')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Only documents of this location (an opening balance has its customer''s)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only customers with this tag')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('--aging', '--aging', [CompletionResultType]::ParameterName, 'One row per customer with its open amounts by age, unused credit and net')
            [CompletionResult]::new('--totals', '--totals', [CompletionResultType]::ParameterName, 'Print the totals per segment as rows, instead of the items')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'duebook;payables' {
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Report what was owed at the end of this day [default: today]')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Only this customer')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'duebook;top' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Count entries dated on or after this day [default: all time]')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Count entries dated on or before this day')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'What to rank by')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many customers')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'duebook;terms' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'Say what payment terms mean and when an invoice under them is due')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'duebook;terms;explain' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The invoice date [default: today]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'duebook;terms;help' {
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'Say what payment terms mean and when an invoice under them is due')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'duebook;terms;help;explain' {
            break
        }
        'duebook;terms;help;help' {
            break
        }
        'duebook;import' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'The kind of every entry, for a file without a kind column')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'What to do with rows whose contact id or number already exists')
            [CompletionResult]::new('--rejects', '--rejects', [CompletionResultType]::ParameterName, 'Where --skip-invalid writes the bad rows, with a reason column (- for standard output)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('--skip-invalid', '--skip-invalid', [CompletionResultType]::ParameterName, 'Import the good rows and write the bad ones to --rejects')
            [CompletionResult]::new('--ignore-unknown', '--ignore-unknown', [CompletionResultType]::ParameterName, 'Ignore columns the import does not know')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check every row and count, writing nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'duebook;export' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('customers', 'customers', [CompletionResultType]::ParameterValue, 'Customers, with their contacts, tags and aliases')
            [CompletionResult]::new('entries', 'entries', [CompletionResultType]::ParameterValue, 'Invoices, payments, returns and refunds, with their applications')
            [CompletionResult]::new('ledger', 'ledger', [CompletionResultType]::ParameterValue, 'A customer''s ledger')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'duebook;export;customers' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Contact id contains this text')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name or billing name contains this text')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Billing email contains this text')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Billing phone contains these digits')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Any of id, names, emails or phones contains this text')
            [CompletionResult]::new('--registered-from', '--registered-from', [CompletionResultType]::ParameterName, 'Registered on or after this date')
            [CompletionResult]::new('--registered-to', '--registered-to', [CompletionResultType]::ParameterName, 'Registered on or before this date')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Which customers by status [default: all]')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Has this tag')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Default location is this one (letter case aside)')
            [CompletionResult]::new('--balance', '--balance', [CompletionResultType]::ParameterName, 'Which way the current balance goes')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to this file (in place only once complete) [default: standard output]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to this file (in place only once complete) [default: standard output]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('--over-limit', '--over-limit', [CompletionResultType]::ParameterName, 'Receivable above the credit limit')
            [CompletionResult]::new('--safe', '--safe', [CompletionResultType]::ParameterName, 'Neutralise text cells a spreadsheet would run as formulas')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'duebook;export;entries' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Only this customer''s entries')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Dated on or after this day')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Dated on or before this day')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only entries of this kind')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to this file (in place only once complete) [default: standard output]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to this file (in place only once complete) [default: standard output]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('--safe', '--safe', [CompletionResultType]::ParameterName, 'Neutralise text cells a spreadsheet would run as formulas')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'duebook;export;ledger' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'from')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'to')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to this file (in place only once complete) [default: standard output]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to this file (in place only once complete) [default: standard output]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('--safe', '--safe', [CompletionResultType]::ParameterName, 'Neutralise text cells a spreadsheet would run as formulas')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'duebook;export;help' {
            [CompletionResult]::new('customers', 'customers', [CompletionResultType]::ParameterValue, 'Customers, with their contacts, tags and aliases')
            [CompletionResult]::new('entries', 'entries', [CompletionResultType]::ParameterValue, 'Invoices, payments, returns and refunds, with their applications')
            [CompletionResult]::new('ledger', 'ledger', [CompletionResultType]::ParameterValue, 'A customer''s ledger')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'duebook;export;help;customers' {
            break
        }
        'duebook;export;help;entries' {
            break
        }
        'duebook;export;help;ledger' {
            break
        }
        'duebook;export;help;help' {
            break
        }
        'duebook;bulk' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Mark the selected customers active')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Mark the selected customers inactive')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Set fields and add or remove tags on the selected customers')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the selected customers that have no entries and no opening balance')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Fold duplicate customers into one')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'duebook;bulk;activate' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Contact id contains this text')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name or billing name contains this text')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Billing email contains this text')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Billing phone contains these digits')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Any of id, names, emails or phones contains this text')
            [CompletionResult]::new('--registered-from', '--registered-from', [CompletionResultType]::ParameterName, 'Registered on or after this date')
            [CompletionResult]::new('--registered-to', '--registered-to', [CompletionResultType]::ParameterName, 'Registered on or before this date')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Which customers by status [default: all]')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Has this tag')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Default location is this one (letter case aside)')
            [CompletionResult]::new('--balance', '--balance', [CompletionResultType]::ParameterName, 'Which way the current balance goes')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('--over-limit', '--over-limit', [CompletionResultType]::ParameterName, 'Receivable above the credit limit')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Select every customer (with no ids and no filters)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Change without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change without asking')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'duebook;bulk;deactivate' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Contact id contains this text')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name or billing name contains this text')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Billing email contains this text')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Billing phone contains these digits')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Any of id, names, emails or phones contains this text')
            [CompletionResult]::new('--registered-from', '--registered-from', [CompletionResultType]::ParameterName, 'Registered on or after this date')
            [CompletionResult]::new('--registered-to', '--registered-to', [CompletionResultType]::ParameterName, 'Registered on or before this date')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Which customers by status [default: all]')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Has this tag')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Default location is this one (letter case aside)')
            [CompletionResult]::new('--balance', '--balance', [CompletionResultType]::ParameterName, 'Which way the current balance goes')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('--over-limit', '--over-limit', [CompletionResultType]::ParameterName, 'Receivable above the credit limit')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Select every customer (with no ids and no filters)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Change without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change without asking')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'duebook;bulk;update' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Contact id contains this text')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name or billing name contains this text')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Billing email contains this text')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Billing phone contains these digits')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Any of id, names, emails or phones contains this text')
            [CompletionResult]::new('--registered-from', '--registered-from', [CompletionResultType]::ParameterName, 'Registered on or after this date')
            [CompletionResult]::new('--registered-to', '--registered-to', [CompletionResultType]::ParameterName, 'Registered on or before this date')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Which customers by status [default: all]')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Has this tag')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Default location is this one (letter case aside)')
            [CompletionResult]::new('--balance', '--balance', [CompletionResultType]::ParameterName, 'Which way the current balance goes')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'status, terms, location or credit-limit, such as location=South; an empty value clears location or credit-limit (repeatable)')
            [CompletionResult]::new('--add-tag', '--add-tag', [CompletionResultType]::ParameterName, 'Add this tag (repeatable)')
            [CompletionResult]::new('--remove-tag', '--remove-tag', [CompletionResultType]::ParameterName, 'Remove this tag (repeatable)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('--over-limit', '--over-limit', [CompletionResultType]::ParameterName, 'Receivable above the credit limit')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Select every customer (with no ids and no filters)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Change without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change without asking')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'duebook;bulk;delete' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Contact id contains this text')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name or billing name contains this text')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Billing email contains this text')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Billing phone contains these digits')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Any of id, names, emails or phones contains this text')
            [CompletionResult]::new('--registered-from', '--registered-from', [CompletionResultType]::ParameterName, 'Registered on or after this date')
            [CompletionResult]::new('--registered-to', '--registered-to', [CompletionResultType]::ParameterName, 'Registered on or before this date')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Which customers by status [default: all]')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Has this tag')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Default location is this one (letter case aside)')
            [CompletionResult]::new('--balance', '--balance', [CompletionResultType]::ParameterName, 'Which way the current balance goes')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('--over-limit', '--over-limit', [CompletionResultType]::ParameterName, 'Receivable above the credit limit')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Select every customer (with no ids and no filters)')
            [CompletionResult]::new('--skip-blocked', '--skip-blocked', [CompletionResultType]::ParameterName, 'Delete the others when some are blocked, and list those kept')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Change without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change without asking')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'duebook;bulk;merge' {
            [CompletionResult]::new('--into', '--into', [CompletionResultType]::ParameterName, 'The customer that stays')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Change without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change without asking')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'duebook;bulk;help' {
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Mark the selected customers active')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Mark the selected customers inactive')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Set fields and add or remove tags on the selected customers')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the selected customers that have no entries and no opening balance')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Fold duplicate customers into one')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'duebook;bulk;help;activate' {
            break
        }
        'duebook;bulk;help;deactivate' {
            break
        }
        'duebook;bulk;help;update' {
            break
        }
        'duebook;bulk;help;delete' {
            break
        }
        'duebook;bulk;help;merge' {
            break
        }
        'duebook;bulk;help;help' {
            break
        }
        'duebook;check' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('--repair', '--repair', [CompletionResultType]::ParameterName, 'First build again what is derived from the records (the totals `top` reads, the search index), then check; nothing recorded changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'duebook;backup' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'duebook;history' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most K changes')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'duebook;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: duebook.sqlite3 in the data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How records are printed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour messages: auto follows the terminal and NO_COLOR')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell more about what is done (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'duebook;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the database')
            [CompletionResult]::new('customer', 'customer', [CompletionResultType]::ParameterValue, 'Add, edit, show, delete and search customers')
            [CompletionResult]::new('invoice', 'invoice', [CompletionResultType]::ParameterValue, 'Record, list, show and void invoices')
            [CompletionResult]::new('payment', 'payment', [CompletionResultType]::ParameterValue, 'Record, list, show and void payments')
            [CompletionResult]::new('return', 'return', [CompletionResultType]::ParameterValue, 'Record returned goods')
            [CompletionResult]::new('refund', 'refund', [CompletionResultType]::ParameterValue, 'Record money paid back to a customer')
            [CompletionResult]::new('credit', 'credit', [CompletionResultType]::ParameterValue, 'Apply unused balance to open invoices')
            [CompletionResult]::new('receivables', 'receivables', [CompletionResultType]::ParameterValue, 'What customers owe: due today, overdue and upcoming, or aged')
            [CompletionResult]::new('payables', 'payables', [CompletionResultType]::ParameterValue, 'What the business owes its customers: unused credit by source')
            [CompletionResult]::new('top', 'top', [CompletionResultType]::ParameterValue, 'The customers with the most sales, payments or invoices')
            [CompletionResult]::new('terms', 'terms', [CompletionResultType]::ParameterValue, 'Explain payment terms')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Read customers or entries from CSV')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write customers, entries or a ledger as CSV')
            [CompletionResult]::new('bulk', 'bulk', [CompletionResultType]::ParameterValue, 'Act on many customers at once: activate, deactivate, update, delete, merge')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Verify the database file and every balance rule')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the database, consistently, while others use it')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every change recorded, newest first')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions, or the man page with `man`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'duebook;help;init' {
            break
        }
        'duebook;help;customer' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a customer')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change any field of a customer, its contact id included')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every field of a customer, its balances and contacts')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a customer that has no entries and no opening balance')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List and search customers')
            [CompletionResult]::new('ledger', 'ledger', [CompletionResultType]::ParameterValue, 'Every entry of a customer in date order, with the running balance')
            [CompletionResult]::new('contact', 'contact', [CompletionResultType]::ParameterValue, 'Further people at a customer')
            [CompletionResult]::new('duplicates', 'duplicates', [CompletionResultType]::ParameterValue, 'List groups of customers that are probably the same')
            break
        }
        'duebook;help;customer;add' {
            break
        }
        'duebook;help;customer;edit' {
            break
        }
        'duebook;help;customer;show' {
            break
        }
        'duebook;help;customer;delete' {
            break
        }
        'duebook;help;customer;list' {
            break
        }
        'duebook;help;customer;ledger' {
            break
        }
        'duebook;help;customer;contact' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a person at a customer')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the people at a customer')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a person by the number `contact list` shows')
            break
        }
        'duebook;help;customer;contact;add' {
            break
        }
        'duebook;help;customer;contact;list' {
            break
        }
        'duebook;help;customer;contact;remove' {
            break
        }
        'duebook;help;customer;duplicates' {
            break
        }
        'duebook;help;invoice' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a sale on credit')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List invoices')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an invoice and what paid it')
            [CompletionResult]::new('void', 'void', [CompletionResultType]::ParameterValue, 'Void an invoice entered by mistake; what paid it becomes unused balance')
            break
        }
        'duebook;help;invoice;add' {
            break
        }
        'duebook;help;invoice;list' {
            break
        }
        'duebook;help;invoice;show' {
            break
        }
        'duebook;help;invoice;void' {
            break
        }
        'duebook;help;payment' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record money received and apply it to invoices')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List payments')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a payment and where it went')
            [CompletionResult]::new('void', 'void', [CompletionResultType]::ParameterValue, 'Void a payment entered by mistake; the invoices it paid reopen')
            break
        }
        'duebook;help;payment;add' {
            break
        }
        'duebook;help;payment;list' {
            break
        }
        'duebook;help;payment;show' {
            break
        }
        'duebook;help;payment;void' {
            break
        }
        'duebook;help;return' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record goods brought back (a credit note)')
            break
        }
        'duebook;help;return;add' {
            break
        }
        'duebook;help;refund' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record money paid back out of the customer''s unused balance')
            break
        }
        'duebook;help;refund;add' {
            break
        }
        'duebook;help;credit' {
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Move unused balance onto open invoices')
            break
        }
        'duebook;help;credit;apply' {
            break
        }
        'duebook;help;receivables' {
            break
        }
        'duebook;help;payables' {
            break
        }
        'duebook;help;top' {
            break
        }
        'duebook;help;terms' {
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'Say what payment terms mean and when an invoice under them is due')
            break
        }
        'duebook;help;terms;explain' {
            break
        }
        'duebook;help;import' {
            break
        }
        'duebook;help;export' {
            [CompletionResult]::new('customers', 'customers', [CompletionResultType]::ParameterValue, 'Customers, with their contacts, tags and aliases')
            [CompletionResult]::new('entries', 'entries', [CompletionResultType]::ParameterValue, 'Invoices, payments, returns and refunds, with their applications')
            [CompletionResult]::new('ledger', 'ledger', [CompletionResultType]::ParameterValue, 'A customer''s ledger')
            break
        }
        'duebook;help;export;customers' {
            break
        }
        'duebook;help;export;entries' {
            break
        }
        'duebook;help;export;ledger' {
            break
        }
        'duebook;help;bulk' {
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Mark the selected customers active')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Mark the selected customers inactive')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Set fields and add or remove tags on the selected customers')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the selected customers that have no entries and no opening balance')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Fold duplicate customers into one')
            break
        }
        'duebook;help;bulk;activate' {
            break
        }
        'duebook;help;bulk;deactivate' {
            break
        }
        'duebook;help;bulk;update' {
            break
        }
        'duebook;help;bulk;delete' {
            break
        }
        'duebook;help;bulk;merge' {
            break
        }
        'duebook;help;check' {
            break
        }
        'duebook;help;backup' {
            break
        }
        'duebook;help;history' {
            break
        }
        'duebook;help;completions' {
            break
        }
        'duebook;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
