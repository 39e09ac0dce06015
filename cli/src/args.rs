//! Command-line arguments.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::i18n::Lang;
use crate::render::Format;

/// Kalkan: cybersecurity self-assessment. Validate frameworks and assessments, score
/// assessments, write reports, and answer a questionnaire in the terminal.
///
/// Exit codes: 0 success, 1 an input was rejected (invalid document, failed check),
/// 2 bad arguments or a file that cannot be read or written.
#[derive(Debug, Parser)]
#[command(name = "kalkan", version, max_term_width = 100)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// Refuse documents larger than this (`input_too_large`), before reading them: bytes, or
    /// with a binary suffix K, M, G (`64M` is 64 MiB). Each line of JSON Lines is a document.
    /// Default: 64M.
    #[arg(long, global = true, value_name = "BYTES", value_parser = parse_size)]
    pub max_input_size: Option<usize>,
}

/// A size in bytes: digits, optionally followed by `K`, `M`, `G` or `T` (powers of 1024, in
/// either case, optionally followed by `iB` or `B`), or `B`. Zero is refused.
pub fn parse_size(s: &str) -> Result<usize, String> {
    let t = s.trim();
    let digits = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (number, suffix) = t.split_at(digits);
    let unit: u32 = match suffix.trim_start().to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 1,
        "m" | "mb" | "mib" => 2,
        "g" | "gb" | "gib" => 3,
        "t" | "tb" | "tib" => 4,
        _ => return Err(format!("`{s}` is not a size: give bytes, or a number with K, M or G (e.g. 64M)")),
    };
    let n: usize = number.parse().map_err(|_| format!("`{s}` is not a size: give bytes, or a number with K, M or G (e.g. 64M)"))?;
    let size = 1024usize.checked_pow(unit).and_then(|m| n.checked_mul(m)).ok_or_else(|| format!("`{s}` is too large"))?;
    if size == 0 {
        return Err("the size must be greater than 0".into());
    }
    Ok(size)
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the built-in frameworks, or show one.
    Frameworks(FrameworksArgs),
    /// Validate framework and assessment files (which is which is read from the content).
    Validate(ValidateArgs),
    /// Score assessments and write reports (text, JSON, Markdown, CSV, HTML).
    Score(ScoreArgs),
    /// Answer a framework's questionnaire in the terminal, saving after every answer.
    Assess(AssessArgs),
    /// Print the JSON Schema of a document type.
    Schema(SchemaArgs),
    /// Compare two versions of a framework: every change, classified breaking, additive or
    /// editorial, and whether the version step is large enough (`--check`).
    Diff(DiffArgs),
    /// Move an assessment to another version of its framework, or to another framework, through
    /// a mapping; writes the new assessment and prints the migration report.
    Migrate(MigrateArgs),
    /// Merge several respondents' assessments of one subject into one, under a rule.
    Merge(MergeArgs),
    /// Compare assessments of one subject: what changed, and the trend over a series.
    Compare(CompareArgs),
    /// Score many assessments into benchmark statistics per cohort and group.
    Aggregate(AggregateArgs),
    /// Write assessments without names, assessor, notes, evidence or precise dates.
    Anonymize(AnonymizeArgs),
    /// Import a framework from another format (OSCAL catalog or profile, CISO Assistant
    /// library), or an assessment from a filled questionnaire workbook (xlsx).
    #[command(subcommand)]
    Import(ImportCommand),
    /// Export to another format: OSCAL assessment results or plan of action, or a questionnaire
    /// workbook (xlsx).
    #[command(subcommand)]
    Export(ExportCommand),
}

