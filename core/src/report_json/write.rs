//! A report written from the scored state: the fields, order, skipped fields and layout of
//! [`Report`] as `serde_json` writes it (`to_string` or `to_string_pretty`), with each group's
//! and control's scores read from the state as they are written, instead of copied into a tree
//! of small allocations first. The bulk (group and control rows) is written by hand; the few
//! small parts (subject, warnings, ...) and every number go through `serde_json` itself, so
//! numbers and escapes are its own. `tests.rs` holds this to the same bytes as the report.
//!
//! [`Report`]: crate::model::report::Report

use serde::Serialize;

use crate::answers::Answers;
use crate::compiled::{Child, CompiledFramework};
use crate::error::{Error, Result};
use crate::gaps::GapList;
use crate::model::report::Status;
use crate::report_json::JsonLayout;
use crate::scoring::Scored;

/// The JSON text of the report.
pub(super) fn write(scored: &Scored, layout: JsonLayout) -> Result<String> {
    // Sized from what a report holds per control and per group, so the buffer seldom grows.
    let capacity = 1024 + 224 * scored.fw.control_count() + 320 * scored.groups.len();
    let mut w = Writer { out: Vec::with_capacity(capacity), pretty: layout == JsonLayout::Pretty, depth: 0, first: true };
    w.report(scored).map_err(|e| internal(&e))?;
    String::from_utf8(w.out).map_err(|e| internal(&e))
}

fn internal(e: &dyn std::fmt::Display) -> Error {
    Error::Internal { reason: format!("cannot serialize a result: {e}") }
}

/// A member name as `Writer::key` takes it: `"name":`, made when compiling (the names are
/// this file's, with nothing to escape).
macro_rules! key {
    ($name:literal) => {
        concat!("\"", $name, "\":").as_bytes()
    };
}

/// JSON out, laid out as `serde_json`'s compact or pretty formatter lays it out.
struct Writer {
    out: Vec<u8>,
    pretty: bool,
    /// Open objects and arrays.
    depth: usize,
    /// Nothing written yet in the innermost open object or array.
    first: bool,
}

type Written = std::result::Result<(), serde_json::Error>;

impl Writer {
    #[inline]
    fn open(&mut self, bracket: u8) {
        self.out.push(bracket);
        self.depth += 1;
        self.first = true;
    }

    #[inline]
    fn close(&mut self, bracket: u8) {
        self.depth = self.depth.saturating_sub(1);
        if self.pretty && !self.first {
            self.newline();
        }
        self.out.push(bracket);
        self.first = false;
    }

    fn newline(&mut self) {
        self.out.push(b'\n');
        for _ in 0..self.depth {
            self.out.extend_from_slice(b"  ");
        }
    }

    /// Before an array element or an object member.
    #[inline]
    fn next(&mut self) {
        if !self.first {
            self.out.push(b',');
        }
        if self.pretty {
            self.newline();
        }
        self.first = false;
    }

    /// An object member's key, quoted and followed by its colon (see `key!`).
    #[inline]
    fn key(&mut self, quoted: &'static [u8]) {
        self.next();
        self.out.extend_from_slice(quoted);
        if self.pretty {
            self.out.push(b' ');
        }
    }

    /// A string, escaped as `serde_json` escapes it (only `"`, `\` and control characters below
    /// U+0020 are); strings with nothing to escape, nearly all of them, are copied as they are.
    #[inline]
    fn string(&mut self, s: &str) -> Written {
        if s.bytes().fold(false, |escape, b| escape | (b < 0x20) | (b == b'"') | (b == b'\\')) {
            return serde_json::to_writer(&mut self.out, s);
        }
        self.out.push(b'"');
        self.out.extend_from_slice(s.as_bytes());
        self.out.push(b'"');
        Ok(())
    }

    /// A number, `null`, `true` or `false`: written the same in both layouts.
    #[inline]
    fn scalar<T: Serialize>(&mut self, v: &T) -> Written {
        serde_json::to_writer(&mut self.out, v)
    }

    /// Any value through `serde_json`; in the pretty layout indented to where it goes.
    fn value<T: Serialize>(&mut self, v: &T) -> Written {
        if !self.pretty {
            return serde_json::to_writer(&mut self.out, v);
        }
        let text = serde_json::to_vec_pretty(v)?;
        // Strings in JSON text hold no raw newline: every newline starts a line to indent.
        for &b in &text {
            self.out.push(b);
            if b == b'\n' {
                for _ in 0..self.depth {
                    self.out.extend_from_slice(b"  ");
                }
            }
        }
        Ok(())
    }

    fn member<T: Serialize>(&mut self, key: &'static [u8], v: &T) -> Written {
        self.key(key);
        self.value(v)
    }

