//! Decoding API inputs with field paths and stable error codes.
//!
//! Every API input is a serde struct decoded from JSON text by `decode_json` — natively (tests,
//! fuzzing) and in the browser (the boundary passes `JSON.stringify(input)`), so both report
//! identical errors.
//! Custom deserializers signal a stable code by starting their message with `code: `
//! (see [`coded`]); serde's own messages are mapped to `missing_field`, `unknown_field` or
//! `invalid_type`.

// Issue 12: domain code never panics on input. Arithmetic is checked (`overflow` /
// `out_of_range` errors), slices are read with `get`, and nothing unwraps; an exception that is
// provably bounded says why in an `#[expect(…, reason = …)]`. Tests may do all of these.
#![cfg_attr(
    not(test),
    deny(
        clippy::arithmetic_side_effects,
        clippy::indexing_slicing,
        clippy::unwrap_used,
        clippy::expect_used
    )
)]
use crate::error::{code, join_path, Error, Result};
use serde::de::{Deserialize, DeserializeOwned, DeserializeSeed, Deserializer};

/// A serde error message carrying a stable code, decoded again by [`decode`].
pub fn coded<E: serde::de::Error>(code: &'static str, message: impl std::fmt::Display) -> E {
    E::custom(format_args!("{code}: {message}"))
}

/// A string field of a custom type (dates, times): anything but a string becomes `code` with
/// `message`, except a missing required field, which keeps serde's own error (→ `missing_field`
/// with the field's path).
pub fn coded_string<'de, D: Deserializer<'de>>(d: D, code: &'static str, message: &str) -> std::result::Result<String, D::Error> {
    String::deserialize(d).map_err(|e| {
        if e.to_string().starts_with("missing field") {
            e
        } else {
            coded(code, message)
        }
    })
}

/// The number a person reads for the item at `index` (rows, messages, periods count from 1).
/// Indexes come from enumerating a vector, so `index + 1` never reaches usize::MAX.
pub fn one_based(index: usize) -> usize {
    index.saturating_add(1)
}

/// Decodes a JSON value held by a domain type (e.g. a scenario's raw `overrides`), with the same
/// paths and codes as [`decode_json`].
pub fn decode<T: DeserializeOwned>(value: serde_json::Value) -> Result<T> {
    let mut path = Vec::new();
    let json = JsonSeed { path: &mut path, at: None }
        .deserialize(value)
        .map_err(|e| syntax_error(&path, &e))?;
    from_json(&json)
}

/// Decodes a JSON text (native callers, tests and fuzz targets; the boundary's `JSON.stringify`).
///
/// The text is parsed once into a [`Json`] tree, then the input type is decoded from the tree by
/// [`tree::De`], which records the field path of an error as it propagates. Each input type is
/// thus compiled against one small deserializer instead of serde_json's parser and a
/// path-tracking wrapper around it (issue 14: that pair was a third of the wasm). For valid JSON
/// the errors are the ones serde_json itself would give, with the same paths; a syntax error is
/// found before any type error, wherever it is in the text.
pub fn decode_json<T: DeserializeOwned>(json: &str) -> Result<T> {
    let mut deserializer = serde_json::Deserializer::from_str(json);
    let mut path = Vec::new();
    let tree = JsonSeed { path: &mut path, at: None }
        .deserialize(&mut deserializer)
        .map_err(|e| syntax_error(&path, &e))?;
    let value = from_json(&tree)?;
    deserializer
        .end()
        .map_err(|e| Error::new(code::INVALID_INPUT, "", format!("trailing characters: {e}")))?;
    Ok(value)
}

fn from_json<T: DeserializeOwned>(json: &Json) -> Result<T> {
    T::deserialize(tree::De(json)).map_err(|e| {
        let (message, path) = e.into_parts();
        classify(path_string(&path), message)
    })
}

fn syntax_error(path: &[Segment], error: &serde_json::Error) -> Error {
    classify(path_string(path), error.to_string())
}

/// Where an error happened, innermost first (segments are pushed as the error propagates).
#[derive(Debug)]
enum Segment {
    Key(String),
    Index(usize),
}

fn path_string(path: &[Segment]) -> String {
    let mut out = String::new();
    for segment in path.iter().rev() {
        match segment {
            Segment::Index(index) => out.push_str(&format!("[{index}]")),
            Segment::Key(key) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
        }
    }
    out
}

