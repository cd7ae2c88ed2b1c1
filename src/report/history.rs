//! The recorded history, as people and programs read it.

use serde_json::Value as Json;

use crate::domain::money::Currency;
use crate::store::history::AMOUNT_KEYS;

/// A recorded row (JSON) with its amounts, stored in minor units, written as
/// exact decimals of the currency, such as `"150.00"`. Text that is not a
/// JSON object is returned as it is.
pub fn amounts_as_decimals(json: &str, currency: &Currency) -> String {
    let Ok(Json::Object(mut row)) = serde_json::from_str::<Json>(json) else {
        return json.to_string();
    };
    for key in AMOUNT_KEYS {
        if let Some(minor) = row.get(*key).and_then(Json::as_i64) {
            row.insert(key.to_string(), Json::String(currency.format_minor(minor)));
        }
    }
    Json::Object(row).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_become_exact_decimals() {
        let usd = Currency::default();
        assert_eq!(
            amounts_as_decimals(
                r#"{"number":"INV-1","amount":15050,"credit_limit":null}"#,
                &usd
            ),
            r#"{"number":"INV-1","amount":"150.50","credit_limit":null}"#
        );
        assert_eq!(amounts_as_decimals("not json", &usd), "not json");
    }
}
