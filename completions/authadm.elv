
use builtin;
use str;

set edit:completion:arg-completer[authadm] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'authadm'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'authadm'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --json 'Machine output on stdout: one JSON document per command'
            cand --no-input 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
            cand -q 'Less human output'
            cand --quiet 'Less human output'
            cand -v 'More human output'
            cand --verbose 'More human output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand user 'Add, list, show, change and remove users'
            cand set-password 'Set a user''s password (the configured validators apply)'
            cand login-test 'Run the configured backend chain on credentials, exactly as a login would'
            cand token 'Create, list and revoke bearer tokens'
            cand config 'Check a settings file, or write a commented starter one'
            cand doctor 'Inspect the database and the settings, and say what to fix'
            cand generate 'Write completions/ and man/ from these definitions (for maintainers)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authadm;user'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --json 'Machine output on stdout: one JSON document per command'
            cand --no-input 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
            cand -q 'Less human output'
            cand --quiet 'Less human output'
            cand -v 'More human output'
            cand --verbose 'More human output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a user (prompts on a terminal for what is missing)'
            cand list 'List users'
            cand show 'Show one user'
            cand modify 'Change a user''s details or flags'
            cand remove 'Remove a user and everything authadm keeps about them'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authadm;user;add'= {
            cand --email 'Email address (asked for on a terminal when missing)'
            cand --first-name 'Given name (at most 150 characters)'
            cand --last-name 'Family name (at most 150 characters)'
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --staff 'May log into the admin site'
            cand --superuser 'Has every permission (implies nothing else; add --staff for the admin site)'
            cand --inactive 'Create the account deactivated'
            cand --password-stdin 'Read the password from stdin (to EOF, one trailing newline removed)'
            cand --no-password 'Give the account an unusable password (it can log in only by token or after set-password)'
            cand --skip-validation 'Store the password even if the validators refuse it (recorded in the audit log)'
            cand --json 'Machine output on stdout: one JSON document per command'
            cand --no-input 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
            cand -q 'Less human output'
            cand --quiet 'Less human output'
            cand -v 'More human output'
            cand --verbose 'More human output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authadm;user;list'= {
            cand --search 'Only users whose username, email or name contains TEXT (ASCII case ignored)'
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --active 'Only active users'
            cand --inactive 'Only inactive users'
            cand --json 'Machine output on stdout: one JSON document per command'
            cand --no-input 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
            cand -q 'Less human output'
            cand --quiet 'Less human output'
            cand -v 'More human output'
            cand --verbose 'More human output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authadm;user;show'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --json 'Machine output on stdout: one JSON document per command'
            cand --no-input 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
            cand -q 'Less human output'
            cand --quiet 'Less human output'
            cand -v 'More human output'
            cand --verbose 'More human output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authadm;user;modify'= {
            cand --email 'New email address (its domain is lowercased, as Django''s)'
            cand --first-name 'New given name'
            cand --last-name 'New family name'
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --activate 'Let the account log in again'
            cand --deactivate 'Refuse every login of the account (its data stays)'
            cand --staff 'Let the account log into the admin site'
            cand --no-staff 'Keep the account out of the admin site'
            cand --superuser 'Give the account every permission'
            cand --no-superuser 'Take the superuser status away'
            cand --email-verified 'Mark the email address as verified'
            cand --email-unverified 'Mark the email address as not verified'
            cand --json 'Machine output on stdout: one JSON document per command'
            cand --no-input 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
            cand -q 'Less human output'
            cand --quiet 'Less human output'
            cand -v 'More human output'
            cand --verbose 'More human output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authadm;user;remove'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand --json 'Machine output on stdout: one JSON document per command'
            cand --no-input 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
            cand -q 'Less human output'
            cand --quiet 'Less human output'
            cand -v 'More human output'
            cand --verbose 'More human output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authadm;user;help'= {
            cand add 'Add a user (prompts on a terminal for what is missing)'
            cand list 'List users'
            cand show 'Show one user'
            cand modify 'Change a user''s details or flags'
            cand remove 'Remove a user and everything authadm keeps about them'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authadm;user;help;add'= {
        }
        &'authadm;user;help;list'= {
        }
        &'authadm;user;help;show'= {
        }
        &'authadm;user;help;modify'= {
        }
        &'authadm;user;help;remove'= {
        }
        &'authadm;user;help;help'= {
        }
        &'authadm;set-password'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --password-stdin 'Read the password from stdin (to EOF, one trailing newline removed)'
            cand --unusable 'Make the password unusable: no password logs in until the next set-password'
            cand --skip-validation 'Store the password even if the validators refuse it'
            cand --json 'Machine output on stdout: one JSON document per command'
            cand --no-input 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
            cand -q 'Less human output'
            cand --quiet 'Less human output'
            cand -v 'More human output'
            cand --verbose 'More human output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authadm;login-test'= {
            cand --ip 'The client address the attempt comes from (for lockouts and the audit)'
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --password-stdin 'Read the password from stdin (to EOF, one trailing newline removed)'
            cand --token-stdin 'Read a bearer token (from `token create`) from stdin instead of a password'
            cand --explain 'Say what each backend looked up and why it accepted, passed or refused'
            cand --no-record 'A pure probe: nothing is counted, written or upgraded'
            cand --json 'Machine output on stdout: one JSON document per command'
            cand --no-input 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
            cand -q 'Less human output'
            cand --quiet 'Less human output'
            cand -v 'More human output'
            cand --verbose 'More human output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authadm;token'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --json 'Machine output on stdout: one JSON document per command'
            cand --no-input 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
            cand -q 'Less human output'
            cand --quiet 'Less human output'
            cand -v 'More human output'
            cand --verbose 'More human output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Make a bearer token for a user; it is printed once and stored only as a SHA-256 digest'
            cand list 'List tokens (never their values)'
            cand revoke 'Revoke a token by id'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authadm;token;create'= {
            cand --expires 'Lifetime, e.g. 12h, 30d [default: no expiry]'
            cand --name 'A label to recognise the token by in `token list`'
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --json 'Machine output on stdout: one JSON document per command'
            cand --no-input 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
            cand -q 'Less human output'
            cand --quiet 'Less human output'
            cand -v 'More human output'
            cand --verbose 'More human output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authadm;token;list'= {
            cand --user 'Only this user''s tokens'
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --json 'Machine output on stdout: one JSON document per command'
            cand --no-input 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
            cand -q 'Less human output'
            cand --quiet 'Less human output'
            cand -v 'More human output'
            cand --verbose 'More human output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authadm;token;revoke'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --json 'Machine output on stdout: one JSON document per command'
            cand --no-input 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
            cand -q 'Less human output'
            cand --quiet 'Less human output'
            cand -v 'More human output'
            cand --verbose 'More human output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authadm;token;help'= {
            cand create 'Make a bearer token for a user; it is printed once and stored only as a SHA-256 digest'
            cand list 'List tokens (never their values)'
            cand revoke 'Revoke a token by id'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authadm;token;help;create'= {
        }
        &'authadm;token;help;list'= {
        }
        &'authadm;token;help;revoke'= {
        }
        &'authadm;token;help;help'= {
        }
        &'authadm;config'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --json 'Machine output on stdout: one JSON document per command'
            cand --no-input 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
            cand -q 'Less human output'
            cand --quiet 'Less human output'
            cand -v 'More human output'
            cand --verbose 'More human output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand check 'Validate the settings file and print the settings in force, defaults filled in, as TOML'
            cand init 'Write a commented starter authadm.toml (never over an existing file without --force)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authadm;config;check'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --json 'Machine output on stdout: one JSON document per command'
            cand --no-input 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
            cand -q 'Less human output'
            cand --quiet 'Less human output'
            cand -v 'More human output'
            cand --verbose 'More human output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authadm;config;init'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --force 'Overwrite an existing file'
            cand --json 'Machine output on stdout: one JSON document per command'
            cand --no-input 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
            cand -q 'Less human output'
            cand --quiet 'Less human output'
            cand -v 'More human output'
            cand --verbose 'More human output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authadm;config;help'= {
            cand check 'Validate the settings file and print the settings in force, defaults filled in, as TOML'
            cand init 'Write a commented starter authadm.toml (never over an existing file without --force)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authadm;config;help;check'= {
        }
        &'authadm;config;help;init'= {
        }
        &'authadm;config;help;help'= {
        }
        &'authadm;doctor'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --strict 'Count warnings (outdated hashes, unusable passwords, ...) as problems too'
            cand --json 'Machine output on stdout: one JSON document per command'
            cand --no-input 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
            cand -q 'Less human output'
            cand --quiet 'Less human output'
            cand -v 'More human output'
            cand --verbose 'More human output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authadm;generate'= {
            cand --out 'Folder to write completions/ and man/ into (files there that it would not make are removed)'
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --json 'Machine output on stdout: one JSON document per command'
            cand --no-input 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
            cand -q 'Less human output'
            cand --quiet 'Less human output'
            cand -v 'More human output'
            cand --verbose 'More human output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authadm;help'= {
            cand user 'Add, list, show, change and remove users'
            cand set-password 'Set a user''s password (the configured validators apply)'
            cand login-test 'Run the configured backend chain on credentials, exactly as a login would'
            cand token 'Create, list and revoke bearer tokens'
            cand config 'Check a settings file, or write a commented starter one'
            cand doctor 'Inspect the database and the settings, and say what to fix'
            cand generate 'Write completions/ and man/ from these definitions (for maintainers)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authadm;help;user'= {
            cand add 'Add a user (prompts on a terminal for what is missing)'
            cand list 'List users'
            cand show 'Show one user'
            cand modify 'Change a user''s details or flags'
            cand remove 'Remove a user and everything authadm keeps about them'
        }
        &'authadm;help;user;add'= {
        }
        &'authadm;help;user;list'= {
        }
        &'authadm;help;user;show'= {
        }
        &'authadm;help;user;modify'= {
        }
        &'authadm;help;user;remove'= {
        }
        &'authadm;help;set-password'= {
        }
        &'authadm;help;login-test'= {
        }
        &'authadm;help;token'= {
            cand create 'Make a bearer token for a user; it is printed once and stored only as a SHA-256 digest'
            cand list 'List tokens (never their values)'
            cand revoke 'Revoke a token by id'
        }
        &'authadm;help;token;create'= {
        }
        &'authadm;help;token;list'= {
        }
        &'authadm;help;token;revoke'= {
        }
        &'authadm;help;config'= {
            cand check 'Validate the settings file and print the settings in force, defaults filled in, as TOML'
            cand init 'Write a commented starter authadm.toml (never over an existing file without --force)'
        }
        &'authadm;help;config;check'= {
        }
        &'authadm;help;config;init'= {
        }
        &'authadm;help;doctor'= {
        }
        &'authadm;help;generate'= {
        }
        &'authadm;help;help'= {
        }
    ]
    $completions[$command]
}
