
use builtin;
use str;

set edit:completion:arg-completer[duebook] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'duebook'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'duebook'= {
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create the database'
            cand customer 'Add, edit, show, delete and search customers'
            cand invoice 'Record, list, show and void invoices'
            cand payment 'Record, list, show and void payments'
            cand return 'Record returned goods'
            cand refund 'Record money paid back to a customer'
            cand credit 'Apply unused balance to open invoices'
            cand receivables 'What customers owe: due today, overdue and upcoming, or aged'
            cand payables 'What the business owes its customers: unused credit by source'
            cand top 'The customers with the most sales, payments or invoices'
            cand terms 'Explain payment terms'
            cand import 'Read customers or entries from CSV'
            cand export 'Write customers, entries or a ledger as CSV'
            cand bulk 'Act on many customers at once: activate, deactivate, update, delete, merge'
            cand check 'Verify the database file and every balance rule'
            cand backup 'Copy the database, consistently, while others use it'
            cand history 'Every change recorded, newest first'
            cand completions 'Print shell completions, or the man page with `man`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'duebook;init'= {
            cand --currency 'The currency of every amount, as an ISO 4217 code; fixed for good'
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'duebook;customer'= {
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Add a customer'
            cand edit 'Change any field of a customer, its contact id included'
            cand show 'Show every field of a customer, its balances and contacts'
            cand delete 'Delete a customer that has no entries and no opening balance'
            cand list 'List and search customers'
            cand ledger 'Every entry of a customer in date order, with the running balance'
            cand contact 'Further people at a customer'
            cand duplicates 'List groups of customers that are probably the same'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'duebook;customer;add'= {
            cand --name 'Display or company name'
            cand --status 'active or inactive [default on add: active]'
            cand --terms 'Payment terms: cash, due-on-receipt, net-N, eom, net-N-eom, day-D-next'
            cand --opening 'Opening balance, such as receivable:250.00 or payable:40.00'
            cand --opening-date 'Date of the opening balance [default: the registration date]'
            cand --location 'The store or warehouse the customer usually deals with'
            cand --billing-name 'billing-name'
            cand --billing-email 'billing-email'
            cand --billing-phone 'billing-phone'
            cand --billing-address 'billing-address'
            cand --billing-city 'billing-city'
            cand --billing-region 'billing-region'
            cand --billing-postal-code 'billing-postal-code'
            cand --billing-country 'billing-country'
            cand --shipping-name 'shipping-name'
            cand --shipping-phone 'shipping-phone'
            cand --shipping-address 'shipping-address'
            cand --shipping-city 'shipping-city'
            cand --shipping-region 'shipping-region'
            cand --shipping-postal-code 'shipping-postal-code'
            cand --shipping-country 'shipping-country'
            cand --tag 'Add a tag such as vip or wholesale (repeatable)'
            cand --credit-limit 'Credit limit; reports flag a receivable above it'
            cand --note 'Free text'
            cand --registered 'Registration date [default on add: today]'
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'duebook;customer;edit'= {
            cand --name 'Display or company name'
            cand --status 'active or inactive [default on add: active]'
            cand --terms 'Payment terms: cash, due-on-receipt, net-N, eom, net-N-eom, day-D-next'
            cand --opening 'Opening balance, such as receivable:250.00 or payable:40.00'
            cand --opening-date 'Date of the opening balance [default: the registration date]'
            cand --location 'The store or warehouse the customer usually deals with'
            cand --billing-name 'billing-name'
            cand --billing-email 'billing-email'
            cand --billing-phone 'billing-phone'
            cand --billing-address 'billing-address'
            cand --billing-city 'billing-city'
            cand --billing-region 'billing-region'
            cand --billing-postal-code 'billing-postal-code'
            cand --billing-country 'billing-country'
            cand --shipping-name 'shipping-name'
            cand --shipping-phone 'shipping-phone'
            cand --shipping-address 'shipping-address'
            cand --shipping-city 'shipping-city'
            cand --shipping-region 'shipping-region'
            cand --shipping-postal-code 'shipping-postal-code'
            cand --shipping-country 'shipping-country'
            cand --tag 'Add a tag such as vip or wholesale (repeatable)'
            cand --credit-limit 'Credit limit; reports flag a receivable above it'
            cand --note 'Free text'
            cand --registered 'Registration date [default on add: today]'
            cand --id 'A new contact id'
            cand --untag 'Remove a tag (repeatable)'
            cand --clear 'Empty a field, such as billing-email, credit-limit, opening or tags (repeatable)'
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'duebook;customer;show'= {
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'duebook;customer;delete'= {
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand -y 'Delete without asking'
            cand --yes 'Delete without asking'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'duebook;customer;list'= {
            cand --id 'Contact id contains this text'
            cand --name 'Name or billing name contains this text'
            cand --email 'Billing email contains this text'
            cand --phone 'Billing phone contains these digits'
            cand --query 'Any of id, names, emails or phones contains this text'
            cand --registered-from 'Registered on or after this date'
            cand --registered-to 'Registered on or before this date'
            cand --status 'Which customers by status [default: all]'
            cand --tag 'Has this tag'
            cand --location 'Default location is this one (letter case aside)'
            cand --balance 'Which way the current balance goes'
            cand --sort 'Sort by this column (any column name)'
            cand --limit 'Show at most K customers'
            cand --columns 'The columns to show, comma-separated'
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand --over-limit 'Receivable above the credit limit'
            cand --desc 'Sort in descending order'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'duebook;customer;ledger'= {
            cand --from 'Start here, bringing the earlier balance forward'
            cand --to 'End here'
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'duebook;customer;contact'= {
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Add a person at a customer'
            cand list 'List the people at a customer'
            cand remove 'Remove a person by the number `contact list` shows'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'duebook;customer;contact;add'= {
            cand --name 'name'
            cand --role 'Their role, such as buyer or accounts'
            cand --email 'email'
            cand --phone 'phone'
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'duebook;customer;contact;list'= {
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'duebook;customer;contact;remove'= {
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'duebook;customer;contact;help'= {
            cand add 'Add a person at a customer'
            cand list 'List the people at a customer'
            cand remove 'Remove a person by the number `contact list` shows'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'duebook;customer;contact;help;add'= {
        }
        &'duebook;customer;contact;help;list'= {
        }
        &'duebook;customer;contact;help;remove'= {
        }
        &'duebook;customer;contact;help;help'= {
        }
        &'duebook;customer;duplicates'= {
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'duebook;customer;help'= {
            cand add 'Add a customer'
            cand edit 'Change any field of a customer, its contact id included'
            cand show 'Show every field of a customer, its balances and contacts'
            cand delete 'Delete a customer that has no entries and no opening balance'
            cand list 'List and search customers'
            cand ledger 'Every entry of a customer in date order, with the running balance'
            cand contact 'Further people at a customer'
            cand duplicates 'List groups of customers that are probably the same'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'duebook;customer;help;add'= {
        }
        &'duebook;customer;help;edit'= {
        }
        &'duebook;customer;help;show'= {
        }
        &'duebook;customer;help;delete'= {
        }
        &'duebook;customer;help;list'= {
        }
        &'duebook;customer;help;ledger'= {
        }
        &'duebook;customer;help;contact'= {
            cand add 'Add a person at a customer'
            cand list 'List the people at a customer'
            cand remove 'Remove a person by the number `contact list` shows'
        }
        &'duebook;customer;help;contact;add'= {
        }
        &'duebook;customer;help;contact;list'= {
        }
        &'duebook;customer;help;contact;remove'= {
        }
        &'duebook;customer;help;duplicates'= {
        }
        &'duebook;customer;help;help'= {
        }
        &'duebook;invoice'= {
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Record a sale on credit'
            cand list 'List invoices'
            cand show 'Show an invoice and what paid it'
            cand void 'Void an invoice entered by mistake; what paid it becomes unused balance'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'duebook;invoice;add'= {
            cand --date 'The invoice date [default: today]'
            cand --due 'The due date [default: from the customer''s payment terms]'
            cand --number 'The invoice number [default: the next INV-000001]'
            cand --location 'The store or warehouse [default: the customer''s]'
            cand --note 'note'
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand --allow-inactive 'Invoice a customer marked inactive'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'duebook;invoice;list'= {
            cand --customer 'Only this customer''s entries'
            cand --from 'Dated on or after this day'
            cand --to 'Dated on or before this day'
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand --open 'Only invoices with something still owed'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'duebook;invoice;show'= {
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'duebook;invoice;void'= {
            cand --date 'The day of the void [default: today]'
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'duebook;invoice;help'= {
            cand add 'Record a sale on credit'
            cand list 'List invoices'
            cand show 'Show an invoice and what paid it'
            cand void 'Void an invoice entered by mistake; what paid it becomes unused balance'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'duebook;invoice;help;add'= {
        }
        &'duebook;invoice;help;list'= {
        }
        &'duebook;invoice;help;show'= {
        }
        &'duebook;invoice;help;void'= {
        }
        &'duebook;invoice;help;help'= {
        }
        &'duebook;payment'= {
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Record money received and apply it to invoices'
            cand list 'List payments'
            cand show 'Show a payment and where it went'
            cand void 'Void a payment entered by mistake; the invoices it paid reopen'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'duebook;payment;add'= {
            cand --date 'The payment date [default: today]'
            cand --method 'cash, card, bank, cheque or other'
            cand --reference 'The bank reference, cheque number or similar'
            cand --number 'The payment number [default: the next PAY-000001]'
            cand --invoice 'Pay this invoice (repeatable, in order) [default: open items, oldest due first]'
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'duebook;payment;list'= {
            cand --customer 'Only this customer''s entries'
            cand --from 'Dated on or after this day'
            cand --to 'Dated on or before this day'
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'duebook;payment;show'= {
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'duebook;payment;void'= {
            cand --date 'The day of the void [default: today]'
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'duebook;payment;help'= {
            cand add 'Record money received and apply it to invoices'
            cand list 'List payments'
            cand show 'Show a payment and where it went'
            cand void 'Void a payment entered by mistake; the invoices it paid reopen'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'duebook;payment;help;add'= {
        }
        &'duebook;payment;help;list'= {
        }
        &'duebook;payment;help;show'= {
        }
        &'duebook;payment;help;void'= {
        }
        &'duebook;payment;help;help'= {
        }
        &'duebook;return'= {
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Record goods brought back (a credit note)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'duebook;return;add'= {
            cand --invoice 'The invoice it reduces [default: none, so it is unused balance]'
            cand --date 'The return date [default: today]'
            cand --number 'The return number [default: the next RET-000001]'
            cand --note 'note'
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'duebook;return;help'= {
            cand add 'Record goods brought back (a credit note)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'duebook;return;help;add'= {
        }
        &'duebook;return;help;help'= {
        }
        &'duebook;refund'= {
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Record money paid back out of the customer''s unused balance'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'duebook;refund;add'= {
            cand --date 'The refund date [default: today]'
            cand --method 'cash, card, bank, cheque or other'
            cand --reference 'reference'
            cand --number 'The refund number [default: the next REF-000001]'
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'duebook;refund;help'= {
            cand add 'Record money paid back out of the customer''s unused balance'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'duebook;refund;help;add'= {
        }
        &'duebook;refund;help;help'= {
        }
        &'duebook;credit'= {
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand apply 'Move unused balance onto open invoices'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'duebook;credit;apply'= {
            cand --invoice 'Apply to this invoice (repeatable, in order) [default: open items, oldest due first]'
            cand --amount 'Apply at most this much [default: all that can be]'
            cand --date 'The day of the application [default: today]'
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'duebook;credit;help'= {
            cand apply 'Move unused balance onto open invoices'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'duebook;credit;help;apply'= {
        }
        &'duebook;credit;help;help'= {
        }
        &'duebook;receivables'= {
            cand --as-of 'Report what was open at the end of this day [default: today]'
            cand --segment 'Which items by due date'
            cand --within 'Only items due at most this many days after the as-of day'
            cand --customer 'Only this customer'
            cand --location 'Only documents of this location (an opening balance has its customer''s)'
            cand --tag 'Only customers with this tag'
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand --aging 'One row per customer with its open amounts by age, unused credit and net'
            cand --totals 'Print the totals per segment as rows, instead of the items'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'duebook;payables'= {
            cand --as-of 'Report what was owed at the end of this day [default: today]'
            cand --customer 'Only this customer'
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'duebook;top'= {
            cand --from 'Count entries dated on or after this day [default: all time]'
            cand --to 'Count entries dated on or before this day'
            cand --by 'What to rank by'
            cand --limit 'How many customers'
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'duebook;terms'= {
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand explain 'Say what payment terms mean and when an invoice under them is due'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'duebook;terms;explain'= {
            cand --date 'The invoice date [default: today]'
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'duebook;terms;help'= {
            cand explain 'Say what payment terms mean and when an invoice under them is due'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'duebook;terms;help;explain'= {
        }
        &'duebook;terms;help;help'= {
        }
        &'duebook;import'= {
            cand --kind 'The kind of every entry, for a file without a kind column'
            cand --mode 'What to do with rows whose contact id or number already exists'
            cand --rejects 'Where --skip-invalid writes the bad rows, with a reason column (- for standard output)'
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand --skip-invalid 'Import the good rows and write the bad ones to --rejects'
            cand --ignore-unknown 'Ignore columns the import does not know'
            cand --dry-run 'Check every row and count, writing nothing'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'duebook;export'= {
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand customers 'Customers, with their contacts, tags and aliases'
            cand entries 'Invoices, payments, returns and refunds, with their applications'
            cand ledger 'A customer''s ledger'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'duebook;export;customers'= {
            cand --id 'Contact id contains this text'
            cand --name 'Name or billing name contains this text'
            cand --email 'Billing email contains this text'
            cand --phone 'Billing phone contains these digits'
            cand --query 'Any of id, names, emails or phones contains this text'
            cand --registered-from 'Registered on or after this date'
            cand --registered-to 'Registered on or before this date'
            cand --status 'Which customers by status [default: all]'
            cand --tag 'Has this tag'
            cand --location 'Default location is this one (letter case aside)'
            cand --balance 'Which way the current balance goes'
            cand -o 'Write to this file (in place only once complete) [default: standard output]'
            cand --output 'Write to this file (in place only once complete) [default: standard output]'
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand --over-limit 'Receivable above the credit limit'
            cand --safe 'Neutralise text cells a spreadsheet would run as formulas'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'duebook;export;entries'= {
            cand --customer 'Only this customer''s entries'
            cand --from 'Dated on or after this day'
            cand --to 'Dated on or before this day'
            cand --kind 'Only entries of this kind'
            cand -o 'Write to this file (in place only once complete) [default: standard output]'
            cand --output 'Write to this file (in place only once complete) [default: standard output]'
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand --safe 'Neutralise text cells a spreadsheet would run as formulas'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'duebook;export;ledger'= {
            cand --from 'from'
            cand --to 'to'
            cand -o 'Write to this file (in place only once complete) [default: standard output]'
            cand --output 'Write to this file (in place only once complete) [default: standard output]'
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand --safe 'Neutralise text cells a spreadsheet would run as formulas'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'duebook;export;help'= {
            cand customers 'Customers, with their contacts, tags and aliases'
            cand entries 'Invoices, payments, returns and refunds, with their applications'
            cand ledger 'A customer''s ledger'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'duebook;export;help;customers'= {
        }
        &'duebook;export;help;entries'= {
        }
        &'duebook;export;help;ledger'= {
        }
        &'duebook;export;help;help'= {
        }
        &'duebook;bulk'= {
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand activate 'Mark the selected customers active'
            cand deactivate 'Mark the selected customers inactive'
            cand update 'Set fields and add or remove tags on the selected customers'
            cand delete 'Delete the selected customers that have no entries and no opening balance'
            cand merge 'Fold duplicate customers into one'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'duebook;bulk;activate'= {
            cand --id 'Contact id contains this text'
            cand --name 'Name or billing name contains this text'
            cand --email 'Billing email contains this text'
            cand --phone 'Billing phone contains these digits'
            cand --query 'Any of id, names, emails or phones contains this text'
            cand --registered-from 'Registered on or after this date'
            cand --registered-to 'Registered on or before this date'
            cand --status 'Which customers by status [default: all]'
            cand --tag 'Has this tag'
            cand --location 'Default location is this one (letter case aside)'
            cand --balance 'Which way the current balance goes'
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand --over-limit 'Receivable above the credit limit'
            cand --all 'Select every customer (with no ids and no filters)'
            cand --dry-run 'Show what would change, and change nothing'
            cand -y 'Change without asking'
            cand --yes 'Change without asking'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'duebook;bulk;deactivate'= {
            cand --id 'Contact id contains this text'
            cand --name 'Name or billing name contains this text'
            cand --email 'Billing email contains this text'
            cand --phone 'Billing phone contains these digits'
            cand --query 'Any of id, names, emails or phones contains this text'
            cand --registered-from 'Registered on or after this date'
            cand --registered-to 'Registered on or before this date'
            cand --status 'Which customers by status [default: all]'
            cand --tag 'Has this tag'
            cand --location 'Default location is this one (letter case aside)'
            cand --balance 'Which way the current balance goes'
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand --over-limit 'Receivable above the credit limit'
            cand --all 'Select every customer (with no ids and no filters)'
            cand --dry-run 'Show what would change, and change nothing'
            cand -y 'Change without asking'
            cand --yes 'Change without asking'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'duebook;bulk;update'= {
            cand --id 'Contact id contains this text'
            cand --name 'Name or billing name contains this text'
            cand --email 'Billing email contains this text'
            cand --phone 'Billing phone contains these digits'
            cand --query 'Any of id, names, emails or phones contains this text'
            cand --registered-from 'Registered on or after this date'
            cand --registered-to 'Registered on or before this date'
            cand --status 'Which customers by status [default: all]'
            cand --tag 'Has this tag'
            cand --location 'Default location is this one (letter case aside)'
            cand --balance 'Which way the current balance goes'
            cand --set 'status, terms, location or credit-limit, such as location=South; an empty value clears location or credit-limit (repeatable)'
            cand --add-tag 'Add this tag (repeatable)'
            cand --remove-tag 'Remove this tag (repeatable)'
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand --over-limit 'Receivable above the credit limit'
            cand --all 'Select every customer (with no ids and no filters)'
            cand --dry-run 'Show what would change, and change nothing'
            cand -y 'Change without asking'
            cand --yes 'Change without asking'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'duebook;bulk;delete'= {
            cand --id 'Contact id contains this text'
            cand --name 'Name or billing name contains this text'
            cand --email 'Billing email contains this text'
            cand --phone 'Billing phone contains these digits'
            cand --query 'Any of id, names, emails or phones contains this text'
            cand --registered-from 'Registered on or after this date'
            cand --registered-to 'Registered on or before this date'
            cand --status 'Which customers by status [default: all]'
            cand --tag 'Has this tag'
            cand --location 'Default location is this one (letter case aside)'
            cand --balance 'Which way the current balance goes'
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand --over-limit 'Receivable above the credit limit'
            cand --all 'Select every customer (with no ids and no filters)'
            cand --skip-blocked 'Delete the others when some are blocked, and list those kept'
            cand --dry-run 'Show what would change, and change nothing'
            cand -y 'Change without asking'
            cand --yes 'Change without asking'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'duebook;bulk;merge'= {
            cand --into 'The customer that stays'
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand --dry-run 'Show what would change, and change nothing'
            cand -y 'Change without asking'
            cand --yes 'Change without asking'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'duebook;bulk;help'= {
            cand activate 'Mark the selected customers active'
            cand deactivate 'Mark the selected customers inactive'
            cand update 'Set fields and add or remove tags on the selected customers'
            cand delete 'Delete the selected customers that have no entries and no opening balance'
            cand merge 'Fold duplicate customers into one'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'duebook;bulk;help;activate'= {
        }
        &'duebook;bulk;help;deactivate'= {
        }
        &'duebook;bulk;help;update'= {
        }
        &'duebook;bulk;help;delete'= {
        }
        &'duebook;bulk;help;merge'= {
        }
        &'duebook;bulk;help;help'= {
        }
        &'duebook;check'= {
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand --repair 'First build again what is derived from the records (the totals `top` reads, the search index), then check; nothing recorded changes'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'duebook;backup'= {
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'duebook;history'= {
            cand --limit 'Show at most K changes'
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'duebook;completions'= {
            cand --db 'The database file [default: duebook.sqlite3 in the data directory]'
            cand --format 'How records are printed'
            cand --color 'When to colour messages: auto follows the terminal and NO_COLOR'
            cand -q 'Print no messages, only data and errors'
            cand --quiet 'Print no messages, only data and errors'
            cand -v 'Tell more about what is done (repeat for more)'
            cand --verbose 'Tell more about what is done (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'duebook;help'= {
            cand init 'Create the database'
            cand customer 'Add, edit, show, delete and search customers'
            cand invoice 'Record, list, show and void invoices'
            cand payment 'Record, list, show and void payments'
            cand return 'Record returned goods'
            cand refund 'Record money paid back to a customer'
            cand credit 'Apply unused balance to open invoices'
            cand receivables 'What customers owe: due today, overdue and upcoming, or aged'
            cand payables 'What the business owes its customers: unused credit by source'
            cand top 'The customers with the most sales, payments or invoices'
            cand terms 'Explain payment terms'
            cand import 'Read customers or entries from CSV'
            cand export 'Write customers, entries or a ledger as CSV'
            cand bulk 'Act on many customers at once: activate, deactivate, update, delete, merge'
            cand check 'Verify the database file and every balance rule'
            cand backup 'Copy the database, consistently, while others use it'
            cand history 'Every change recorded, newest first'
            cand completions 'Print shell completions, or the man page with `man`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'duebook;help;init'= {
        }
        &'duebook;help;customer'= {
            cand add 'Add a customer'
            cand edit 'Change any field of a customer, its contact id included'
            cand show 'Show every field of a customer, its balances and contacts'
            cand delete 'Delete a customer that has no entries and no opening balance'
            cand list 'List and search customers'
            cand ledger 'Every entry of a customer in date order, with the running balance'
            cand contact 'Further people at a customer'
            cand duplicates 'List groups of customers that are probably the same'
        }
        &'duebook;help;customer;add'= {
        }
        &'duebook;help;customer;edit'= {
        }
        &'duebook;help;customer;show'= {
        }
        &'duebook;help;customer;delete'= {
        }
        &'duebook;help;customer;list'= {
        }
        &'duebook;help;customer;ledger'= {
        }
        &'duebook;help;customer;contact'= {
            cand add 'Add a person at a customer'
            cand list 'List the people at a customer'
            cand remove 'Remove a person by the number `contact list` shows'
        }
        &'duebook;help;customer;contact;add'= {
        }
        &'duebook;help;customer;contact;list'= {
        }
        &'duebook;help;customer;contact;remove'= {
        }
        &'duebook;help;customer;duplicates'= {
        }
        &'duebook;help;invoice'= {
            cand add 'Record a sale on credit'
            cand list 'List invoices'
            cand show 'Show an invoice and what paid it'
            cand void 'Void an invoice entered by mistake; what paid it becomes unused balance'
        }
        &'duebook;help;invoice;add'= {
        }
        &'duebook;help;invoice;list'= {
        }
        &'duebook;help;invoice;show'= {
        }
        &'duebook;help;invoice;void'= {
        }
        &'duebook;help;payment'= {
            cand add 'Record money received and apply it to invoices'
            cand list 'List payments'
            cand show 'Show a payment and where it went'
            cand void 'Void a payment entered by mistake; the invoices it paid reopen'
        }
        &'duebook;help;payment;add'= {
        }
        &'duebook;help;payment;list'= {
        }
        &'duebook;help;payment;show'= {
        }
        &'duebook;help;payment;void'= {
        }
        &'duebook;help;return'= {
            cand add 'Record goods brought back (a credit note)'
        }
        &'duebook;help;return;add'= {
        }
        &'duebook;help;refund'= {
            cand add 'Record money paid back out of the customer''s unused balance'
        }
        &'duebook;help;refund;add'= {
        }
        &'duebook;help;credit'= {
            cand apply 'Move unused balance onto open invoices'
        }
        &'duebook;help;credit;apply'= {
        }
        &'duebook;help;receivables'= {
        }
        &'duebook;help;payables'= {
        }
        &'duebook;help;top'= {
        }
        &'duebook;help;terms'= {
            cand explain 'Say what payment terms mean and when an invoice under them is due'
        }
        &'duebook;help;terms;explain'= {
        }
        &'duebook;help;import'= {
        }
        &'duebook;help;export'= {
            cand customers 'Customers, with their contacts, tags and aliases'
            cand entries 'Invoices, payments, returns and refunds, with their applications'
            cand ledger 'A customer''s ledger'
        }
        &'duebook;help;export;customers'= {
        }
        &'duebook;help;export;entries'= {
        }
        &'duebook;help;export;ledger'= {
        }
        &'duebook;help;bulk'= {
            cand activate 'Mark the selected customers active'
            cand deactivate 'Mark the selected customers inactive'
            cand update 'Set fields and add or remove tags on the selected customers'
            cand delete 'Delete the selected customers that have no entries and no opening balance'
            cand merge 'Fold duplicate customers into one'
        }
        &'duebook;help;bulk;activate'= {
        }
        &'duebook;help;bulk;deactivate'= {
        }
        &'duebook;help;bulk;update'= {
        }
        &'duebook;help;bulk;delete'= {
        }
        &'duebook;help;bulk;merge'= {
        }
        &'duebook;help;check'= {
        }
        &'duebook;help;backup'= {
        }
        &'duebook;help;history'= {
        }
        &'duebook;help;completions'= {
        }
        &'duebook;help;help'= {
        }
    ]
    $completions[$command]
}
