//! The database schema and its versioned migrations.
//!
//! The schema version lives in SQLite's `user_version`. Each migration runs
//! in its own immediate transaction that first re-reads the version, so two
//! processes that open an old database at once apply each step exactly once.
//! A database newer than this binary is refused rather than misread.

use anyhow::Result;
use rusqlite::{Connection, OptionalExtension, TransactionBehavior};

use crate::domain::money::Currency;
use crate::error::{Error, busy_to_retry};

/// The migrations in order; the schema version is the count applied.
const MIGRATIONS: &[&str] = &[
    // 1: settings, customers with their tags and contacts, and the entries
    // that customers' balances are made of.
    //
    // A migration that has shipped is never edited: databases made by it
    // exist. Changes go into a new step at the end.
    r#"
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE customers (
        id INTEGER PRIMARY KEY,
        contact_id TEXT NOT NULL,
        contact_key TEXT NOT NULL UNIQUE,
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),
        name TEXT,
        terms TEXT NOT NULL DEFAULT 'due-on-receipt',
        opening_type TEXT CHECK (opening_type IN ('receivable', 'payable')),
        opening_amount INTEGER NOT NULL DEFAULT 0 CHECK (opening_amount >= 0),
        opening_date TEXT,
        location TEXT,
        billing_name TEXT,
        billing_email TEXT,
        billing_phone TEXT,
        billing_phone_digits TEXT,
        billing_address TEXT,
        billing_city TEXT,
        billing_region TEXT,
        billing_postal_code TEXT,
        billing_country TEXT,
        shipping_name TEXT,
        shipping_phone TEXT,
        shipping_address TEXT,
        shipping_city TEXT,
        shipping_region TEXT,
        shipping_postal_code TEXT,
        shipping_country TEXT,
        credit_limit INTEGER CHECK (credit_limit >= 0),
        note TEXT,
        registered TEXT NOT NULL,
        CHECK (opening_type IS NOT NULL OR opening_amount = 0)
    ) STRICT;

    CREATE INDEX customers_by_registered ON customers (registered);

    CREATE TABLE customer_tags (
        customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (customer_id, tag)
    ) STRICT, WITHOUT ROWID;

    CREATE INDEX customer_tags_by_tag ON customer_tags (tag, customer_id);

    CREATE TABLE customer_contacts (
        id INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
        name TEXT,
        role TEXT,
        email TEXT,
        phone TEXT
    ) STRICT;

    CREATE INDEX customer_contacts_by_customer ON customer_contacts (customer_id);

    -- Invoices, payments, returns and refunds. A customer with any row here
    -- cannot be deleted: the foreign key refuses it even if a check above
    -- it were ever missed.
    CREATE TABLE entries (
        id INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
        kind TEXT NOT NULL CHECK (kind IN ('invoice', 'payment', 'return', 'refund')),
        number TEXT NOT NULL UNIQUE,
        date TEXT NOT NULL,
        amount INTEGER NOT NULL CHECK (amount > 0),
        due_date TEXT,
        location TEXT,
        method TEXT,
        reference TEXT,
        note TEXT,
        void_date TEXT
    ) STRICT;

    CREATE INDEX entries_by_customer ON entries (customer_id, date);

    -- Each customer's current balance in minor units (positive: receivable,
    -- negative: payable) and unused balance. Unused balance counts the
    -- payable opening only: payments and returns become unused credit once
    -- their applications to invoices are recorded, and the migration that
    -- adds applications redefines this view.
    CREATE VIEW customer_balances (customer_id, balance, unused) AS
    SELECT
        c.id,
        CASE c.opening_type
            WHEN 'receivable' THEN c.opening_amount
            WHEN 'payable' THEN -c.opening_amount
            ELSE 0
        END + coalesce((
            SELECT sum(CASE WHEN e.kind IN ('invoice', 'refund') THEN e.amount ELSE -e.amount END)
            FROM entries AS e
            WHERE e.customer_id = c.id
              AND e.void_date IS NULL
        ), 0),
        CASE c.opening_type WHEN 'payable' THEN c.opening_amount ELSE 0 END
    FROM customers AS c;
    "#,
    // 2: entries gain their side of the books, the opening balance becomes
    // an entry of its own so credits can be applied to it, each entry keeps
    // its open amount, and applications record which credit paid which
    // debit. SQLite cannot change a CHECK in place, so the entries table is
    // rebuilt.
    r#"
    DROP VIEW customer_balances;

    CREATE TABLE entries_new (
        id INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
        kind TEXT NOT NULL
            CHECK (kind IN ('opening', 'invoice', 'payment', 'return', 'refund')),
        side TEXT NOT NULL CHECK (side IN ('debit', 'credit')),
        number TEXT COLLATE NOCASE UNIQUE,
        date TEXT NOT NULL,
        amount INTEGER NOT NULL CHECK (amount > 0),
        -- What a debit still lacks, or what a credit has left; kept in step
        -- with the applications by every write, and verified by `check`.
        open_amount INTEGER NOT NULL CHECK (open_amount BETWEEN 0 AND amount),
        due_date TEXT,
        location TEXT,
        method TEXT,
        reference TEXT,
        note TEXT,
        void_date TEXT,
        CHECK (
            kind = 'opening'
            OR (kind IN ('invoice', 'refund') AND side = 'debit')
            OR (kind IN ('payment', 'return') AND side = 'credit')
        ),
        CHECK ((kind = 'opening') = (number IS NULL)),
        CHECK (kind <> 'invoice' OR due_date IS NOT NULL)
    ) STRICT;

    INSERT INTO entries_new (
        id, customer_id, kind, side, number, date, amount, open_amount,
        due_date, location, method, reference, note, void_date
    )
    SELECT
        id, customer_id, kind,
        CASE WHEN kind IN ('invoice', 'refund') THEN 'debit' ELSE 'credit' END,
        number, date, amount,
        CASE WHEN void_date IS NULL THEN amount ELSE 0 END,
        CASE WHEN kind = 'invoice' THEN coalesce(due_date, date) ELSE due_date END,
        location, method, reference, note, void_date
    FROM entries;

    DROP TABLE entries;
    ALTER TABLE entries_new RENAME TO entries;

    INSERT INTO entries (customer_id, kind, side, date, amount, open_amount)
    SELECT
        id, 'opening',
        CASE opening_type WHEN 'receivable' THEN 'debit' ELSE 'credit' END,
        coalesce(opening_date, registered), opening_amount, opening_amount
    FROM customers
    WHERE opening_amount > 0;

    CREATE INDEX entries_by_customer ON entries (customer_id, date);
    CREATE UNIQUE INDEX entries_one_opening ON entries (customer_id) WHERE kind = 'opening';
    -- Open debits by due date: what the receivables reports read, however
    -- long the history.
    CREATE INDEX entries_open_debits ON entries (due_date, customer_id)
        WHERE side = 'debit' AND void_date IS NULL AND open_amount > 0;
    -- Credits with something left: unused balance and payables.
    CREATE INDEX entries_open_credits ON entries (customer_id, date)
        WHERE side = 'credit' AND void_date IS NULL AND open_amount > 0;

    -- A credit (payment, return, payable opening) applied to a debit
    -- (invoice, refund, receivable opening) of the same customer. The
    -- application is dated when it took effect: never before either entry.
    -- An application stops counting once either of its entries is voided.
    CREATE TABLE applications (
        id INTEGER PRIMARY KEY,
        credit_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE RESTRICT,
        debit_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE RESTRICT,
        amount INTEGER NOT NULL CHECK (amount > 0),
        date TEXT NOT NULL
    ) STRICT;

    CREATE INDEX applications_by_credit ON applications (credit_id);
    CREATE INDEX applications_by_debit ON applications (debit_id);

    -- Each customer's current balance in minor units (positive: receivable,
    -- negative: payable) and unused balance, derived from the entries.
    CREATE VIEW customer_balances (customer_id, balance, unused) AS
    SELECT
        c.id,
        coalesce((
            SELECT sum(CASE e.side WHEN 'debit' THEN e.amount ELSE -e.amount END)
            FROM entries AS e
            WHERE e.customer_id = c.id
              AND e.void_date IS NULL
        ), 0),
        coalesce((
            SELECT sum(e.open_amount)
            FROM entries AS e
            WHERE e.customer_id = c.id
              AND e.side = 'credit'
              AND e.void_date IS NULL
              AND e.open_amount > 0
        ), 0)
    FROM customers AS c;

    CREATE TABLE sequences (
        kind TEXT PRIMARY KEY,
        next INTEGER NOT NULL
    ) STRICT, WITHOUT ROWID;
    "#,
    // 3: what the reports read. A receivable opening balance is due on its
    // date, so it sits among the open debits by due date. Reports as of a
    // past day look only at open items and at what changed after that day:
    // applications dated later and entries voided later.
    r#"
    UPDATE entries
    SET due_date = date
    WHERE kind = 'opening'
      AND side = 'debit';

    CREATE INDEX applications_by_date ON applications (date);
    CREATE INDEX entries_by_void_date ON entries (void_date) WHERE void_date IS NOT NULL;
    CREATE INDEX entries_by_kind_date ON entries (kind, date, customer_id);
    "#,
    // 4: merges leave the old contact ids behind as aliases, and every change
    // to customers, their tags, contacts and aliases, entries and
    // applications is recorded with who made it, with which command, and
    // the record before and after (see `history.rs`).
    r#"
    CREATE TABLE customer_aliases (
        alias_key TEXT PRIMARY KEY,
        alias TEXT NOT NULL,
        customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
        -- The row id the merged customer had, so its history follows it.
        former_id INTEGER NOT NULL,
        merged_on TEXT NOT NULL
    ) STRICT, WITHOUT ROWID;

    CREATE INDEX customer_aliases_by_customer ON customer_aliases (customer_id);

    CREATE TABLE history (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        user TEXT NOT NULL,
        command TEXT NOT NULL,
        record TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
        -- The customer's row id at the time; not a foreign key, as the
        -- history outlives deleted and merged customers.
        customer_id INTEGER,
        contact_id TEXT,
        number TEXT,
        before TEXT,
        after TEXT
    ) STRICT;

    CREATE INDEX history_by_customer ON history (customer_id, id);
    "#,
    // 5: kept totals for `top`: per customer and calendar year, and for the
    // whole book per day, of what it ranks by (invoices, returns, payments,
    // the count of invoices; voided entries aside). Triggers on entries keep
    // them exact under every insert, void, merge and delete, whoever writes;
    // `check` recomputes them from the entries. A year or day whose totals
    // all come back to zero loses its row.
    r#"
    CREATE TABLE customer_years (
        customer_id INTEGER NOT NULL,
        year INTEGER NOT NULL,
        invoiced INTEGER NOT NULL,
        returned INTEGER NOT NULL,
        paid INTEGER NOT NULL,
        invoices INTEGER NOT NULL,
        PRIMARY KEY (customer_id, year)
    ) STRICT, WITHOUT ROWID;

    -- Each year's customers from the largest down, one index a measure:
    -- `top` reads them until no customer it has not seen could still rank.
    CREATE INDEX customer_years_by_invoiced ON customer_years (year, invoiced);
    CREATE INDEX customer_years_by_paid ON customer_years (year, paid);
    CREATE INDEX customer_years_by_invoices ON customer_years (year, invoices);

    CREATE TABLE book_days (
        day TEXT PRIMARY KEY,
        invoiced INTEGER NOT NULL,
        returned INTEGER NOT NULL,
        paid INTEGER NOT NULL,
        invoices INTEGER NOT NULL
    ) STRICT, WITHOUT ROWID;

    INSERT INTO customer_years (customer_id, year, invoiced, returned, paid, invoices)
    SELECT
        customer_id,
        CAST(substr(date, 1, 4) AS INTEGER),
        sum(iif(kind = 'invoice', amount, 0)),
        sum(iif(kind = 'return', amount, 0)),
        sum(iif(kind = 'payment', amount, 0)),
        sum(kind = 'invoice')
    FROM entries
    WHERE kind IN ('invoice', 'return', 'payment')
      AND void_date IS NULL
    GROUP BY 1, 2;

    INSERT INTO book_days (day, invoiced, returned, paid, invoices)
    SELECT
        date,
        sum(iif(kind = 'invoice', amount, 0)),
        sum(iif(kind = 'return', amount, 0)),
        sum(iif(kind = 'payment', amount, 0)),
        sum(kind = 'invoice')
    FROM entries
    WHERE kind IN ('invoice', 'return', 'payment')
      AND void_date IS NULL
    GROUP BY 1;

    CREATE TRIGGER entries_count_in_totals
    AFTER INSERT ON entries
    WHEN new.kind IN ('invoice', 'return', 'payment') AND new.void_date IS NULL
    BEGIN
        INSERT INTO customer_years (customer_id, year, invoiced, returned, paid, invoices)
        VALUES (
            new.customer_id,
            CAST(substr(new.date, 1, 4) AS INTEGER),
            iif(new.kind = 'invoice', new.amount, 0),
            iif(new.kind = 'return', new.amount, 0),
            iif(new.kind = 'payment', new.amount, 0),
            new.kind = 'invoice'
        )
        ON CONFLICT (customer_id, year) DO UPDATE SET
            invoiced = invoiced + excluded.invoiced,
            returned = returned + excluded.returned,
            paid = paid + excluded.paid,
            invoices = invoices + excluded.invoices;
        INSERT INTO book_days (day, invoiced, returned, paid, invoices)
        VALUES (
            new.date,
            iif(new.kind = 'invoice', new.amount, 0),
            iif(new.kind = 'return', new.amount, 0),
            iif(new.kind = 'payment', new.amount, 0),
            new.kind = 'invoice'
        )
        ON CONFLICT (day) DO UPDATE SET
            invoiced = invoiced + excluded.invoiced,
            returned = returned + excluded.returned,
            paid = paid + excluded.paid,
            invoices = invoices + excluded.invoices;
    END;

    CREATE TRIGGER entries_leave_totals
    AFTER DELETE ON entries
    WHEN old.kind IN ('invoice', 'return', 'payment') AND old.void_date IS NULL
    BEGIN
        UPDATE customer_years SET
            invoiced = invoiced - iif(old.kind = 'invoice', old.amount, 0),
            returned = returned - iif(old.kind = 'return', old.amount, 0),
            paid = paid - iif(old.kind = 'payment', old.amount, 0),
            invoices = invoices - (old.kind = 'invoice')
        WHERE customer_id = old.customer_id
          AND year = CAST(substr(old.date, 1, 4) AS INTEGER);
        DELETE FROM customer_years
        WHERE customer_id = old.customer_id
          AND year = CAST(substr(old.date, 1, 4) AS INTEGER)
          AND invoiced = 0 AND returned = 0 AND paid = 0 AND invoices = 0;
        UPDATE book_days SET
            invoiced = invoiced - iif(old.kind = 'invoice', old.amount, 0),
            returned = returned - iif(old.kind = 'return', old.amount, 0),
            paid = paid - iif(old.kind = 'payment', old.amount, 0),
            invoices = invoices - (old.kind = 'invoice')
        WHERE day = old.date;
        DELETE FROM book_days
        WHERE day = old.date
          AND invoiced = 0 AND returned = 0 AND paid = 0 AND invoices = 0;
    END;

    -- A void, a merge (a new customer id) or any other change to what the
    -- totals read takes the old row out and puts the new one in.
    CREATE TRIGGER entries_move_in_totals
    AFTER UPDATE OF customer_id, kind, date, amount, void_date ON entries
    WHEN (old.kind IN ('invoice', 'return', 'payment') AND old.void_date IS NULL)
      OR (new.kind IN ('invoice', 'return', 'payment') AND new.void_date IS NULL)
    BEGIN
        UPDATE customer_years SET
            invoiced = invoiced - iif(old.kind = 'invoice', old.amount, 0),
            returned = returned - iif(old.kind = 'return', old.amount, 0),
            paid = paid - iif(old.kind = 'payment', old.amount, 0),
            invoices = invoices - (old.kind = 'invoice')
        WHERE customer_id = old.customer_id
          AND year = CAST(substr(old.date, 1, 4) AS INTEGER)
          AND old.kind IN ('invoice', 'return', 'payment')
          AND old.void_date IS NULL;
        DELETE FROM customer_years
        WHERE customer_id = old.customer_id
          AND year = CAST(substr(old.date, 1, 4) AS INTEGER)
          AND invoiced = 0 AND returned = 0 AND paid = 0 AND invoices = 0;
        UPDATE book_days SET
            invoiced = invoiced - iif(old.kind = 'invoice', old.amount, 0),
            returned = returned - iif(old.kind = 'return', old.amount, 0),
            paid = paid - iif(old.kind = 'payment', old.amount, 0),
            invoices = invoices - (old.kind = 'invoice')
        WHERE day = old.date
          AND old.kind IN ('invoice', 'return', 'payment')
          AND old.void_date IS NULL;
        DELETE FROM book_days
        WHERE day = old.date
          AND invoiced = 0 AND returned = 0 AND paid = 0 AND invoices = 0;
        INSERT INTO customer_years (customer_id, year, invoiced, returned, paid, invoices)
        SELECT
            new.customer_id,
            CAST(substr(new.date, 1, 4) AS INTEGER),
            iif(new.kind = 'invoice', new.amount, 0),
            iif(new.kind = 'return', new.amount, 0),
            iif(new.kind = 'payment', new.amount, 0),
            new.kind = 'invoice'
        WHERE new.kind IN ('invoice', 'return', 'payment') AND new.void_date IS NULL
        ON CONFLICT (customer_id, year) DO UPDATE SET
            invoiced = invoiced + excluded.invoiced,
            returned = returned + excluded.returned,
            paid = paid + excluded.paid,
            invoices = invoices + excluded.invoices;
        INSERT INTO book_days (day, invoiced, returned, paid, invoices)
        SELECT
            new.date,
            iif(new.kind = 'invoice', new.amount, 0),
            iif(new.kind = 'return', new.amount, 0),
            iif(new.kind = 'payment', new.amount, 0),
            new.kind = 'invoice'
        WHERE new.kind IN ('invoice', 'return', 'payment') AND new.void_date IS NULL
        ON CONFLICT (day) DO UPDATE SET
            invoiced = invoiced + excluded.invoiced,
            returned = returned + excluded.returned,
            paid = paid + excluded.paid,
            invoices = invoices + excluded.invoices;
    END;
    "#,
    // 6: a trigram index over the texts `customer list` searches, so a
    // substring filter reads the few customers that can match instead of
    // all (see `search.rs`). The texts are folded by duebook's own `fold`,
    // which every duebook connection defines.
    r#"
    -- Written for SQLite 3.40 and later, so older sqlite3 shells can still
    -- open the file: no concat_ws, no ORDER BY inside an aggregate.
    CREATE VIEW customer_search_source (customer_id, key, names, email, other, phone, digits) AS
    SELECT
        c.id,
        c.contact_key,
        coalesce(fold(c.name), '') || char(10) || coalesce(fold(c.billing_name), ''),
        coalesce(fold(c.billing_email), ''),
        coalesce(fold(c.shipping_name), '') || char(10)
            || coalesce(fold(c.billing_phone), '') || char(10)
            || coalesce(fold(c.shipping_phone), '') || char(10)
            || coalesce((
                SELECT group_concat(text, char(10))
                FROM (
                    SELECT coalesce(fold(k.name), '') || char(10)
                        || coalesce(fold(k.email), '') || char(10)
                        || coalesce(fold(k.phone), '') AS text
                    FROM customer_contacts AS k
                    WHERE k.customer_id = c.id
                    ORDER BY k.id
                )
            ), ''),
        coalesce(c.billing_phone_digits, ''),
        coalesce(phone_digits(c.shipping_phone), '') || char(10)
            || coalesce((
                SELECT group_concat(digits, char(10))
                FROM (
                    SELECT coalesce(phone_digits(k.phone), '') AS digits
                    FROM customer_contacts AS k
                    WHERE k.customer_id = c.id
                    ORDER BY k.id
                )
            ), '')
    FROM customers AS c;

    CREATE TABLE customer_search_text (
        customer_id INTEGER PRIMARY KEY,
        key TEXT NOT NULL,
        names TEXT NOT NULL,
        email TEXT NOT NULL,
        other TEXT NOT NULL,
        phone TEXT NOT NULL,
        digits TEXT NOT NULL
    ) STRICT;

    CREATE VIRTUAL TABLE customer_search USING fts5 (
        key, names, email, other, phone, digits,
        content = 'customer_search_text',
        content_rowid = 'customer_id',
        tokenize = 'trigram case_sensitive 1'
    );

    INSERT INTO customer_search_text (customer_id, key, names, email, other, phone, digits)
    SELECT customer_id, key, names, email, other, phone, digits
    FROM customer_search_source;
    INSERT INTO customer_search (customer_search) VALUES ('rebuild');
    "#,
    // Open debits by customer, holding every column aging and the segment
    // totals read: those reports sum from this index alone, in customer
    // order, without visiting the entries wherever they lie in the table.
    r#"
    CREATE INDEX entries_open_debits_by_customer
        ON entries (customer_id, due_date, kind, date, open_amount)
        WHERE side = 'debit' AND void_date IS NULL AND open_amount > 0;
    "#,
    // Credits with something left, holding every column the payables and
    // the unused balance read, so those reports read this index alone.
    r#"
    DROP INDEX entries_open_credits;
    CREATE INDEX entries_open_credits ON entries (customer_id, date, kind, open_amount)
        WHERE side = 'credit' AND void_date IS NULL AND open_amount > 0;
    "#,
    // Every debit by due date, open or not: what a report of a few days'
    // dues as of a past day reads, to replay just those items.
    r#"
    CREATE INDEX entries_debits_by_due ON entries (due_date) WHERE side = 'debit';
    "#,
    // Open debits by due date, holding every column the receivables lists
    // read of an entry, the columns of the index's own condition included
    // (SQLite reads an index alone only when it holds every column the
    // query names): a list of today reads this index and the customers,
    // not each entry wherever it lies in the table.
    r#"
    DROP INDEX entries_open_debits;
    CREATE INDEX entries_open_debits
        ON entries (due_date, customer_id, kind, date, number, open_amount, location, void_date, side)
        WHERE side = 'debit' AND void_date IS NULL AND open_amount > 0;
    "#,
    // Applications by date, holding both ends and the amount: a report as
    // of a past day reads what was applied since from this index alone.
    r#"
    DROP INDEX applications_by_date;
    CREATE INDEX applications_by_date ON applications (date, credit_id, debit_id, amount);
    "#,
    // 12: the kind of an entry checked by comparisons instead of a list: SQLite
    // tests a value against a list of more than two by first building a
    // small table of them, for every row an insert writes, which took a
    // quarter of an entry insert's time. Both checks allow the same five
    // kinds and no stored row changes, so the table's definition is
    // rewritten in place, as SQLite documents for a change that cannot make
    // any row invalid. Making and dropping a table moves the schema's
    // version on, so that every connection reads the new definition; this
    // one reads it again at once.
    r#"
    PRAGMA writable_schema = ON;
    UPDATE sqlite_schema
    SET sql = replace(
        sql,
        'CHECK (kind IN (''opening'', ''invoice'', ''payment'', ''return'', ''refund''))',
        'CHECK (kind = ''opening'' OR kind = ''invoice'' OR kind = ''payment''
                OR kind = ''return'' OR kind = ''refund'')'
    )
    WHERE type = 'table'
      AND name = 'entries';
    CREATE TABLE main.schema_changed (x);
    DROP TABLE main.schema_changed;
    PRAGMA writable_schema = RESET;
    "#,
    // 13: the search index gathers 4 MiB of new text in memory before it
    // writes it out as a segment, not the 1 MiB FTS5 starts with. Each
    // segment is merged with others later, so a bulk write of many
    // customers writes and merges a quarter as many: building the index
    // over a million customers took 9.1 s instead of 11.9 s. A write of a
    // few customers holds no more than before; the setting is kept in the
    // index's own configuration.
    r#"
    INSERT INTO customer_search (customer_search, rank) VALUES ('hashsize', 4194304);
    "#,
    // 14: the action of a history record checked by comparisons instead of
    // a list of three, for the reason and in the way of step 12: every
    // change any command makes writes a record.
    r#"
    PRAGMA writable_schema = ON;
    UPDATE sqlite_schema
    SET sql = replace(
        sql,
        'CHECK (action IN (''insert'', ''update'', ''delete''))',
        'CHECK (action = ''insert'' OR action = ''update'' OR action = ''delete'')'
    )
    WHERE type = 'table'
      AND name = 'history';
    CREATE TABLE main.schema_changed (x);
    DROP TABLE main.schema_changed;
    PRAGMA writable_schema = RESET;
    "#,
];