/// What `kalkan export` writes.
#[derive(Debug, clap::Subcommand)]
pub enum ExportCommand {
    /// A scored assessment as an OSCAL `assessment-results` document (JSON, OSCAL 1.2.1).
    OscalAr(ExportArgs),
    /// An assessment's gaps against a target profile as an OSCAL `plan-of-action-and-milestones`
    /// document (JSON, OSCAL 1.2.1).
    OscalPoam(ExportArgs),
    /// A questionnaire workbook (.xlsx) to fill in a spreadsheet program: one sheet per
    /// top-level group, a drop-down of the options in each answer cell, notes and evidence
    /// columns, locked ids. An assessment pre-fills its answers. `kalkan import xlsx` reads it
    /// back.
    Xlsx(ExportXlsxArgs),
}

/// Options of the OSCAL exports.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// The assessment file.
    pub assessment: PathBuf,
    /// Where to write the OSCAL document (atomically).
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
    /// The assessment's framework file (default: the built-in framework it names).
    #[arg(long, value_name = "FILE")]
    pub framework: Option<PathBuf>,
    /// The target profile (default: the assessment's own).
    #[arg(long, value_name = "ID")]
    pub profile: Option<String>,
    /// Language of the messages.
    #[arg(long, value_enum, default_value_t)]
    pub lang: Lang,
}

#[derive(Debug, clap::Args)]
pub struct ExportXlsxArgs {
    /// A framework file, a built-in framework `id` or `id@requirement`, or an assessment file
    /// (its framework is the one it names, or `--framework`).
    #[arg(value_name = "FRAMEWORK-OR-ASSESSMENT")]
    pub input: String,
    /// Where to write the workbook (atomically).
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
    /// The framework of an assessment given as input (default: the framework it names).
    #[arg(long, value_name = "FILE")]
    pub framework: Option<PathBuf>,
    /// Language of the workbook (Arabic sheets are right to left) and of messages.
    #[arg(long, value_enum, default_value_t)]
    pub lang: Lang,
}

#[derive(Debug, clap::Args)]
pub struct ImportXlsxArgs {
    /// A questionnaire workbook written by `kalkan export xlsx` and filled in.
    pub workbook: PathBuf,
    /// Where to write the assessment (atomically).
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
    /// Check the answers against this framework file (default: the framework the workbook
    /// names, among the built-in ones).
    #[arg(long, value_name = "FILE")]
    pub framework: Option<PathBuf>,
    /// Write the import report (framework, counts, warnings) as JSON to this file.
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    /// Language of messages.
    #[arg(long, value_enum, default_value_t)]
    pub lang: Lang,
}

/// What `kalkan import` reads.
#[derive(Debug, clap::Subcommand)]
pub enum ImportCommand {
    /// An OSCAL catalog (JSON) as a framework.
    OscalCatalog(OscalCatalogArgs),
    /// An OSCAL profile (JSON) resolved against its catalog: the catalog's framework with the
    /// profile as a target profile (and, with `--restricted`, a framework of its controls only).
    OscalProfile(OscalProfileArgs),
    /// A filled questionnaire workbook (.xlsx, from `kalkan export xlsx`) as an assessment;
    /// every bad cell is reported with its reference (`Governance!D14`).
    Xlsx(ImportXlsxArgs),
    /// A CISO Assistant framework library (YAML) as a framework: implementation groups become
    /// target profiles, scores a scale, translations localized text.
    CisoAssistant(CisoArgs),
    /// A CISO Assistant mapping library (YAML, `requirement_mapping_set(s)`) as Kalkan mapping
    /// documents, one per set: requirement URNs become the control ids of the framework
    /// libraries given with `--framework`; mappings to a function or category (a group) are
    /// left out and counted.
    CisoMapping(CisoMappingArgs),
}

/// The answer scale of imported controls.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum ScaleArg {
    /// Not / partially / largely / fully implemented, not applicable.
    #[default]
    Implementation,
    /// Yes / no / not applicable.
    YesNoNa,
}