    fn report(&mut self, scored: &Scored) -> Written {
        let (fw, a) = (scored.fw, scored.head);
        self.open(b'{');
        self.member(key!("framework"), &fw.stamp())?;
        self.member(key!("subject"), &a.subject)?;
        if let Some(assessor) = &a.assessor {
            self.member(key!("assessor"), assessor)?;
        }
        if let Some(started) = &a.started {
            self.key(key!("started"));
            self.string(started)?;
        }
        if let Some(completed) = &a.completed {
            self.key(key!("completed"));
            self.string(completed)?;
        }
        self.member(key!("headline"), &fw.headline())?;
        self.key(key!("root"));
        self.group(scored, 0)?;
        if let Some(gaps) = &scored.gaps {
            self.key(key!("gaps"));
            self.gaps(fw, scored.answers, gaps)?;
        }
        self.member(key!("warnings"), &scored.warnings)?;
        self.close(b'}');
        Ok(())
    }

    /// Group `gi` as its `GroupScore`.
    fn group(&mut self, scored: &Scored, gi: usize) -> Written {
        let fw = scored.fw;
        let state = scored.groups.get(gi).copied().unwrap_or_default();
        let children = fw.groups.get(gi).map_or(&[][..], |g| &g.children[..]);
        self.open(b'{');
        self.key(key!("id"));
        self.string(fw.group_ids.get(gi).map_or("", |id| id))?;
        self.member(key!("counts"), &state.counts)?;
        self.key(key!("completeness"));
        self.scalar(&state.completeness())?;
        self.key(key!("compliance"));
        self.scalar(&state.compliance())?;
        self.key(key!("index"));
        self.scalar(&state.index)?;
        self.key(key!("level"));
        self.scalar(&state.level())?;
        let mut controls = children.iter().filter_map(|c| match *c {
            Child::Control(ci) => scored.control(ci),
            Child::Group(_) => None,
        });
        if let Some(first) = controls.next() {
            self.key(key!("controls"));
            self.open(b'[');
            for (id, option, status, credit) in std::iter::once(first).chain(controls) {
                self.next();
                self.open(b'{');
                self.key(key!("id"));
                self.string(id)?;
                self.key(key!("option"));
                self.optional_string(option)?;
                self.key(key!("status"));
                self.status(status);
                self.key(key!("credit"));
                self.scalar(&credit)?;
                self.close(b'}');
            }
            self.close(b']');
        }
        let mut groups = children.iter().filter_map(|c| match *c {
            Child::Group(sub) => Some(sub),
            Child::Control(_) => None,
        });
        if let Some(first) = groups.next() {
            self.key(key!("groups"));
            self.open(b'[');
            for sub in std::iter::once(first).chain(groups) {
                self.next();
                self.group(scored, sub)?;
            }
            self.close(b']');
        }
        self.close(b'}');
        Ok(())
    }

    /// A status by its serde name (`tests` checks the names).
    fn status(&mut self, status: Status) {
        self.out.extend_from_slice(match status {
            Status::Met => b"\"met\"",
            Status::NotMet => b"\"not_met\"",
            Status::NotApplicable => b"\"not_applicable\"",
            Status::Unanswered => b"\"unanswered\"",
        });
    }

    #[inline]
    fn optional_string(&mut self, s: Option<&str>) -> Written {
        match s {
            Some(s) => self.string(s),
            None => self.scalar(&()),
        }
    }

    /// The gaps as `Gaps`.
    fn gaps(&mut self, fw: &CompiledFramework, answers: &Answers, gaps: &GapList) -> Written {
        self.open(b'{');
        self.key(key!("profile"));
        self.string(gaps.profile)?;
        self.member(key!("groups"), &gaps.groups)?;
        self.key(key!("controls"));
        self.open(b'[');
        for row in gaps.controls.iter().filter_map(|g| g.row(fw, answers)) {
            self.next();
            self.open(b'{');
            self.key(key!("control"));
            self.string(row.control)?;
            self.key(key!("group"));
            self.string(row.group)?;
            self.key(key!("level"));
            self.scalar(&row.level)?;
            self.key(key!("weight"));
            self.scalar(&row.weight)?;
            self.key(key!("status"));
            self.status(row.status);
            self.key(key!("option"));
            self.optional_string(row.option.map(|o| &**o))?;
            self.key(key!("target_level"));
            self.scalar(&row.target_level)?;
            self.key(key!("targeted"));
            self.scalar(&row.targeted)?;
            self.close(b'}');
        }
        self.close(b']');
        self.close(b'}');
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Ids, dates and profile names seldom need escapes (ids cannot have any); any string that
    /// does is escaped as `serde_json` escapes it.
    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        for s in ["", "GV.OC-01", "Ministère 日本 ✓", "\"quoted\"", "back\\slash", "tab\tline\nfeed\r\u{1}\u{1f}", "del\u{7f}", "\u{2028}\u{202e}"] {
            let mut w = Writer { out: Vec::new(), pretty: false, depth: 0, first: true };
            assert!(w.string(s).is_ok());
            assert_eq!(String::from_utf8(w.out).ok(), serde_json::to_string(s).ok(), "{s:?}");
        }
    }

    #[test]
    fn statuses_have_their_serde_names() {
        for status in [Status::Met, Status::NotMet, Status::NotApplicable, Status::Unanswered] {
            let mut w = Writer { out: Vec::new(), pretty: false, depth: 0, first: true };
            w.status(status);
            assert_eq!(String::from_utf8(w.out).ok(), serde_json::to_string(&status).ok());
        }
    }
}