/// The indexes that only reports and `top` read, never a write: the open
/// items by due date and by customer, all debits by due date, entries by
/// kind and by void date, applications by date, and the kept yearly
/// totals by measure.
const REPORT_INDEXES: &[&str] = &[
    "entries_open_debits",
    "entries_open_debits_by_customer",
    "entries_debits_by_due",
    "entries_open_credits",
    "entries_by_kind_date",
    "entries_by_void_date",
    "applications_by_date",
    "customer_years_by_invoiced",
    "customer_years_by_paid",
    "customer_years_by_invoices",
];

/// Indexes dropped for the rest of a bulk write, with the statements that
/// make them again.
#[derive(Debug)]
pub struct SetAside(Vec<String>);

/// Drop the report indexes for the rest of a bulk write, which then ends
/// with `restore_indexes`. Kept up row by row, each insert lands on a page
/// somewhere in the middle of each of them, which a large import pays for
/// in page reads; built once at the end, each is one sorted pass. Inside
/// the writer's transaction: other connections go on seeing the books and
/// their indexes as before, and a rollback or a crash restores them.
pub fn set_aside_report_indexes(conn: &Connection) -> Result<SetAside> {
    let mut statements = Vec::new();
    for name in REPORT_INDEXES {
        let sql: Option<String> = conn
            .query_row(
                r#"
                SELECT sql
                FROM sqlite_schema
                WHERE type = 'index'
                  AND name = ?1
                "#,
                [name],
                |row| row.get(0),
            )
            .optional()?;
        if let Some(sql) = sql {
            // The name comes from the list above, never from input.
            conn.execute_batch(&format!("DROP INDEX main.{name};"))?;
            statements.push(sql);
        }
    }
    Ok(SetAside(statements))
}

