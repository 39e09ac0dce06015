//! An assessment read straight from its JSON text, for scoring only: the header into the owned
//! model (a few small strings), each response as borrowed slices of the text (control, option,
//! date), its notes and evidence checked as they are read and not kept.
//!
//! The reading accepts exactly the documents the ordinary parse does, or fewer: the types mirror
//! the model's with the same serde attributes (a field added to the model and not here makes
//! documents that have it refused), and a problem in a text stops the reading. A refusal only
//! means the ordinary (slower) way is taken, which reports the errors; a document this reading
//! accepts is read into the same values.

use std::borrow::Cow;

use serde::de::{Deserializer, Error as _, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

use crate::answers::Answers;
use crate::compiled::CompiledFramework;
use crate::error::DocumentKind;
use crate::limits::{check_size, Limits};
use crate::model::assessment::{Assessment, Assessor, FrameworkRequirement, Responses, Subject};
use crate::model::mapping::Provenance;
use crate::model::merge::MergeRecord;
use crate::validate::assessment::{answers_if_valid, response_text_ok};

/// An assessment read for scoring.
pub(crate) struct Read<'j> {
    /// Everything but the responses (which are left empty).
    pub head: Assessment,
    responses: Vec<Entry<'j>>,
}

/// One response: the control, the chosen option and when it was answered.
struct Entry<'j> {
    control: Str<'j>,
    option: Str<'j>,
    answered_at: Option<Str<'j>>,
}

/// The assessment in `json`, or `None` for a document the ordinary parse must read (one it
/// refuses, or one with a problem in a response's notes, evidence or date).
pub(crate) fn read(json: &str) -> Option<Read<'_>> {
    check_size(DocumentKind::Assessment, json.len() as u64).ok()?;
    let json = json.strip_prefix('\u{FEFF}').unwrap_or(json);
    let de = &mut serde_json::Deserializer::from_str(json);
    let doc = Doc::deserialize(&mut *de).ok()?;
    de.end().ok()?;
    let Doc { schema, framework, subject, assessor, started, completed, profile, responses, merge } = doc;
    let head = Assessment { schema, framework, subject, assessor, started, completed, profile, responses: Responses::default(), merge };
    Some(Read { head, responses: responses.0 })
}

impl Read<'_> {
    /// The answers against `fw`, or `None` at the first problem of the assessment (what
    /// `checked_answers` would refuse).
    pub fn answers(&self, fw: &CompiledFramework) -> Option<Answers> {
        let entries = self.responses.iter().map(|e| (&*e.control.0, &*e.option.0, e.answered_at.as_ref().map(|d| &*d.0)));
        answers_if_valid(fw, &self.head, self.responses.len(), entries)
    }
}

/// [`Assessment`] with its responses borrowed: the same fields and attributes.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Doc<'j> {
    #[serde(rename = "$schema", default)]
    schema: Option<String>,
    framework: FrameworkRequirement,
    subject: Subject,
    #[serde(default)]
    assessor: Option<Assessor>,
    #[serde(default)]
    started: Option<String>,
    #[serde(default)]
    completed: Option<String>,
    #[serde(default)]
    profile: Option<String>,
    #[serde(default, borrow)]
    responses: Entries<'j>,
    #[serde(default)]
    merge: Option<MergeRecord>,
}

/// [`crate::model::assessment::Response`] with its strings borrowed: the same fields and attributes.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Response<'j> {
    #[serde(borrow)]
    option: Str<'j>,
    #[serde(default, borrow)]
    notes: Option<Str<'j>>,
    /// Checked as it is read.
    #[serde(default, rename = "evidence")]
    _evidence: Evidence,
    #[serde(default, borrow)]
    answered_at: Option<Str<'j>>,
    /// Read for its shape only, as the model reads it.
    #[serde(default, rename = "provenance")]
    _provenance: Option<Provenance>,
}

/// A string of the text, borrowed unless it has escapes.
struct Str<'j>(Cow<'j, str>);

