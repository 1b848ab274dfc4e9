
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'authadm' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'authadm'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'authadm' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Add, list, show, change and remove users')
            [CompletionResult]::new('email', 'email', [CompletionResultType]::ParameterValue, 'A user''s django-allauth email addresses: list, add, remove, verify, make primary')
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'List, show, add and remove Django''s groups (`user modify --add-group` for memberships)')
            [CompletionResult]::new('set-password', 'set-password', [CompletionResultType]::ParameterValue, 'Set a user''s password (the configured validators apply)')
            [CompletionResult]::new('login-test', 'login-test', [CompletionResultType]::ParameterValue, 'Run the configured backend chain on credentials, exactly as a login would')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Create, list and revoke bearer tokens')
            [CompletionResult]::new('perm', 'perm', [CompletionResultType]::ParameterValue, 'Grant, revoke, list and check Django permissions (a Django project''s database)')
            [CompletionResult]::new('session', 'session', [CompletionResultType]::ParameterValue, 'List Django''s sessions, log a user out everywhere, delete expired sessions')
            [CompletionResult]::new('validate-password', 'validate-password', [CompletionResultType]::ParameterValue, 'Run the configured password validators on a candidate password')
            [CompletionResult]::new('lockout', 'lockout', [CompletionResultType]::ParameterValue, 'See and clear lockouts (django-axes'' own where its tables are, else authadm''s)')
            [CompletionResult]::new('mfa', 'mfa', [CompletionResultType]::ParameterValue, 'List and reset second factors (allauth.mfa, django-otp)')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Failed logins and other recorded events; prune old rows')
            [CompletionResult]::new('hash', 'hash', [CompletionResultType]::ParameterValue, 'Make, verify and identify Django-encoded password hashes')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Copy users in from another database, keeping their password hashes')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write every user as JSON or CSV to stdout (hashes only with --include-hashes)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the users a file describes exist (or not) as it says, in one transaction; a second run changes nothing (--check exits 1 on drift, for CI)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Check a settings file, or write a commented starter one')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Inspect the database and the settings, and say what to fix')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Write completions/ and man/ from these definitions (for maintainers)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'authadm;user' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user (prompts on a terminal for what is missing)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user')
            [CompletionResult]::new('modify', 'modify', [CompletionResultType]::ParameterValue, 'Change a user''s details or flags')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a user as Django''s `user.delete()` does, ending their sessions (--dry-run shows what goes)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate stale accounts (no login since --last-login-before, or never), ending their sessions and tokens, in one audited transaction')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'authadm;user;add' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Email address (asked for on a terminal when missing)')
            [CompletionResult]::new('--first-name', '--first-name', [CompletionResultType]::ParameterName, 'Given name (at most 150 characters)')
            [CompletionResult]::new('--last-name', '--last-name', [CompletionResultType]::ParameterName, 'Family name (at most 150 characters)')
            [CompletionResult]::new('--password-hash', '--password-hash', [CompletionResultType]::ParameterName, 'Store this already-encoded hash (e.g. from `hash make` or another Django database) as is')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'Set a column of a custom user model (repeatable); required for a NOT NULL column without a database default, such as a REQUIRED_FIELDS entry')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--staff', '--staff', [CompletionResultType]::ParameterName, 'May log into the admin site')
            [CompletionResult]::new('--superuser', '--superuser', [CompletionResultType]::ParameterName, 'Has every permission (implies nothing else; add --staff for the admin site)')
            [CompletionResult]::new('--inactive', '--inactive', [CompletionResultType]::ParameterName, 'Create the account deactivated')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from stdin (to EOF, one trailing newline removed)')
            [CompletionResult]::new('--email-verified', '--email-verified', [CompletionResultType]::ParameterName, 'Mark the email address as verified (on a django-allauth site: its primary address row)')
            [CompletionResult]::new('--no-password', '--no-password', [CompletionResultType]::ParameterName, 'Give the account an unusable password (it can log in only by token or after set-password)')
            [CompletionResult]::new('--skip-validation', '--skip-validation', [CompletionResultType]::ParameterName, 'Store the password even if the validators refuse it (recorded in the audit log)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;user;list' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only users whose username, email or name contains TEXT (ASCII case ignored)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Only members of this Django group (exit 4 when there is no such group)')
            [CompletionResult]::new('--last-login-before', '--last-login-before', [CompletionResultType]::ParameterName, 'Only users with no login since WHEN (a duration ago such as 90d, or an RFC 3339 time); those who never logged in count when they joined before it (as `lastlog --before`)')
            [CompletionResult]::new('--joined-before', '--joined-before', [CompletionResultType]::ParameterName, 'Only users who joined before WHEN (a duration ago such as 30d, or an RFC 3339 time)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--active', '--active', [CompletionResultType]::ParameterName, 'Only active users')
            [CompletionResult]::new('--inactive', '--inactive', [CompletionResultType]::ParameterName, 'Only inactive users')
            [CompletionResult]::new('--never-logged-in', '--never-logged-in', [CompletionResultType]::ParameterName, 'Only users who never logged in')
            [CompletionResult]::new('--has-usable-password', '--has-usable-password', [CompletionResultType]::ParameterName, 'Only users whose password is usable')
            [CompletionResult]::new('--no-usable-password', '--no-usable-password', [CompletionResultType]::ParameterName, 'Only users with an unusable password (token-only accounts, expired passwords)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;user;show' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;user;modify' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'New email address (its domain is lowercased, as Django''s; on a django-allauth site all of it, and it replaces the primary address)')
            [CompletionResult]::new('--first-name', '--first-name', [CompletionResultType]::ParameterName, 'New given name')
            [CompletionResult]::new('--last-name', '--last-name', [CompletionResultType]::ParameterName, 'New family name')
            [CompletionResult]::new('--add-group', '--add-group', [CompletionResultType]::ParameterName, 'Put the user in this Django group (repeatable; exit 4 naming it when it does not exist)')
            [CompletionResult]::new('--remove-group', '--remove-group', [CompletionResultType]::ParameterName, 'Take the user out of this Django group (repeatable; exit 4 naming it when it does not exist)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--activate', '--activate', [CompletionResultType]::ParameterName, 'Let the account log in again')
            [CompletionResult]::new('--deactivate', '--deactivate', [CompletionResultType]::ParameterName, 'Refuse every login of the account and end its Django sessions (its data stays)')
            [CompletionResult]::new('--staff', '--staff', [CompletionResultType]::ParameterName, 'Let the account log into the admin site')
            [CompletionResult]::new('--no-staff', '--no-staff', [CompletionResultType]::ParameterName, 'Keep the account out of the admin site')
            [CompletionResult]::new('--superuser', '--superuser', [CompletionResultType]::ParameterName, 'Give the account every permission')
            [CompletionResult]::new('--no-superuser', '--no-superuser', [CompletionResultType]::ParameterName, 'Take the superuser status away')
            [CompletionResult]::new('--email-verified', '--email-verified', [CompletionResultType]::ParameterName, 'Mark the email address as verified (on a django-allauth site: its primary address)')
            [CompletionResult]::new('--email-unverified', '--email-unverified', [CompletionResultType]::ParameterName, 'Mark the email address as not verified (on a django-allauth site: its primary address)')
            [CompletionResult]::new('--create-groups', '--create-groups', [CompletionResultType]::ParameterName, 'Create the groups of --add-group that do not exist yet, instead of exit 4')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;user;remove' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be deleted (rows per table), deleting nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;user;deactivate' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--last-login-before', '--last-login-before', [CompletionResultType]::ParameterName, 'Only users with no login since WHEN (a duration ago such as 90d, or an RFC 3339 time); those who never logged in count when they joined before it (as `lastlog --before`)')
            [CompletionResult]::new('--joined-before', '--joined-before', [CompletionResultType]::ParameterName, 'Only users who joined before WHEN (a duration ago such as 30d, or an RFC 3339 time)')
            [CompletionResult]::new('--exclude', '--exclude', [CompletionResultType]::ParameterName, 'Leave this user active whatever the filters say (repeatable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--never-logged-in', '--never-logged-in', [CompletionResultType]::ParameterName, 'Only users who never logged in')
            [CompletionResult]::new('--has-usable-password', '--has-usable-password', [CompletionResultType]::ParameterName, 'Only users whose password is usable')
            [CompletionResult]::new('--no-usable-password', '--no-usable-password', [CompletionResultType]::ParameterName, 'Only users with an unusable password (token-only accounts, expired passwords)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show who would be deactivated; change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (asked on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (asked on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;user;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user (prompts on a terminal for what is missing)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user')
            [CompletionResult]::new('modify', 'modify', [CompletionResultType]::ParameterValue, 'Change a user''s details or flags')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a user as Django''s `user.delete()` does, ending their sessions (--dry-run shows what goes)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate stale accounts (no login since --last-login-before, or never), ending their sessions and tokens, in one audited transaction')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'authadm;user;help;add' {
            break
        }
        'authadm;user;help;list' {
            break
        }
        'authadm;user;help;show' {
            break
        }
        'authadm;user;help;modify' {
            break
        }
        'authadm;user;help;remove' {
            break
        }
        'authadm;user;help;deactivate' {
            break
        }
        'authadm;user;help;help' {
            break
        }
        'authadm;email' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a user''s addresses: verified, primary')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an address to a user, not primary (as allauth''s `add_email`); --verified marks it verified')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an address (allauth keeps a primary while the user has other addresses)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Mark an address verified (refused while another account has it verified)')
            [CompletionResult]::new('primary', 'primary', [CompletionResultType]::ParameterValue, 'Make an address the primary one, and the user''s email (as allauth''s `set_as_primary`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'authadm;email;list' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;email;add' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verified', '--verified', [CompletionResultType]::ParameterName, 'Mark the new address verified')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;email;remove' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;email;verify' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;email;primary' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;email;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a user''s addresses: verified, primary')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an address to a user, not primary (as allauth''s `add_email`); --verified marks it verified')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an address (allauth keeps a primary while the user has other addresses)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Mark an address verified (refused while another account has it verified)')
            [CompletionResult]::new('primary', 'primary', [CompletionResultType]::ParameterValue, 'Make an address the primary one, and the user''s email (as allauth''s `set_as_primary`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'authadm;email;help;list' {
            break
        }
        'authadm;email;help;add' {
            break
        }
        'authadm;email;help;remove' {
            break
        }
        'authadm;email;help;verify' {
            break
        }
        'authadm;email;help;primary' {
            break
        }
        'authadm;email;help;help' {
            break
        }
        'authadm;group' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List Django''s groups with how many users are in each')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a group: its members and its permissions (`app_label.codename`)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a group (as `Group.objects.create`)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a group with its memberships and permission links (as Django''s `group.delete()`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'authadm;group;list' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;group;show' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;group;add' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;group;remove' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;group;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List Django''s groups with how many users are in each')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a group: its members and its permissions (`app_label.codename`)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a group (as `Group.objects.create`)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a group with its memberships and permission links (as Django''s `group.delete()`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'authadm;group;help;list' {
            break
        }
        'authadm;group;help;show' {
            break
        }
        'authadm;group;help;add' {
            break
        }
        'authadm;group;help;remove' {
            break
        }
        'authadm;group;help;help' {
            break
        }
        'authadm;set-password' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from stdin (to EOF, one trailing newline removed)')
            [CompletionResult]::new('--unusable', '--unusable', [CompletionResultType]::ParameterName, 'Make the password unusable: no password logs in until the next set-password')
            [CompletionResult]::new('--skip-validation', '--skip-validation', [CompletionResultType]::ParameterName, 'Store the password even if the validators refuse it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;login-test' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--ip', '--ip', [CompletionResultType]::ParameterName, 'The client address the attempt comes from (for lockouts and the audit)')
            [CompletionResult]::new('--user-agent', '--user-agent', [CompletionResultType]::ParameterName, 'The client''s User-Agent, recorded with the address in django-axes'' attempts')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from stdin (to EOF, one trailing newline removed)')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read a bearer token (from `token create`) from stdin instead of a password')
            [CompletionResult]::new('--otp-stdin', '--otp-stdin', [CompletionResultType]::ParameterName, 'With --password-stdin: the line after the password is a one-time code (TOTP, recovery code or static token) for a user with a second factor')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Say what each backend looked up and why it accepted, passed or refused')
            [CompletionResult]::new('--no-record', '--no-record', [CompletionResultType]::ParameterName, 'A pure probe: nothing is counted, written or upgraded')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;token' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Make a bearer token for a user; it is printed once and stored only as a SHA-256 digest')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tokens (never their values)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a token by id')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'authadm;token;create' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'Lifetime, e.g. 12h, 30d [default: no expiry]')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A label to recognise the token by in `token list`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;token;list' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only this user''s tokens')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;token;revoke' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;token;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Make a bearer token for a user; it is printed once and stored only as a SHA-256 digest')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tokens (never their values)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a token by id')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'authadm;token;help;create' {
            break
        }
        'authadm;token;help;list' {
            break
        }
        'authadm;token;help;revoke' {
            break
        }
        'authadm;token;help;help' {
            break
        }
        'authadm;perm' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Give a user or a group a permission (as `user_permissions.add` / `permissions.add`)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take a permission from a user or a group')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the permissions a user or a group holds, or all a user has (--effective)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Say whether Django''s `user.has_perm()` answers yes (exit 0) or no (exit 1)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'authadm;perm;grant' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user (username) whose own permissions these are')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The group (its exact name) whose permissions these are')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;perm;revoke' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user (username) whose own permissions these are')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The group (its exact name) whose permissions these are')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;perm;list' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user (username) whose own permissions these are')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The group (its exact name) whose permissions these are')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--effective', '--effective', [CompletionResultType]::ParameterName, 'Everything the user has, as Django''s get_all_permissions(): all for an active superuser, none for an inactive user, else their own plus their groups''')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;perm;check' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Also say where the answer comes from: superuser, direct, a group, or why not')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;perm;help' {
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Give a user or a group a permission (as `user_permissions.add` / `permissions.add`)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take a permission from a user or a group')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the permissions a user or a group holds, or all a user has (--effective)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Say whether Django''s `user.has_perm()` answers yes (exit 0) or no (exit 1)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'authadm;perm;help;grant' {
            break
        }
        'authadm;perm;help;revoke' {
            break
        }
        'authadm;perm;help;list' {
            break
        }
        'authadm;perm;help;check' {
            break
        }
        'authadm;perm;help;help' {
            break
        }
        'authadm;session' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List Django''s sessions and whose they are (never a whole session key)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Log a user out everywhere: delete every session of theirs')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Delete expired sessions, as Django''s `clearsessions`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'authadm;session;list' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only this user''s sessions')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;session;revoke' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user to log out everywhere')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;session;prune' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;session;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List Django''s sessions and whose they are (never a whole session key)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Log a user out everywhere: delete every session of theirs')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Delete expired sessions, as Django''s `clearsessions`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'authadm;session;help;list' {
            break
        }
        'authadm;session;help;revoke' {
            break
        }
        'authadm;session;help;prune' {
            break
        }
        'authadm;session;help;help' {
            break
        }
        'authadm;validate-password' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Compare against this existing user''s attributes')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Username of a user about to be created')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Email of a user about to be created')
            [CompletionResult]::new('--first-name', '--first-name', [CompletionResultType]::ParameterName, 'First name of a user about to be created')
            [CompletionResult]::new('--last-name', '--last-name', [CompletionResultType]::ParameterName, 'Last name of a user about to be created')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from stdin (to EOF, one trailing newline removed)')
            [CompletionResult]::new('--help-text', '--help-text', [CompletionResultType]::ParameterName, 'Print the requirements, one line per configured validator, and check nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;lockout' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Locked keys with their failures and when the lock lifts (with --all, keys counting too)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Clear lockouts by user, address, both, or all (axes_reset, axes_reset_username, ...)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'authadm;lockout;status' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only keys of this account (or name tried; on axes'' store, the username as the site saw it)')
            [CompletionResult]::new('--ip', '--ip', [CompletionResultType]::ParameterName, 'Only keys of this client address')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Also keys that have failures but are not locked yet')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;lockout;reset' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Clear every key of this account (or name tried; on axes'' store, the username as the site saw it)')
            [CompletionResult]::new('--ip', '--ip', [CompletionResultType]::ParameterName, 'Clear every key of this address (with --user: only the keys of both)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Clear every lockout key')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (--all asks on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (--all asks on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;lockout;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Locked keys with their failures and when the lock lifts (with --all, keys counting too)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Clear lockouts by user, address, both, or all (axes_reset, axes_reset_username, ...)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'authadm;lockout;help;status' {
            break
        }
        'authadm;lockout;help;reset' {
            break
        }
        'authadm;lockout;help;help' {
            break
        }
        'authadm;mfa' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List second factors (allauth.mfa authenticators, django-otp devices); never a secret')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Delete a user''s second factors (all, or one kind) so they log in with the password alone')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'authadm;mfa;list' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only this user''s second factors')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;mfa;reset' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only this kind: allauth''s type (totp, recovery_codes, webauthn) or django-otp''s plugin (totp, static, ...), as `mfa list` shows it')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;mfa;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List second factors (allauth.mfa authenticators, django-otp devices); never a secret')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Delete a user''s second factors (all, or one kind) so they log in with the password alone')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'authadm;mfa;help;list' {
            break
        }
        'authadm;mfa;help;reset' {
            break
        }
        'authadm;mfa;help;help' {
            break
        }
        'authadm;audit' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('failed-logins', 'failed-logins', [CompletionResultType]::ParameterValue, 'Failed login attempts, newest first, or counted per user or address (with the site''s, from django-axes'' failure log)')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'Account events, newest first: users added, changed, removed; passwords, tokens, resets')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Delete audit rows (and django-axes'' logs) older than a duration, as axes_reset_logs --age')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'authadm;audit;failed-logins' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only attempts at or after this: a duration ago (2h, 7d) or an RFC 3339 time')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only attempts before this: a duration ago or an RFC 3339 time')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only attempts on this account (by any of its names) or name (the site''s, on a django-axes database: by the username as the site saw it)')
            [CompletionResult]::new('--ip', '--ip', [CompletionResultType]::ParameterName, 'Only attempts from this address')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows (or groups)')
            [CompletionResult]::new('--group-by', '--group-by', [CompletionResultType]::ParameterName, 'Count failures per user (as typed) or per address instead of listing them')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Human table or CSV (ignored with --json)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;audit;events' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only events since this duration ago (2h, 7d) or RFC 3339 time')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only events of this username (as recorded)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only events of this kind: user_added, user_modified, user_removed, password_changed, token_created, token_revoked, lockout_reset, users_imported, user_updated_by_import')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many events')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;audit;prune' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--older-than', '--older-than', [CompletionResultType]::ParameterName, 'Delete attempts and events (and django-axes'' access and failure logs) older than this (e.g. 90d)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;audit;help' {
            [CompletionResult]::new('failed-logins', 'failed-logins', [CompletionResultType]::ParameterValue, 'Failed login attempts, newest first, or counted per user or address (with the site''s, from django-axes'' failure log)')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'Account events, newest first: users added, changed, removed; passwords, tokens, resets')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Delete audit rows (and django-axes'' logs) older than a duration, as axes_reset_logs --age')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'authadm;audit;help;failed-logins' {
            break
        }
        'authadm;audit;help;events' {
            break
        }
        'authadm;audit;help;prune' {
            break
        }
        'authadm;audit;help;help' {
            break
        }
        'authadm;hash' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('make', 'make', [CompletionResultType]::ParameterValue, 'Hash a password (from stdin or a prompt) and print the encoded hash')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a password against an encoded hash (exit 0 verifies, 1 does not)')
            [CompletionResult]::new('identify', 'identify', [CompletionResultType]::ParameterValue, 'Tell an encoded hash''s algorithm and parameters, and whether it would be upgraded')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Count the stored hashes by algorithm and parameters (never a digest); --django V says which that release cannot verify, --expire makes those unusable')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'authadm;hash;make' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--algorithm', '--algorithm', [CompletionResultType]::ParameterName, 'One of password_hashers that makes new hashes (argon2, pbkdf2_sha256, bcrypt_sha256, scrypt) [default: the first of password_hashers]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from stdin (to EOF, one trailing newline removed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;hash;verify' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from stdin (to EOF, one trailing newline removed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;hash;identify' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;hash;audit' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--django', '--django', [CompletionResultType]::ParameterName, 'Also say which hashes this Django release cannot verify (5.1 removed the SHA-1 and unsalted MD5/SHA-1 hashers, 5.0 the crypt one)')
            [CompletionResult]::new('--floor', '--floor', [CompletionResultType]::ParameterName, 'Flag hashes below this cost (repeatable): iterations=600000, rounds=12, memory_cost=19456, ...; formats with no cost at all (md5, sha1, the unsalted ones) are below any floor')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--expire', '--expire', [CompletionResultType]::ParameterName, 'Make the passwords that --django''s release cannot verify (and any of no known format, such as one kept in clear), and those below a --floor, unusable in one audited transaction: their users then reset their password; asks on a terminal')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;hash;help' {
            [CompletionResult]::new('make', 'make', [CompletionResultType]::ParameterValue, 'Hash a password (from stdin or a prompt) and print the encoded hash')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a password against an encoded hash (exit 0 verifies, 1 does not)')
            [CompletionResult]::new('identify', 'identify', [CompletionResultType]::ParameterValue, 'Tell an encoded hash''s algorithm and parameters, and whether it would be upgraded')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Count the stored hashes by algorithm and parameters (never a digest); --django V says which that release cannot verify, --expire makes those unusable')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'authadm;hash;help;make' {
            break
        }
        'authadm;hash;help;verify' {
            break
        }
        'authadm;hash;help;identify' {
            break
        }
        'authadm;hash;help;audit' {
            break
        }
        'authadm;hash;help;help' {
            break
        }
        'authadm;import' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('django', 'django', [CompletionResultType]::ParameterValue, 'Copy the users of a Django SQLite database (its auth_user), keeping their hashes')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'authadm;import;django' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--on-duplicate', '--on-duplicate', [CompletionResultType]::ParameterName, 'What to do with a username this database already has')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;import;help' {
            [CompletionResult]::new('django', 'django', [CompletionResultType]::ParameterValue, 'Copy the users of a Django SQLite database (its auth_user), keeping their hashes')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'authadm;import;help;django' {
            break
        }
        'authadm;import;help;help' {
            break
        }
        'authadm;export' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a JSON array of the contract''s user objects, or CSV with a header row (RFC 4180; a cell starting with =, +, -, @, tab or CR, other than a plain number, gets a leading '' so a spreadsheet shows it as text instead of running it as a formula)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--include-hashes', '--include-hashes', [CompletionResultType]::ParameterName, 'Also export each user''s encoded password hash (column `password`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;apply' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change; change nothing')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'As --dry-run, and exit 1 when anything would change (for CI)')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also deactivate (or, as the file''s [prune] says, remove) the users of its [prune] scope that it does not list')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;config' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Validate the settings file and print the settings in force, defaults filled in, as TOML')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented starter authadm.toml (never over an existing file without --force)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'authadm;config;check' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;config;init' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite an existing file')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;config;help' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Validate the settings file and print the settings in force, defaults filled in, as TOML')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented starter authadm.toml (never over an existing file without --force)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'authadm;config;help;check' {
            break
        }
        'authadm;config;help;init' {
            break
        }
        'authadm;config;help;help' {
            break
        }
        'authadm;doctor' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Count warnings (outdated hashes, unusable passwords, ...) as problems too')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;generate' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in human output (NO_COLOR is honoured)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Folder to write completions/ and man/ into (files there that it would not make are removed)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output on stdout: one JSON document per command')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less human output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More human output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authadm;help' {
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Add, list, show, change and remove users')
            [CompletionResult]::new('email', 'email', [CompletionResultType]::ParameterValue, 'A user''s django-allauth email addresses: list, add, remove, verify, make primary')
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'List, show, add and remove Django''s groups (`user modify --add-group` for memberships)')
            [CompletionResult]::new('set-password', 'set-password', [CompletionResultType]::ParameterValue, 'Set a user''s password (the configured validators apply)')
            [CompletionResult]::new('login-test', 'login-test', [CompletionResultType]::ParameterValue, 'Run the configured backend chain on credentials, exactly as a login would')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Create, list and revoke bearer tokens')
            [CompletionResult]::new('perm', 'perm', [CompletionResultType]::ParameterValue, 'Grant, revoke, list and check Django permissions (a Django project''s database)')
            [CompletionResult]::new('session', 'session', [CompletionResultType]::ParameterValue, 'List Django''s sessions, log a user out everywhere, delete expired sessions')
            [CompletionResult]::new('validate-password', 'validate-password', [CompletionResultType]::ParameterValue, 'Run the configured password validators on a candidate password')
            [CompletionResult]::new('lockout', 'lockout', [CompletionResultType]::ParameterValue, 'See and clear lockouts (django-axes'' own where its tables are, else authadm''s)')
            [CompletionResult]::new('mfa', 'mfa', [CompletionResultType]::ParameterValue, 'List and reset second factors (allauth.mfa, django-otp)')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Failed logins and other recorded events; prune old rows')
            [CompletionResult]::new('hash', 'hash', [CompletionResultType]::ParameterValue, 'Make, verify and identify Django-encoded password hashes')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Copy users in from another database, keeping their password hashes')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write every user as JSON or CSV to stdout (hashes only with --include-hashes)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the users a file describes exist (or not) as it says, in one transaction; a second run changes nothing (--check exits 1 on drift, for CI)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Check a settings file, or write a commented starter one')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Inspect the database and the settings, and say what to fix')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Write completions/ and man/ from these definitions (for maintainers)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'authadm;help;user' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user (prompts on a terminal for what is missing)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user')
            [CompletionResult]::new('modify', 'modify', [CompletionResultType]::ParameterValue, 'Change a user''s details or flags')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a user as Django''s `user.delete()` does, ending their sessions (--dry-run shows what goes)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate stale accounts (no login since --last-login-before, or never), ending their sessions and tokens, in one audited transaction')
            break
        }
        'authadm;help;user;add' {
            break
        }
        'authadm;help;user;list' {
            break
        }
        'authadm;help;user;show' {
            break
        }
        'authadm;help;user;modify' {
            break
        }
        'authadm;help;user;remove' {
            break
        }
        'authadm;help;user;deactivate' {
            break
        }
        'authadm;help;email' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a user''s addresses: verified, primary')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an address to a user, not primary (as allauth''s `add_email`); --verified marks it verified')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an address (allauth keeps a primary while the user has other addresses)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Mark an address verified (refused while another account has it verified)')
            [CompletionResult]::new('primary', 'primary', [CompletionResultType]::ParameterValue, 'Make an address the primary one, and the user''s email (as allauth''s `set_as_primary`)')
            break
        }
        'authadm;help;email;list' {
            break
        }
        'authadm;help;email;add' {
            break
        }
        'authadm;help;email;remove' {
            break
        }
        'authadm;help;email;verify' {
            break
        }
        'authadm;help;email;primary' {
            break
        }
        'authadm;help;group' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List Django''s groups with how many users are in each')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a group: its members and its permissions (`app_label.codename`)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a group (as `Group.objects.create`)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a group with its memberships and permission links (as Django''s `group.delete()`)')
            break
        }
        'authadm;help;group;list' {
            break
        }
        'authadm;help;group;show' {
            break
        }
        'authadm;help;group;add' {
            break
        }
        'authadm;help;group;remove' {
            break
        }
        'authadm;help;set-password' {
            break
        }
        'authadm;help;login-test' {
            break
        }
        'authadm;help;token' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Make a bearer token for a user; it is printed once and stored only as a SHA-256 digest')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tokens (never their values)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a token by id')
            break
        }
        'authadm;help;token;create' {
            break
        }
        'authadm;help;token;list' {
            break
        }
        'authadm;help;token;revoke' {
            break
        }
        'authadm;help;perm' {
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Give a user or a group a permission (as `user_permissions.add` / `permissions.add`)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take a permission from a user or a group')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the permissions a user or a group holds, or all a user has (--effective)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Say whether Django''s `user.has_perm()` answers yes (exit 0) or no (exit 1)')
            break
        }
        'authadm;help;perm;grant' {
            break
        }
        'authadm;help;perm;revoke' {
            break
        }
        'authadm;help;perm;list' {
            break
        }
        'authadm;help;perm;check' {
            break
        }
        'authadm;help;session' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List Django''s sessions and whose they are (never a whole session key)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Log a user out everywhere: delete every session of theirs')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Delete expired sessions, as Django''s `clearsessions`')
            break
        }
        'authadm;help;session;list' {
            break
        }
        'authadm;help;session;revoke' {
            break
        }
        'authadm;help;session;prune' {
            break
        }
        'authadm;help;validate-password' {
            break
        }
        'authadm;help;lockout' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Locked keys with their failures and when the lock lifts (with --all, keys counting too)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Clear lockouts by user, address, both, or all (axes_reset, axes_reset_username, ...)')
            break
        }
        'authadm;help;lockout;status' {
            break
        }
        'authadm;help;lockout;reset' {
            break
        }
        'authadm;help;mfa' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List second factors (allauth.mfa authenticators, django-otp devices); never a secret')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Delete a user''s second factors (all, or one kind) so they log in with the password alone')
            break
        }
        'authadm;help;mfa;list' {
            break
        }
        'authadm;help;mfa;reset' {
            break
        }
        'authadm;help;audit' {
            [CompletionResult]::new('failed-logins', 'failed-logins', [CompletionResultType]::ParameterValue, 'Failed login attempts, newest first, or counted per user or address (with the site''s, from django-axes'' failure log)')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'Account events, newest first: users added, changed, removed; passwords, tokens, resets')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Delete audit rows (and django-axes'' logs) older than a duration, as axes_reset_logs --age')
            break
        }
        'authadm;help;audit;failed-logins' {
            break
        }
        'authadm;help;audit;events' {
            break
        }
        'authadm;help;audit;prune' {
            break
        }
        'authadm;help;hash' {
            [CompletionResult]::new('make', 'make', [CompletionResultType]::ParameterValue, 'Hash a password (from stdin or a prompt) and print the encoded hash')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a password against an encoded hash (exit 0 verifies, 1 does not)')
            [CompletionResult]::new('identify', 'identify', [CompletionResultType]::ParameterValue, 'Tell an encoded hash''s algorithm and parameters, and whether it would be upgraded')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Count the stored hashes by algorithm and parameters (never a digest); --django V says which that release cannot verify, --expire makes those unusable')
            break
        }
        'authadm;help;hash;make' {
            break
        }
        'authadm;help;hash;verify' {
            break
        }
        'authadm;help;hash;identify' {
            break
        }
        'authadm;help;hash;audit' {
            break
        }
        'authadm;help;import' {
            [CompletionResult]::new('django', 'django', [CompletionResultType]::ParameterValue, 'Copy the users of a Django SQLite database (its auth_user), keeping their hashes')
            break
        }
        'authadm;help;import;django' {
            break
        }
        'authadm;help;export' {
            break
        }
        'authadm;help;apply' {
            break
        }
        'authadm;help;config' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Validate the settings file and print the settings in force, defaults filled in, as TOML')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented starter authadm.toml (never over an existing file without --force)')
            break
        }
        'authadm;help;config;check' {
            break
        }
        'authadm;help;config;init' {
            break
        }
        'authadm;help;doctor' {
            break
        }
        'authadm;help;generate' {
            break
        }
        'authadm;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