/// Build the indexes set aside again, each in one sort.
pub fn restore_indexes(conn: &Connection, set_aside: SetAside) -> Result<()> {
    in_small_cache(conn, || {
        for sql in &set_aside.0 {
            conn.execute_batch(sql)?;
        }
        Ok(())
    })
}

/// Run `work`, a large sort, with the page cache held to 8 MiB. SQLite
/// sorts in as much memory as the page cache may take, and spills the
/// rest to temporary files; this keeps the process as small as a bulk
/// write's rows do.
pub fn in_small_cache<T>(conn: &Connection, work: impl FnOnce() -> Result<T>) -> Result<T> {
    let cache = shrink_cache(conn)?;
    let result = work();
    set_cache(conn, cache)?;
    result
}

/// Hold the page cache to 8 MiB for a sort; returns the size to set again
/// with `set_cache` once the sort is done.
pub fn shrink_cache(conn: &Connection) -> Result<i64> {
    let cache: i64 = conn.pragma_query_value(None, "cache_size", |row| row.get(0))?;
    conn.pragma_update(None, "cache_size", -8192)?;
    Ok(cache)
}

/// Set the page cache back to `size`, as `shrink_cache` returned it.
pub fn set_cache(conn: &Connection, size: i64) -> Result<()> {
    conn.pragma_update(None, "cache_size", size)?;
    Ok(())
}