/// A parsed JSON text. Members keep their order and duplicates, so decoding reports what
/// decoding the text directly would (`duplicate field`, the first bad member first).
enum Json {
    Null,
    Bool(bool),
    Unsigned(u64),
    Signed(i64),
    Float(f64),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// Parses one [`Json`] value; when the text is malformed, `path` ends up holding where.
struct JsonSeed<'a> {
    path: &'a mut Vec<Segment>,
    /// This value's place in its parent, added to the path if the value is malformed.
    at: Option<Segment>,
}

impl<'de> serde::de::DeserializeSeed<'de> for JsonSeed<'_> {
    type Value = Json;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> std::result::Result<Json, D::Error> {
        let JsonSeed { path, at } = self;
        deserializer.deserialize_any(JsonVisitor { path: &mut *path }).inspect_err(|_| {
            if let Some(at) = at {
                path.push(at);
            }
        })
    }
}

struct JsonVisitor<'a> {
    path: &'a mut Vec<Segment>,
}

impl<'de> serde::de::Visitor<'de> for JsonVisitor<'_> {
    type Value = Json;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_unit<E>(self) -> std::result::Result<Json, E> {
        Ok(Json::Null)
    }
    fn visit_none<E>(self) -> std::result::Result<Json, E> {
        Ok(Json::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> std::result::Result<Json, D::Error> {
        JsonSeed { path: self.path, at: None }.deserialize(d)
    }
    fn visit_bool<E>(self, v: bool) -> std::result::Result<Json, E> {
        Ok(Json::Bool(v))
    }
    fn visit_u64<E>(self, v: u64) -> std::result::Result<Json, E> {
        Ok(Json::Unsigned(v))
    }
    fn visit_i64<E>(self, v: i64) -> std::result::Result<Json, E> {
        Ok(Json::Signed(v))
    }
    fn visit_f64<E>(self, v: f64) -> std::result::Result<Json, E> {
        Ok(Json::Float(v))
    }
    fn visit_str<E>(self, v: &str) -> std::result::Result<Json, E> {
        Ok(Json::String(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> std::result::Result<Json, E> {
        Ok(Json::String(v))
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<Json, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(JsonSeed {
            path: &mut *self.path,
            at: Some(Segment::Index(items.len())),
        })? {
            items.push(item);
        }
        Ok(Json::Array(items))
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> std::result::Result<Json, A::Error> {
        let mut members = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            let value = map.next_value_seed(JsonSeed {
                path: &mut *self.path,
                at: Some(Segment::Key(key.clone())),
            })?;
            members.push((key, value));
        }
        Ok(Json::Object(members))
    }
}

/// Decoding an input type from a [`Json`] tree exactly as serde_json decodes it from text.
mod tree {
    use super::{Json, Segment};
    use serde::de::{self, DeserializeSeed, IntoDeserializer, Unexpected, Visitor};
    use std::fmt;

    /// An error and, innermost first, where it happened. Boxed, and built out of line, so the
    /// decoding code compiled for every input type stays small.
    #[derive(Debug)]
    pub(super) struct Error(Box<(String, Vec<Segment>)>);

    impl Error {
        pub(super) fn into_parts(self) -> (String, Vec<Segment>) {
            *self.0
        }
        #[cold]
        #[inline(never)]
        fn at_key(mut self, key: &str) -> Self {
            self.0 .1.push(Segment::Key(key.to_string()));
            self
        }
        #[cold]
        #[inline(never)]
        fn at_index(mut self, index: usize) -> Self {
            self.0 .1.push(Segment::Index(index));
            self
        }
    }

    impl fmt::Display for Error {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(&self.0 .0)
        }
    }

    impl std::error::Error for Error {}

    /// `invalid type: <what json is>, expected <expected>`.
    #[cold]
    #[inline(never)]
    fn invalid(json: &Json, expected: &dyn de::Expected) -> Error {
        de::Error::invalid_type(unexpected(json), expected)
    }

    /// serde_json's own wording of messages (`null`, floats as serde_json writes them).
    fn json_message(error: serde_json::Error) -> Error {
        de::Error::custom(error)
    }

    impl de::Error for Error {
        #[cold]
        fn custom<T: fmt::Display>(message: T) -> Self {
            Error(Box::new((message.to_string(), Vec::new())))
        }
        #[cold]
        fn invalid_type(unexpected: Unexpected, expected: &dyn de::Expected) -> Self {
            json_message(<serde_json::Error as de::Error>::invalid_type(unexpected, expected))
        }
        #[cold]
        fn invalid_value(unexpected: Unexpected, expected: &dyn de::Expected) -> Self {
            json_message(<serde_json::Error as de::Error>::invalid_value(unexpected, expected))
        }
    }

    type Result<T> = std::result::Result<T, Error>;

    fn unexpected(json: &Json) -> Unexpected<'_> {
        match json {
            Json::Null => Unexpected::Unit,
            Json::Bool(v) => Unexpected::Bool(*v),
            Json::Unsigned(v) => Unexpected::Unsigned(*v),
            Json::Signed(v) => Unexpected::Signed(*v),
            Json::Float(v) => Unexpected::Float(*v),
            Json::String(v) => Unexpected::Str(v),
            Json::Array(_) => Unexpected::Seq,
            Json::Object(_) => Unexpected::Map,
        }
    }

    /// A message serde_json reports from its parser (`ErrorCode`'s text).
    fn parser_error(message: &str) -> Error {
        de::Error::custom(message)
    }

    pub(super) struct De<'a>(pub(super) &'a Json);

    impl<'a> De<'a> {
        fn number<'de, V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            match self.0 {
                Json::Unsigned(v) => visitor.visit_u64(*v),
                Json::Signed(v) => visitor.visit_i64(*v),
                Json::Float(v) => visitor.visit_f64(*v),
                _ => Err(invalid(self.0, &visitor)),
            }
        }
        fn string<'de, V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            match self.0 {
                Json::String(v) => visitor.visit_str(v),
                _ => Err(invalid(self.0, &visitor)),
            }
        }
        fn seq<'de, V: Visitor<'de>>(items: &[Json], visitor: V) -> Result<V::Value> {
            let mut access = Seq {
                items: items.iter().enumerate(),
            };
            let value = visitor.visit_seq(&mut access)?;
            match access.items.len() {
                0 => Ok(value),
                _ => Err(parser_error("trailing characters")),
            }
        }
        fn map<'de, V: Visitor<'de>>(members: &[(String, Json)], visitor: V) -> Result<V::Value> {
            let mut access = Map {
                members: members.iter(),
                value: None,
            };
            let value = visitor.visit_map(&mut access)?;
            match access.members.len() {
                0 => Ok(value),
                _ => Err(parser_error("trailing characters")),
            }
        }
    }

    impl<'de> de::Deserializer<'de> for De<'_> {
        type Error = Error;

        fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            match self.0 {
                Json::Null => visitor.visit_unit(),
                Json::Bool(v) => visitor.visit_bool(*v),
                Json::Unsigned(_) | Json::Signed(_) | Json::Float(_) => self.number(visitor),
                Json::String(v) => visitor.visit_str(v),
                Json::Array(items) => De::seq(items, visitor),
                Json::Object(members) => De::map(members, visitor),
            }
        }
        fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            match self.0 {
                Json::Bool(v) => visitor.visit_bool(*v),
                _ => Err(invalid(self.0, &visitor)),
            }
        }
        fn deserialize_i8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            self.number(visitor)
        }
        fn deserialize_i16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            self.number(visitor)
        }
        fn deserialize_i32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            self.number(visitor)
        }
        fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            self.number(visitor)
        }
        fn deserialize_u8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            self.number(visitor)
        }
        fn deserialize_u16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            self.number(visitor)
        }
        fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            self.number(visitor)
        }
        fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            self.number(visitor)
        }
        fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            self.number(visitor)
        }
        fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            self.number(visitor)
        }
        fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            self.string(visitor)
        }
        fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            self.string(visitor)
        }
        fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            self.string(visitor)
        }
        fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            self.string(visitor)
        }
        fn deserialize_bytes<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            match self.0 {
                Json::String(v) => visitor.visit_bytes(v.as_bytes()),
                Json::Array(items) => De::seq(items, visitor),
                _ => Err(invalid(self.0, &visitor)),
            }
        }
        fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            self.deserialize_bytes(visitor)
        }
        fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            match self.0 {
                Json::Null => visitor.visit_none(),
                _ => visitor.visit_some(self),
            }
        }
        fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            match self.0 {
                Json::Null => visitor.visit_unit(),
                _ => Err(invalid(self.0, &visitor)),
            }
        }
        fn deserialize_unit_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value> {
            self.deserialize_unit(visitor)
        }
        fn deserialize_newtype_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value> {
            visitor.visit_newtype_struct(self)
        }
        fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            match self.0 {
                Json::Array(items) => De::seq(items, visitor),
                _ => Err(invalid(self.0, &visitor)),
            }
        }
        fn deserialize_tuple<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value> {
            self.deserialize_seq(visitor)
        }
        fn deserialize_tuple_struct<V: Visitor<'de>>(self, _name: &'static str, _len: usize, visitor: V) -> Result<V::Value> {
            self.deserialize_seq(visitor)
        }
        fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            match self.0 {
                Json::Object(members) => De::map(members, visitor),
                _ => Err(invalid(self.0, &visitor)),
            }
        }
        /// Only an object: serde_json would also take an array of the fields in order, which no
        /// caller means and which compiles a second decoder into every input type.
        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _name: &'static str,
            _fields: &'static [&'static str],
            visitor: V,
        ) -> Result<V::Value> {
            self.deserialize_map(visitor)
        }
        /// `"variant"` or `{ "variant": content }`; serde_json says "expected value" otherwise.
        fn deserialize_enum<V: Visitor<'de>>(
            self,
            _name: &'static str,
            _variants: &'static [&'static str],
            visitor: V,
        ) -> Result<V::Value> {
            match self.0 {
                Json::String(variant) => visitor.visit_enum(Variant {
                    name: variant,
                    content: None,
                }),
                Json::Object(members) => match members.as_slice() {
                    [(variant, content)] => visitor.visit_enum(Variant {
                        name: variant,
                        content: Some(content),
                    }),
                    [] => Err(parser_error("expected value")),
                    // serde_json decodes the first member, then finds no closing brace.
                    [(variant, content), ..] => {
                        visitor.visit_enum(Variant {
                            name: variant,
                            content: Some(content),
                        })?;
                        Err(parser_error("expected value"))
                    }
                },
                _ => Err(parser_error("expected value")),
            }
        }
        fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            visitor.visit_unit()
        }
    }

    struct Seq<'a> {
        items: std::iter::Enumerate<std::slice::Iter<'a, Json>>,
    }

    impl<'de> de::SeqAccess<'de> for &mut Seq<'_> {
        type Error = Error;

        fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>> {
            match self.items.next() {
                None => Ok(None),
                Some((index, item)) => seed.deserialize(De(item)).map(Some).map_err(|e| e.at_index(index)),
            }
        }
        fn size_hint(&self) -> Option<usize> {
            Some(self.items.len())
        }
    }

    struct Map<'a> {
        members: std::slice::Iter<'a, (String, Json)>,
        /// The member whose key was just read; its key is part of the path only if the key was
        /// read as a string (an enum key is not, as serde_path_to_error did).
        value: Option<(&'a str, &'a Json, bool)>,
    }

    impl<'de> de::MapAccess<'de> for &mut Map<'_> {
        type Error = Error;

        fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
            let Some((key, value)) = self.members.next() else { return Ok(None) };
            let mut as_string = false;
            let result = seed.deserialize(Key {
                key,
                as_string: &mut as_string,
            });
            self.value = Some((key, value, as_string));
            match result {
                Ok(key) => Ok(Some(key)),
                Err(e) if as_string => Err(e.at_key(key)),
                Err(e) => Err(e),
            }
        }
        fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value> {
            let Some((key, value, as_string)) = self.value.take() else {
                return Err(de::Error::custom("a map value was read before its key"));
            };
            match seed.deserialize(De(value)) {
                Err(e) if as_string => Err(e.at_key(key)),
                result => result,
            }
        }
        fn size_hint(&self) -> Option<usize> {
            Some(self.members.len())
        }
    }

    /// An object key: always a string in JSON.
    struct Key<'a, 'b> {
        key: &'a str,
        as_string: &'b mut bool,
    }

    impl<'de> de::Deserializer<'de> for Key<'_, '_> {
        type Error = Error;

        fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            *self.as_string = true;
            visitor.visit_str(self.key)
        }
        fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            visitor.visit_some(self)
        }
        fn deserialize_newtype_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value> {
            visitor.visit_newtype_struct(self)
        }
        fn deserialize_enum<V: Visitor<'de>>(
            self,
            _name: &'static str,
            _variants: &'static [&'static str],
            visitor: V,
        ) -> Result<V::Value> {
            visitor.visit_enum(Variant {
                name: self.key,
                content: None,
            })
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf unit
            unit_struct seq tuple tuple_struct map struct identifier ignored_any
        }
    }

    /// An enum value: its variant name and, unless it was written as a plain string, its content.
    struct Variant<'a> {
        name: &'a str,
        content: Option<&'a Json>,
    }

    impl<'de, 'a> de::EnumAccess<'de> for Variant<'a> {
        type Error = Error;
        type Variant = Self;

        fn variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<(S::Value, Self)> {
            let variant: de::value::StrDeserializer<'_, Error> = self.name.into_deserializer();
            Ok((seed.deserialize(variant)?, self))
        }
    }

    impl<'de> de::VariantAccess<'de> for Variant<'_> {
        type Error = Error;

        fn unit_variant(self) -> Result<()> {
            match self.content {
                None => Ok(()),
                Some(content) => de::Deserialize::deserialize(De(content)).map_err(|e| e.at_key(self.name)),
            }
        }
        fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value> {
            match self.content {
                None => Err(de::Error::invalid_type(Unexpected::UnitVariant, &"newtype variant")),
                Some(content) => seed.deserialize(De(content)).map_err(|e| e.at_key(self.name)),
            }
        }
        fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value> {
            match self.content {
                None => Err(de::Error::invalid_type(Unexpected::UnitVariant, &"tuple variant")),
                Some(content) => de::Deserializer::deserialize_tuple(De(content), len, visitor).map_err(|e| e.at_key(self.name)),
            }
        }
        fn struct_variant<V: Visitor<'de>>(self, fields: &'static [&'static str], visitor: V) -> Result<V::Value> {
            match self.content {
                None => Err(de::Error::invalid_type(Unexpected::UnitVariant, &"struct variant")),
                Some(content) => de::Deserializer::deserialize_struct(De(content), "", fields, visitor).map_err(|e| e.at_key(self.name)),
            }
        }
    }
}

