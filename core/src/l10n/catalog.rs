//! The compiled message catalog (see `build/catalog.rs` for its form) and its resolver: the
//! subset of Fluent the catalog uses, formatted as `fluent-bundle` formats it (without isolation
//! marks), which `tests/l10n.rs` checks message by message. Two differences, on purpose: a number
//! matched against a plural category name (`[other]`) follows the core's CLDR rules
//! ([`super::plural_category`]), not `intl_pluralrules` (the catalog's plural forms all go
//! through `PLURAL()`, which uses them too); and `PLURAL()` of a text reads it as a JSON number
//! (the core used `f64::from_str`, which also takes `+3`, `.5` or `inf`: no message gets such a
//! text, and the WebAssembly engine needs no second number reader).

use std::collections::BTreeMap;

use serde_json::Value;

use super::{number, plural_category, Arg};

/// One language's messages, by id, and their ids in the file's order.
pub(crate) struct Catalog {
    pub(crate) lang: &'static str,
    pub(crate) ids: Vec<String>,
    messages: BTreeMap<String, Pattern>,
}

type Pattern = Vec<Element>;

enum Element {
    /// Text of the message (French typography applies to it).
    Text(String),
    /// A string literal (`{" "}`), as it is.
    Literal(String),
    /// `{ $name }`.
    Var(String),
    Select(Box<Select>),
}

struct Select {
    on: Selector,
    variants: Vec<(Key, Pattern)>,
    default: usize,
}

enum Selector {
    /// `{ $name -> ...}`
    Var(String),
    /// `{ PLURAL($name) -> ...}`: the number's CLDR plural category.
    Plural(String),
}

enum Key {
    Name(String),
    Number(f64),
}

/// The value a selector resolves to.
enum Selected<'a> {
    Text(&'a str),
    Number(f64),
}

impl Catalog {
    /// Reads a compiled catalog. The language must be one of [`super::LANGUAGES`].
    pub(crate) fn parse(text: &str) -> Result<Catalog, String> {
        let doc: Value = serde_json::from_str(text).map_err(|e| format!("not a compiled catalog: {e}"))?;
        let tag = doc.get("lang").and_then(Value::as_str).unwrap_or_default();
        let lang = super::LANGUAGES.iter().copied().find(|l| *l == tag).ok_or_else(|| format!("no catalog language `{tag}`"))?;
        let list = doc.get("messages").and_then(Value::as_array).ok_or("a compiled catalog without `messages`")?;
        let mut ids = Vec::with_capacity(list.len());
        let mut messages = BTreeMap::new();
        for entry in list {
            let (id, pattern) = match entry.as_array().map(Vec::as_slice) {
                Some([Value::String(id), p]) => (id, read_pattern(p)?),
                _ => return Err("a message is not [id, pattern]".into()),
            };
            ids.push(id.clone());
            messages.insert(id.clone(), pattern);
        }
        Ok(Catalog { lang, ids, messages })
    }

    /// A catalog without messages (what a damaged embedded catalog reads as; tests catch it).
    pub(crate) fn empty(lang: &'static str) -> Catalog {
        Catalog { lang, ids: Vec::new(), messages: BTreeMap::new() }
    }

    pub(crate) fn has(&self, id: &str) -> bool {
        self.messages.contains_key(id)
    }

    /// The message `id` with `args`, and the problems met (variables `args` lacks); `None` when
    /// the catalog has no such message.
    pub(crate) fn format(&self, id: &str, args: &[(&str, Arg)]) -> Option<(String, Vec<String>)> {
        let pattern = self.messages.get(id)?;
        let mut out = String::new();
        let mut problems = Vec::new();
        self.write(&mut out, pattern, args, &mut problems);
        Some((out, problems))
    }