/// Options shared by the OSCAL imports.
#[derive(Debug, clap::Args)]
pub struct OscalArgs {
    /// The framework id (default: the slug of the catalog's title).
    #[arg(long)]
    pub id: Option<String>,
    /// The framework version (default: the catalog's `metadata.version`, padded to x.y.z).
    #[arg(long = "framework-version", value_name = "VERSION")]
    pub version: Option<String>,
    /// The answer scale of every control.
    #[arg(long, value_enum, default_value_t)]
    pub scale: ScaleArg,
    /// Write the import report (counts, withdrawn controls, warnings) as JSON to this file.
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    /// Language of the summary printed on standard error.
    #[arg(long, value_enum, default_value_t)]
    pub lang: Lang,
}

#[derive(Debug, clap::Args)]
pub struct OscalCatalogArgs {
    /// The OSCAL catalog file (JSON).
    pub catalog: PathBuf,
    /// Where to write the framework (atomically).
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
    #[command(flatten)]
    pub oscal: OscalArgs,
}

#[derive(Debug, clap::Args)]
pub struct OscalProfileArgs {
    /// The OSCAL profile file (JSON).
    pub profile: PathBuf,
    /// The catalog the profile selects from (given explicitly: a profile's own link is often a
    /// relative path in its back-matter).
    #[arg(long, value_name = "FILE")]
    pub catalog: PathBuf,
    /// Where to write the framework with the profile (atomically).
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
    /// Also write a framework restricted to the profile's controls here.
    #[arg(long, value_name = "FILE")]
    pub restricted: Option<PathBuf>,
    #[command(flatten)]
    pub oscal: OscalArgs,
}

#[derive(Debug, clap::Args)]
pub struct CisoArgs {
    /// The CISO Assistant library file (YAML, with `objects.framework`).
    pub library: PathBuf,
    /// Where to write the framework (atomically).
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
    /// The framework id (default: the slug of the framework URN's last segment).
    #[arg(long)]
    pub id: Option<String>,
    /// The framework version (default: `<library version>.0.0`).
    #[arg(long = "framework-version", value_name = "VERSION")]
    pub version: Option<String>,
    /// With `scores_definition`: the lowest score that meets a control (default: the scores
    /// worth at least 2/3 of the range).
    #[arg(long, value_name = "SCORE")]
    pub meets_from: Option<f64>,
    /// Write the import report (counts, renamed ids, node ids, warnings) as JSON to this file.
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    /// Language of the summary printed on standard error.
    #[arg(long, value_enum, default_value_t)]
    pub lang: Lang,
}

#[derive(Debug, clap::Args)]
pub struct CisoMappingArgs {
    /// The CISO Assistant mapping library file (YAML, with `objects.requirement_mapping_set` or
    /// `objects.requirement_mapping_sets`).
    pub library: PathBuf,
    /// A CISO Assistant framework library that a set maps from or to (repeat it for both sides),
    /// read as `kalkan import ciso-assistant` reads it with its default choices: the mapping
    /// names that framework's id and major version and its control ids. A side without its
    /// library is named by the URNs' tails, any version (`*`).
    #[arg(long = "framework", value_name = "LIBRARY")]
    pub frameworks: Vec<PathBuf>,
    /// Where to write (atomically): the mapping, for a library of one set; for a library of
    /// several sets, or when this is an existing directory, a directory that gets one
    /// `<source id>-to-<target id>.mapping.json` per set (`-2`, `-3`... on a clash).
    #[arg(short, long, value_name = "FILE|DIR")]
    pub output: PathBuf,
    /// Write the import report (per set: mappings read and made, relationships, requirements
    /// resolved; warnings) as JSON to this file.
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    /// Language of the summary printed on standard error.
    #[arg(long, value_enum, default_value_t)]
    pub lang: Lang,
}

/// How a merge settles differing answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum RuleArg {
    /// Agreeing answers carry; differences are conflicts, left unanswered.
    #[default]
    Consensus,
    /// The lowest credit (the cautious reading).
    Minimum,
    /// The median answer (the lower middle one for an even number).
    Median,
    /// The most chosen answer; ties are conflicts.
    Majority,
}

