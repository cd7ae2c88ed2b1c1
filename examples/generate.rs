//! Writes realistic, deterministic sample books as CSV for benchmarks:
//! `customers.csv` and `entries.csv`, ready for `duebook import`.
//!
//!     cargo run --release --example generate -- --customers 100000 --entries 1000000 --out DIR
//!
//! The books cover the three years up to their last day (`--until`,
//! default 2026-06-15), each customer's entries spread evenly from soon
//! after the customer was registered to that day, so once every customer
//! has started (by the ninth month) each day has about as many invoices as
//! any other. Invoices fall under a mix of payment terms; most are paid in
//! full, some in part, some not at all, and those whose payment would come
//! after the last day are still open on it, so the books end the way a
//! business's books do on the morning of a working day. Some customers pay
//! in advance, some return goods. Nothing is dated after the last day. Rows
//! are written as they are made, so ten million entries take no more memory
//! than ten. The same seed (`--seed`, default 7) always gives the same
//! files.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::PathBuf;

use chrono::{Days, NaiveDate};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

const TERMS: [(&str, u64); 6] = [
    ("net-30", 30),
    ("net-15", 15),
    ("due-on-receipt", 0),
    ("net-60", 60),
    ("eom", 20),
    ("net-10", 10),
];
const LOCATIONS: [&str; 4] = ["North", "South", "Harbor", "Online"];
const WORDS: [&str; 12] = [
    "Acme", "Bolt", "Cedar", "Delta", "Ember", "Fjord", "Granite", "Harbor", "Iris", "Juniper",
    "Kestrel", "Lumen",
];
const TRADES: [&str; 8] = [
    "Tools", "Supply", "Cycles", "Florals", "Print", "Electric", "Marine", "Foods",
];

struct Args {
    customers: u64,
    entries: u64,
    out: PathBuf,
    seed: u64,
    until: NaiveDate,
}

fn args() -> Args {
    let mut args = Args {
        customers: 1_000,
        entries: 10_000,
        out: PathBuf::from("."),
        seed: 7,
        until: NaiveDate::from_ymd_opt(2026, 6, 15).expect("a real date"),
    };
    let mut words = std::env::args().skip(1);
    while let Some(flag) = words.next() {
        let value = words
            .next()
            .unwrap_or_else(|| usage(&format!("{flag} needs a value")));
        let number = || {
            value
                .parse::<u64>()
                .unwrap_or_else(|_| usage(&format!("{flag}: `{value}` is not a number")))
        };
        match flag.as_str() {
            "--customers" => args.customers = number().max(1),
            "--entries" => args.entries = number(),
            "--seed" => args.seed = number(),
            "--out" => args.out = PathBuf::from(&value),
            "--until" => {
                args.until = NaiveDate::parse_from_str(&value, "%Y-%m-%d").unwrap_or_else(|_| {
                    usage(&format!("{flag}: `{value}` is not a date like 2026-06-15"))
                })
            }
            _ => usage(&format!("unknown flag `{flag}`")),
        }
    }
    args
}

fn usage(message: &str) -> ! {
    eprintln!(
        "error: {message}\nusage: generate [--customers N] [--entries M] [--out DIR] [--seed S] [--until DATE]"
    );
    std::process::exit(2);
}

/// The days of `n` draws spread uniformly over `first..span`, handed out in
/// ascending order one at a time, so a customer's entries come in date order
/// without being held. The smallest of `k` uniform draws is `1 - V^(1/k)`
/// of the room left above the previous one, for `V` uniform on (0, 1].
struct SortedDays {
    left: u64,
    /// The part of the unit interval above the last draw handed out.
    room: f64,
    first: u64,
    width: u64,
}

impl SortedDays {
    fn new(n: u64, first: u64, span: u64) -> SortedDays {
        let first = first.min(span - 1);
        SortedDays {
            left: n,
            room: 1.0,
            first,
            width: span - first,
        }
    }

    fn next(&mut self, rng: &mut ChaCha8Rng) -> u64 {
        let k = self.left.max(1) as f64;
        self.left = self.left.saturating_sub(1);
        let v: f64 = 1.0 - rng.random::<f64>();
        self.room *= v.powf(1.0 / k);
        let at = ((1.0 - self.room) * self.width as f64) as u64;
        self.first + at.min(self.width - 1)
    }
}

fn money(cents: u64) -> String {
    format!("{}.{:02}", cents / 100, cents % 100)
}

