//! Shell integration: generated completions and man pages, help, `config check|init`, `doctor`,
//! and the behaviour a shell user expects (typo suggestions, `--version`, colour, relative times).

use crate::common::{self, Sandbox};

use authadm::cli::Cli;
use clap::CommandFactory;
use std::path::{Path, PathBuf};
use std::process::Command;

const ALICE_PW: &str = "correct-Horse-battery-9";
const REGENERATE: &str = "cargo run -- generate --out .";

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn files_in(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|err| panic!("{}: {err}; run `{REGENERATE}`", dir.display()))
        .map(|e| e.unwrap())
        .map(|e| (e.file_name().to_string_lossy().into_owned(), std::fs::read(e.path()).unwrap()))
        .collect();
    files.sort();
    files
}

#[test]
fn checked_in_completions_and_man_pages_are_current() {
    let sandbox = Sandbox::new("");
    sandbox.expect(0, &["generate", "--out", "."], "");
    for folder in ["completions", "man"] {
        let fresh = files_in(&sandbox.path().join(folder));
        let checked_in = files_in(&repo().join(folder));
        let names = |files: &[(String, Vec<u8>)]| files.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
        assert_eq!(names(&checked_in), names(&fresh), "{folder}/ is stale: run `{REGENERATE}` and commit it");
        for ((name, old), (_, new)) in checked_in.iter().zip(&fresh) {
            assert!(old == new, "{folder}/{name} is stale: run `{REGENERATE}` and commit it");
        }
    }
}

/// Runs `program args` when the program is installed; `None` (and a note) when it is not.
fn run_if_installed(program: &str, args: &[&str]) -> Option<std::process::Output> {
    match Command::new(program).args(args).current_dir(repo()).env("MANWIDTH", "80").output() {
        Ok(output) => Some(output),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            eprintln!("skipped: {program} is not installed (apt-get install {program})");
            None
        }
        Err(err) => panic!("{program}: {err}"),
    }
}

fn assert_clean(what: &str, output: &std::process::Output) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success() && stderr.trim().is_empty(), "{what}: {:?}\n{stderr}", output.status);
}

#[test]
fn completion_scripts_parse_in_their_shells() {
    let bash = run_if_installed("bash", &["-n", "completions/authadm.bash"]).expect("bash is needed");
    assert_clean("bash -n", &bash);
    if let Some(zsh) = run_if_installed("zsh", &["-n", "completions/_authadm"]) {
        assert_clean("zsh -n", &zsh);
    }
    if let Some(fish) = run_if_installed("fish", &["--no-execute", "completions/authadm.fish"]) {
        assert_clean("fish -n", &fish);
    }
}

#[test]
fn man_pages_render() {
    for (name, _) in files_in(&repo().join("man")) {
        let path = format!("man/{name}");
        let Some(output) = run_if_installed("man", &["--warnings", "-E", "UTF-8", "-l", &path]) else { return };
        assert_clean(&format!("man -l {path}"), &output);
        let text = String::from_utf8_lossy(&output.stdout);
        for section in ["SYNOPSIS", "EXIT STATUS", "ENVIRONMENT", "AUTHADM_CONFIG"] {
            assert!(text.contains(section), "{path} has no {section}:\n{text}");
        }
    }
}

