
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
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
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
            cand email 'A user''s django-allauth email addresses: list, add, remove, verify, make primary'
            cand group 'List, show, add and remove Django''s groups (`user modify --add-group` for memberships)'
            cand set-password 'Set a user''s password (the configured validators apply)'
            cand login-test 'Run the configured backend chain on credentials, exactly as a login would'
            cand token 'Create, list and revoke bearer tokens'
            cand perm 'Grant, revoke, list and check Django permissions (a Django project''s database)'
            cand session 'List Django''s sessions, log a user out everywhere, delete expired sessions'
            cand validate-password 'Run the configured password validators on a candidate password'
            cand lockout 'See and clear lockouts (django-axes'' own where its tables are, else authadm''s)'
            cand mfa 'List and reset second factors (allauth.mfa, django-otp)'
            cand audit 'Failed logins and other recorded events; prune old rows'
            cand hash 'Make, verify and identify Django-encoded password hashes'
            cand import 'Copy users in from another database, keeping their password hashes'
            cand export 'Write every user as JSON or CSV to stdout (hashes only with --include-hashes)'
            cand apply 'Make the users a file describes exist (or not) as it says, in one transaction; a second run changes nothing (--check exits 1 on drift, for CI)'
            cand config 'Check a settings file, or write a commented starter one'
            cand doctor 'Inspect the database and the settings, and say what to fix'
            cand generate 'Write completions/ and man/ from these definitions (for maintainers)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authadm;user'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
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
            cand remove 'Remove a user as Django''s `user.delete()` does, ending their sessions (--dry-run shows what goes)'
            cand deactivate 'Deactivate stale accounts (no login since --last-login-before, or never), ending their sessions and tokens, in one audited transaction'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authadm;user;add'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --email 'Email address (asked for on a terminal when missing)'
            cand --first-name 'Given name (at most 150 characters)'
            cand --last-name 'Family name (at most 150 characters)'
            cand --password-hash 'Store this already-encoded hash (e.g. from `hash make` or another Django database) as is'
            cand --field 'Set a column of a custom user model (repeatable); required for a NOT NULL column without a database default, such as a REQUIRED_FIELDS entry'
            cand --json 'Machine output on stdout: one JSON document per command'
            cand --no-input 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
            cand -q 'Less human output'
            cand --quiet 'Less human output'
            cand -v 'More human output'
            cand --verbose 'More human output'
            cand --staff 'May log into the admin site'
            cand --superuser 'Has every permission (implies nothing else; add --staff for the admin site)'
            cand --inactive 'Create the account deactivated'
            cand --password-stdin 'Read the password from stdin (to EOF, one trailing newline removed)'
            cand --email-verified 'Mark the email address as verified (on a django-allauth site: its primary address row)'
            cand --no-password 'Give the account an unusable password (it can log in only by token or after set-password)'
            cand --skip-validation 'Store the password even if the validators refuse it (recorded in the audit log)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authadm;user;list'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --search 'Only users whose username, email or name contains TEXT (ASCII case ignored)'
            cand --group 'Only members of this Django group (exit 4 when there is no such group)'
            cand --last-login-before 'Only users with no login since WHEN (a duration ago such as 90d, or an RFC 3339 time); those who never logged in count when they joined before it (as `lastlog --before`)'
            cand --joined-before 'Only users who joined before WHEN (a duration ago such as 30d, or an RFC 3339 time)'
            cand --json 'Machine output on stdout: one JSON document per command'
            cand --no-input 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
            cand -q 'Less human output'
            cand --quiet 'Less human output'
            cand -v 'More human output'
            cand --verbose 'More human output'
            cand --active 'Only active users'
            cand --inactive 'Only inactive users'
            cand --never-logged-in 'Only users who never logged in'
            cand --has-usable-password 'Only users whose password is usable'
            cand --no-usable-password 'Only users with an unusable password (token-only accounts, expired passwords)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authadm;user;show'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
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
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --email 'New email address (its domain is lowercased, as Django''s; on a django-allauth site all of it, and it replaces the primary address)'
            cand --first-name 'New given name'
            cand --last-name 'New family name'
            cand --add-group 'Put the user in this Django group (repeatable; exit 4 naming it when it does not exist)'
            cand --remove-group 'Take the user out of this Django group (repeatable; exit 4 naming it when it does not exist)'
            cand --json 'Machine output on stdout: one JSON document per command'
            cand --no-input 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
            cand -q 'Less human output'
            cand --quiet 'Less human output'
            cand -v 'More human output'
            cand --verbose 'More human output'
            cand --activate 'Let the account log in again'
            cand --deactivate 'Refuse every login of the account and end its Django sessions (its data stays)'
            cand --staff 'Let the account log into the admin site'
            cand --no-staff 'Keep the account out of the admin site'
            cand --superuser 'Give the account every permission'
            cand --no-superuser 'Take the superuser status away'
            cand --email-verified 'Mark the email address as verified (on a django-allauth site: its primary address)'
            cand --email-unverified 'Mark the email address as not verified (on a django-allauth site: its primary address)'
            cand --create-groups 'Create the groups of --add-group that do not exist yet, instead of exit 4'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authadm;user;remove'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --json 'Machine output on stdout: one JSON document per command'
            cand --no-input 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
            cand -q 'Less human output'
            cand --quiet 'Less human output'
            cand -v 'More human output'
            cand --verbose 'More human output'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand --dry-run 'Show what would be deleted (rows per table), deleting nothing'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authadm;user;deactivate'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --last-login-before 'Only users with no login since WHEN (a duration ago such as 90d, or an RFC 3339 time); those who never logged in count when they joined before it (as `lastlog --before`)'
            cand --joined-before 'Only users who joined before WHEN (a duration ago such as 30d, or an RFC 3339 time)'
            cand --exclude 'Leave this user active whatever the filters say (repeatable)'
            cand --json 'Machine output on stdout: one JSON document per command'
            cand --no-input 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
            cand -q 'Less human output'
            cand --quiet 'Less human output'
            cand -v 'More human output'
            cand --verbose 'More human output'
            cand --never-logged-in 'Only users who never logged in'
            cand --has-usable-password 'Only users whose password is usable'
            cand --no-usable-password 'Only users with an unusable password (token-only accounts, expired passwords)'
            cand --dry-run 'Show who would be deactivated; change nothing'
            cand -y 'Do not ask for confirmation (asked on a terminal)'
            cand --yes 'Do not ask for confirmation (asked on a terminal)'
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
            cand remove 'Remove a user as Django''s `user.delete()` does, ending their sessions (--dry-run shows what goes)'
            cand deactivate 'Deactivate stale accounts (no login since --last-login-before, or never), ending their sessions and tokens, in one audited transaction'
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
        &'authadm;user;help;deactivate'= {
        }
        &'authadm;user;help;help'= {
        }
        &'authadm;email'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
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
            cand list 'List a user''s addresses: verified, primary'
            cand add 'Add an address to a user, not primary (as allauth''s `add_email`); --verified marks it verified'
            cand remove 'Remove an address (allauth keeps a primary while the user has other addresses)'
            cand verify 'Mark an address verified (refused while another account has it verified)'
            cand primary 'Make an address the primary one, and the user''s email (as allauth''s `set_as_primary`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authadm;email;list'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
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
        &'authadm;email;add'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --json 'Machine output on stdout: one JSON document per command'
            cand --no-input 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
            cand -q 'Less human output'
            cand --quiet 'Less human output'
            cand -v 'More human output'
            cand --verbose 'More human output'
            cand --verified 'Mark the new address verified'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authadm;email;remove'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
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
        &'authadm;email;verify'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
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
        &'authadm;email;primary'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
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
        &'authadm;email;help'= {
            cand list 'List a user''s addresses: verified, primary'
            cand add 'Add an address to a user, not primary (as allauth''s `add_email`); --verified marks it verified'
            cand remove 'Remove an address (allauth keeps a primary while the user has other addresses)'
            cand verify 'Mark an address verified (refused while another account has it verified)'
            cand primary 'Make an address the primary one, and the user''s email (as allauth''s `set_as_primary`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authadm;email;help;list'= {
        }
        &'authadm;email;help;add'= {
        }
        &'authadm;email;help;remove'= {
        }
        &'authadm;email;help;verify'= {
        }
        &'authadm;email;help;primary'= {
        }
        &'authadm;email;help;help'= {
        }
        &'authadm;group'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
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
            cand list 'List Django''s groups with how many users are in each'
            cand show 'Show a group: its members and its permissions (`app_label.codename`)'
            cand add 'Add a group (as `Group.objects.create`)'
            cand remove 'Remove a group with its memberships and permission links (as Django''s `group.delete()`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authadm;group;list'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
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
        &'authadm;group;show'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
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
        &'authadm;group;add'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
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
        &'authadm;group;remove'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --json 'Machine output on stdout: one JSON document per command'
            cand --no-input 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
            cand -q 'Less human output'
            cand --quiet 'Less human output'
            cand -v 'More human output'
            cand --verbose 'More human output'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authadm;group;help'= {
            cand list 'List Django''s groups with how many users are in each'
            cand show 'Show a group: its members and its permissions (`app_label.codename`)'
            cand add 'Add a group (as `Group.objects.create`)'
            cand remove 'Remove a group with its memberships and permission links (as Django''s `group.delete()`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authadm;group;help;list'= {
        }
        &'authadm;group;help;show'= {
        }
        &'authadm;group;help;add'= {
        }
        &'authadm;group;help;remove'= {
        }
        &'authadm;group;help;help'= {
        }
        &'authadm;set-password'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --json 'Machine output on stdout: one JSON document per command'
            cand --no-input 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
            cand -q 'Less human output'
            cand --quiet 'Less human output'
            cand -v 'More human output'
            cand --verbose 'More human output'
            cand --password-stdin 'Read the password from stdin (to EOF, one trailing newline removed)'
            cand --unusable 'Make the password unusable: no password logs in until the next set-password'
            cand --skip-validation 'Store the password even if the validators refuse it'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authadm;login-test'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --ip 'The client address the attempt comes from (for lockouts and the audit)'
            cand --user-agent 'The client''s User-Agent, recorded with the address in django-axes'' attempts'
            cand --json 'Machine output on stdout: one JSON document per command'
            cand --no-input 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
            cand -q 'Less human output'
            cand --quiet 'Less human output'
            cand -v 'More human output'
            cand --verbose 'More human output'
            cand --password-stdin 'Read the password from stdin (to EOF, one trailing newline removed)'
            cand --token-stdin 'Read a bearer token (from `token create`) from stdin instead of a password'
            cand --otp-stdin 'With --password-stdin: the line after the password is a one-time code (TOTP, recovery code or static token) for a user with a second factor'
            cand --explain 'Say what each backend looked up and why it accepted, passed or refused'
            cand --no-record 'A pure probe: nothing is counted, written or upgraded'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authadm;token'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
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
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --expires 'Lifetime, e.g. 12h, 30d [default: no expiry]'
            cand --name 'A label to recognise the token by in `token list`'
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
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --user 'Only this user''s tokens'
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
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
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
        &'authadm;perm'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
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
            cand grant 'Give a user or a group a permission (as `user_permissions.add` / `permissions.add`)'
            cand revoke 'Take a permission from a user or a group'
            cand list 'List the permissions a user or a group holds, or all a user has (--effective)'
            cand check 'Say whether Django''s `user.has_perm()` answers yes (exit 0) or no (exit 1)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authadm;perm;grant'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --user 'The user (username) whose own permissions these are'
            cand --group 'The group (its exact name) whose permissions these are'
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
        &'authadm;perm;revoke'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --user 'The user (username) whose own permissions these are'
            cand --group 'The group (its exact name) whose permissions these are'
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
        &'authadm;perm;list'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --user 'The user (username) whose own permissions these are'
            cand --group 'The group (its exact name) whose permissions these are'
            cand --json 'Machine output on stdout: one JSON document per command'
            cand --no-input 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
            cand -q 'Less human output'
            cand --quiet 'Less human output'
            cand -v 'More human output'
            cand --verbose 'More human output'
            cand --effective 'Everything the user has, as Django''s get_all_permissions(): all for an active superuser, none for an inactive user, else their own plus their groups'''
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authadm;perm;check'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --json 'Machine output on stdout: one JSON document per command'
            cand --no-input 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
            cand -q 'Less human output'
            cand --quiet 'Less human output'
            cand -v 'More human output'
            cand --verbose 'More human output'
            cand --explain 'Also say where the answer comes from: superuser, direct, a group, or why not'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authadm;perm;help'= {
            cand grant 'Give a user or a group a permission (as `user_permissions.add` / `permissions.add`)'
            cand revoke 'Take a permission from a user or a group'
            cand list 'List the permissions a user or a group holds, or all a user has (--effective)'
            cand check 'Say whether Django''s `user.has_perm()` answers yes (exit 0) or no (exit 1)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authadm;perm;help;grant'= {
        }
        &'authadm;perm;help;revoke'= {
        }
        &'authadm;perm;help;list'= {
        }
        &'authadm;perm;help;check'= {
        }
        &'authadm;perm;help;help'= {
        }
        &'authadm;session'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
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
            cand list 'List Django''s sessions and whose they are (never a whole session key)'
            cand revoke 'Log a user out everywhere: delete every session of theirs'
            cand prune 'Delete expired sessions, as Django''s `clearsessions`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authadm;session;list'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --user 'Only this user''s sessions'
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
        &'authadm;session;revoke'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --user 'The user to log out everywhere'
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
        &'authadm;session;prune'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
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
        &'authadm;session;help'= {
            cand list 'List Django''s sessions and whose they are (never a whole session key)'
            cand revoke 'Log a user out everywhere: delete every session of theirs'
            cand prune 'Delete expired sessions, as Django''s `clearsessions`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authadm;session;help;list'= {
        }
        &'authadm;session;help;revoke'= {
        }
        &'authadm;session;help;prune'= {
        }
        &'authadm;session;help;help'= {
        }
        &'authadm;validate-password'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --user 'Compare against this existing user''s attributes'
            cand --username 'Username of a user about to be created'
            cand --email 'Email of a user about to be created'
            cand --first-name 'First name of a user about to be created'
            cand --last-name 'Last name of a user about to be created'
            cand --json 'Machine output on stdout: one JSON document per command'
            cand --no-input 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
            cand -q 'Less human output'
            cand --quiet 'Less human output'
            cand -v 'More human output'
            cand --verbose 'More human output'
            cand --password-stdin 'Read the password from stdin (to EOF, one trailing newline removed)'
            cand --help-text 'Print the requirements, one line per configured validator, and check nothing'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authadm;lockout'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
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
            cand status 'Locked keys with their failures and when the lock lifts (with --all, keys counting too)'
            cand reset 'Clear lockouts by user, address, both, or all (axes_reset, axes_reset_username, ...)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authadm;lockout;status'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --user 'Only keys of this account (or name tried; on axes'' store, the username as the site saw it)'
            cand --ip 'Only keys of this client address'
            cand --json 'Machine output on stdout: one JSON document per command'
            cand --no-input 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
            cand -q 'Less human output'
            cand --quiet 'Less human output'
            cand -v 'More human output'
            cand --verbose 'More human output'
            cand --all 'Also keys that have failures but are not locked yet'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authadm;lockout;reset'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --user 'Clear every key of this account (or name tried; on axes'' store, the username as the site saw it)'
            cand --ip 'Clear every key of this address (with --user: only the keys of both)'
            cand --json 'Machine output on stdout: one JSON document per command'
            cand --no-input 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
            cand -q 'Less human output'
            cand --quiet 'Less human output'
            cand -v 'More human output'
            cand --verbose 'More human output'
            cand --all 'Clear every lockout key'
            cand -y 'Do not ask for confirmation (--all asks on a terminal)'
            cand --yes 'Do not ask for confirmation (--all asks on a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authadm;lockout;help'= {
            cand status 'Locked keys with their failures and when the lock lifts (with --all, keys counting too)'
            cand reset 'Clear lockouts by user, address, both, or all (axes_reset, axes_reset_username, ...)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authadm;lockout;help;status'= {
        }
        &'authadm;lockout;help;reset'= {
        }
        &'authadm;lockout;help;help'= {
        }
        &'authadm;mfa'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
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
            cand list 'List second factors (allauth.mfa authenticators, django-otp devices); never a secret'
            cand reset 'Delete a user''s second factors (all, or one kind) so they log in with the password alone'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authadm;mfa;list'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --user 'Only this user''s second factors'
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
        &'authadm;mfa;reset'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --kind 'Only this kind: allauth''s type (totp, recovery_codes, webauthn) or django-otp''s plugin (totp, static, ...), as `mfa list` shows it'
            cand --json 'Machine output on stdout: one JSON document per command'
            cand --no-input 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
            cand -q 'Less human output'
            cand --quiet 'Less human output'
            cand -v 'More human output'
            cand --verbose 'More human output'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authadm;mfa;help'= {
            cand list 'List second factors (allauth.mfa authenticators, django-otp devices); never a secret'
            cand reset 'Delete a user''s second factors (all, or one kind) so they log in with the password alone'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authadm;mfa;help;list'= {
        }
        &'authadm;mfa;help;reset'= {
        }
        &'authadm;mfa;help;help'= {
        }
        &'authadm;audit'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
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
            cand failed-logins 'Failed login attempts, newest first, or counted per user or address (with the site''s, from django-axes'' failure log)'
            cand events 'Account events, newest first: users added, changed, removed; passwords, tokens, resets'
            cand prune 'Delete audit rows (and django-axes'' logs) older than a duration, as axes_reset_logs --age'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authadm;audit;failed-logins'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --since 'Only attempts at or after this: a duration ago (2h, 7d) or an RFC 3339 time'
            cand --until 'Only attempts before this: a duration ago or an RFC 3339 time'
            cand --user 'Only attempts on this account (by any of its names) or name (the site''s, on a django-axes database: by the username as the site saw it)'
            cand --ip 'Only attempts from this address'
            cand --limit 'At most this many rows (or groups)'
            cand --group-by 'Count failures per user (as typed) or per address instead of listing them'
            cand --format 'Human table or CSV (ignored with --json)'
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
        &'authadm;audit;events'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --since 'Only events since this duration ago (2h, 7d) or RFC 3339 time'
            cand --user 'Only events of this username (as recorded)'
            cand --kind 'Only events of this kind: user_added, user_modified, user_removed, password_changed, token_created, token_revoked, lockout_reset, users_imported, user_updated_by_import'
            cand --limit 'At most this many events'
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
        &'authadm;audit;prune'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --older-than 'Delete attempts and events (and django-axes'' access and failure logs) older than this (e.g. 90d)'
            cand --json 'Machine output on stdout: one JSON document per command'
            cand --no-input 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
            cand -q 'Less human output'
            cand --quiet 'Less human output'
            cand -v 'More human output'
            cand --verbose 'More human output'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authadm;audit;help'= {
            cand failed-logins 'Failed login attempts, newest first, or counted per user or address (with the site''s, from django-axes'' failure log)'
            cand events 'Account events, newest first: users added, changed, removed; passwords, tokens, resets'
            cand prune 'Delete audit rows (and django-axes'' logs) older than a duration, as axes_reset_logs --age'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authadm;audit;help;failed-logins'= {
        }
        &'authadm;audit;help;events'= {
        }
        &'authadm;audit;help;prune'= {
        }
        &'authadm;audit;help;help'= {
        }
        &'authadm;hash'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
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
            cand make 'Hash a password (from stdin or a prompt) and print the encoded hash'
            cand verify 'Check a password against an encoded hash (exit 0 verifies, 1 does not)'
            cand identify 'Tell an encoded hash''s algorithm and parameters, and whether it would be upgraded'
            cand audit 'Count the stored hashes by algorithm and parameters (never a digest); --django V says which that release cannot verify, --expire makes those unusable'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authadm;hash;make'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --algorithm 'One of password_hashers that makes new hashes (argon2, pbkdf2_sha256, bcrypt_sha256, scrypt) [default: the first of password_hashers]'
            cand --json 'Machine output on stdout: one JSON document per command'
            cand --no-input 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
            cand -q 'Less human output'
            cand --quiet 'Less human output'
            cand -v 'More human output'
            cand --verbose 'More human output'
            cand --password-stdin 'Read the password from stdin (to EOF, one trailing newline removed)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authadm;hash;verify'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --json 'Machine output on stdout: one JSON document per command'
            cand --no-input 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
            cand -q 'Less human output'
            cand --quiet 'Less human output'
            cand -v 'More human output'
            cand --verbose 'More human output'
            cand --password-stdin 'Read the password from stdin (to EOF, one trailing newline removed)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authadm;hash;identify'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
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
        &'authadm;hash;audit'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --django 'Also say which hashes this Django release cannot verify (5.1 removed the SHA-1 and unsalted MD5/SHA-1 hashers, 5.0 the crypt one)'
            cand --floor 'Flag hashes below this cost (repeatable): iterations=600000, rounds=12, memory_cost=19456, ...; formats with no cost at all (md5, sha1, the unsalted ones) are below any floor'
            cand --json 'Machine output on stdout: one JSON document per command'
            cand --no-input 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
            cand -q 'Less human output'
            cand --quiet 'Less human output'
            cand -v 'More human output'
            cand --verbose 'More human output'
            cand --expire 'Make the passwords that --django''s release cannot verify (and any of no known format, such as one kept in clear), and those below a --floor, unusable in one audited transaction: their users then reset their password; asks on a terminal'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authadm;hash;help'= {
            cand make 'Hash a password (from stdin or a prompt) and print the encoded hash'
            cand verify 'Check a password against an encoded hash (exit 0 verifies, 1 does not)'
            cand identify 'Tell an encoded hash''s algorithm and parameters, and whether it would be upgraded'
            cand audit 'Count the stored hashes by algorithm and parameters (never a digest); --django V says which that release cannot verify, --expire makes those unusable'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authadm;hash;help;make'= {
        }
        &'authadm;hash;help;verify'= {
        }
        &'authadm;hash;help;identify'= {
        }
        &'authadm;hash;help;audit'= {
        }
        &'authadm;hash;help;help'= {
        }
        &'authadm;import'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
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
            cand django 'Copy the users of a Django SQLite database (its auth_user), keeping their hashes'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authadm;import;django'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --on-duplicate 'What to do with a username this database already has'
            cand --json 'Machine output on stdout: one JSON document per command'
            cand --no-input 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
            cand -q 'Less human output'
            cand --quiet 'Less human output'
            cand -v 'More human output'
            cand --verbose 'More human output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authadm;import;help'= {
            cand django 'Copy the users of a Django SQLite database (its auth_user), keeping their hashes'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authadm;import;help;django'= {
        }
        &'authadm;import;help;help'= {
        }
        &'authadm;export'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --format 'Output format: a JSON array of the contract''s user objects, or CSV with a header row (RFC 4180; a cell starting with =, +, -, @, tab or CR, other than a plain number, gets a leading '' so a spreadsheet shows it as text instead of running it as a formula)'
            cand --json 'Machine output on stdout: one JSON document per command'
            cand --no-input 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
            cand -q 'Less human output'
            cand --quiet 'Less human output'
            cand -v 'More human output'
            cand --verbose 'More human output'
            cand --include-hashes 'Also export each user''s encoded password hash (column `password`)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authadm;apply'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --json 'Machine output on stdout: one JSON document per command'
            cand --no-input 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
            cand -q 'Less human output'
            cand --quiet 'Less human output'
            cand -v 'More human output'
            cand --verbose 'More human output'
            cand --dry-run 'Show what would change; change nothing'
            cand --check 'As --dry-run, and exit 1 when anything would change (for CI)'
            cand --prune 'Also deactivate (or, as the file''s [prune] says, remove) the users of its [prune] scope that it does not list'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authadm;config'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
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
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
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
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --json 'Machine output on stdout: one JSON document per command'
            cand --no-input 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
            cand -q 'Less human output'
            cand --quiet 'Less human output'
            cand -v 'More human output'
            cand --verbose 'More human output'
            cand --force 'Overwrite an existing file'
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
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --json 'Machine output on stdout: one JSON document per command'
            cand --no-input 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
            cand -q 'Less human output'
            cand --quiet 'Less human output'
            cand -v 'More human output'
            cand --verbose 'More human output'
            cand --strict 'Count warnings (outdated hashes, unusable passwords, ...) as problems too'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authadm;generate'= {
            cand --config 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]'
            cand --database 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]'
            cand --color 'Colour in human output (NO_COLOR is honoured)'
            cand --out 'Folder to write completions/ and man/ into (files there that it would not make are removed)'
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
            cand email 'A user''s django-allauth email addresses: list, add, remove, verify, make primary'
            cand group 'List, show, add and remove Django''s groups (`user modify --add-group` for memberships)'
            cand set-password 'Set a user''s password (the configured validators apply)'
            cand login-test 'Run the configured backend chain on credentials, exactly as a login would'
            cand token 'Create, list and revoke bearer tokens'
            cand perm 'Grant, revoke, list and check Django permissions (a Django project''s database)'
            cand session 'List Django''s sessions, log a user out everywhere, delete expired sessions'
            cand validate-password 'Run the configured password validators on a candidate password'
            cand lockout 'See and clear lockouts (django-axes'' own where its tables are, else authadm''s)'
            cand mfa 'List and reset second factors (allauth.mfa, django-otp)'
            cand audit 'Failed logins and other recorded events; prune old rows'
            cand hash 'Make, verify and identify Django-encoded password hashes'
            cand import 'Copy users in from another database, keeping their password hashes'
            cand export 'Write every user as JSON or CSV to stdout (hashes only with --include-hashes)'
            cand apply 'Make the users a file describes exist (or not) as it says, in one transaction; a second run changes nothing (--check exits 1 on drift, for CI)'
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
            cand remove 'Remove a user as Django''s `user.delete()` does, ending their sessions (--dry-run shows what goes)'
            cand deactivate 'Deactivate stale accounts (no login since --last-login-before, or never), ending their sessions and tokens, in one audited transaction'
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
        &'authadm;help;user;deactivate'= {
        }
        &'authadm;help;email'= {
            cand list 'List a user''s addresses: verified, primary'
            cand add 'Add an address to a user, not primary (as allauth''s `add_email`); --verified marks it verified'
            cand remove 'Remove an address (allauth keeps a primary while the user has other addresses)'
            cand verify 'Mark an address verified (refused while another account has it verified)'
            cand primary 'Make an address the primary one, and the user''s email (as allauth''s `set_as_primary`)'
        }
        &'authadm;help;email;list'= {
        }
        &'authadm;help;email;add'= {
        }
        &'authadm;help;email;remove'= {
        }
        &'authadm;help;email;verify'= {
        }
        &'authadm;help;email;primary'= {
        }
        &'authadm;help;group'= {
            cand list 'List Django''s groups with how many users are in each'
            cand show 'Show a group: its members and its permissions (`app_label.codename`)'
            cand add 'Add a group (as `Group.objects.create`)'
            cand remove 'Remove a group with its memberships and permission links (as Django''s `group.delete()`)'
        }
        &'authadm;help;group;list'= {
        }
        &'authadm;help;group;show'= {
        }
        &'authadm;help;group;add'= {
        }
        &'authadm;help;group;remove'= {
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
        &'authadm;help;perm'= {
            cand grant 'Give a user or a group a permission (as `user_permissions.add` / `permissions.add`)'
            cand revoke 'Take a permission from a user or a group'
            cand list 'List the permissions a user or a group holds, or all a user has (--effective)'
            cand check 'Say whether Django''s `user.has_perm()` answers yes (exit 0) or no (exit 1)'
        }
        &'authadm;help;perm;grant'= {
        }
        &'authadm;help;perm;revoke'= {
        }
        &'authadm;help;perm;list'= {
        }
        &'authadm;help;perm;check'= {
        }
        &'authadm;help;session'= {
            cand list 'List Django''s sessions and whose they are (never a whole session key)'
            cand revoke 'Log a user out everywhere: delete every session of theirs'
            cand prune 'Delete expired sessions, as Django''s `clearsessions`'
        }
        &'authadm;help;session;list'= {
        }
        &'authadm;help;session;revoke'= {
        }
        &'authadm;help;session;prune'= {
        }
        &'authadm;help;validate-password'= {
        }
        &'authadm;help;lockout'= {
            cand status 'Locked keys with their failures and when the lock lifts (with --all, keys counting too)'
            cand reset 'Clear lockouts by user, address, both, or all (axes_reset, axes_reset_username, ...)'
        }
        &'authadm;help;lockout;status'= {
        }
        &'authadm;help;lockout;reset'= {
        }
        &'authadm;help;mfa'= {
            cand list 'List second factors (allauth.mfa authenticators, django-otp devices); never a secret'
            cand reset 'Delete a user''s second factors (all, or one kind) so they log in with the password alone'
        }
        &'authadm;help;mfa;list'= {
        }
        &'authadm;help;mfa;reset'= {
        }
        &'authadm;help;audit'= {
            cand failed-logins 'Failed login attempts, newest first, or counted per user or address (with the site''s, from django-axes'' failure log)'
            cand events 'Account events, newest first: users added, changed, removed; passwords, tokens, resets'
            cand prune 'Delete audit rows (and django-axes'' logs) older than a duration, as axes_reset_logs --age'
        }
        &'authadm;help;audit;failed-logins'= {
        }
        &'authadm;help;audit;events'= {
        }
        &'authadm;help;audit;prune'= {
        }
        &'authadm;help;hash'= {
            cand make 'Hash a password (from stdin or a prompt) and print the encoded hash'
            cand verify 'Check a password against an encoded hash (exit 0 verifies, 1 does not)'
            cand identify 'Tell an encoded hash''s algorithm and parameters, and whether it would be upgraded'
            cand audit 'Count the stored hashes by algorithm and parameters (never a digest); --django V says which that release cannot verify, --expire makes those unusable'
        }
        &'authadm;help;hash;make'= {
        }
        &'authadm;help;hash;verify'= {
        }
        &'authadm;help;hash;identify'= {
        }
        &'authadm;help;hash;audit'= {
        }
        &'authadm;help;import'= {
            cand django 'Copy the users of a Django SQLite database (its auth_user), keeping their hashes'
        }
        &'authadm;help;import;django'= {
        }
        &'authadm;help;export'= {
        }
        &'authadm;help;apply'= {
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