#[derive(Debug, clap::Args)]
pub struct MergeArgs {
    /// The respondents' assessment files (one subject, one framework; each names its assessor).
    #[arg(required = true, value_name = "ASSESSMENT")]
    pub inputs: Vec<PathBuf>,
    /// Write the merged assessment here (atomically).
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
    /// How differing answers are settled.
    #[arg(long, value_enum, default_value_t)]
    pub rule: RuleArg,
    /// Decisions settling conflicts by hand (`kalkan schema adjudication`).
    #[arg(long, value_name = "FILE")]
    pub adjudication: Option<PathBuf>,
    /// Merge against this framework file (default: the framework the assessments name).
    #[arg(long, value_name = "FILE")]
    pub framework: Option<PathBuf>,
    /// Format of the conflict report written to standard output.
    #[arg(long, value_enum, default_value_t)]
    pub format: ReviewFormat,
    /// Language of the conflict report.
    #[arg(long, value_enum, default_value_t)]
    pub lang: Lang,
}

/// Output formats of the review commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum ReviewFormat {
    #[default]
    Text,
    Json,
    #[value(alias = "markdown")]
    Md,
    Csv,
    Html,
    /// Apache Parquet (aggregate only; written to a file).
    Parquet,
}

#[derive(Debug, clap::Args)]
pub struct CompareArgs {
    /// Two assessments of one subject (old, new), or a series of them (put in date order).
    #[arg(required = true, num_args = 2.., value_name = "ASSESSMENT")]
    pub inputs: Vec<PathBuf>,
    /// Score against this framework file (default: the framework each assessment names).
    #[arg(long, value_name = "FILE")]
    pub framework: Option<PathBuf>,
    /// Output format (text, json, md or html).
    #[arg(long, value_enum, default_value_t)]
    pub format: ReviewFormat,
    /// Language of the output.
    #[arg(long, value_enum, default_value_t)]
    pub lang: Lang,
    /// Write the output to this file (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct AggregateArgs {
    /// Assessment files, folders, JSON Lines files (one assessment per line), `-` for JSON Lines
    /// on standard input.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Make cohorts by these subject properties: country, sector, kind, region, size, version
    /// (repeat or separate with commas).
    #[arg(long, value_delimiter = ',', value_name = "KEY")]
    pub by: Vec<String>,
    /// Suppress cohorts (and measures) of fewer subjects than this (k-anonymity).
    #[arg(long, default_value_t = kalkan::DEFAULT_K, value_name = "K")]
    pub k: u64,
    /// Place this assessment among its peers (percentile ranks, against the medians).
    #[arg(long, value_name = "FILE")]
    pub subject: Option<PathBuf>,
    /// Score against this framework file (default: the framework each assessment names).
    #[arg(long, value_name = "FILE")]
    pub framework: Option<PathBuf>,
    /// Output format (text, json, csv, html or parquet, which needs `-o`).
    #[arg(long, value_enum, default_value_t)]
    pub format: ReviewFormat,
    /// Language of the output.
    #[arg(long, value_enum, default_value_t)]
    pub lang: Lang,
    /// Write the output to this file (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Worker threads (default: one per core).
    #[arg(long, value_name = "N")]
    pub jobs: Option<usize>,
}

/// How precisely anonymized dates are kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum DatesArg {
    /// The first day of the month.
    #[default]
    Month,
    /// The first day of the year.
    Year,
}

#[derive(Debug, clap::Args)]
pub struct AnonymizeArgs {
    /// Assessment files, folders, JSON Lines files, `-` for JSON Lines on standard input.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Where to write: a `.jsonl` file or `-` (JSON Lines), else a folder of
    /// `subject-000001.json` files.
    #[arg(short, long, value_name = "PATH")]
    pub output: PathBuf,
    /// Keep the subject's country.
    #[arg(long)]
    pub keep_country: bool,
    /// Keep the subject's sector.
    #[arg(long)]
    pub keep_sector: bool,
    /// How precisely the start and completion dates are kept.
    #[arg(long, value_enum, default_value_t)]
    pub dates: DatesArg,
    /// Language of the messages on standard error.
    #[arg(long, value_enum, default_value_t)]
    pub lang: Lang,
}