    fn write(&self, out: &mut String, pattern: &[Element], args: &[(&str, Arg)], problems: &mut Vec<String>) {
        for element in pattern {
            match element {
                Element::Text(t) if self.lang == "fr" => out.push_str(&super::french(t)),
                Element::Text(t) | Element::Literal(t) => out.push_str(t),
                Element::Var(name) => match arg(args, name) {
                    Some(Arg::Text(s)) => out.push_str(s),
                    Some(Arg::Number(n)) => out.push_str(&number(self.lang, *n, if n.fract() == 0.0 { 0 } else { 1 })),
                    None => {
                        problems.push(format!("unknown variable `${name}`"));
                        out.push_str(&format!("{{${name}}}"));
                    }
                },
                Element::Select(s) => {
                    let chosen = self.selected(&s.on, args, problems).and_then(|value| s.variants.iter().find(|(key, _)| self.matches(key, &value)));
                    let variant = chosen.or_else(|| s.variants.get(s.default));
                    if let Some((_, p)) = variant {
                        self.write(out, p, args, problems);
                    }
                }
            }
        }
    }

    fn selected<'a>(&self, on: &'a Selector, args: &'a [(&str, Arg)], problems: &mut Vec<String>) -> Option<Selected<'a>> {
        let (Selector::Var(name) | Selector::Plural(name)) = on;
        let value = arg(args, name);
        if value.is_none() {
            problems.push(format!("unknown variable `${name}`"));
        }
        match (on, value) {
            (Selector::Var(_), Some(Arg::Text(s))) => Some(Selected::Text(s)),
            (Selector::Var(_), Some(Arg::Number(n))) => Some(Selected::Number(*n)),
            (Selector::Var(_), None) => None,
            (Selector::Plural(_), Some(Arg::Number(n))) => Some(Selected::Text(plural_category(self.lang, *n))),
            // A number given as text is read as the JSON number it is everywhere in Kalkan
            // (serde_json's reader, which the module has anyway, not Rust's `f64::from_str`).
            (Selector::Plural(_), Some(Arg::Text(s))) => {
                Some(Selected::Text(serde_json::from_str::<f64>(s).map_or("other", |n| plural_category(self.lang, n))))
            }
            (Selector::Plural(_), None) => Some(Selected::Text("other")),
        }
    }

    fn matches(&self, key: &Key, value: &Selected) -> bool {
        match (key, value) {
            (Key::Name(k), Selected::Text(v)) => k == v,
            (Key::Number(k), Selected::Number(v)) => k == v,
            (Key::Name(k), Selected::Number(v)) => k == plural_category(self.lang, *v),
            (Key::Number(_), Selected::Text(_)) => false,
        }
    }
}

fn arg<'a>(args: &'a [(&str, Arg)], name: &str) -> Option<&'a Arg> {
    args.iter().find(|(k, _)| *k == name).map(|(_, v)| v)
}

fn read_pattern(v: &Value) -> Result<Pattern, String> {
    v.as_array().ok_or("a pattern is not a list")?.iter().map(read_element).collect()
}

fn read_element(v: &Value) -> Result<Element, String> {
    let field = |name: &str| v.get(name).and_then(Value::as_str).map(str::to_string);
    if let Some(t) = v.as_str() {
        return Ok(Element::Text(t.to_string()));
    }
    if let Some(s) = field("literal") {
        return Ok(Element::Literal(s));
    }
    if let Some(name) = field("var") {
        return Ok(Element::Var(name));
    }
    let on = v.get("select").ok_or("an unknown pattern element")?;
    let on = match (on.get("var").and_then(Value::as_str), on.get("plural").and_then(Value::as_str)) {
        (Some(name), None) => Selector::Var(name.to_string()),
        (None, Some(name)) => Selector::Plural(name.to_string()),
        _ => return Err("an unknown selector".into()),
    };
    let mut variants = Vec::new();
    for variant in v.get("variants").and_then(Value::as_array).ok_or("a select expression without variants")? {
        let (key, pattern) = match variant.as_array().map(Vec::as_slice) {
            Some([key, pattern]) => (key, read_pattern(pattern)?),
            _ => return Err("a variant is not [key, pattern]".into()),
        };
        let key = match (key.as_str(), key.get("number").and_then(Value::as_f64)) {
            (Some(name), _) => Key::Name(name.to_string()),
            (None, Some(n)) => Key::Number(n),
            _ => return Err("an unknown variant key".into()),
        };
        variants.push((key, pattern));
    }
    let default = v
        .get("default")
        .and_then(Value::as_u64)
        .and_then(|d| usize::try_from(d).ok())
        .filter(|d| *d < variants.len())
        .ok_or("a select expression without a default variant")?;
    Ok(Element::Select(Box::new(Select { on, variants, default })))
}
