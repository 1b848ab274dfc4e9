//! One extension shape for what the settings name: a backend, a hasher or a validator is a
//! [`Registration`] (its name, the other names it answers to, and a constructor from its typed
//! options), so adding one is one new file plus one line in its kind's registry. Options are a
//! `#[derive(Deserialize, Serialize, Default)]` struct with `#[serde(deny_unknown_fields,
//! default)]`: serde reads them, and the same struct, serialized, is what `config check` shows.

use serde::de::{self, DeserializeOwned, Deserializer, Visitor};
use serde::{Deserialize, Serialize};

/// One component of kind `T` (`dyn Backend`, `dyn Hasher`, `dyn Validator`); `Ctx` is what its
/// constructor needs besides its options (a validator: the settings file's folder).
pub struct Registration<T: ?Sized + 'static, Ctx: ?Sized + 'static = ()> {
    /// The short name, used in the settings, `--json` and traces.
    pub name: &'static str,
    /// Other names accepted for it: a Django class name or dotted path.
    pub aliases: &'static [&'static str],
    constructor: &'static dyn Build<T, Ctx>,
}

impl<T: ?Sized, Ctx: ?Sized> Registration<T, Ctx> {
    /// `constructor` takes its options typed: [`Typed`] ties their type to the registration.
    pub const fn new(
        name: &'static str,
        aliases: &'static [&'static str],
        constructor: &'static dyn Build<T, Ctx>,
    ) -> Self {
        Registration { name, aliases, constructor }
    }

    pub fn is_named(&self, name: &str) -> bool {
        self.name == name || self.aliases.contains(&name)
    }

    /// Builds it from its options table; errors begin with `owner` (`hashers.argon2`).
    pub fn build(&self, owner: &str, table: &toml::Table, ctx: &Ctx) -> Result<Configured<T>, String> {
        let (component, options) =
            self.constructor.build(table, ctx).map_err(|message| format!("{owner}: {message}"))?;
        Ok(Configured { name: self.name, options, component })
    }

    /// Its options' names, in declaration order (generated lists and errors).
    pub fn option_names(&self) -> &'static [&'static str] {
        self.constructor.names()
    }
}

/// The first registration of `registry` that `name` names.
pub fn find<'r, T: ?Sized, Ctx: ?Sized>(
    registry: &'r [Registration<T, Ctx>],
    name: &str,
) -> Option<&'r Registration<T, Ctx>> {
    registry.iter().find(|r| r.is_named(name))
}

/// The registry's short names, comma-separated, for the errors that list them.
pub fn names<T: ?Sized, Ctx: ?Sized>(registry: &[Registration<T, Ctx>]) -> String {
    registry.iter().map(|r| r.name).collect::<Vec<_>>().join(", ")
}

/// A built component with the name it was registered under and its options in force.
pub struct Configured<T: ?Sized> {
    pub name: &'static str,
    /// Every option, defaults filled in: the typed options serialized (`config check`).
    pub options: toml::Table,
    pub component: Box<T>,
}

impl<T: ?Sized> std::ops::Deref for Configured<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.component
    }
}

/// The constructor of a registration with its options' type erased, so one registry holds them all.
pub trait Build<T: ?Sized, Ctx: ?Sized>: Sync {
    fn build(&self, table: &toml::Table, ctx: &Ctx) -> Result<(Box<T>, toml::Table), String>;
    fn names(&self) -> &'static [&'static str];
}

/// A constructor from options of type `O`.
pub struct Typed<O, T: ?Sized, Ctx: ?Sized = ()>(pub fn(O, &Ctx) -> Result<Box<T>, String>);

impl<O, T: ?Sized, Ctx: ?Sized> Build<T, Ctx> for Typed<O, T, Ctx>
where
    O: DeserializeOwned + Serialize,
{
    fn build(&self, table: &toml::Table, ctx: &Ctx) -> Result<(Box<T>, toml::Table), String> {
        let options: O = parse(table)?;
        let shown = table_of(&options);
        Ok(((self.0)(options, ctx)?, shown))
    }

    fn names(&self) -> &'static [&'static str] {
        field_names::<O>()
    }
}

/// The options of a component that takes none.
#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct NoOptions {}

fn table_of<O: Serialize>(options: &O) -> toml::Table {
    toml::Table::try_from(options).expect("options structs serialize to a table")
}

