//! `kalkan`: the command-line tool. Each command lives in `commands/`, each report format in
//! `render/`; every rule (validation, scoring, gaps) comes from the `kalkan` core crate.

mod args;
mod clock;
mod commands;
mod failure;
mod files;
mod i18n;
mod inputs;
mod output;
mod render;
mod resolve;

use std::process::ExitCode;

use clap::Parser as _;

use crate::args::{Cli, Command};

fn main() -> ExitCode {
    let cli = Cli::parse();
    // Before anything is read.
    if let Some(bytes) = cli.max_input_size {
        if let Err(e) = (kalkan::Limits { max_input_bytes: bytes, ..kalkan::Limits::current() }).set() {
            output::eprint(&failure::Failure::core("--max-input-size", &e).render());
            return ExitCode::from(failure::EXIT_USAGE);
        }
    }
    let result = match cli.command {
        Command::Frameworks(a) => commands::frameworks::run(&a),
        Command::Validate(a) => commands::validate::run(&a),
        Command::Score(a) => commands::score::run(&a),
        Command::Assess(a) => commands::assess::run(&a),
        Command::Schema(a) => commands::schema::run(&a),
        Command::Diff(a) => commands::diff::run(&a),
        Command::Migrate(a) => commands::migrate::run(&a),
        Command::Merge(a) => commands::merge::run(&a),
        Command::Compare(a) => commands::compare::run(&a),
        Command::Aggregate(a) => commands::aggregate::run(&a),
        Command::Anonymize(a) => commands::anonymize::run(&a),
        Command::Import(a) => commands::import::run(&a),
        Command::Export(a) => commands::export::run(&a),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(failure) => {
            output::eprint(&failure.render());
            ExitCode::from(failure.exit_code())
        }
    }
}
