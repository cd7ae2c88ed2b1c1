//! Spreading an amount over open items, in order.
//!
//! A payment settles the oldest invoices first, a credit application the
//! invoices named or the oldest, a refund draws on the oldest credits: all
//! the same greedy rule, kept here as plain arithmetic.

/// Something with an amount still open: an invoice not fully paid, or a
/// credit not fully used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpenItem {
    /// The entry's row id.
    pub id: i64,
    /// What is still open, in minor units; more than zero.
    pub open: i64,
}

/// The result of spreading an amount.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Allocation {
    /// (item id, amount) for each item that received something, in order.
    pub parts: Vec<(i64, i64)>,
    /// What no item could take.
    pub left: i64,
}

impl Allocation {
    /// The total placed on items.
    pub fn placed(&self) -> i64 {
        self.parts.iter().map(|(_, amount)| amount).sum()
    }
}

/// Spread `amount` over `items` in their order, giving each at most its open
/// amount, until the amount runs out.
pub fn allocate(amount: i64, items: &[OpenItem]) -> Allocation {
    let mut left = amount;
    let mut parts = Vec::new();
    for item in items {
        if left == 0 {
            break;
        }
        let take = left.min(item.open);
        if take > 0 {
            parts.push((item.id, take));
            left -= take;
        }
    }
    Allocation { parts, left }
}

/// Match credits with debits, both in their order, moving at most `limit`
/// in total: each step takes what the current credit has left, what the
/// current debit lacks, or what the limit allows, whichever is least.
/// Returns (credit id, debit id, amount) triples.
pub fn pair(credits: &[OpenItem], debits: &[OpenItem], limit: i64) -> Vec<(i64, i64, i64)> {
    let mut moves = Vec::new();
    let (mut c, mut d) = (0, 0);
    let mut credit_left = credits.first().map_or(0, |i| i.open);
    let mut debit_left = debits.first().map_or(0, |i| i.open);
    let mut left = limit;
    while left > 0 && c < credits.len() && d < debits.len() {
        let take = left.min(credit_left).min(debit_left);
        if take > 0 {
            moves.push((credits[c].id, debits[d].id, take));
            left -= take;
            credit_left -= take;
            debit_left -= take;
        }
        if credit_left == 0 {
            c += 1;
            credit_left = credits.get(c).map_or(0, |i| i.open);
        }
        if debit_left == 0 {
            d += 1;
            debit_left = debits.get(d).map_or(0, |i| i.open);
        }
    }
    moves
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn settles_in_order_and_keeps_the_rest() {
        let items = [OpenItem { id: 1, open: 500 }, OpenItem { id: 2, open: 300 }];
        assert_eq!(
            allocate(600, &items),
            Allocation {
                parts: vec![(1, 500), (2, 100)],
                left: 0
            }
        );
        assert_eq!(
            allocate(900, &items),
            Allocation {
                parts: vec![(1, 500), (2, 300)],
                left: 100
            }
        );
        assert_eq!(
            allocate(200, &[]),
            Allocation {
                parts: vec![],
                left: 200
            }
        );
    }

    #[test]
    fn pairs_oldest_credit_with_oldest_debit() {
        let credits = [
            OpenItem { id: 10, open: 300 },
            OpenItem { id: 11, open: 500 },
        ];
        let debits = [
            OpenItem { id: 1, open: 400 },
            OpenItem { id: 2, open: 1000 },
        ];
        assert_eq!(
            pair(&credits, &debits, 700),
            vec![(10, 1, 300), (11, 1, 100), (11, 2, 300)]
        );
        assert_eq!(
            pair(&credits, &debits, i64::MAX)
                .iter()
                .map(|m| m.2)
                .sum::<i64>(),
            800
        );
        assert!(pair(&credits, &[], 100).is_empty());
    }

    proptest! {
        #[test]
        fn pairing_respects_every_bound(
            credits in proptest::collection::vec(1i64..10_000, 0..8),
            debits in proptest::collection::vec(1i64..10_000, 0..8),
            limit in 0i64..100_000,
        ) {
            let items = |opens: &[i64], base: i64| -> Vec<OpenItem> {
                opens.iter().enumerate().map(|(i, &open)| OpenItem { id: base + i as i64, open }).collect()
            };
            let (c, d) = (items(&credits, 0), items(&debits, 100));
            let moves = pair(&c, &d, limit);
            let total: i64 = moves.iter().map(|m| m.2).sum();
            let most = limit.min(credits.iter().sum()).min(debits.iter().sum());
            prop_assert_eq!(total, most);
            for item in &c {
                let used: i64 = moves.iter().filter(|m| m.0 == item.id).map(|m| m.2).sum();
                prop_assert!(used <= item.open);
            }
            for item in &d {
                let paid: i64 = moves.iter().filter(|m| m.1 == item.id).map(|m| m.2).sum();
                prop_assert!(paid <= item.open);
            }
        }

        #[test]
        fn nothing_is_lost_or_overpaid(
            amount in 0i64..1_000_000,
            opens in proptest::collection::vec(1i64..100_000, 0..20),
        ) {
            let items: Vec<OpenItem> =
                opens.iter().enumerate().map(|(i, &open)| OpenItem { id: i as i64, open }).collect();
            let result = allocate(amount, &items);
            prop_assert_eq!(result.placed() + result.left, amount);
            for (id, part) in &result.parts {
                prop_assert!(*part > 0 && *part <= items[*id as usize].open);
            }
            // Greedy: every item before the last one paid is settled in full.
            if let Some((last, _)) = result.parts.last() {
                for item in &items[..*last as usize] {
                    let paid = result.parts.iter().find(|(id, _)| *id == item.id).map_or(0, |p| p.1);
                    prop_assert_eq!(paid, item.open);
                }
            }
            prop_assert!(result.left == 0 || result.placed() == opens.iter().sum::<i64>());
        }
    }
}