/// The schema version this binary writes.
pub const LATEST_VERSION: i64 = MIGRATIONS.len() as i64;

/// The schema version of the open database; 0 for a new, empty file.
pub fn version(conn: &Connection) -> Result<i64> {
    Ok(conn.pragma_query_value(None, "user_version", |row| row.get(0))?)
}

/// The schema version and whether the file holds any table, index or view
/// at all, read in one statement so that both describe the same moment:
/// another process may be creating the schema meanwhile.
pub fn version_and_tables(conn: &Connection) -> Result<(i64, bool)> {
    Ok(conn.query_row(
        r#"
        SELECT
            (SELECT user_version FROM pragma_user_version),
            EXISTS (SELECT 1 FROM sqlite_schema)
        "#,
        [],
        |row| Ok((row.get(0)?, row.get(1)?)),
    )?)
}

/// Bring the schema up to `LATEST_VERSION`, one transaction per step, and
/// record `currency` when the database is new.
pub fn migrate(conn: &mut Connection, currency: &Currency) -> Result<()> {
    // Some steps fill tables with duebook's own SQL functions.
    super::register_functions(conn)?;
    loop {
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(busy_to_retry)?;
        let current = version(&tx)?;
        if current > LATEST_VERSION {
            return Err(Error::Refused(format!(
                "it has schema version {current}, newer than this duebook knows \
                 ({LATEST_VERSION}); upgrade duebook to use it"
            ))
            .into());
        }
        if current == LATEST_VERSION {
            return Ok(());
        }
        let step = MIGRATIONS[current as usize];
        tx.execute_batch(step)?;
        if current == 0 {
            tx.execute(
                r#"
                INSERT INTO settings (key, value)
                VALUES ('currency', ?1)
                "#,
                [currency.code()],
            )?;
        }
        tx.pragma_update(None, "user_version", current + 1)?;
        tx.commit().map_err(busy_to_retry)?;
    }
}