/// `table` read as `O`. Unknown options are errors, so a typo never silently falls back to a
/// default; serde's messages name no key, so each error names the option it is about.
fn parse<O: DeserializeOwned>(table: &toml::Table) -> Result<O, String> {
    let known = field_names::<O>();
    if let Some(key) = table.keys().find(|key| !known.contains(&key.as_str())) {
        return Err(match known {
            [] => format!("unknown option `{key}`; it takes no options"),
            _ => format!("unknown option `{key}`; valid options: {}", known.join(", ")),
        });
    }
    table.clone().try_into().map_err(|whole: toml::de::Error| {
        // Every option has a default, so the one that fails alone is the one to name.
        let alone = |(key, value): (&String, &toml::Value)| {
            let one = toml::Table::from_iter([(key.clone(), value.clone())]);
            one.try_into::<O>().err().map(|err| describe(key, value, err.message()))
        };
        table.iter().find_map(alone).unwrap_or_else(|| whole.message().trim().to_string())
    })
}

/// serde's "invalid type: string \"x\", expected u32" as "`key` must be an integer, not string".
fn describe(key: &str, value: &toml::Value, message: &str) -> String {
    let expected = message.rsplit("expected ").next().unwrap_or("").trim();
    let integer = ["u8", "u16", "u32", "u64", "usize", "i32", "i64"].contains(&expected);
    if message.starts_with("invalid value") && integer {
        let most = match expected {
            "u32" => u64::from(u32::MAX),
            "u8" => u64::from(u8::MAX),
            "u16" => u64::from(u16::MAX),
            _ => i64::MAX as u64,
        };
        return format!("`{key}` must be a whole number from 0 to {most}");
    }
    let wanted = match expected {
        _ if integer => "an integer",
        "f32" | "f64" => "a number",
        "a string" if value.is_array() => "an array of strings",
        "a sequence" => "an array of strings",
        other => other,
    };
    format!("`{key}` must be {wanted}, not {}", value.type_str())
}

/// `value` unless it is below `minimum` (an option's own lower bound).
pub fn at_least(key: &str, value: u32, minimum: u32) -> Result<u32, String> {
    if value < minimum {
        return Err(format!("`{key}` must be a whole number from {minimum} to {}", u32::MAX));
    }
    Ok(value)
}

/// The field names a derived `Deserialize` struct declares: it hands them to `deserialize_struct`,
/// which this deserializer records and then refuses.
fn field_names<O: DeserializeOwned>() -> &'static [&'static str] {
    let mut names: &'static [&'static str] = &[];
    let _ = O::deserialize(FieldNames(&mut names));
    names
}

struct FieldNames<'a>(&'a mut &'static [&'static str]);

impl<'de> Deserializer<'de> for FieldNames<'_> {
    type Error = de::value::Error;

    fn deserialize_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, Self::Error> {
        Err(de::Error::custom("not a struct"))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        _visitor: V,
    ) -> Result<V::Value, Self::Error> {
        *self.0 = fields;
        Err(de::Error::custom("field names recorded"))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option
        unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize, Serialize)]
    #[serde(deny_unknown_fields, default)]
    struct Sample {
        rounds: u32,
        ratio: f64,
        names: Vec<String>,
    }

    impl Default for Sample {
        fn default() -> Self {
            Sample { rounds: 12, ratio: 0.5, names: vec!["a".into()] }
        }
    }

    fn error_of(text: &str) -> String {
        parse::<Sample>(&toml::from_str(text).unwrap()).err().expect("an error")
    }

    #[test]
    fn field_names_come_from_the_derive() {
        assert_eq!(field_names::<Sample>(), ["rounds", "ratio", "names"]);
        assert_eq!(field_names::<NoOptions>(), [] as [&str; 0]);
    }

    #[test]
    fn errors_name_the_option() {
        assert_eq!(error_of("rouns = 1"), "unknown option `rouns`; valid options: rounds, ratio, names");
        assert_eq!(error_of("rounds = \"x\""), "`rounds` must be an integer, not string");
        assert_eq!(error_of("rounds = -1"), "`rounds` must be a whole number from 0 to 4294967295");
        assert_eq!(error_of("ratio = true"), "`ratio` must be a number, not boolean");
        assert_eq!(error_of("names = [1]"), "`names` must be an array of strings, not array");
        assert_eq!(error_of("names = 1"), "`names` must be an array of strings, not integer");
        let none = parse::<NoOptions>(&toml::from_str("x = 1").unwrap()).err().unwrap();
        assert_eq!(none, "unknown option `x`; it takes no options");
    }

    #[test]
    fn defaults_fill_what_is_not_given() {
        let sample: Sample = parse(&toml::from_str("ratio = 1").unwrap()).unwrap();
        assert_eq!((sample.rounds, sample.ratio), (12, 1.0));
        assert_eq!(table_of(&sample).len(), 3);
    }
}