fn classify(path: String, message: String) -> Error {
    // serde_json appends " at line L column C"; the path already locates the problem.
    let message = match message.find(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message,
    };
    if let Some((head, rest)) = message.split_once(": ") {
        if is_code(head) {
            return Error::new(static_code(head), path, rest);
        }
    }
    if let Some(name) = backticked_after(&message, "missing field ") {
        return Error::new(code::MISSING_FIELD, join_path(&path, &name), format!("`{name}` is required"));
    }
    if let Some(name) = backticked_after(&message, "unknown field ") {
        // serde_path_to_error already ends the path with the unknown key.
        let field = if path.ends_with(name.as_str()) {
            path
        } else {
            join_path(&path, &name)
        };
        return Error::new(code::UNKNOWN_FIELD, field, message);
    }
    if message.starts_with("unknown variant") {
        return Error::new(code::INVALID_INPUT, path, message);
    }
    if let Some((code, message)) = counting_number(&message) {
        return Error::new(code, path, message);
    }
    Error::new(code::INVALID_TYPE, path, message)
}

/// serde names Rust integer types (`expected u64`); JS callers need "a whole number ≥ 0". A value
/// of the right kind but outside the type's range is `out_of_range`.
fn counting_number(message: &str) -> Option<(&'static str, String)> {
    let (head, rust_type) = message.rsplit_once(", expected ")?;
    let wanted = match rust_type {
        "u8" | "u16" | "u32" | "u64" | "usize" => "a whole number ≥ 0",
        "i8" | "i16" | "i32" | "i64" | "isize" => "a whole number",
        _ => return None,
    };
    let max = match rust_type {
        "u8" => u64::from(u8::MAX),
        "u16" => u64::from(u16::MAX),
        "u32" => u64::from(u32::MAX),
        "usize" => usize::MAX as u64,
        _ => u64::MAX,
    };
    match head.strip_prefix("invalid value: integer ") {
        Some(value) if value.starts_with("`-") => Some((code::OUT_OF_RANGE, format!("{value} is negative; expected {wanted}"))),
        Some(value) if rust_type.starts_with('u') => Some((code::OUT_OF_RANGE, format!("{value} is too large; the maximum is {max}"))),
        Some(value) => Some((code::OUT_OF_RANGE, format!("{value} is out of range; expected {wanted}"))),
        None => Some((code::INVALID_TYPE, format!("{head}, expected {wanted}"))),
    }
}

