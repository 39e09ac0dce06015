//! `kalkan assess FRAMEWORK`: the questionnaire in the terminal.
//!
//! Asks every unanswered control in questionnaire order, saves the assessment atomically after
//! every answer, and resumes from the saved file. End of input means "save and stop", so the
//! command can be driven through a pipe.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

use kalkan::l10n::{self, Arg};
use kalkan::{Assessment, Assessor, Code, CompiledFramework, Question, Response, Section, Subject};

use crate::args::AssessArgs;
use crate::clock;
use crate::failure::{self, Failure};
use crate::files;
use crate::i18n::Lang;
use crate::render::{self, text, View};
use crate::resolve;

pub fn run(args: &AssessArgs) -> Result<u8, Failure> {
    failure::set_language(args.lang);
    let fw = resolve::framework_spec(&args.framework)?;
    let out = args.output.clone().unwrap_or_else(|| PathBuf::from(format!("{}.assessment.json", fw.id())));
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut session = Session { fw: &fw, lang: args.lang, out: &out, input: stdin.lock(), term: stdout.lock() };
    session.run(args)
}

struct Session<'a, R: BufRead, W: Write> {
    fw: &'a CompiledFramework,
    lang: Lang,
    out: &'a Path,
    input: R,
    term: W,
}

/// Where the questionnaire is: the position of the current question (1-based, counting the
/// answered ones), the section titles leading to it, and the ones last shown as a heading.
struct Asking<'q> {
    total: usize,
    position: usize,
    trail: Vec<&'q str>,
    shown: Vec<&'q str>,
}

/// What the person typed at the answer prompt.
enum Step {
    Answered,
    Skipped,
    Stop,
}