/// Output formats of `kalkan diff` and `kalkan migrate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum ChangeFormat {
    /// For the terminal.
    #[default]
    Text,
    /// The core's result (JSON).
    Json,
    /// Markdown (for `diff`: a changelog to paste into release notes).
    #[value(alias = "markdown")]
    Md,
}

#[derive(Debug, clap::Args)]
pub struct DiffArgs {
    /// The older version: a framework file, or a built-in `id@requirement` (e.g.
    /// `kalkan-public-institution@=1.0.1`).
    pub old: String,
    /// The newer version, likewise.
    pub new: String,
    /// Exit with 1 when the version step is smaller than the changes need (breaking: major,
    /// additive: minor, editorial: patch), listing each change that needs more.
    #[arg(long)]
    pub check: bool,
    /// A mapping file from OLD to NEW: its exact entries between ids only one side has are read
    /// as renamed controls. With `--generate-mapping`, ignored.
    #[arg(long, value_name = "FILE")]
    pub mapping: Option<PathBuf>,
    /// Instead of the diff, write the mapping generated from it (same ids map to themselves) to
    /// this file, to be completed by hand.
    #[arg(long, value_name = "FILE")]
    pub generate_mapping: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: ChangeFormat,
    /// Language of the text and Markdown output.
    #[arg(long, value_enum, default_value_t)]
    pub lang: Lang,
    /// Write the output to this file (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct MigrateArgs {
    /// The assessment file to migrate.
    pub assessment: PathBuf,
    /// The target: a built-in `id@requirement` (e.g. `nist-csf@^2`) or a framework file.
    #[arg(long, value_name = "ID@REQ")]
    pub to: String,
    /// The mapping file to use (default: the identity for the same framework, a built-in
    /// mapping, or one generated from the diff of two versions of one framework).
    #[arg(long, value_name = "FILE")]
    pub mapping: Option<PathBuf>,
    /// The assessment's framework file (default: the built-in framework it names).
    #[arg(long, value_name = "FILE")]
    pub framework: Option<PathBuf>,
    /// Where to write the migrated assessment (atomically).
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
    /// Write the migration report to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    /// Format of the migration report.
    #[arg(long, value_enum, default_value_t)]
    pub format: ChangeFormat,
    /// Language of the migration report.
    #[arg(long, value_enum, default_value_t)]
    pub lang: Lang,
}

#[derive(Debug, clap::Args)]
pub struct FrameworksArgs {
    #[command(subcommand)]
    pub action: Option<FrameworksAction>,
    /// Language of the titles.
    #[arg(long, value_enum, default_value_t, global = true)]
    pub lang: Lang,
    /// Output format.
    #[arg(long, value_enum, default_value_t, global = true)]
    pub format: ListFormat,
}

