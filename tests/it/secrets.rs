//! No password or token used in a full session appears in the database, its WAL, any stdout,
//! stderr or `--json` output (a token only in the stdout of `token create`); every file authadm
//! creates is 0600.

use crate::common::Sandbox;
use std::os::unix::fs::PermissionsExt;

const FIRST: &str = "Zebra-Quartz-Sentinel-4417";
const SECOND: &str = "Marmot-Obelisk-Fennel-9083";
const WRONG: &str = "Walrus-Citadel-Parsnip-2261";
const CANDIDATE: &str = "Heron-Tangent-Pylon-5530";
const MADE: &str = "Osprey-Lantern-Quiver-7749";

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[test]
fn a_full_session_leaks_no_secret_and_creates_only_private_files() {
    let s = Sandbox::new("authentication_backends = [\"lockout\", \"token\", \"model\"]");
    s.add_user("alice", "alice@example.com", FIRST);
    // Held open so SQLite keeps the -wal file between commands, and it can be searched too.
    let reader = (!s.is_postgres()).then(|| rusqlite::Connection::open(s.db()).unwrap());
    if let Some(reader) = &reader {
        let _: i64 = reader.query_row("SELECT count(*) FROM auth_user", [], |r| r.get(0)).unwrap();
    }
    let mut outputs: Vec<(String, String)> = Vec::new();
    // Each command runs in human and in --json form, but for the two that refuse --json.
    let mut run = |code: i32, args: &[&str], stdin: &str| {
        let plain_only = args[0] == "hash" || args[0] == "export";
        for json in [false, true].into_iter().filter(|json| !json || !plain_only) {
            let mut args = args.to_vec();
            if json {
                args.push("--json");
            }
            let (out, err) = s.expect(code, &args, stdin);
            outputs.push((format!("{args:?} stdout"), out));
            outputs.push((format!("{args:?} stderr"), err));
        }
    };
    run(0, &["login-test", "alice", "--password-stdin"], FIRST);
    run(1, &["login-test", "alice", "--password-stdin"], WRONG);
    run(0, &["set-password", "alice", "--password-stdin"], SECOND);
    run(1, &["validate-password", "--password-stdin", "--user", "alice"], "alice");
    run(0, &["validate-password", "--password-stdin"], CANDIDATE);
    run(0, &["hash", "make", "--password-stdin"], MADE);
    run(0, &["export", "--format", "json"], "");
    run(0, &["export", "--format", "csv"], "");
    let (created, _) = s.expect(0, &["token", "create", "alice", "--json"], "");
    let token = serde_json::from_str::<serde_json::Value>(&created).unwrap()["token"].as_str().unwrap().to_string();
    run(0, &["login-test", "alice", "--token-stdin"], &token);
    run(0, &["token", "list"], "");
    run(0, &["audit", "failed-logins"], "");
    run(0, &["audit", "events"], "");
    run(0, &["user", "show", "alice"], "");

    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    for entry in std::fs::read_dir(s.path()).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.starts_with("authadm.db") {
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{name} has mode {mode:o}");
            files.push((name, std::fs::read(&path).unwrap()));
        }
    }
    if s.is_postgres() {
        // No files of authadm's own: the rows themselves are searched instead.
        assert!(files.is_empty(), "{:?} created in postgres mode", files.iter().map(|f| &f.0).collect::<Vec<_>>());
        files.push(("the database's rows".to_string(), s.dump().into_bytes()));
    } else {
        assert!(files.iter().any(|(name, _)| name == "authadm.db-wal"), "the WAL was kept for inspection");
    }
    let outputs = outputs.into_iter().map(|(name, text)| (name, text.into_bytes()));
    for (name, bytes) in files.into_iter().chain(outputs) {
        for secret in [FIRST, SECOND, WRONG, CANDIDATE, MADE, token.as_str()] {
            assert!(!contains(&bytes, secret), "{name} contains a secret");
        }
    }
    drop(reader);
}