impl<R: BufRead, W: Write> Session<'_, R, W> {
    /// Writes to the terminal, controls made visible (`kalkan::terminal_text`).
    fn say(&mut self, text: &str) -> Result<(), Failure> {
        self.term
            .write_all(kalkan::terminal_text(text).as_bytes())
            .and_then(|()| self.term.flush())
            .map_err(|e| Failure::Io(format!("cannot write to the terminal: {e}")))
    }

    /// The next line without its line break; `None` at end of input.
    fn read_line(&mut self) -> Result<Option<String>, Failure> {
        let mut line = String::new();
        match self.input.read_line(&mut line) {
            Ok(0) => Ok(None),
            Ok(_) => Ok(Some(line.trim_end_matches(['\n', '\r']).to_string())),
            Err(e) => Err(Failure::Io(format!("cannot read standard input: {e}"))),
        }
    }

    fn save(&self, a: &Assessment) -> Result<(), Failure> {
        files::write_atomic(self.out, render::json(a)?.as_bytes())
    }

    fn run(&mut self, args: &AssessArgs) -> Result<u8, Failure> {
        let l = self.lang;
        let mut a = if self.out.exists() {
            self.load()?
        } else {
            match self.start(args)? {
                Some(a) => a,
                None => {
                    self.say(&format!("\n{}\n", l.t("nothing-saved")))?;
                    return Ok(0);
                }
            }
        };

        let q = self.fw.questionnaire(l.code());
        let progress = self.fw.progress(&a);
        self.say(&format!("{} {} — {}\n", q.title, q.version, l.t("questionnaire")))?;
        if progress.answered > 0 {
            self.say(&format!("{}\n", l.f("resuming", &[&progress.answered.to_string(), &progress.total.to_string()])))?;
        }
        if progress.unanswered.is_empty() {
            self.say(&format!("{}\n", l.t("nothing-to-ask")))?;
        }

        let mut asking = Asking { total: q.order.len(), position: 0, trail: Vec::new(), shown: Vec::new() };
        let mut stopped = false;
        for s in &q.sections {
            if self.ask_section(&mut a, s, &mut asking)? {
                stopped = true;
                break;
            }
        }

        let p = self.fw.progress(&a);
        let (answered, all) = (p.answered.to_string(), p.total.to_string());
        let file = self.out.display().to_string();
        if stopped {
            self.say(&format!("\n{}\n", l.f("stopped", &[&answered, &all, &file])))?;
            return Ok(0);
        }
        if p.unanswered.is_empty() && a.completed.is_none() {
            a.completed = Some(clock::today());
            self.save(&a)?;
        }
        self.say(&format!("\n{}\n\n", l.f("finished", &[&answered, &all, &file])))?;
        let report = self.fw.score(&a, None).map_err(|e| Failure::core(format!("`{file}`"), &e))?;
        let summary = text::render(&View::new(&report, self.fw.framework(), Some(&a), l));
        self.say(&summary)?;
        Ok(0)
    }

    /// Asks the unanswered questions of `s` and of its subsections, in questionnaire order, with
    /// a heading whenever the section changes; `Ok(true)` when the person stopped.
    fn ask_section<'q>(&mut self, a: &mut Assessment, s: &'q Section, asking: &mut Asking<'q>) -> Result<bool, Failure> {
        asking.trail.push(&s.title);
        for question in &s.questions {
            asking.position += 1;
            if self.fw.is_answered(a, &question.id) {
                continue;
            }
            if asking.trail != asking.shown {
                self.say(&format!("\n== {} ==\n", asking.trail.join(" › ")))?;
                asking.shown.clone_from(&asking.trail);
            }
            if let Step::Stop = self.ask(a, question, asking.position, asking.total)? {
                return Ok(true);
            }
        }
        for sub in &s.sections {
            if self.ask_section(a, sub, asking)? {
                return Ok(true);
            }
        }
        asking.trail.pop();
        Ok(false)
    }

    /// An existing assessment, if it is a valid assessment of this framework. It is checked in
    /// full before any question, so that a file that cannot be scored is refused (and left
    /// untouched) with every problem listed, rather than after the questionnaire.
    fn load(&mut self) -> Result<Assessment, Failure> {
        let what = format!("`{}`", self.out.display());
        let a = Assessment::from_json(&files::read_text(self.out, kalkan::DocumentKind::Assessment)?).map_err(|e| Failure::core(&what, &e))?;
        let problems = self.fw.validate_assessment(&a);
        if problems.is_empty() {
            return Ok(a);
        }
        let (id, version) = (self.fw.id(), self.fw.version());
        let other_framework = problems.iter().any(|p| matches!(p.code, Code::FrameworkMismatch | Code::VersionNotSatisfied | Code::InvalidVersionRequirement));
        let args = [
            ("file", Arg::from(what.as_str())),
            ("framework", Arg::from(id)),
            ("version", Arg::from(version.to_string())),
            ("count", Arg::from(problems.len())),
        ];
        let id = if other_framework { "output-other-framework" } else { "output-invalid-assessment" };
        let what = l10n::message(self.lang.code(), id, &args);
        Err(Failure::Rejected { what, problems })
    }

    /// A new assessment, saved at once; `None` when input ends before the subject is named.
    fn start(&mut self, args: &AssessArgs) -> Result<Option<Assessment>, Failure> {
        let l = self.lang;
        let name = match args.subject.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            Some(n) => n.to_string(),
            None => loop {
                self.say(&format!("{} ", l.t("subject-prompt")))?;
                match self.read_line()? {
                    None => return Ok(None),
                    Some(n) if !n.trim().is_empty() => break n.trim().to_string(),
                    Some(_) => self.say(&format!("{}\n", l.t("subject-required")))?,
                }
            },
        };
        let a = Assessment {
            assessor: args.assessor.as_ref().map(|n| Assessor { id: None, name: n.clone(), organisation: None, email: None }),
            started: Some(clock::today()),
            profile: args.profile.clone(),
            ..self.fw.new_assessment(Subject {
                name,
                kind: args.kind.clone(),
                country: args.country.clone(),
                sector: args.sector.clone(),
                region: None,
                size: None,
            })
        };
        let problems = self.fw.validate_assessment(&a);
        if !problems.is_empty() {
            return Err(Failure::Rejected { what: l.t("new-assessment-invalid").to_string(), problems });
        }
        self.save(&a)?;
        Ok(Some(a))
    }

    fn ask(&mut self, a: &mut Assessment, q: &Question, pos: usize, total: usize) -> Result<Step, Failure> {
        let l = self.lang;
        let level = match (q.level, &q.level_name) {
            (Some(n), Some(name)) => format!(" ({} {n} · {name})", l.t("level")),
            (Some(n), None) => format!(" ({} {n})", l.t("level")),
            _ => String::new(),
        };
        let count = l.f("question-count", &[&pos.to_string(), &total.to_string()]);
        let mut text = format!("\n{}\n{}\n", l.labelled(&count, &format!("{} · {}{level}", q.id, q.title)), q.question);
        for (i, o) in q.options.iter().enumerate() {
            text.push_str(&format!("  {}. {}\n", i + 1, o.label));
        }
        self.say(&text)?;
        let n = q.options.len();
        let mut note: Option<String> = None;
        loop {
            self.say(&format!("{} ", l.f("answer-prompt", &[&n.to_string()])))?;
            let Some(line) = self.read_line()? else {
                self.say("\n")?;
                return Ok(Step::Stop);
            };
            match line.trim() {
                "q" | "Q" => return Ok(Step::Stop),
                "s" | "S" => {
                    if note.is_some() {
                        self.say(&format!("{}\n", l.t("note-dropped")))?;
                    }
                    self.say(&format!("{}\n", l.t("skipped")))?;
                    return Ok(Step::Skipped);
                }
                "n" | "N" => {
                    self.say(&format!("{} ", l.t("note-prompt")))?;
                    let Some(text) = self.read_line()? else {
                        self.say("\n")?;
                        return Ok(Step::Stop);
                    };
                    if !text.trim().is_empty() {
                        note = Some(text.trim().to_string());
                        self.say(&format!("{}\n", l.t("note-kept")))?;
                    }
                }
                "?" => {
                    let guidance = q.guidance.clone().unwrap_or_else(|| l.t("no-guidance").to_string());
                    self.say(&format!("{}\n{}\n", l.labelled(l.t("statement"), &q.statement), l.labelled(l.t("guidance"), &guidance)))?;
                }
                other => match other.parse::<usize>().ok().and_then(|k| k.checked_sub(1)).and_then(|k| q.options.get(k)) {
                    Some(option) => {
                        let response = Response {
                            option: option.id.clone(),
                            notes: note.take(),
                            evidence: Vec::new(),
                            answered_at: Some(clock::timestamp()),
                            provenance: None,
                        };
                        self.fw.answer(a, &q.id, response);
                        self.save(a)?;
                        let p = self.fw.progress(a);
                        self.say(&format!("{}\n", l.f("saved", &[&p.answered.to_string(), &p.total.to_string()])))?;
                        return Ok(Step::Answered);
                    }
                    None => self.say(&format!("{}\n", l.f("invalid-choice", &[&n.to_string()])))?,
                },
            }
        }
    }
}
