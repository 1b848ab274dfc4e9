//! Concurrency soak: 8 processes at once, for AUTHADM_SOAK_SECONDS (default 30), adding users,
//! changing passwords and failing logins on one database with a lockout configured. No error may
//! escape ("database is locked" included), the counts are exact and the lockout limit holds.

use crate::common::Sandbox;
use std::time::{Duration, Instant};

const WORKERS: usize = 8;
const LIMIT: usize = 15;

#[derive(Default)]
struct Tally {
    added: usize,
    password_changes: usize,
    last_password: Option<String>,
    /// Exit codes of the wrong logins: 1 (rejected) or 3 (locked out).
    rejected: usize,
    locked: usize,
    /// Anything unexpected: the command, its exit code and its stderr.
    problems: Vec<String>,
}

fn soak_duration() -> Duration {
    let seconds = std::env::var("AUTHADM_SOAK_SECONDS").ok().and_then(|s| s.parse().ok()).unwrap_or(30);
    Duration::from_secs(seconds)
}

fn work(s: &Sandbox, worker: usize, until: Instant) -> Tally {
    let mut tally = Tally::default();
    let own = format!("worker{worker}");
    let mut i = 0;
    while Instant::now() < until {
        let (args, stdin, expected): (Vec<String>, String, &[i32]) = match i % 3 {
            0 => (
                vec!["user".into(), "add".into(), format!("w{worker}n{i}"), "--password-stdin".into()],
                "correct-Horse-battery-9".into(),
                &[0],
            ),
            1 => (
                vec!["set-password".into(), own.clone(), "--password-stdin".into()],
                format!("changed-Phrase-long-{worker}-{i}"),
                &[0],
            ),
            _ => {
                (vec!["login-test".into(), "target".into(), "--password-stdin".into()], "Wrong-guess-9".into(), &[1, 3])
            }
        };
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (code, _, err) = s.run(&args, &stdin);
        if !expected.contains(&code) || !err.is_empty() {
            tally.problems.push(format!("{args:?}: exit {code}: {}", err.trim()));
        } else {
            match (i % 3, code) {
                (0, _) => tally.added += 1,
                (1, _) => {
                    tally.password_changes += 1;
                    tally.last_password = Some(stdin);
                }
                (_, 1) => tally.rejected += 1,
                _ => tally.locked += 1,
            }
        }
        i += 1;
    }
    tally
}

fn count(s: &Sandbox, sql: &str) -> usize {
    s.query_one(sql).parse().unwrap()
}

#[test]
#[ignore = "30 s of 8 processes; `.ci/run` runs it (`cargo test --test it -- --ignored soak::`)"]
fn eight_processes_for_the_soak_duration_lose_nothing_and_let_nothing_in() {
    let s = Sandbox::new("authentication_backends = [\"lockout\", \"model\"]");
    let chain = std::fs::read_to_string(s.path().join("authadm.toml")).unwrap();
    s.write(
        "authadm.toml",
        &format!("{chain}[lockout]\nfailure_limit = {LIMIT}\nlockout_parameters = [\"username\"]\n"),
    );
    s.add_user("target", "target@example.com", "correct-Horse-battery-9");
    for worker in 0..WORKERS {
        s.add_user(&format!("worker{worker}"), &format!("worker{worker}@example.com"), "initial-Phrase-long-0");
    }
    let until = Instant::now() + soak_duration();
    let sandbox = &s;
    let tallies: Vec<Tally> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..WORKERS).map(|w| scope.spawn(move || work(sandbox, w, until))).collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let problems: Vec<&String> = tallies.iter().flat_map(|t| &t.problems).collect();
    assert!(problems.is_empty(), "{} unexpected results:\n{problems:#?}", problems.len());

    let added: usize = tallies.iter().map(|t| t.added).sum();
    let rejected: usize = tallies.iter().map(|t| t.rejected).sum();
    let locked: usize = tallies.iter().map(|t| t.locked).sum();
    println!(
        "{added} users added, {} passwords changed, {rejected} logins rejected, {locked} locked out",
        tallies.iter().map(|t| t.password_changes).sum::<usize>()
    );
    assert_eq!(count(&s, "SELECT count(*) FROM auth_user"), 1 + WORKERS + added, "users added = successes");
    assert_eq!(count(&s, "SELECT count(*) FROM authadm_attempt"), rejected + locked, "one row per attempt");
    assert_eq!(rejected, LIMIT.min(rejected + locked), "exactly failure_limit failures reach the password check");
    assert_eq!(count(&s, "SELECT count(*) FROM authadm_attempt WHERE reason = 'invalid_credentials'"), rejected);
    assert_eq!(count(&s, "SELECT count(*) FROM authadm_attempt WHERE reason = 'locked_out'"), locked);
    for (worker, tally) in tallies.iter().enumerate() {
        if let Some(password) = &tally.last_password {
            let name = format!("worker{worker}");
            s.expect(0, &["login-test", &name, "--password-stdin", "--no-record"], password);
        }
    }
    if !s.is_postgres() {
        let conn = rusqlite::Connection::open(s.db()).unwrap();
        assert_eq!(conn.query_row("PRAGMA integrity_check", [], |r| r.get::<_, String>(0)).unwrap(), "ok");
    }
}