#[derive(Debug, Subcommand)]
pub enum FrameworksAction {
    /// Show one framework's structure: levels, scales, profiles, groups and controls.
    Show {
        /// A built-in framework `id` or `id@requirement` (e.g. `nist-csf@^2`), or a framework file.
        framework: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum ListFormat {
    #[default]
    Text,
    Json,
}

#[derive(Debug, clap::Args)]
pub struct ValidateArgs {
    /// Framework and assessment files.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Check assessments against this framework file (default: a framework file given alongside,
    /// else the built-in framework the assessment names).
    #[arg(long, value_name = "FILE")]
    pub framework: Option<PathBuf>,
    /// Treat missing translations in frameworks as errors.
    #[arg(long)]
    pub strict: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: ListFormat,
    /// Language of the text output (JSON output keeps the messages in English and gives every
    /// problem's details for other languages).
    #[arg(long, value_enum, default_value_t)]
    pub lang: Lang,
}

#[derive(Debug, clap::Args)]
pub struct ScoreArgs {
    /// Assessment files or directories of them (`*.json`), JSON Lines files (`*.jsonl`, one
    /// assessment per line) or `-` (JSON Lines on standard input). Framework files among them
    /// are used to score the assessments that name them. Several assessments are scored together,
    /// as a stream in parallel when JSON Lines or Parquet are involved.
    #[arg(required = true, value_name = "ASSESSMENT")]
    pub inputs: Vec<PathBuf>,
    /// Score against this framework file (default: the framework the assessment names).
    #[arg(long, value_name = "FILE")]
    pub framework: Option<PathBuf>,
    /// Target profile for the gap analysis (default: the assessment's `profile`).
    #[arg(long, value_name = "PROFILE")]
    pub target: Option<String>,
    /// Output format. For several assessments: text (a summary), json (an array of reports),
    /// csv or parquet (the rows of every report, with a `file` column; parquet needs `-o`).
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
    /// Language of the report.
    #[arg(long, value_enum, default_value_t)]
    pub lang: Lang,
    /// Write the output to this file (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Also write the HTML report to this file.
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,
    /// Score one assessment as seen through another framework (`id@requirement` or a framework
    /// file): that framework's report, each of its controls derived from the mapped controls.
    /// Formats: text, json, md.
    #[arg(long, value_name = "ID@REQ")]
    pub project_onto: Option<String>,
    /// With `--project-onto`: the mapping file to use (default: a built-in mapping, else the
    /// crosswalk references of the assessment's controls).
    #[arg(long, value_name = "FILE", requires = "project_onto")]
    pub mapping: Option<PathBuf>,
    /// Worker threads for batches (default: one per core).
    #[arg(long, value_name = "N")]
    pub jobs: Option<usize>,
}

#[derive(Debug, clap::Args)]
pub struct AssessArgs {
    /// A built-in framework `id` or `id@requirement`, or a framework file.
    pub framework: String,
    /// The assessment file to write; if it exists, the questionnaire resumes where it stopped.
    /// Default: `<framework id>.assessment.json`.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Language of the questions.
    #[arg(long, value_enum, default_value_t)]
    pub lang: Lang,
    /// Name of the organisation assessed (asked for when missing).
    #[arg(long, value_name = "NAME")]
    pub subject: Option<String>,
    /// Kind of subject, e.g. `ministry`, `agency`.
    #[arg(long, value_name = "KIND")]
    pub kind: Option<String>,
    /// ISO 3166-1 alpha-2 country code, e.g. `TR`.
    #[arg(long, value_name = "CODE")]
    pub country: Option<String>,
    /// Sector, e.g. `health`.
    #[arg(long, value_name = "SECTOR")]
    pub sector: Option<String>,
    /// Name of the person answering.
    #[arg(long, value_name = "NAME")]
    pub assessor: Option<String>,
    /// Target profile recorded in a new assessment.
    #[arg(long, value_name = "PROFILE")]
    pub profile: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct SchemaArgs {
    /// Which document (the names come from `kalkan::schema::SCHEMA_NAMES`).
    #[arg(value_parser = clap::builder::PossibleValuesParser::new(kalkan::schema::SCHEMA_NAMES))]
    pub document: String,
}

#[cfg(test)]
mod tests {
    use super::parse_size;

    #[test]
    fn sizes_take_binary_suffixes() {
        assert_eq!(parse_size("1024"), Ok(1024));
        assert_eq!(parse_size("10B"), Ok(10));
        assert_eq!(parse_size("2k"), Ok(2048));
        assert_eq!(parse_size("64M"), Ok(64 * 1024 * 1024));
        assert_eq!(parse_size("64MiB"), Ok(64 * 1024 * 1024));
        assert_eq!(parse_size("1G"), Ok(1 << 30));
        for bad in ["", "0", "0K", "M", "12X", "-1", "1.5M", "99999999999999999999"] {
            assert!(parse_size(bad).is_err(), "{bad}");
        }
    }
}
