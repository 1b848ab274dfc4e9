//! In-process figures (criterion): the costs under the whole-process numbers of `run.sh`.
//!   cargo bench --features bench --bench inprocess            # all
//!   cargo bench --features bench --bench inprocess -- argon2  # a filter
//! Reports only; never run by CI.

use authadm::accounts::{self, Draft, NewPassword, PasswordOrigin};
use authadm::config::Settings;
use authadm::login::attempt::Credentials;
use authadm::login::{LoginRequest, login};
use authadm::secret::Secret;
use authadm::store::Store;
use authadm::validators::{self, UserAttributes};
use criterion::{Criterion, criterion_group, criterion_main};
use jiff::Timestamp;
use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

const PASSWORD: &str = "bench-Password-42";

fn settings(toml: &str) -> Settings {
    Settings::from_toml(toml, None).expect("bench settings parse")
}

fn hashers(c: &mut Criterion) {
    let mut group = c.benchmark_group("hash");
    group.sample_size(10).measurement_time(Duration::from_secs(5));
    let cases = [
        (
            "argon2 owasp m=19456,t=2,p=1",
            "password_hashers = [\"argon2\"]\n[hashers.argon2]\nmemory_cost = 19456\ntime_cost = 2\nparallelism = 1\n",
        ),
        (
            "argon2 django m=102400,t=2,p=8",
            "password_hashers = [\"argon2\"]\n[hashers.argon2]\nmemory_cost = 102400\ntime_cost = 2\nparallelism = 8\n",
        ),
        ("pbkdf2_sha256 default", "password_hashers = [\"pbkdf2_sha256\"]\n"),
    ];
    let secret = Secret::new(PASSWORD.to_owned());
    for (name, toml) in cases {
        let settings = settings(toml);
        let encoded = settings.hashers.make(&secret);
        group.bench_function(format!("make {name}"), |b| b.iter(|| settings.hashers.make(black_box(&secret))));
        group.bench_function(format!("check {name}"), |b| {
            b.iter(|| settings.hashers.check(black_box(&secret), black_box(&encoded)))
        });
    }
    group.finish();
}

fn common_password(c: &mut Criterion) {
    let validator = validators::build("common_password", &toml::Table::new(), Path::new(".")).expect("builds");
    let validators = [validator];
    let user = UserAttributes::default();
    c.bench_function("validator common_password (not common)", |b| {
        b.iter(|| validators::validate_all(&validators, black_box("xq7-Vorbeck-lumen"), Some(&user)))
    });
    c.bench_function("validator common_password (common)", |b| {
        b.iter(|| validators::validate_all(&validators, black_box("password123"), Some(&user)))
    });
    c.bench_function("validator common_password (build: list load)", |b| {
        b.iter(|| validators::build("common_password", &toml::Table::new(), Path::new(".")).expect("builds"))
    });
}

/// The default chain (`model`) and the lockout guard, on a temporary database with one user
/// whose hash is one-iteration pbkdf2, so the chain itself is what is measured.
fn chain(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let store =
        Store::open(&authadm::store::Target::File(dir.path().join("bench.db")), &Default::default()).expect("opens");
    let fast = "password_hashers = [\"pbkdf2_sha256\"]\n[hashers.pbkdf2_sha256]\niterations = 1\n";
    let plain = settings(fast);
    let guarded = settings(&format!("authentication_backends = [\"lockout\", \"model\"]\n{fast}"));
    let now = Timestamp::now();
    let draft = Draft {
        username: "alice".into(),
        email: "alice@example.com".into(),
        first_name: String::new(),
        last_name: String::new(),
        is_active: true,
        is_staff: false,
        is_superuser: false,
        fields: Vec::new(),
    };
    let encoded = plain.hashers.make(&Secret::new(PASSWORD.to_owned()));
    accounts::add(&store, &plain, draft, NewPassword { encoded, origin: PasswordOrigin::PreHashed }, false, now)
        .expect("adds");
    for (name, settings, record) in [
        ("model, probe", &plain, false),
        ("lockout+model, probe", &guarded, false),
        ("lockout+model, recorded", &guarded, true),
    ] {
        c.bench_function(&format!("login {name}"), |b| {
            b.iter(|| {
                let request = LoginRequest {
                    identifier: "alice",
                    credentials: Credentials::Password(Secret::new(PASSWORD.to_owned())),
                    ip: Some("192.0.2.1"),
                    user_agent: None,
                    record,
                    otp: None,
                };
                let result = login(&store, settings, &request, Timestamp::now()).expect("login runs");
                assert!(result.authenticated());
            })
        });
    }
}

criterion_group!(benches, hashers, common_password, chain);
criterion_main!(benches);
