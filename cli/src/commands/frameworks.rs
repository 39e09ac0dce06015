//! `kalkan frameworks` and `kalkan frameworks show ID[@REQ]`

use std::fmt::Write as _;

use kalkan::l10n::{self, Arg};
use kalkan::{CompiledFramework, Group, Headline, Registry};

use crate::args::{FrameworksAction, FrameworksArgs, ListFormat};
use crate::failure::Failure;
use crate::i18n::Lang;
use crate::output::{self, Shown};
use crate::render::json;
use crate::render::table::{layout, Align};
use crate::resolve;

pub fn run(args: &FrameworksArgs) -> Result<u8, Failure> {
    match &args.action {
        None => list(args),
        Some(FrameworksAction::Show { framework }) => {
            let fw = resolve::framework_spec(framework)?;
            let text = match args.format {
                ListFormat::Json => json(fw.framework())?,
                ListFormat::Text => show(&fw, args.lang),
            };
            output::stdout(&text, Shown::text_if(args.format == ListFormat::Text))?;
            Ok(0)
        }
    }
}

fn list(args: &FrameworksArgs) -> Result<u8, Failure> {
    let summaries = Registry::builtin().list();
    let text = match args.format {
        ListFormat::Json => json(&summaries)?,
        ListFormat::Text if summaries.is_empty() => format!("{}\n", args.lang.t("no-builtin-frameworks")),
        ListFormat::Text => {
            let rows: Vec<Vec<String>> = summaries
                .iter()
                .map(|s| {
                    vec![
                        s.id.clone(),
                        s.version.clone(),
                        s.groups.to_string(),
                        s.controls.to_string(),
                        s.levels.to_string(),
                        s.profiles.join(", "),
                        s.title.display(args.lang.code()).to_string(),
                    ]
                })
                .collect();
            let align = [Align::Start, Align::Start, Align::End, Align::End, Align::End, Align::Start, Align::Start];
            let l = args.lang;
            let header =
                ["column-id", "column-version", "column-groups", "column-controls", "column-levels", "column-profiles", "column-title"].map(|id| l.t(id));
            layout(&header, &rows, &align, "")
        }
    };
    output::stdout(&text, Shown::text_if(args.format == ListFormat::Text))?;
    Ok(0)
}

/// The structure of a framework, for authors and reviewers.
fn show(fw: &CompiledFramework, lang: Lang) -> String {
    let f = fw.framework();
    let lc = lang.code();
    let mut o = String::new();
    let _ = writeln!(o, "{} ({} {})", f.title.display(lc), f.id, fw.version());
    if let Some(d) = f.description.get_or_english(lc) {
        let _ = writeln!(o, "{d}");
    }
    let mut facts = Vec::new();
    if let Some(publisher) = f.publisher.get_or_english(lc) {
        facts.push(lang.labelled(lang.t("publisher"), publisher));
    }
    if !f.license.is_empty() {
        facts.push(lang.labelled(lang.t("license"), &f.license));
    }
    if let Some(r) = &f.released {
        facts.push(lang.labelled(lang.t("released"), r));
    }
    // The effective headline (the index for a framework without levels).
    let headline = match fw.headline() {
        Headline::Level => "headline-level",
        Headline::Index => "headline-index",
        Headline::Compliance => "headline-compliance",
    };
    facts.push(lang.labelled(lang.t("headline"), lang.t(headline)));
    facts.push(l10n::message(lc, "controls-count", &[("count", Arg::from(fw.control_count()))]));
    let _ = writeln!(o, "{}", facts.join(" · "));
    let _ = writeln!(o, "{}", lang.labelled(lang.t("digest"), fw.digest()));

    if !f.levels.is_empty() {
        let _ = writeln!(o, "\n{}", lang.colon(lang.t("levels")));
        for l in &f.levels {
            let _ = writeln!(o, "  {}  {}", l.level, l.name.display(lc));
        }
    }
    let _ = writeln!(o, "\n{}", lang.colon(lang.t("scales")));
    for s in &f.scales {
        let options: Vec<String> = s
            .options
            .iter()
            .map(|opt| {
                let mut flags = vec![l10n::message(lc, "credit", &[("credit", Arg::from(lang.num(opt.credit, 2)))])];
                if opt.meets {
                    flags.push(lang.t("meets").to_string());
                }
                if opt.not_applicable {
                    flags.push(lang.t("status-not-applicable").to_string());
                }
                format!("{} \"{}\" ({})", opt.id, opt.label.display(lc), flags.join(&l10n::message(lc, "list-separator", &[])))
            })
            .collect();
        let _ = writeln!(o, "  {}", lang.colon(&s.id));
        for opt in options {
            let _ = writeln!(o, "    {opt}");
        }
    }
    if !f.profiles.is_empty() {
        let _ = writeln!(o, "\n{}", lang.colon(lang.t("profiles")));
        for p in &f.profiles {
            let mut targets: Vec<String> = p
                .group_targets
                .iter()
                .map(|t| l10n::message(lc, "target-group", &[("group", Arg::from(t.group.as_str())), ("level", Arg::from(t.level))]))
                .collect();
            targets.extend(p.control_targets.iter().map(|c| l10n::message(lc, "target-control", &[("control", Arg::from(c.as_str()))])));
            let _ = writeln!(o, "  {}  {}", p.id, lang.labelled(p.title.display(lc), &targets.join(&l10n::message(lc, "list-separator", &[]))));
        }
    }
    let _ = writeln!(o, "\n{}", lang.colon(lang.t("groups-and-controls")));
    fn group(g: &Group, depth: usize, lang: Lang, o: &mut String) {
        let lc = lang.code();
        let pad = "  ".repeat(depth + 1);
        let decimals = |w: f64| if w.fract() == 0.0 { 0 } else { 2 };
        let weight =
            |w: f64| if w == 1.0 { String::new() } else { format!("  ({})", l10n::message(lc, "weight", &[("weight", Arg::from(lang.num(w, decimals(w))))])) };
        let gw = weight(g.weight);
        let _ = writeln!(o, "{pad}{}  {}{gw}", g.id, g.title.display(lc));
        for c in &g.controls {
            let level = c.level.map_or_else(|| "[-]".to_string(), |l| format!("[{l}]"));
            let _ = writeln!(o, "{pad}  {} {level} {}{}", c.id, c.title.display(lc), weight(c.weight));
        }
        for s in &g.groups {
            group(s, depth + 1, lang, o);
        }
    }
    for g in &f.groups {
        group(g, 0, lang, &mut o);
    }
    o
}
