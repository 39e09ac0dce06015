//! `kalkan frameworks` and `kalkan frameworks show ID[@REQ]`

use std::fmt::Write as _;

use kalkan::{CompiledFramework, Group, Registry};

use crate::args::{FrameworksAction, FrameworksArgs, ListFormat};
use crate::failure::Failure;
use crate::i18n::Lang;
use crate::output;
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
            output::stdout(&text)?;
            Ok(0)
        }
    }
}

fn list(args: &FrameworksArgs) -> Result<u8, Failure> {
    let summaries = Registry::builtin().list();
    let text = match args.format {
        ListFormat::Json => json(&summaries)?,
        ListFormat::Text if summaries.is_empty() => "No built-in frameworks.\n".to_string(),
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
            layout(&["ID", "VERSION", "GROUPS", "CONTROLS", "LEVELS", "PROFILES", "TITLE"], &rows, &align, "")
        }
    };
    output::stdout(&text)?;
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
    if !f.publisher.is_empty() {
        facts.push(format!("publisher: {}", f.publisher));
    }
    if !f.license.is_empty() {
        facts.push(format!("license: {}", f.license));
    }
    if let Some(r) = &f.released {
        facts.push(format!("released: {r}"));
    }
    // The effective headline (the index for a framework without levels), by its name in JSON.
    let headline = serde_json::to_value(fw.headline()).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
    facts.push(format!("headline: {headline}"));
    facts.push(format!("controls: {}", fw.control_count()));
    let _ = writeln!(o, "{}", facts.join(" · "));
    let _ = writeln!(o, "digest: {}", fw.digest());

    if !f.levels.is_empty() {
        let _ = writeln!(o, "\nLevels:");
        for l in &f.levels {
            let _ = writeln!(o, "  {}  {}", l.level, l.name.display(lc));
        }
    }
    let _ = writeln!(o, "\nScales:");
    for s in &f.scales {
        let options: Vec<String> = s
            .options
            .iter()
            .map(|opt| {
                let mut flags = format!("credit {}", opt.credit);
                if opt.meets {
                    flags.push_str(", meets");
                }
                if opt.not_applicable {
                    flags.push_str(", not applicable");
                }
                format!("{} \"{}\" ({flags})", opt.id, opt.label.display(lc))
            })
            .collect();
        let _ = writeln!(o, "  {}:", s.id);
        for opt in options {
            let _ = writeln!(o, "    {opt}");
        }
    }
    if !f.profiles.is_empty() {
        let _ = writeln!(o, "\nProfiles:");
        for p in &f.profiles {
            let mut targets: Vec<String> = p.group_targets.iter().map(|t| format!("{} ≥ {}", t.group, t.level)).collect();
            targets.extend(p.control_targets.iter().map(|c| format!("{c} met")));
            let _ = writeln!(o, "  {}  {}: {}", p.id, p.title.display(lc), targets.join(", "));
        }
    }
    let _ = writeln!(o, "\nGroups and controls:");
    fn group(g: &Group, depth: usize, lc: &str, o: &mut String) {
        let pad = "  ".repeat(depth + 1);
        let weight = if g.weight == 1.0 { String::new() } else { format!("  (weight {})", g.weight) };
        let _ = writeln!(o, "{pad}{}  {}{weight}", g.id, g.title.display(lc));
        for c in &g.controls {
            let level = c.level.map_or_else(|| "[-]".to_string(), |l| format!("[L{l}]"));
            let weight = if c.weight == 1.0 { String::new() } else { format!("  (weight {})", c.weight) };
            let _ = writeln!(o, "{pad}  {} {level} {}{weight}", c.id, c.title.display(lc));
        }
        for s in &g.groups {
            group(s, depth + 1, lc, o);
        }
    }
    for g in &f.groups {
        group(g, 0, lc, &mut o);
    }
    o
}