/// Every visible command and argument says what it is for, and every command shows an example.
#[test]
fn every_command_and_flag_has_help_and_an_example() {
    fn walk(command: &clap::Command, path: &str, missing: &mut Vec<String>) {
        if command.get_about().is_none() {
            missing.push(format!("`{path}` has no about text (its doc comment)"));
        }
        let after = command.get_after_help().map(|h| h.to_string()).unwrap_or_default();
        if !command.has_subcommands() && !after.contains("Example") {
            missing.push(format!("`{path}` has no Examples in after_help"));
        }
        for arg in command.get_arguments().filter(|a| !a.is_hide_set()) {
            if arg.get_help().is_none() && !["help", "version"].contains(&arg.get_id().as_str()) {
                missing.push(format!("`{path}` argument `{}` has no help (its doc comment)", arg.get_id()));
            }
        }
        for sub in command.get_subcommands().filter(|s| !s.is_hide_set() && s.get_name() != "help") {
            walk(sub, &format!("{path} {}", sub.get_name()), missing);
        }
    }
    let mut missing = Vec::new();
    // Built whole: each subcommand's arguments and epilogue are deferred until it is used.
    let mut definition = Cli::command();
    definition.build();
    walk(&definition, "authadm", &mut missing);
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn version_and_typo_suggestions() {
    let s = Sandbox::new("");
    let (out, _) = s.expect(0, &["--version"], "");
    assert_eq!(out.trim(), format!("authadm {}", env!("CARGO_PKG_VERSION")));
    let (_, err) = s.expect(2, &["usr", "list"], "");
    assert!(err.contains("similar") && err.contains("'user'"), "{err}");
    let (_, err) = s.expect(2, &["user", "list", "--activ"], "");
    assert!(err.contains("--active"), "{err}");
}

#[test]
fn colour_only_when_asked_for_or_on_a_terminal() {
    let s = Sandbox::new("");
    s.add_user("alice", "alice@example.com", "correct-Horse-battery-9");
    let (_, plain) = s.expect(4, &["user", "show", "nobody"], "");
    assert!(!plain.contains('\x1b'), "not a terminal, so no colour: {plain:?}");
    let (_, coloured) = s.expect(4, &["--color", "always", "user", "show", "nobody"], "");
    assert!(coloured.contains("\x1b["), "{coloured:?}");
    let output = s.cmd(&["--color", "auto", "user", "show", "nobody"]).env("NO_COLOR", "1").output().unwrap();
    assert!(!String::from_utf8_lossy(&output.stderr).contains('\x1b'));
}

#[test]
fn user_list_and_show_give_relative_times_beside_absolute_ones() {
    let s = Sandbox::new("");
    s.add_user("alice", "alice@example.com", ALICE_PW);
    let (shown, _) = s.expect(0, &["user", "show", "alice"], "");
    assert!(shown.contains("Z (just now)"), "{shown}");
    s.expect(0, &["login-test", "alice", "--password-stdin"], ALICE_PW);
    let (listed, _) = s.expect(0, &["user", "list"], "");
    assert!(listed.contains("(just now)"), "{listed}");
}

/// The broken configs people actually write: each gives one line, naming file, line and column
/// where there is one.
#[test]
fn config_check_gives_one_clear_line_per_broken_config() {
    let cases: &[(&str, &str, &str)] = &[
        ("bad TOML syntax", "database = \"x.db\n", "a.toml:1:17: invalid basic string"),
        ("unknown key", "\n\ndatabse = \"x.db\"\n", "a.toml:3:1: unknown field `databse`"),
        ("wrong type", "logout_on_password_change = \"yes\"\n", "a.toml:1:29: invalid type"),
        (
            "unknown backend",
            "authentication_backends = [\"modle\"]\n",
            "a.toml:1:28: unknown authentication backend `modle`",
        ),
        ("backend of wrong type", "authentication_backends = [1]\n", "a.toml:1:27: each backend must be a name"),
        ("empty backend list", "authentication_backends = []\n", "a.toml:1:27: authentication_backends is empty"),
        ("unknown hasher", "password_hashers = [\"sha3\"]\n", "a.toml:1:21: unknown password hasher `sha3`"),
        ("empty hasher list", "password_hashers = []\n", "a.toml:1:20: password_hashers is empty"),
        ("bad hasher option", "[hashers.argon2]\ntime_cost = 0\n", "a.toml:1:1: hashers.argon2: `time_cost` must be"),
        (
            "unknown hasher option",
            "[hashers.pbkdf2_sha256]\nrounds = 5\n",
            "a.toml:1:1: hashers.pbkdf2_sha256: unknown option `rounds`",
        ),
        ("unknown hasher section", "[hashers.sha3]\n", "a.toml:1:1: unknown section [hashers.sha3]"),
        ("bad rate string", "[rate_limits]\nlogin_failed = \"10/m/ip,5/5x/key\"\n", "a.toml:2:"),
        ("bad cooloff", "[lockout]\ncooloff = \"soon\"\n", "a.toml:2:"),
        ("lockout not first", "authentication_backends = [\"model\", \"lockout\"]\n", "a.toml:1:"),
        ("bad max_password_bytes", "max_password_bytes = 0\n", "a.toml:1:22: max_password_bytes must be between"),
        (
            "unknown validator",
            "[[auth_password_validators]]\nname = \"nope\"\n",
            "a.toml:1:1: unknown password validator `nope`",
        ),
    ];
    let s = Sandbox::new("");
    for (kind, text, expected) in cases {
        s.write("a.toml", text);
        let (_, err) = s.expect(2, &["--config", "a.toml", "config", "check"], "");
        let line = err.strip_prefix("authadm: error: ").unwrap_or(&err);
        assert!(line.starts_with(expected), "{kind}: expected `{expected}...`, got: {err}");
        assert_eq!(err.lines().count(), 1, "{kind}: one line, got: {err}");
    }
    std::fs::create_dir(s.path().join("folder.toml")).unwrap();
    let files = [
        ("folder.toml", "folder.toml: cannot read the config file: it is a directory"),
        ("missing.toml", "missing.toml: cannot read the config file: no such file"),
    ];
    for (file, expected) in files {
        let (_, err) = s.expect(2, &["--config", file, "config", "check"], "");
        assert_eq!(err.trim(), format!("authadm: error: {expected}"));
    }
}

#[test]
fn config_check_prints_settings_that_load_back_the_same() {
    let s = Sandbox::new("authentication_backends = [\"django.contrib.auth.backends.ModelBackend\", \"token\"]");
    let (first, _) = s.expect(0, &["config", "check"], "");
    assert!(first.contains("authentication_backends = [\"model\", \"token\"]"), "{first}");
    assert!(first.contains("iterations = 1000\n"), "{first}");
    s.write("again.toml", &first);
    let (second, _) = s.expect(0, &["--config", "again.toml", "config", "check"], "");
    let body = |text: &str| text.lines().filter(|l| !l.starts_with('#')).collect::<Vec<_>>().join("\n");
    assert_eq!(body(&first), body(&second));
    let json = s.json(0, &["config", "check"], "");
    assert_eq!(json["password_hashers"][0], "argon2");
}

#[test]
fn config_init_writes_the_defaults_and_never_overwrites_without_force() {
    let s = Sandbox::new("");
    std::fs::remove_file(s.path().join("authadm.toml")).unwrap();
    let (defaults, _) = s.expect(0, &["config", "check"], "");
    s.expect(0, &["config", "init"], "");
    let (from_starter, _) = s.expect(0, &["config", "check"], "");
    let body = |text: &str| text.lines().filter(|l| !l.starts_with('#')).collect::<Vec<_>>().join("\n");
    assert_eq!(body(&defaults), body(&from_starter), "the starter file must hold the built-in defaults");
    s.write("authadm.toml", "not = toml = at all");
    let (_, err) = s.expect(5, &["config", "init"], "");
    assert!(err.contains("--force"), "{err}");
    s.expect(0, &["config", "init", "--force"], "");
    s.expect(0, &["config", "init", "other.toml"], "");
    s.expect(0, &["--config", "other.toml", "config", "check"], "");
}

fn doctor_checks(s: &Sandbox, code: i32, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["doctor"];
    all.extend_from_slice(args);
    let report = s.json(code, &all, "");
    assert_eq!(report["healthy"], code == 0, "{report}");
    report
}

fn status_of(report: &serde_json::Value, check: &str) -> (String, Vec<String>) {
    let finding = report["checks"].as_array().unwrap().iter().find(|c| c["check"] == check).unwrap();
    let users = finding["users"].as_array().unwrap().iter().map(|u| u.as_str().unwrap().to_string()).collect();
    (finding["status"].as_str().unwrap().to_string(), users)
}

#[test]
fn doctor_says_what_to_fix() {
    if common::skip_in_postgres_mode("a missing SQLite file, its integrity, journal mode and file permissions") {
        return;
    }
    let s = Sandbox::new("");
    let (_, err) = s.expect(6, &["doctor"], "");
    assert!(err.contains("no database at authadm.db"), "{err}");
    assert!(!s.db().exists(), "doctor must not create a database");

    s.add_user("alice", "alice@example.com", ALICE_PW);
    s.expect(0, &["user", "add", "root", "--superuser", "--no-password"], "");
    let report = doctor_checks(&s, 0, &[]);
    for check in ["schema", "integrity", "journal_mode", "permissions", "unknown_hashes", "outdated_hashes"] {
        assert_eq!(status_of(&report, check).0, "ok", "{check}: {report}");
    }
    assert_eq!(status_of(&report, "unusable_passwords"), ("warn".into(), vec!["root".into()]));
    assert_eq!(status_of(&report, "superuser_email"), ("warn".into(), vec!["root".into()]));
    doctor_checks(&s, 1, &["--strict"]);

    // Other hashing parameters than alice's hash was made with: upgraded at her next login.
    s.write(
        "authadm.toml",
        &common::FAST_CONFIG
            .replace("iterations = 1000", "iterations = 1001")
            .replace("time_cost = 1", "time_cost = 2"),
    );
    assert_eq!(status_of(&doctor_checks(&s, 0, &[]), "outdated_hashes"), ("warn".into(), vec!["alice".into()]));
    s.write("authadm.toml", "password_hashers = [\"pbkdf2_sha256\"]\n[hashers.pbkdf2_sha256]\niterations = 1000\n");
    let report = doctor_checks(&s, 1, &[]);
    assert_eq!(status_of(&report, "unknown_hashes"), ("fail".into(), vec!["alice".into()]));

    s.write("authadm.toml", common::FAST_CONFIG);
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(s.db(), std::fs::Permissions::from_mode(0o644)).unwrap();
    let (out, _) = s.expect(1, &["doctor"], "");
    assert!(out.contains("chmod 600 authadm.db") && out.contains("1 problem"), "{out}");
}

#[test]
fn doctor_counts_hashes_beyond_the_cost_limits_as_unverifiable() {
    let s = Sandbox::new("");
    s.add_user("alice", "alice@example.com", "correct-Horse-battery-9");
    let absurd = "pbkdf2_sha256$4294967295$abcdefghijklmnopqrstuv$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
    s.execute(&format!("UPDATE auth_user SET password = '{absurd}' WHERE username = 'alice'"));
    let report = doctor_checks(&s, 1, &[]);
    assert_eq!(status_of(&report, "unknown_hashes"), ("fail".into(), vec!["alice".into()]));
    assert_eq!(status_of(&report, "outdated_hashes").0, "ok");
}