fn main() -> std::io::Result<()> {
    let args = args();
    std::fs::create_dir_all(&args.out)?;
    let mut rng = ChaCha8Rng::seed_from_u64(args.seed);
    let mut customers = csv::Writer::from_writer(BufWriter::new(File::create(
        args.out.join("customers.csv"),
    )?));
    let mut entries =
        csv::Writer::from_writer(BufWriter::new(File::create(args.out.join("entries.csv"))?));
    customers.write_record([
        "contact_id",
        "name",
        "terms",
        "location",
        "billing_email",
        "billing_phone",
        "tags",
        "credit_limit",
        "opening_type",
        "opening_amount",
        "registered",
    ])?;
    entries.write_record([
        "kind",
        "number",
        "contact_id",
        "date",
        "amount",
        "due_date",
        "method",
        "reference",
        "applications",
    ])?;
    // Days are counted from `start`; the last day is `span - 1`.
    let span = 3 * 365;
    let start = args.until - Days::new(span - 1);
    let last = args.until;
    let per_customer = args.entries / args.customers;
    let mut remainder = args.entries % args.customers;
    let (mut invoice_no, mut payment_no, mut return_no) = (0u64, 0u64, 0u64);
    let mut written = 0u64;
    for index in 0..args.customers {
        let id = format!("C{index:07}");
        let (terms, days) = TERMS[rng.random_range(0..TERMS.len())];
        let name = format!(
            "{} {} {}",
            WORDS[rng.random_range(0..WORDS.len())],
            TRADES[rng.random_range(0..TRADES.len())],
            index
        );
        let registered_on = rng.random_range(0..200);
        let registered = start + Days::new(registered_on);
        let opening = rng
            .random_ratio(1, 10)
            .then(|| rng.random_range(1_000..500_000u64));
        let tags = match rng.random_range(0..10) {
            0 => "vip",
            1 | 2 => "wholesale",
            3 => "retail",
            _ => "",
        };
        customers.write_record([
            id.as_str(),
            &name,
            terms,
            LOCATIONS[rng.random_range(0..LOCATIONS.len())],
            &format!("ap{index}@example.com"),
            &format!(
                "+1 555 {:03} {:04}",
                rng.random_range(0..1000),
                index % 10_000
            ),
            tags,
            &if rng.random_ratio(1, 4) {
                money(rng.random_range(100_000..5_000_000))
            } else {
                String::new()
            },
            if opening.is_some() { "receivable" } else { "" },
            &opening.map(money).unwrap_or_default(),
            &registered.format("%Y-%m-%d").to_string(),
        ])?;

        // This customer's share of the entries, in date order.
        let mut budget = per_customer + u64::from(remainder > 0);
        remainder = remainder.saturating_sub(1);
        let first = registered_on + rng.random_range(0..60);
        let mut days_of = SortedDays::new(budget, first, span);
        while budget > 0 {
            let day = days_of.next(&mut rng);
            let date = start + Days::new(day);
            let due = date + Days::new(days);
            let roll = rng.random_range(0..100);
            if roll < 2 || budget == 1 && roll < 10 {
                // An advance payment, not applied to anything yet.
                payment_no += 1;
                entries.write_record([
                    "payment",
                    &format!("PAY-{payment_no:07}"),
                    &id,
                    &date.format("%Y-%m-%d").to_string(),
                    &money(rng.random_range(5_000..200_000)),
                    "",
                    "bank",
                    &format!("ADV{payment_no}"),
                    "none",
                ])?;
                budget -= 1;
                written += 1;
                continue;
            }
            invoice_no += 1;
            let number = format!("INV-{invoice_no:07}");
            let amount = rng.random_range(1_000..1_000_000u64);
            entries.write_record([
                "invoice",
                &number,
                &id,
                &date.format("%Y-%m-%d").to_string(),
                &money(amount),
                &due.format("%Y-%m-%d").to_string(),
                "",
                "",
                "",
            ])?;
            budget -= 1;
            written += 1;
            let paid_on = due + Days::new(rng.random_range(0..20));
            // Not paid yet on the books' last day.
            let recent = paid_on > last;
            let outcome = rng.random_range(0..100);
            if budget > 0 && outcome < 3 {
                // Goods come back against the invoice.
                return_no += 1;
                let back = amount / 4 + 1;
                entries.write_record([
                    "return",
                    &format!("RET-{return_no:07}"),
                    &id,
                    &date.format("%Y-%m-%d").to_string(),
                    &money(back),
                    "",
                    "",
                    "",
                    &format!("{number}:{}", money(back)),
                ])?;
                budget -= 1;
                written += 1;
                days_of.next(&mut rng);
            } else if budget > 0 && !recent && outcome < 85 {
                // Paid, in full or (one time in eight) in part.
                let pay = if outcome < 75 { amount } else { amount / 2 };
                payment_no += 1;
                entries.write_record([
                    "payment",
                    &format!("PAY-{payment_no:07}"),
                    &id,
                    &paid_on.format("%Y-%m-%d").to_string(),
                    &money(pay),
                    "",
                    "bank",
                    &format!("TX{payment_no}"),
                    &format!("{number}:{}", money(pay)),
                ])?;
                budget -= 1;
                written += 1;
                days_of.next(&mut rng);
            }
        }
    }
    customers.flush()?;
    entries.flush()?;
    let mut out = std::io::stderr().lock();
    writeln!(
        out,
        "wrote {} customers and {written} entries to {}",
        args.customers,
        args.out.display()
    )?;
    Ok(())
}
