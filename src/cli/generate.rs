//! `authadm generate --out DIR`: shell completions and man pages made from the clap definitions,
//! the one source of truth for the command line (as ripgrep's `--generate`). Hidden from help: it
//! is for maintainers, who rerun it after changing a command or flag; `tests/it/shell.rs` fails while
//! the checked-in `completions/` and `man/` differ from what it makes now.

use super::Cli;
use super::output::Output;
use crate::Error;
use crate::error::exit;
use clap::CommandFactory;
use clap_complete::{Generator, Shell};
use clap_mangen::Man;
use clap_mangen::roff::{Roff, bold, roman};
use std::path::{Path, PathBuf};

/// The two folders this command owns below `--out`.
const FOLDERS: [&str; 2] = ["completions", "man"];
const SHELLS: [Shell; 5] = [Shell::Bash, Shell::Zsh, Shell::Fish, Shell::PowerShell, Shell::Elvish];
/// Read by authadm but not a flag's `env`, so clap does not know it.
const NO_COLOR_HELP: &str = "When set to a non-empty value, human output has no colour (unless --color always).";

#[derive(clap::Args)]
#[command(after_help = "Example:\n  cargo run -- generate --out .")]
pub struct Args {
    /// Folder to write completions/ and man/ into (files there that it would not make are removed)
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
}

pub fn run(out: &Output, args: Args) -> Result<u8, Error> {
    let files = render_all().map_err(|err| Error::Usage(format!("cannot render the man pages: {err}")))?;
    for folder in FOLDERS {
        replace_folder(&args.out.join(folder), files.iter().filter(|(f, _, _)| *f == folder))?;
    }
    out.note(&format!("Wrote {} files under {}.", files.len(), args.out.display()));
    Ok(exit::OK)
}

/// Every generated file as (folder, file name, contents).
fn render_all() -> std::io::Result<Vec<(&'static str, String, Vec<u8>)>> {
    let mut files = Vec::new();
    for shell in SHELLS {
        let mut script = Vec::new();
        clap_complete::generate(shell, &mut Cli::command(), "authadm", &mut script);
        files.push(("completions", shell.file_name("authadm"), script));
    }
    let mut root = Cli::command().disable_help_subcommand(true);
    root.build();
    let environment = environment(&root);
    let mut pages = Vec::new();
    collect_pages(&root, &mut pages);
    for (depth, page) in pages {
        let man = Man::new(page.clone()).source(format!("authadm {}", env!("CARGO_PKG_VERSION")));
        files.push(("man", man.get_filename(), render_page(&man, &page, depth == 0, &environment)?));
    }
    Ok(files)
}

/// The command and its visible subcommands, depth first, with their depth.
fn collect_pages(command: &clap::Command, pages: &mut Vec<(usize, clap::Command)>) {
    fn walk(command: &clap::Command, depth: usize, pages: &mut Vec<(usize, clap::Command)>) {
        pages.push((depth, command.clone()));
        for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
            walk(sub, depth + 1, pages);
        }
    }
    walk(command, 0, pages);
}

/// The variables the flags read (from their clap `env`), then `NO_COLOR`.
fn environment(root: &clap::Command) -> Vec<(String, String)> {
    let mut vars: Vec<(String, String)> = root
        .get_arguments()
        .filter_map(|arg| {
            let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
            arg.get_env().map(|env| (env.to_string_lossy().into_owned(), format!("--{}: {help}", arg.get_id())))
        })
        .collect();
    vars.push(("NO_COLOR".into(), NO_COLOR_HELP.into()));
    vars
}

/// clap_mangen's sections, with EXAMPLES, EXIT STATUS and ENVIRONMENT in the place of its EXTRA.
fn render_page(
    man: &Man,
    command: &clap::Command,
    top: bool,
    environment: &[(String, String)],
) -> std::io::Result<Vec<u8>> {
    let mut page = Vec::new();
    man.render_title(&mut page)?;
    man.render_name_section(&mut page)?;
    man.render_synopsis_section(&mut page)?;
    man.render_description_section(&mut page)?;
    if command.get_arguments().any(|a| !a.is_hide_set()) {
        man.render_options_section(&mut page)?;
    }
    if command.get_subcommands().any(|s| !s.is_hide_set()) {
        man.render_subcommands_section(&mut page)?;
    }
    let mut roff = Roff::new();
    if let Some(after_help) = command.get_after_help() {
        examples(&mut roff, &after_help.to_string());
    }
    roff.control("SH", ["EXIT STATUS"]);
    for (code, meaning) in exit::MEANINGS {
        roff.control("TP", []).text([bold(code.to_string())]).text([roman(*meaning)]);
    }
    roff.control("SH", ["ENVIRONMENT"]);
    for (name, help) in environment {
        roff.control("TP", []).text([bold(name.as_str())]).text([roman(help.as_str())]);
    }
    if !top {
        roff.control("SH", ["SEE ALSO"]).text([roman("authadm(1)")]);
    }
    roff.to_writer(&mut page)?;
    man.render_version_section(&mut page)?;
    Ok(page)
}

/// The `after_help` text as EXAMPLES, lines kept as written; its exit-code list is left to EXIT STATUS.
fn examples(roff: &mut Roff, after_help: &str) {
    let paragraphs: Vec<&str> =
        after_help.split("\n\n").filter(|p| !p.starts_with("Exit codes:") && !p.trim().is_empty()).collect();
    if paragraphs.is_empty() {
        return;
    }
    roff.control("SH", ["EXAMPLES"]);
    for paragraph in paragraphs {
        roff.control("PP", []).control("nf", []);
        for line in paragraph.lines().filter(|l| !matches!(l.trim(), "Examples:" | "Example:")) {
            roff.text([roman(line)]);
        }
        roff.control("fi", []);
    }
}

/// Writes `files` into `folder` and removes what else is there, so a renamed command leaves no page.
fn replace_folder<'a>(
    folder: &Path,
    files: impl Iterator<Item = &'a (&'static str, String, Vec<u8>)>,
) -> Result<(), Error> {
    let fail = |err: std::io::Error| Error::Usage(format!("cannot write {}: {err}", folder.display()));
    std::fs::create_dir_all(folder).map_err(fail)?;
    let mut written = Vec::new();
    for (_, name, bytes) in files {
        std::fs::write(folder.join(name), bytes).map_err(fail)?;
        written.push(name.as_str());
    }
    for entry in std::fs::read_dir(folder).map_err(fail)? {
        let entry = entry.map_err(fail)?;
        if entry.file_type().map_err(fail)?.is_file() && !written.iter().any(|w| entry.file_name() == **w) {
            std::fs::remove_file(entry.path()).map_err(fail)?;
        }
    }
    Ok(())
}
