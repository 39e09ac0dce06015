//! Compiles the message catalog (`l10n/*.ftl`) for the core: each file is parsed here, at build
//! time, by Fluent's own parser (`fluent-syntax`), and written as a compiled catalog (JSON) that
//! the core's small resolver (`src/l10n/catalog.rs`) formats. Neither the parser nor
//! `fluent-bundle` (with its locale and plural-rule tables) is in the library, which keeps the
//! WebAssembly engine small; the text of every message is exactly what Fluent parses.
//!
//! The catalog uses a subset of Fluent, and anything outside it stops the build with the
//! message's id: messages with a value (no attributes, no terms, no message references),
//! text, string literals, variables, and select expressions on a variable or on `PLURAL($var)`
//! whose keys are names or whole numbers.
//!
//! The compiled form, one JSON document per language:
//! `{"lang": "fr", "messages": [[id, pattern], ...]}` in the file's order, where a pattern is a
//! list of elements: a string (text, to which French typography applies), `{"literal": s}` (a
//! string literal, unescaped), `{"var": name}`, or `{"select": {"var": name} | {"plural": name},
//! "variants": [[key, pattern], ...], "default": index}` with `key` a string (a name) or
//! `{"number": n}`.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use fluent_syntax::parser::parse_runtime;
use fluent_syntax::unicode::unescape_unicode_to_string;
use serde_json::{json, Value};

/// The compiled catalog of `source` (the `.ftl` text of `lang`), or what is wrong with it.
pub fn compile(lang: &str, source: &str) -> Result<String, String> {
    let resource = parse_runtime(source).map_err(|(_, errors)| format!("{lang}.ftl does not parse: {errors:?}"))?;
    let mut messages = Vec::new();
    for entry in &resource.body {
        match entry {
            Entry::Message(m) => {
                let id = m.id.name;
                if !m.attributes.is_empty() {
                    return Err(format!("{lang}.ftl: `{id}` has attributes, which the core does not support"));
                }
                let value = m.value.as_ref().ok_or_else(|| format!("{lang}.ftl: `{id}` has no value"))?;
                let pattern = pattern(value).map_err(|e| format!("{lang}.ftl: `{id}`: {e}"))?;
                messages.push(json!([id, pattern]));
            }
            Entry::Term(t) => return Err(format!("{lang}.ftl: the term `-{}` is not supported by the core", t.id.name)),
            Entry::Junk { content } => return Err(format!("{lang}.ftl does not parse near: {content}")),
            Entry::Comment(_) | Entry::GroupComment(_) | Entry::ResourceComment(_) => {}
        }
    }
    serde_json::to_string(&json!({ "lang": lang, "messages": messages })).map_err(|e| e.to_string())
}

fn pattern(p: &Pattern<&str>) -> Result<Value, String> {
    let mut out = Vec::with_capacity(p.elements.len());
    for element in &p.elements {
        out.push(match element {
            PatternElement::TextElement { value } => json!(value),
            PatternElement::Placeable { expression } => placeable(expression)?,
        });
    }
    Ok(Value::Array(out))
}

fn placeable(e: &Expression<&str>) -> Result<Value, String> {
    match e {
        Expression::Inline(InlineExpression::StringLiteral { value }) => Ok(json!({ "literal": unescape_unicode_to_string(value) })),
        Expression::Inline(InlineExpression::VariableReference { id }) => Ok(json!({ "var": id.name })),
        Expression::Inline(other) => Err(format!("unsupported placeable {other:?}")),
        Expression::Select { selector, variants } => {
            let selector = match selector {
                InlineExpression::VariableReference { id } => json!({ "var": id.name }),
                InlineExpression::FunctionReference { id, arguments } if id.name == "PLURAL" => {
                    match (arguments.positional.as_slice(), arguments.named.is_empty()) {
                        ([InlineExpression::VariableReference { id }], true) => json!({ "plural": id.name }),
                        _ => return Err("PLURAL takes one variable".into()),
                    }
                }
                other => return Err(format!("unsupported selector {other:?}")),
            };
            let mut list = Vec::with_capacity(variants.len());
            let mut default = None;
            for (i, v) in variants.iter().enumerate() {
                let key = match v.key {
                    VariantKey::Identifier { name } => json!(name),
                    // Whole numbers only: Fluent gives a key with decimals (`[1.0]`) a precision
                    // that no argument has, so it would never match.
                    VariantKey::NumberLiteral { value } => match value.parse::<i64>() {
                        Ok(n) => json!({ "number": n }),
                        Err(_) => return Err(format!("the variant key `{value}` is not a whole number")),
                    },
                };
                if v.default {
                    default = Some(i);
                }
                list.push(json!([key, pattern(&v.value)?]));
            }
            let default = default.ok_or("a select expression without a default variant")?;
            Ok(json!({ "select": selector, "variants": list, "default": default }))
        }
    }
}