fn backticked_after(message: &str, prefix: &str) -> Option<String> {
    let rest = message.strip_prefix(prefix)?.strip_prefix('`')?;
    Some(rest[..rest.find('`')?].to_string())
}

fn is_code(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
}

/// Codes travel through serde as text; map them back onto `'static` strings. Unknown codes
/// (a domain module's own) are leaked once each — the set is small and fixed at compile time.
fn static_code(s: &str) -> &'static str {
    use std::collections::BTreeMap;
    use std::sync::Mutex;
    static KNOWN: Mutex<BTreeMap<String, &'static str>> = Mutex::new(BTreeMap::new());
    let Ok(mut known) = KNOWN.lock() else { return code::INVALID_INPUT };
    if let Some(code) = known.get(s) {
        return code;
    }
    let leaked: &'static str = Box::leak(s.to_string().into_boxed_str());
    known.insert(s.to_string(), leaked);
    leaked
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Line {
        amount: crate::money::Yen,
    }
    #[derive(Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Doc {
        lines: Vec<Line>,
    }

    #[wasm_bindgen_test::wasm_bindgen_test(unsupported = test)]
    fn reports_paths_and_codes() {
        let e = decode_json::<Doc>(r#"{"lines":[{"amount":"1"},{"amount":"1.5"}]}"#).unwrap_err();
        assert_eq!((e.code, e.field.as_str()), ("invalid_amount", "lines[1].amount"));
        let e = decode_json::<Doc>(r#"{"lines":[{}]}"#).unwrap_err();
        assert_eq!((e.code, e.field.as_str()), ("missing_field", "lines[0].amount"));
        let e = decode_json::<Doc>(r#"{"lines":[],"extra":1}"#).unwrap_err();
        assert_eq!((e.code, e.field.as_str()), ("unknown_field", "extra"));
        let e = decode_json::<Doc>(r#"{"lines":7}"#).unwrap_err();
        assert_eq!((e.code, e.field.as_str()), ("invalid_type", "lines"));
    }

    #[derive(Deserialize, Debug)]
    #[allow(dead_code)]
    struct Counts {
        posts: u32,
        #[serde(default)]
        offset: i32,
    }

    #[wasm_bindgen_test::wasm_bindgen_test(unsupported = test)]
    fn integer_errors_speak_javascript() {
        let e = decode_json::<Counts>(r#"{"posts":-5}"#).unwrap_err();
        assert_eq!(
            (e.code, e.field.as_str(), e.message.as_str()),
            ("out_of_range", "posts", "`-5` is negative; expected a whole number ≥ 0")
        );
        let e = decode_json::<Counts>(r#"{"posts":4294967296}"#).unwrap_err();
        assert_eq!(
            (e.code, e.message.as_str()),
            ("out_of_range", "`4294967296` is too large; the maximum is 4294967295")
        );
        let e = decode_json::<Counts>(r#"{"posts":1.5}"#).unwrap_err();
        assert_eq!(
            (e.code, e.message.as_str()),
            ("invalid_type", "invalid type: floating point `1.5`, expected a whole number ≥ 0")
        );
        let e = decode_json::<Counts>(r#"{"posts":1,"offset":"3"}"#).unwrap_err();
        assert_eq!(
            (e.code, e.field.as_str(), e.message.as_str()),
            ("invalid_type", "offset", "invalid type: string \"3\", expected a whole number")
        );
        let e = decode_json::<Counts>(r#"{"posts":1,"offset":9999999999}"#).unwrap_err();
        assert_eq!(
            (e.code, e.message.as_str()),
            ("out_of_range", "`9999999999` is out of range; expected a whole number")
        );
    }
}