/// The currency recorded when the database was created.
pub fn currency(conn: &Connection) -> Result<Currency> {
    let code: Option<String> = conn
        .query_row(
            r#"
            SELECT value
            FROM settings
            WHERE key = 'currency'
            "#,
            [],
            |row| row.get(0),
        )
        .optional()?;
    let code = code.ok_or_else(|| Error::Invalid("it records no currency".to_string()))?;
    Currency::from_code(&code).map_err(|e| Error::Invalid(format!("its currency: {e}")).into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_indexes_set_aside_come_back_as_they_were() {
        let store = crate::store::Store::in_memory(Currency::default()).unwrap();
        store
            .read(|conn| {
                let schema = || -> Result<Vec<(String, String)>> {
                    let mut stmt = conn.prepare(
                        "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name",
                    )?;
                    let rows = stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
                    Ok(rows.collect::<rusqlite::Result<_>>()?)
                };
                let before = schema()?;
                let set_aside = set_aside_report_indexes(conn)?;
                let during = schema()?;
                assert_eq!(during.len() + REPORT_INDEXES.len(), before.len());
                assert!(during.iter().all(|(name, _)| !REPORT_INDEXES.contains(&name.as_str())));
                restore_indexes(conn, set_aside)?;
                assert_eq!(schema()?, before);
                Ok(())
            })
            .unwrap();
    }

    #[test]
    fn version_one_data_survives_the_upgrade() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(MIGRATIONS[0]).unwrap();
        conn.execute_batch(
            "INSERT INTO settings VALUES ('currency', 'USD');
             INSERT INTO customers (id, contact_id, contact_key, opening_type, opening_amount,
                 opening_date, registered)
             VALUES (1, 'A', 'a', 'receivable', 1000, NULL, '2025-01-01'),
                    (2, 'B', 'b', 'payable', 500, '2025-02-01', '2025-01-01'),
                    (3, 'C', 'c', NULL, 0, NULL, '2025-01-01');
             INSERT INTO entries (customer_id, kind, number, date, amount, void_date)
             VALUES (3, 'invoice', 'INV-1', '2025-03-01', 700, NULL),
                    (3, 'payment', 'PAY-1', '2025-03-02', 200, '2025-03-03');
             PRAGMA user_version = 1;",
        )
        .unwrap();
        migrate(&mut conn, &Currency::default()).unwrap();
        let rows: Vec<(String, String, String, i64, i64)> = conn
            .prepare(
                "SELECT coalesce(number, 'opening'), kind || ' ' || side, date, amount, open_amount
                 FROM entries ORDER BY customer_id, id",
            )
            .unwrap()
            .query_map([], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        let expected = [
            ("opening", "opening debit", "2025-01-01", 1000, 1000),
            ("opening", "opening credit", "2025-02-01", 500, 500),
            ("INV-1", "invoice debit", "2025-03-01", 700, 700),
            ("PAY-1", "payment credit", "2025-03-02", 200, 0),
        ];
        let rows: Vec<(&str, &str, &str, i64, i64)> = rows
            .iter()
            .map(|(a, b, c, d, e)| (a.as_str(), b.as_str(), c.as_str(), *d, *e))
            .collect();
        assert_eq!(rows, expected);
        let balances: Vec<(i64, i64)> = conn
            .prepare("SELECT balance, unused FROM customer_balances ORDER BY customer_id")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(balances, [(1000, 0), (-500, 500), (700, 0)]);
        // The totals `top` keeps start from the entries already there.
        let years: Vec<(i64, i64, i64, i64, i64)> = conn
            .prepare("SELECT customer_id, year, invoiced, paid, invoices FROM customer_years")
            .unwrap()
            .query_map([], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(years, [(3, 2025, 700, 0, 1)], "the voided payment aside");
        let (problems, _) = crate::store::check::check(&conn, &Currency::default()).unwrap();
        assert!(problems.is_empty(), "{problems:?}");
    }

    #[test]
    fn an_entry_insert_checks_its_kind_without_building_a_table() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn, &Currency::default()).unwrap();
        conn.execute_batch(
            "INSERT INTO customers (id, contact_id, contact_key, registered)
             VALUES (1, 'A', 'a', '2026-01-01');",
        )
        .unwrap();
        let insert = |kind: &str| {
            format!(
                "INSERT INTO entries (customer_id, kind, side, number, date, amount, open_amount, \
                 due_date) VALUES (1, '{kind}', 'debit', 'X-{kind}', '2026-01-01', 5, 5, '2026-01-02')"
            )
        };
        let opcodes: Vec<String> = conn
            .prepare(&format!("EXPLAIN {}", insert("invoice")))
            .unwrap()
            .query_map([], |row| row.get(1))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        // The insert's own program, up to the programs of its triggers.
        let own = &opcodes[..opcodes.iter().skip(1).position(|op| op == "Init").unwrap() + 1];
        assert!(own.iter().any(|op| op == "Insert"), "{own:?}");
        assert!(!own.iter().any(|op| op == "OpenEphemeral"), "{own:?}");
        // The check allows the same kinds as before, and no other.
        conn.execute(&insert("invoice"), []).unwrap();
        conn.execute(&insert("refund"), []).unwrap();
        let refused = conn.execute(&insert("gift"), []).unwrap_err();
        assert!(
            refused.to_string().contains("CHECK constraint failed"),
            "{refused}"
        );
        let sound: String = conn
            .query_row("PRAGMA integrity_check", [], |row| row.get(0))
            .unwrap();
        assert_eq!(sound, "ok");
    }

    #[test]
    fn a_history_record_checks_its_action_without_building_a_table() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn, &Currency::default()).unwrap();
        let insert = |action: &str| {
            format!(
                "INSERT INTO history (at, user, command, record, action) \
                 VALUES ('2026-01-01T00:00:00.000Z', 'u', 'c', 'customer', '{action}')"
            )
        };
        let opcodes: Vec<String> = conn
            .prepare(&format!("EXPLAIN {}", insert("insert")))
            .unwrap()
            .query_map([], |row| row.get(1))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert!(opcodes.iter().any(|op| op == "Insert"), "{opcodes:?}");
        assert!(
            !opcodes.iter().any(|op| op == "OpenEphemeral"),
            "{opcodes:?}"
        );
        for action in ["insert", "update", "delete"] {
            conn.execute(&insert(action), []).unwrap();
        }
        let refused = conn.execute(&insert("merge"), []).unwrap_err();
        assert!(
            refused.to_string().contains("CHECK constraint failed"),
            "{refused}"
        );
        let sound: String = conn
            .query_row("PRAGMA integrity_check", [], |row| row.get(0))
            .unwrap();
        assert_eq!(sound, "ok");
    }

    #[test]
    fn migrations_apply_once_and_refuse_newer_databases() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn, &Currency::default()).unwrap();
        assert_eq!(version(&conn).unwrap(), LATEST_VERSION);
        migrate(&mut conn, &Currency::default()).unwrap();
        assert_eq!(currency(&conn).unwrap().code(), "USD");
        conn.pragma_update(None, "user_version", LATEST_VERSION + 1)
            .unwrap();
        let err = migrate(&mut conn, &Currency::default()).unwrap_err();
        assert!(err.to_string().contains("newer than this duebook"), "{err}");
    }
}
