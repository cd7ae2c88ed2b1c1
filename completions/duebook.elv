
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
            cand terms 'Explain payment terms'
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
            cand --status 'Which customers by status'
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
            cand terms 'Explain payment terms'
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
        &'duebook;help;terms'= {
            cand explain 'Say what payment terms mean and when an invoice under them is due'
        }
        &'duebook;help;terms;explain'= {
        }
        &'duebook;help;completions'= {
        }
        &'duebook;help;help'= {
        }
    ]
    $completions[$command]
}
