//! A parsed JSON value that borrows its strings from the file wherever the
//! file spells them without escapes, for the loader to read records from.
//!
//! [`super::syntax`] reads the text into it. It differs from
//! `serde_json::Value` in what it allocates: no allocation per string, and an
//! object is a short sorted list instead of a `BTreeMap`. Objects behave as
//! `Value`'s do: keys in name order, and of a key given twice the last wins.

use std::borrow::Cow;

/// One JSON value.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Json<'t> {
    Null,
    Bool(bool),
    /// A number; its value when it is a whole number from 0 to `u64::MAX`
    /// written without a fraction or exponent (as `Value::as_u64` gives it).
    Number(Option<u64>),
    String(Cow<'t, str>),
    Array(Vec<Json<'t>>),
    Object(Object<'t>),
}

/// An object's fields, sorted by name, each name once; and the names given
/// more than once (the last value kept, as `Value` keeps it), so the reader
/// can say so instead of dropping the others without a word.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct Object<'t>(Vec<(Cow<'t, str>, Json<'t>)>, Vec<Cow<'t, str>>);

impl<'t> Json<'t> {
    /// The text of a string value.
    pub(crate) fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    /// The field `key` of an object value.
    pub(crate) fn get(&self, key: &str) -> Option<&Json<'t>> {
        match self {
            Json::Object(obj) => obj.get(key),
            _ => None,
        }
    }

    /// The JSON type, worded for messages.
    pub(crate) fn type_name(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "a boolean",
            Json::Number(_) => "a number",
            Json::String(_) => "a string",
            Json::Array(_) => "a list",
            Json::Object(_) => "an object",
        }
    }
}

impl<'t> Object<'t> {
    /// The value of field `key`.
    pub(crate) fn get(&self, key: &str) -> Option<&Json<'t>> {
        let at = self.0.binary_search_by(|(k, _)| k.as_ref().cmp(key)).ok()?;
        self.0.get(at).map(|(_, v)| v)
    }

    /// The fields in name order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&str, &Json<'t>)> {
        self.0.iter().map(|(k, v)| (k.as_ref(), v))
    }

    /// Whether the object has no field.
    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The names given more than once, in name order, each once.
    pub(crate) fn repeated(&self) -> impl Iterator<Item = &str> {
        self.1.iter().map(AsRef::as_ref)
    }

    /// Fields as given → sorted by name, the last of a repeated name kept.
    pub(super) fn from_fields(mut fields: Vec<(Cow<'t, str>, Json<'t>)>) -> Object<'t> {
        let mut repeated = Vec::new();
        if fields.len() > 1 {
            // Reversed, a stable sort puts the last of equal names first, and
            // `dedup_by` keeps the first of a run.
            fields.reverse();
            fields.sort_by(|a, b| a.0.cmp(&b.0));
            fields.dedup_by(|later, earlier| {
                let same = later.0 == earlier.0;
                if same && repeated.last() != Some(&earlier.0) {
                    repeated.push(earlier.0.clone());
                }
                same
            });
        }
        Object(fields, repeated)
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use serde_json::Value;

    /// The same value as serde_json's `Value`, judged field by field.
    pub(in crate::load) fn same(json: &Json<'_>, value: &Value) -> bool {
        match (json, value) {
            (Json::Null, Value::Null) => true,
            (Json::Bool(a), Value::Bool(b)) => a == b,
            (Json::Number(a), Value::Number(b)) => *a == b.as_u64(),
            (Json::String(a), Value::String(b)) => a == b,
            (Json::Array(a), Value::Array(b)) => a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y)),
            (Json::Object(a), Value::Object(b)) => {
                a.0.len() == b.len() && a.iter().zip(b).all(|((ka, va), (kb, vb))| ka == kb && same(va, vb))
            }
            _ => false,
        }
    }

    #[test]
    fn reads_as_serde_json_value_does() {
        for text in [
            r#"{"b": 1, "a": [true, null, -2, 1.5, 18446744073709551615], "c": {"z": "x", "y": "\u00e5\n"}}"#,
            r#"{"k": 1, "k": 2, "a": 0, "k": 3}"#,
            r#"[{}, [], "", 0, 1e3]"#,
        ] {
            let json: Json<'_> = super::super::syntax::document(text).unwrap();
            let value: Value = serde_json::from_str(text).unwrap();
            assert!(same(&json, &value), "{text}: {json:?} vs {value:?}");
        }
    }

    #[test]
    fn strings_without_escapes_are_borrowed() {
        let json: Json<'_> = super::super::syntax::document(r#"{"plain": "Umeå", "escaped": "a\"b"}"#).unwrap();
        assert!(matches!(json.get("plain"), Some(Json::String(Cow::Borrowed("Umeå")))));
        assert!(matches!(json.get("escaped"), Some(Json::String(Cow::Owned(s))) if s == "a\"b"));
        assert_eq!(json.get("missing"), None);
    }

    #[test]
    fn the_last_of_a_repeated_key_wins_and_keys_are_in_name_order() {
        let json: Json<'_> = super::super::syntax::document(r#"{"k": 1, "b": 0, "k": 2, "a": 0, "k": 3}"#).unwrap();
        let Json::Object(obj) = &json else { panic!("{json:?}") };
        assert_eq!(obj.iter().map(|(k, _)| k).collect::<Vec<_>>(), ["a", "b", "k"]);
        assert_eq!(obj.get("k"), Some(&Json::Number(Some(3))));
        assert_eq!(obj.repeated().collect::<Vec<_>>(), ["k"]);
        let json: Json<'_> = super::super::syntax::document(r#"{"b": 1, "a": 2, "b": 3, "a": 4, "c": 5}"#).unwrap();
        let Json::Object(obj) = &json else { panic!("{json:?}") };
        assert_eq!(obj.repeated().collect::<Vec<_>>(), ["a", "b"]);
    }

    proptest::proptest! {
        /// Any JSON serde_json's `Value` reads, this reads to the same thing.
        #[test]
        fn any_value_reads_alike(value in crate::load::json::tests::arbitrary_json()) {
            let text = value.to_string();
            let json: Json<'_> = super::super::syntax::document(&text).unwrap();
            proptest::prop_assert!(same(&json, &value), "{}", text);
        }
    }

    pub(in crate::load) fn arbitrary_json() -> impl proptest::strategy::Strategy<Value = Value> {
        use proptest::prelude::*;
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<u64>().prop_map(Value::from),
            (-1e9f64..1e9).prop_map(Value::from),
            "\\PC{0,8}".prop_map(Value::from),
        ];
        leaf.prop_recursive(4, 32, 6, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                proptest::collection::vec(("[a-c]{1,2}", inner), 0..6)
                    .prop_map(|fields| Value::Object(fields.into_iter().collect())),
            ]
        })
    }
}
