//! Many `login-test` processes at once on one key: the lockout and the rate limit hold exactly.

use crate::common::{self, Sandbox};
use std::collections::BTreeMap;

const WORKERS: usize = 8;
const ATTEMPTS: usize = 25;

/// Runs WORKERS threads, each running ATTEMPTS wrong logins one after another; returns how many
/// ended with each exit code and the stderr of any that failed otherwise.
fn hammer(s: &Sandbox) -> (BTreeMap<i32, usize>, Vec<String>) {
    let results: Vec<(i32, String)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..WORKERS)
            .map(|_| {
                scope.spawn(|| {
                    (0..ATTEMPTS)
                        .map(|_| {
                            let (code, _, err) = s.run(&["login-test", "alice", "--password-stdin"], "Wrong-guess-9");
                            (code, err)
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        workers.into_iter().flat_map(|w| w.join().unwrap()).collect()
    });
    let mut codes = BTreeMap::new();
    let mut errors = Vec::new();
    for (code, err) in results {
        *codes.entry(code).or_default() += 1;
        if !err.is_empty() {
            errors.push(err);
        }
    }
    (codes, errors)
}

/// Runs on either store (`AUTHADM_TEST_STORE=postgres` runs it against PostgreSQL).
fn reasons(s: &Sandbox) -> BTreeMap<String, i64> {
    let rows = s.query_strings("SELECT reason, count(*) FROM authadm_attempt GROUP BY reason");
    rows.into_iter().map(|row| (row[0].clone(), row[1].parse().unwrap())).collect()
}

fn with_alice(tables: &str) -> Sandbox {
    let s = Sandbox::new("");
    let chain = "authentication_backends = [\"lockout\", \"model\"]";
    s.write("authadm.toml", &format!("{chain}\n{}\n{tables}\n", common::FAST_CONFIG));
    s.add_user("alice", "alice@example.com", "correct-Horse-battery-9");
    s
}

#[test]
fn exactly_failure_limit_failures_get_through() {
    let s = with_alice("[lockout]\nfailure_limit = 10\nlockout_parameters = [\"username\"]");
    let (codes, errors) = hammer(&s);
    assert!(errors.is_empty(), "errors: {errors:?}");
    assert_eq!(codes, BTreeMap::from([(1, 10), (3, 190)]));
    let expected = BTreeMap::from([("invalid_credentials".to_string(), 10), ("locked_out".to_string(), 190)]);
    assert_eq!(reasons(&s), expected);
}

#[test]
fn exactly_the_rate_limit_gets_through() {
    let s = with_alice("[lockout]\nfailure_limit = 1000\n[rate_limits]\nlogin_failed = \"5/5m/key\"");
    let (codes, errors) = hammer(&s);
    assert!(errors.is_empty(), "errors: {errors:?}");
    assert_eq!(codes, BTreeMap::from([(1, 5), (3, 195)]));
    let expected = BTreeMap::from([("invalid_credentials".to_string(), 5), ("rate_limited".to_string(), 195)]);
    assert_eq!(reasons(&s), expected);
}

/// A PostgreSQL database whose default isolation is `repeatable read` (some sites set it): the
/// limit stays exact. authadm's writers run read committed whatever the default, so each sees
/// what the previous lock holder committed (under repeatable read the counter upsert's
/// serialization failures and retries would also keep it exact, at the cost of retries).
#[test]
fn the_rate_limit_holds_under_a_repeatable_read_default() {
    let s = with_alice("[lockout]\nfailure_limit = 1000\n[rate_limits]\nlogin_failed = \"5/5m/key\"");
    if !s.is_postgres() {
        common::note("skipping: isolation levels are PostgreSQL's (AUTHADM_TEST_STORE=postgres runs this)");
        return;
    }
    let database = s.database_name().to_string();
    s.execute(&format!("ALTER DATABASE {database} SET default_transaction_isolation = 'repeatable read'"));
    let (codes, errors) = hammer(&s);
    assert!(errors.is_empty(), "errors: {errors:?}");
    assert_eq!(codes, BTreeMap::from([(1, 5), (3, 195)]));
}