impl<'de: 'j, 'j> Deserialize<'de> for Str<'j> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<'j>(std::marker::PhantomData<&'j str>);
        impl<'de: 'j, 'j> Visitor<'de> for V<'j> {
            type Value = Str<'j>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Str<'j>, E> {
                Ok(Str(Cow::Borrowed(s)))
            }
            fn visit_str<E>(self, s: &str) -> Result<Str<'j>, E> {
                Ok(Str(Cow::Owned(s.to_owned())))
            }
            fn visit_string<E>(self, s: String) -> Result<Str<'j>, E> {
                Ok(Str(Cow::Owned(s)))
            }
        }
        d.deserialize_str(V(std::marker::PhantomData))
    }
}

/// Evidence references, checked as they are read (a problem stops the reading) and not kept.
#[derive(Default)]
struct Evidence;

impl<'de> Deserialize<'de> for Evidence {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Evidence;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a sequence")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Evidence, A::Error> {
                let max = Limits::current().max_text_chars;
                while let Some(s) = seq.next_element::<Str<'_>>()? {
                    if !response_text_ok(&s.0, max) {
                        return Err(A::Error::custom("an evidence reference with a problem"));
                    }
                }
                Ok(Evidence)
            }
        }
        d.deserialize_seq(V)
    }
}

/// The responses in file order (duplicates kept, as the model keeps them); notes and dates are
/// checked as they are read.
#[derive(Default)]
struct Entries<'j>(Vec<Entry<'j>>);

impl<'de: 'j, 'j> Deserialize<'de> for Entries<'j> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<'j>(std::marker::PhantomData<&'j str>);
        impl<'de: 'j, 'j> Visitor<'de> for V<'j> {
            type Value = Entries<'j>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object mapping control ids to responses")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<Entries<'j>, A::Error> {
                let max = Limits::current().max_text_chars;
                let mut out = Vec::with_capacity(m.size_hint().unwrap_or(0));
                while let Some((control, r)) = m.next_entry::<Str<'j>, Response<'j>>()? {
                    if r.notes.as_ref().is_some_and(|n| !response_text_ok(&n.0, max)) {
                        return Err(A::Error::custom("notes with a problem"));
                    }
                    out.push(Entry { control, option: r.option, answered_at: r.answered_at });
                }
                Ok(Entries(out))
            }
        }
        d.deserialize_map(V(std::marker::PhantomData))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The mirrors have the model's fields, in its order: serde lists them when it meets an
    /// unknown one. (A field added to the model only would make this reading refuse, and so
    /// slow down, every document that has it.)
    #[test]
    fn the_mirrors_have_the_models_fields() {
        let unknown = r#"{"colour": 1}"#;
        let message = |e: serde_json::Error| e.to_string();
        let mirror = serde_json::from_str::<Doc>(unknown).err().map(message);
        assert!(mirror.as_deref().is_some_and(|m| m.contains("expected one of `$schema`, `framework`")), "{mirror:?}");
        assert_eq!(mirror, serde_json::from_str::<Assessment>(unknown).err().map(message));
        let mirror = serde_json::from_str::<Response>(unknown).err().map(message);
        assert!(mirror.as_deref().is_some_and(|m| m.contains("`option`, `notes`")), "{mirror:?}");
        assert_eq!(mirror, serde_json::from_str::<crate::model::assessment::Response>(unknown).err().map(message));
    }

    #[test]
    fn strings_are_borrowed_unless_escaped() {
        let json = r#"{"framework": {"id": "f", "version": "1"}, "subject": {"name": "S"},
            "responses": {"A-1": {"option": "yes"}, "A\u002d2": {"option": "n\"o", "answered_at": "2026-01-01"}}}"#;
        let read = read(json).map(|r| r.responses).unwrap_or_default();
        let got: Vec<_> = read.iter().map(|e| (&*e.control.0, &*e.option.0, e.answered_at.as_ref().map(|d| &*d.0))).collect();
        assert_eq!(got, [("A-1", "yes", None), ("A-2", "n\"o", Some("2026-01-01"))]);
        let borrowed: Vec<_> = read.iter().map(|e| matches!(e.control.0, Cow::Borrowed(_)) && matches!(e.option.0, Cow::Borrowed(_))).collect();
        assert_eq!(borrowed, [true, false]);
    }
}
