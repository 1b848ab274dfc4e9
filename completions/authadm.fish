# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_authadm_global_optspecs
    string join \n config= database= json no-input q/quiet v/verbose color= h/help V/version
end

function __fish_authadm_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_authadm_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_authadm_using_subcommand
    set -l cmd (__fish_authadm_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c authadm -n "__fish_authadm_needs_command" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_needs_command" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_needs_command" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_needs_command" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_needs_command" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_needs_command" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_needs_command" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_needs_command" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_needs_command" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_needs_command" -f -a "user" -d 'Add, list, show, change and remove users'
complete -c authadm -n "__fish_authadm_needs_command" -f -a "email" -d 'A user\'s django-allauth email addresses: list, add, remove, verify, make primary'
complete -c authadm -n "__fish_authadm_needs_command" -f -a "group" -d 'List, show, add and remove Django\'s groups (`user modify --add-group` for memberships)'
complete -c authadm -n "__fish_authadm_needs_command" -f -a "set-password" -d 'Set a user\'s password (the configured validators apply)'
complete -c authadm -n "__fish_authadm_needs_command" -f -a "login-test" -d 'Run the configured backend chain on credentials, exactly as a login would'
complete -c authadm -n "__fish_authadm_needs_command" -f -a "token" -d 'Create, list and revoke bearer tokens'
complete -c authadm -n "__fish_authadm_needs_command" -f -a "perm" -d 'Grant, revoke, list and check Django permissions (a Django project\'s database)'
complete -c authadm -n "__fish_authadm_needs_command" -f -a "session" -d 'List Django\'s sessions, log a user out everywhere, delete expired sessions'
complete -c authadm -n "__fish_authadm_needs_command" -f -a "validate-password" -d 'Run the configured password validators on a candidate password'
complete -c authadm -n "__fish_authadm_needs_command" -f -a "lockout" -d 'See and clear lockouts (django-axes\' own where its tables are, else authadm\'s)'
complete -c authadm -n "__fish_authadm_needs_command" -f -a "mfa" -d 'List and reset second factors (allauth.mfa, django-otp)'
complete -c authadm -n "__fish_authadm_needs_command" -f -a "audit" -d 'Failed logins and other recorded events; prune old rows'
complete -c authadm -n "__fish_authadm_needs_command" -f -a "hash" -d 'Make, verify and identify Django-encoded password hashes'
complete -c authadm -n "__fish_authadm_needs_command" -f -a "import" -d 'Copy users in from another database, keeping their password hashes'
complete -c authadm -n "__fish_authadm_needs_command" -f -a "export" -d 'Write every user as JSON or CSV to stdout (hashes only with --include-hashes)'
complete -c authadm -n "__fish_authadm_needs_command" -f -a "apply" -d 'Make the users a file describes exist (or not) as it says, in one transaction; a second run changes nothing (--check exits 1 on drift, for CI)'
complete -c authadm -n "__fish_authadm_needs_command" -f -a "config" -d 'Check a settings file, or write a commented starter one'
complete -c authadm -n "__fish_authadm_needs_command" -f -a "doctor" -d 'Inspect the database and the settings, and say what to fix'
complete -c authadm -n "__fish_authadm_needs_command" -f -a "generate" -d 'Write completions/ and man/ from these definitions (for maintainers)'
complete -c authadm -n "__fish_authadm_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authadm -n "__fish_authadm_using_subcommand user; and not __fish_seen_subcommand_from add list show modify remove deactivate help" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand user; and not __fish_seen_subcommand_from add list show modify remove deactivate help" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand user; and not __fish_seen_subcommand_from add list show modify remove deactivate help" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand user; and not __fish_seen_subcommand_from add list show modify remove deactivate help" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand user; and not __fish_seen_subcommand_from add list show modify remove deactivate help" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand user; and not __fish_seen_subcommand_from add list show modify remove deactivate help" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand user; and not __fish_seen_subcommand_from add list show modify remove deactivate help" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand user; and not __fish_seen_subcommand_from add list show modify remove deactivate help" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand user; and not __fish_seen_subcommand_from add list show modify remove deactivate help" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand user; and not __fish_seen_subcommand_from add list show modify remove deactivate help" -f -a "add" -d 'Add a user (prompts on a terminal for what is missing)'
complete -c authadm -n "__fish_authadm_using_subcommand user; and not __fish_seen_subcommand_from add list show modify remove deactivate help" -f -a "list" -d 'List users'
complete -c authadm -n "__fish_authadm_using_subcommand user; and not __fish_seen_subcommand_from add list show modify remove deactivate help" -f -a "show" -d 'Show one user'
complete -c authadm -n "__fish_authadm_using_subcommand user; and not __fish_seen_subcommand_from add list show modify remove deactivate help" -f -a "modify" -d 'Change a user\'s details or flags'
complete -c authadm -n "__fish_authadm_using_subcommand user; and not __fish_seen_subcommand_from add list show modify remove deactivate help" -f -a "remove" -d 'Remove a user as Django\'s `user.delete()` does, ending their sessions (--dry-run shows what goes)'
complete -c authadm -n "__fish_authadm_using_subcommand user; and not __fish_seen_subcommand_from add list show modify remove deactivate help" -f -a "deactivate" -d 'Deactivate stale accounts (no login since --last-login-before, or never), ending their sessions and tokens, in one audited transaction'
complete -c authadm -n "__fish_authadm_using_subcommand user; and not __fish_seen_subcommand_from add list show modify remove deactivate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from add" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from add" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from add" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from add" -l email -d 'Email address (asked for on a terminal when missing)' -r
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from add" -l first-name -d 'Given name (at most 150 characters)' -r
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from add" -l last-name -d 'Family name (at most 150 characters)' -r
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from add" -l password-hash -d 'Store this already-encoded hash (e.g. from `hash make` or another Django database) as is' -r
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from add" -l field -d 'Set a column of a custom user model (repeatable); required for a NOT NULL column without a database default, such as a REQUIRED_FIELDS entry' -r
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from add" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from add" -l staff -d 'May log into the admin site'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from add" -l superuser -d 'Has every permission (implies nothing else; add --staff for the admin site)'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from add" -l inactive -d 'Create the account deactivated'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from add" -l password-stdin -d 'Read the password from stdin (to EOF, one trailing newline removed)'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from add" -l email-verified -d 'Mark the email address as verified (on a django-allauth site: its primary address row)'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from add" -l no-password -d 'Give the account an unusable password (it can log in only by token or after set-password)'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from add" -l skip-validation -d 'Store the password even if the validators refuse it (recorded in the audit log)'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from list" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from list" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from list" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from list" -l search -d 'Only users whose username, email or name contains TEXT (ASCII case ignored)' -r
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from list" -l group -d 'Only members of this Django group (exit 4 when there is no such group)' -r
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from list" -l last-login-before -d 'Only users with no login since WHEN (a duration ago such as 90d, or an RFC 3339 time); those who never logged in count when they joined before it (as `lastlog --before`)' -r
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from list" -l joined-before -d 'Only users who joined before WHEN (a duration ago such as 30d, or an RFC 3339 time)' -r
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from list" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from list" -l active -d 'Only active users'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from list" -l inactive -d 'Only inactive users'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from list" -l never-logged-in -d 'Only users who never logged in'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from list" -l has-usable-password -d 'Only users whose password is usable'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from list" -l no-usable-password -d 'Only users with an unusable password (token-only accounts, expired passwords)'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from show" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from show" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from show" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from show" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from modify" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from modify" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from modify" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from modify" -l email -d 'New email address (its domain is lowercased, as Django\'s; on a django-allauth site all of it, and it replaces the primary address)' -r
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from modify" -l first-name -d 'New given name' -r
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from modify" -l last-name -d 'New family name' -r
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from modify" -l add-group -d 'Put the user in this Django group (repeatable; exit 4 naming it when it does not exist)' -r
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from modify" -l remove-group -d 'Take the user out of this Django group (repeatable; exit 4 naming it when it does not exist)' -r
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from modify" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from modify" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from modify" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from modify" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from modify" -l activate -d 'Let the account log in again'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from modify" -l deactivate -d 'Refuse every login of the account and end its Django sessions (its data stays)'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from modify" -l staff -d 'Let the account log into the admin site'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from modify" -l no-staff -d 'Keep the account out of the admin site'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from modify" -l superuser -d 'Give the account every permission'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from modify" -l no-superuser -d 'Take the superuser status away'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from modify" -l email-verified -d 'Mark the email address as verified (on a django-allauth site: its primary address)'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from modify" -l email-unverified -d 'Mark the email address as not verified (on a django-allauth site: its primary address)'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from modify" -l create-groups -d 'Create the groups of --add-group that do not exist yet, instead of exit 4'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from modify" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from modify" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from remove" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from remove" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from remove" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from remove" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Do not ask for confirmation'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from remove" -l dry-run -d 'Show what would be deleted (rows per table), deleting nothing'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l last-login-before -d 'Only users with no login since WHEN (a duration ago such as 90d, or an RFC 3339 time); those who never logged in count when they joined before it (as `lastlog --before`)' -r
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l joined-before -d 'Only users who joined before WHEN (a duration ago such as 30d, or an RFC 3339 time)' -r
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l exclude -d 'Leave this user active whatever the filters say (repeatable)' -r
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from deactivate" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from deactivate" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l never-logged-in -d 'Only users who never logged in'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l has-usable-password -d 'Only users whose password is usable'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l no-usable-password -d 'Only users with an unusable password (token-only accounts, expired passwords)'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l dry-run -d 'Show who would be deactivated; change nothing'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from deactivate" -s y -l yes -d 'Do not ask for confirmation (asked on a terminal)'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from deactivate" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from deactivate" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a user (prompts on a terminal for what is missing)'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "list" -d 'List users'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one user'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "modify" -d 'Change a user\'s details or flags'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a user as Django\'s `user.delete()` does, ending their sessions (--dry-run shows what goes)'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "deactivate" -d 'Deactivate stale accounts (no login since --last-login-before, or never), ending their sessions and tokens, in one audited transaction'
complete -c authadm -n "__fish_authadm_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authadm -n "__fish_authadm_using_subcommand email; and not __fish_seen_subcommand_from list add remove verify primary help" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand email; and not __fish_seen_subcommand_from list add remove verify primary help" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand email; and not __fish_seen_subcommand_from list add remove verify primary help" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand email; and not __fish_seen_subcommand_from list add remove verify primary help" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand email; and not __fish_seen_subcommand_from list add remove verify primary help" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand email; and not __fish_seen_subcommand_from list add remove verify primary help" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand email; and not __fish_seen_subcommand_from list add remove verify primary help" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand email; and not __fish_seen_subcommand_from list add remove verify primary help" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand email; and not __fish_seen_subcommand_from list add remove verify primary help" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand email; and not __fish_seen_subcommand_from list add remove verify primary help" -f -a "list" -d 'List a user\'s addresses: verified, primary'
complete -c authadm -n "__fish_authadm_using_subcommand email; and not __fish_seen_subcommand_from list add remove verify primary help" -f -a "add" -d 'Add an address to a user, not primary (as allauth\'s `add_email`); --verified marks it verified'
complete -c authadm -n "__fish_authadm_using_subcommand email; and not __fish_seen_subcommand_from list add remove verify primary help" -f -a "remove" -d 'Remove an address (allauth keeps a primary while the user has other addresses)'
complete -c authadm -n "__fish_authadm_using_subcommand email; and not __fish_seen_subcommand_from list add remove verify primary help" -f -a "verify" -d 'Mark an address verified (refused while another account has it verified)'
complete -c authadm -n "__fish_authadm_using_subcommand email; and not __fish_seen_subcommand_from list add remove verify primary help" -f -a "primary" -d 'Make an address the primary one, and the user\'s email (as allauth\'s `set_as_primary`)'
complete -c authadm -n "__fish_authadm_using_subcommand email; and not __fish_seen_subcommand_from list add remove verify primary help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from list" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from list" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from list" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from list" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from add" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from add" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from add" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from add" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from add" -l verified -d 'Mark the new address verified'
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from remove" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from remove" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from remove" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from remove" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from verify" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from verify" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from verify" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from verify" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from verify" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from primary" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from primary" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from primary" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from primary" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from primary" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from primary" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from primary" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from primary" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from primary" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from help" -f -a "list" -d 'List a user\'s addresses: verified, primary'
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add an address to a user, not primary (as allauth\'s `add_email`); --verified marks it verified'
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove an address (allauth keeps a primary while the user has other addresses)'
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Mark an address verified (refused while another account has it verified)'
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from help" -f -a "primary" -d 'Make an address the primary one, and the user\'s email (as allauth\'s `set_as_primary`)'
complete -c authadm -n "__fish_authadm_using_subcommand email; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authadm -n "__fish_authadm_using_subcommand group; and not __fish_seen_subcommand_from list show add remove help" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand group; and not __fish_seen_subcommand_from list show add remove help" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand group; and not __fish_seen_subcommand_from list show add remove help" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand group; and not __fish_seen_subcommand_from list show add remove help" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand group; and not __fish_seen_subcommand_from list show add remove help" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand group; and not __fish_seen_subcommand_from list show add remove help" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand group; and not __fish_seen_subcommand_from list show add remove help" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand group; and not __fish_seen_subcommand_from list show add remove help" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand group; and not __fish_seen_subcommand_from list show add remove help" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand group; and not __fish_seen_subcommand_from list show add remove help" -f -a "list" -d 'List Django\'s groups with how many users are in each'
complete -c authadm -n "__fish_authadm_using_subcommand group; and not __fish_seen_subcommand_from list show add remove help" -f -a "show" -d 'Show a group: its members and its permissions (`app_label.codename`)'
complete -c authadm -n "__fish_authadm_using_subcommand group; and not __fish_seen_subcommand_from list show add remove help" -f -a "add" -d 'Add a group (as `Group.objects.create`)'
complete -c authadm -n "__fish_authadm_using_subcommand group; and not __fish_seen_subcommand_from list show add remove help" -f -a "remove" -d 'Remove a group with its memberships and permission links (as Django\'s `group.delete()`)'
complete -c authadm -n "__fish_authadm_using_subcommand group; and not __fish_seen_subcommand_from list show add remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authadm -n "__fish_authadm_using_subcommand group; and __fish_seen_subcommand_from list" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand group; and __fish_seen_subcommand_from list" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand group; and __fish_seen_subcommand_from list" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand group; and __fish_seen_subcommand_from list" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand group; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand group; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand group; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand group; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand group; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand group; and __fish_seen_subcommand_from show" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand group; and __fish_seen_subcommand_from show" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand group; and __fish_seen_subcommand_from show" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand group; and __fish_seen_subcommand_from show" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand group; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand group; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand group; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand group; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand group; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand group; and __fish_seen_subcommand_from add" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand group; and __fish_seen_subcommand_from add" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand group; and __fish_seen_subcommand_from add" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand group; and __fish_seen_subcommand_from add" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand group; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand group; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand group; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand group; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand group; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand group; and __fish_seen_subcommand_from remove" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand group; and __fish_seen_subcommand_from remove" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand group; and __fish_seen_subcommand_from remove" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand group; and __fish_seen_subcommand_from remove" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand group; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand group; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand group; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand group; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Do not ask for confirmation'
complete -c authadm -n "__fish_authadm_using_subcommand group; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand group; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "list" -d 'List Django\'s groups with how many users are in each'
complete -c authadm -n "__fish_authadm_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a group: its members and its permissions (`app_label.codename`)'
complete -c authadm -n "__fish_authadm_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a group (as `Group.objects.create`)'
complete -c authadm -n "__fish_authadm_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a group with its memberships and permission links (as Django\'s `group.delete()`)'
complete -c authadm -n "__fish_authadm_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authadm -n "__fish_authadm_using_subcommand set-password" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand set-password" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand set-password" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand set-password" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand set-password" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand set-password" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand set-password" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand set-password" -l password-stdin -d 'Read the password from stdin (to EOF, one trailing newline removed)'
complete -c authadm -n "__fish_authadm_using_subcommand set-password" -l unusable -d 'Make the password unusable: no password logs in until the next set-password'
complete -c authadm -n "__fish_authadm_using_subcommand set-password" -l skip-validation -d 'Store the password even if the validators refuse it'
complete -c authadm -n "__fish_authadm_using_subcommand set-password" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand set-password" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand login-test" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand login-test" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand login-test" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand login-test" -l ip -d 'The client address the attempt comes from (for lockouts and the audit)' -r
complete -c authadm -n "__fish_authadm_using_subcommand login-test" -l user-agent -d 'The client\'s User-Agent, recorded with the address in django-axes\' attempts' -r
complete -c authadm -n "__fish_authadm_using_subcommand login-test" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand login-test" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand login-test" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand login-test" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand login-test" -l password-stdin -d 'Read the password from stdin (to EOF, one trailing newline removed)'
complete -c authadm -n "__fish_authadm_using_subcommand login-test" -l token-stdin -d 'Read a bearer token (from `token create`) from stdin instead of a password'
complete -c authadm -n "__fish_authadm_using_subcommand login-test" -l otp-stdin -d 'With --password-stdin: the line after the password is a one-time code (TOTP, recovery code or static token) for a user with a second factor'
complete -c authadm -n "__fish_authadm_using_subcommand login-test" -l explain -d 'Say what each backend looked up and why it accepted, passed or refused'
complete -c authadm -n "__fish_authadm_using_subcommand login-test" -l no-record -d 'A pure probe: nothing is counted, written or upgraded'
complete -c authadm -n "__fish_authadm_using_subcommand login-test" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand login-test" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -f -a "create" -d 'Make a bearer token for a user; it is printed once and stored only as a SHA-256 digest'
complete -c authadm -n "__fish_authadm_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -f -a "list" -d 'List tokens (never their values)'
complete -c authadm -n "__fish_authadm_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -f -a "revoke" -d 'Revoke a token by id'
complete -c authadm -n "__fish_authadm_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authadm -n "__fish_authadm_using_subcommand token; and __fish_seen_subcommand_from create" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand token; and __fish_seen_subcommand_from create" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand token; and __fish_seen_subcommand_from create" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand token; and __fish_seen_subcommand_from create" -l expires -d 'Lifetime, e.g. 12h, 30d [default: no expiry]' -r
complete -c authadm -n "__fish_authadm_using_subcommand token; and __fish_seen_subcommand_from create" -l name -d 'A label to recognise the token by in `token list`' -r
complete -c authadm -n "__fish_authadm_using_subcommand token; and __fish_seen_subcommand_from create" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand token; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand token; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand token; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand token; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand token; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand token; and __fish_seen_subcommand_from list" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand token; and __fish_seen_subcommand_from list" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand token; and __fish_seen_subcommand_from list" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand token; and __fish_seen_subcommand_from list" -l user -d 'Only this user\'s tokens' -r
complete -c authadm -n "__fish_authadm_using_subcommand token; and __fish_seen_subcommand_from list" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand token; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand token; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand token; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand token; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand token; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand token; and __fish_seen_subcommand_from revoke" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand token; and __fish_seen_subcommand_from revoke" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand token; and __fish_seen_subcommand_from revoke" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand token; and __fish_seen_subcommand_from revoke" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand token; and __fish_seen_subcommand_from revoke" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand token; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand token; and __fish_seen_subcommand_from revoke" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand token; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand token; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "create" -d 'Make a bearer token for a user; it is printed once and stored only as a SHA-256 digest'
complete -c authadm -n "__fish_authadm_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "list" -d 'List tokens (never their values)'
complete -c authadm -n "__fish_authadm_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke a token by id'
complete -c authadm -n "__fish_authadm_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authadm -n "__fish_authadm_using_subcommand perm; and not __fish_seen_subcommand_from grant revoke list check help" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand perm; and not __fish_seen_subcommand_from grant revoke list check help" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand perm; and not __fish_seen_subcommand_from grant revoke list check help" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand perm; and not __fish_seen_subcommand_from grant revoke list check help" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand perm; and not __fish_seen_subcommand_from grant revoke list check help" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand perm; and not __fish_seen_subcommand_from grant revoke list check help" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand perm; and not __fish_seen_subcommand_from grant revoke list check help" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand perm; and not __fish_seen_subcommand_from grant revoke list check help" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand perm; and not __fish_seen_subcommand_from grant revoke list check help" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand perm; and not __fish_seen_subcommand_from grant revoke list check help" -f -a "grant" -d 'Give a user or a group a permission (as `user_permissions.add` / `permissions.add`)'
complete -c authadm -n "__fish_authadm_using_subcommand perm; and not __fish_seen_subcommand_from grant revoke list check help" -f -a "revoke" -d 'Take a permission from a user or a group'
complete -c authadm -n "__fish_authadm_using_subcommand perm; and not __fish_seen_subcommand_from grant revoke list check help" -f -a "list" -d 'List the permissions a user or a group holds, or all a user has (--effective)'
complete -c authadm -n "__fish_authadm_using_subcommand perm; and not __fish_seen_subcommand_from grant revoke list check help" -f -a "check" -d 'Say whether Django\'s `user.has_perm()` answers yes (exit 0) or no (exit 1)'
complete -c authadm -n "__fish_authadm_using_subcommand perm; and not __fish_seen_subcommand_from grant revoke list check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from grant" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from grant" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from grant" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from grant" -l user -d 'The user (username) whose own permissions these are' -r
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from grant" -l group -d 'The group (its exact name) whose permissions these are' -r
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from grant" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from grant" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from grant" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from grant" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from grant" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from grant" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from revoke" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from revoke" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from revoke" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from revoke" -l user -d 'The user (username) whose own permissions these are' -r
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from revoke" -l group -d 'The group (its exact name) whose permissions these are' -r
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from revoke" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from revoke" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from revoke" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from list" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from list" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from list" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from list" -l user -d 'The user (username) whose own permissions these are' -r
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from list" -l group -d 'The group (its exact name) whose permissions these are' -r
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from list" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from list" -l effective -d 'Everything the user has, as Django\'s get_all_permissions(): all for an active superuser, none for an inactive user, else their own plus their groups\''
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from check" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from check" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from check" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from check" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from check" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from check" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from check" -l explain -d 'Also say where the answer comes from: superuser, direct, a group, or why not'
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from help" -f -a "grant" -d 'Give a user or a group a permission (as `user_permissions.add` / `permissions.add`)'
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Take a permission from a user or a group'
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the permissions a user or a group holds, or all a user has (--effective)'
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from help" -f -a "check" -d 'Say whether Django\'s `user.has_perm()` answers yes (exit 0) or no (exit 1)'
complete -c authadm -n "__fish_authadm_using_subcommand perm; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authadm -n "__fish_authadm_using_subcommand session; and not __fish_seen_subcommand_from list revoke prune help" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand session; and not __fish_seen_subcommand_from list revoke prune help" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand session; and not __fish_seen_subcommand_from list revoke prune help" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand session; and not __fish_seen_subcommand_from list revoke prune help" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand session; and not __fish_seen_subcommand_from list revoke prune help" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand session; and not __fish_seen_subcommand_from list revoke prune help" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand session; and not __fish_seen_subcommand_from list revoke prune help" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand session; and not __fish_seen_subcommand_from list revoke prune help" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand session; and not __fish_seen_subcommand_from list revoke prune help" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand session; and not __fish_seen_subcommand_from list revoke prune help" -f -a "list" -d 'List Django\'s sessions and whose they are (never a whole session key)'
complete -c authadm -n "__fish_authadm_using_subcommand session; and not __fish_seen_subcommand_from list revoke prune help" -f -a "revoke" -d 'Log a user out everywhere: delete every session of theirs'
complete -c authadm -n "__fish_authadm_using_subcommand session; and not __fish_seen_subcommand_from list revoke prune help" -f -a "prune" -d 'Delete expired sessions, as Django\'s `clearsessions`'
complete -c authadm -n "__fish_authadm_using_subcommand session; and not __fish_seen_subcommand_from list revoke prune help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authadm -n "__fish_authadm_using_subcommand session; and __fish_seen_subcommand_from list" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand session; and __fish_seen_subcommand_from list" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand session; and __fish_seen_subcommand_from list" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand session; and __fish_seen_subcommand_from list" -l user -d 'Only this user\'s sessions' -r
complete -c authadm -n "__fish_authadm_using_subcommand session; and __fish_seen_subcommand_from list" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand session; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand session; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand session; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand session; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand session; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand session; and __fish_seen_subcommand_from revoke" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand session; and __fish_seen_subcommand_from revoke" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand session; and __fish_seen_subcommand_from revoke" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand session; and __fish_seen_subcommand_from revoke" -l user -d 'The user to log out everywhere' -r
complete -c authadm -n "__fish_authadm_using_subcommand session; and __fish_seen_subcommand_from revoke" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand session; and __fish_seen_subcommand_from revoke" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand session; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand session; and __fish_seen_subcommand_from revoke" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand session; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand session; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand session; and __fish_seen_subcommand_from prune" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand session; and __fish_seen_subcommand_from prune" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand session; and __fish_seen_subcommand_from prune" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand session; and __fish_seen_subcommand_from prune" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand session; and __fish_seen_subcommand_from prune" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand session; and __fish_seen_subcommand_from prune" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand session; and __fish_seen_subcommand_from prune" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand session; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand session; and __fish_seen_subcommand_from prune" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "list" -d 'List Django\'s sessions and whose they are (never a whole session key)'
complete -c authadm -n "__fish_authadm_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Log a user out everywhere: delete every session of theirs'
complete -c authadm -n "__fish_authadm_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Delete expired sessions, as Django\'s `clearsessions`'
complete -c authadm -n "__fish_authadm_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authadm -n "__fish_authadm_using_subcommand validate-password" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand validate-password" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand validate-password" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand validate-password" -l user -d 'Compare against this existing user\'s attributes' -r
complete -c authadm -n "__fish_authadm_using_subcommand validate-password" -l username -d 'Username of a user about to be created' -r
complete -c authadm -n "__fish_authadm_using_subcommand validate-password" -l email -d 'Email of a user about to be created' -r
complete -c authadm -n "__fish_authadm_using_subcommand validate-password" -l first-name -d 'First name of a user about to be created' -r
complete -c authadm -n "__fish_authadm_using_subcommand validate-password" -l last-name -d 'Last name of a user about to be created' -r
complete -c authadm -n "__fish_authadm_using_subcommand validate-password" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand validate-password" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand validate-password" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand validate-password" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand validate-password" -l password-stdin -d 'Read the password from stdin (to EOF, one trailing newline removed)'
complete -c authadm -n "__fish_authadm_using_subcommand validate-password" -l help-text -d 'Print the requirements, one line per configured validator, and check nothing'
complete -c authadm -n "__fish_authadm_using_subcommand validate-password" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand validate-password" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand lockout; and not __fish_seen_subcommand_from status reset help" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand lockout; and not __fish_seen_subcommand_from status reset help" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand lockout; and not __fish_seen_subcommand_from status reset help" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand lockout; and not __fish_seen_subcommand_from status reset help" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand lockout; and not __fish_seen_subcommand_from status reset help" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand lockout; and not __fish_seen_subcommand_from status reset help" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand lockout; and not __fish_seen_subcommand_from status reset help" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand lockout; and not __fish_seen_subcommand_from status reset help" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand lockout; and not __fish_seen_subcommand_from status reset help" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand lockout; and not __fish_seen_subcommand_from status reset help" -f -a "status" -d 'Locked keys with their failures and when the lock lifts (with --all, keys counting too)'
complete -c authadm -n "__fish_authadm_using_subcommand lockout; and not __fish_seen_subcommand_from status reset help" -f -a "reset" -d 'Clear lockouts by user, address, both, or all (axes_reset, axes_reset_username, ...)'
complete -c authadm -n "__fish_authadm_using_subcommand lockout; and not __fish_seen_subcommand_from status reset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authadm -n "__fish_authadm_using_subcommand lockout; and __fish_seen_subcommand_from status" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand lockout; and __fish_seen_subcommand_from status" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand lockout; and __fish_seen_subcommand_from status" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand lockout; and __fish_seen_subcommand_from status" -l user -d 'Only keys of this account (or name tried; on axes\' store, the username as the site saw it)' -r
complete -c authadm -n "__fish_authadm_using_subcommand lockout; and __fish_seen_subcommand_from status" -l ip -d 'Only keys of this client address' -r
complete -c authadm -n "__fish_authadm_using_subcommand lockout; and __fish_seen_subcommand_from status" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand lockout; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand lockout; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand lockout; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand lockout; and __fish_seen_subcommand_from status" -l all -d 'Also keys that have failures but are not locked yet'
complete -c authadm -n "__fish_authadm_using_subcommand lockout; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand lockout; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand lockout; and __fish_seen_subcommand_from reset" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand lockout; and __fish_seen_subcommand_from reset" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand lockout; and __fish_seen_subcommand_from reset" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand lockout; and __fish_seen_subcommand_from reset" -l user -d 'Clear every key of this account (or name tried; on axes\' store, the username as the site saw it)' -r
complete -c authadm -n "__fish_authadm_using_subcommand lockout; and __fish_seen_subcommand_from reset" -l ip -d 'Clear every key of this address (with --user: only the keys of both)' -r
complete -c authadm -n "__fish_authadm_using_subcommand lockout; and __fish_seen_subcommand_from reset" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand lockout; and __fish_seen_subcommand_from reset" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand lockout; and __fish_seen_subcommand_from reset" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand lockout; and __fish_seen_subcommand_from reset" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand lockout; and __fish_seen_subcommand_from reset" -l all -d 'Clear every lockout key'
complete -c authadm -n "__fish_authadm_using_subcommand lockout; and __fish_seen_subcommand_from reset" -s y -l yes -d 'Do not ask for confirmation (--all asks on a terminal)'
complete -c authadm -n "__fish_authadm_using_subcommand lockout; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand lockout; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand lockout; and __fish_seen_subcommand_from help" -f -a "status" -d 'Locked keys with their failures and when the lock lifts (with --all, keys counting too)'
complete -c authadm -n "__fish_authadm_using_subcommand lockout; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Clear lockouts by user, address, both, or all (axes_reset, axes_reset_username, ...)'
complete -c authadm -n "__fish_authadm_using_subcommand lockout; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authadm -n "__fish_authadm_using_subcommand mfa; and not __fish_seen_subcommand_from list reset help" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand mfa; and not __fish_seen_subcommand_from list reset help" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand mfa; and not __fish_seen_subcommand_from list reset help" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand mfa; and not __fish_seen_subcommand_from list reset help" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand mfa; and not __fish_seen_subcommand_from list reset help" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand mfa; and not __fish_seen_subcommand_from list reset help" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand mfa; and not __fish_seen_subcommand_from list reset help" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand mfa; and not __fish_seen_subcommand_from list reset help" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand mfa; and not __fish_seen_subcommand_from list reset help" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand mfa; and not __fish_seen_subcommand_from list reset help" -f -a "list" -d 'List second factors (allauth.mfa authenticators, django-otp devices); never a secret'
complete -c authadm -n "__fish_authadm_using_subcommand mfa; and not __fish_seen_subcommand_from list reset help" -f -a "reset" -d 'Delete a user\'s second factors (all, or one kind) so they log in with the password alone'
complete -c authadm -n "__fish_authadm_using_subcommand mfa; and not __fish_seen_subcommand_from list reset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authadm -n "__fish_authadm_using_subcommand mfa; and __fish_seen_subcommand_from list" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand mfa; and __fish_seen_subcommand_from list" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand mfa; and __fish_seen_subcommand_from list" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand mfa; and __fish_seen_subcommand_from list" -l user -d 'Only this user\'s second factors' -r
complete -c authadm -n "__fish_authadm_using_subcommand mfa; and __fish_seen_subcommand_from list" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand mfa; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand mfa; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand mfa; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand mfa; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand mfa; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand mfa; and __fish_seen_subcommand_from reset" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand mfa; and __fish_seen_subcommand_from reset" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand mfa; and __fish_seen_subcommand_from reset" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand mfa; and __fish_seen_subcommand_from reset" -l kind -d 'Only this kind: allauth\'s type (totp, recovery_codes, webauthn) or django-otp\'s plugin (totp, static, ...), as `mfa list` shows it' -r
complete -c authadm -n "__fish_authadm_using_subcommand mfa; and __fish_seen_subcommand_from reset" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand mfa; and __fish_seen_subcommand_from reset" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand mfa; and __fish_seen_subcommand_from reset" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand mfa; and __fish_seen_subcommand_from reset" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand mfa; and __fish_seen_subcommand_from reset" -s y -l yes -d 'Do not ask for confirmation'
complete -c authadm -n "__fish_authadm_using_subcommand mfa; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand mfa; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand mfa; and __fish_seen_subcommand_from help" -f -a "list" -d 'List second factors (allauth.mfa authenticators, django-otp devices); never a secret'
complete -c authadm -n "__fish_authadm_using_subcommand mfa; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Delete a user\'s second factors (all, or one kind) so they log in with the password alone'
complete -c authadm -n "__fish_authadm_using_subcommand mfa; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authadm -n "__fish_authadm_using_subcommand audit; and not __fish_seen_subcommand_from failed-logins events prune help" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand audit; and not __fish_seen_subcommand_from failed-logins events prune help" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand audit; and not __fish_seen_subcommand_from failed-logins events prune help" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand audit; and not __fish_seen_subcommand_from failed-logins events prune help" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand audit; and not __fish_seen_subcommand_from failed-logins events prune help" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand audit; and not __fish_seen_subcommand_from failed-logins events prune help" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand audit; and not __fish_seen_subcommand_from failed-logins events prune help" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand audit; and not __fish_seen_subcommand_from failed-logins events prune help" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand audit; and not __fish_seen_subcommand_from failed-logins events prune help" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand audit; and not __fish_seen_subcommand_from failed-logins events prune help" -f -a "failed-logins" -d 'Failed login attempts, newest first, or counted per user or address (with the site\'s, from django-axes\' failure log)'
complete -c authadm -n "__fish_authadm_using_subcommand audit; and not __fish_seen_subcommand_from failed-logins events prune help" -f -a "events" -d 'Account events, newest first: users added, changed, removed; passwords, tokens, resets'
complete -c authadm -n "__fish_authadm_using_subcommand audit; and not __fish_seen_subcommand_from failed-logins events prune help" -f -a "prune" -d 'Delete audit rows (and django-axes\' logs) older than a duration, as axes_reset_logs --age'
complete -c authadm -n "__fish_authadm_using_subcommand audit; and not __fish_seen_subcommand_from failed-logins events prune help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authadm -n "__fish_authadm_using_subcommand audit; and __fish_seen_subcommand_from failed-logins" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand audit; and __fish_seen_subcommand_from failed-logins" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand audit; and __fish_seen_subcommand_from failed-logins" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand audit; and __fish_seen_subcommand_from failed-logins" -l since -d 'Only attempts at or after this: a duration ago (2h, 7d) or an RFC 3339 time' -r
complete -c authadm -n "__fish_authadm_using_subcommand audit; and __fish_seen_subcommand_from failed-logins" -l until -d 'Only attempts before this: a duration ago or an RFC 3339 time' -r
complete -c authadm -n "__fish_authadm_using_subcommand audit; and __fish_seen_subcommand_from failed-logins" -l user -d 'Only attempts on this account (by any of its names) or name (the site\'s, on a django-axes database: by the username as the site saw it)' -r
complete -c authadm -n "__fish_authadm_using_subcommand audit; and __fish_seen_subcommand_from failed-logins" -l ip -d 'Only attempts from this address' -r
complete -c authadm -n "__fish_authadm_using_subcommand audit; and __fish_seen_subcommand_from failed-logins" -l limit -d 'At most this many rows (or groups)' -r
complete -c authadm -n "__fish_authadm_using_subcommand audit; and __fish_seen_subcommand_from failed-logins" -l group-by -d 'Count failures per user (as typed) or per address instead of listing them' -r -f -a "user\t''
ip\t''"
complete -c authadm -n "__fish_authadm_using_subcommand audit; and __fish_seen_subcommand_from failed-logins" -l format -d 'Human table or CSV (ignored with --json)' -r -f -a "table\t''
csv\t''"
complete -c authadm -n "__fish_authadm_using_subcommand audit; and __fish_seen_subcommand_from failed-logins" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand audit; and __fish_seen_subcommand_from failed-logins" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand audit; and __fish_seen_subcommand_from failed-logins" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand audit; and __fish_seen_subcommand_from failed-logins" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand audit; and __fish_seen_subcommand_from failed-logins" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand audit; and __fish_seen_subcommand_from failed-logins" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand audit; and __fish_seen_subcommand_from events" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand audit; and __fish_seen_subcommand_from events" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand audit; and __fish_seen_subcommand_from events" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand audit; and __fish_seen_subcommand_from events" -l since -d 'Only events since this duration ago (2h, 7d) or RFC 3339 time' -r
complete -c authadm -n "__fish_authadm_using_subcommand audit; and __fish_seen_subcommand_from events" -l user -d 'Only events of this username (as recorded)' -r
complete -c authadm -n "__fish_authadm_using_subcommand audit; and __fish_seen_subcommand_from events" -l kind -d 'Only events of this kind: user_added, user_modified, user_removed, password_changed, token_created, token_revoked, lockout_reset, users_imported, user_updated_by_import' -r
complete -c authadm -n "__fish_authadm_using_subcommand audit; and __fish_seen_subcommand_from events" -l limit -d 'At most this many events' -r
complete -c authadm -n "__fish_authadm_using_subcommand audit; and __fish_seen_subcommand_from events" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand audit; and __fish_seen_subcommand_from events" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand audit; and __fish_seen_subcommand_from events" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand audit; and __fish_seen_subcommand_from events" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand audit; and __fish_seen_subcommand_from events" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand audit; and __fish_seen_subcommand_from events" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand audit; and __fish_seen_subcommand_from prune" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand audit; and __fish_seen_subcommand_from prune" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand audit; and __fish_seen_subcommand_from prune" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand audit; and __fish_seen_subcommand_from prune" -l older-than -d 'Delete attempts and events (and django-axes\' access and failure logs) older than this (e.g. 90d)' -r
complete -c authadm -n "__fish_authadm_using_subcommand audit; and __fish_seen_subcommand_from prune" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand audit; and __fish_seen_subcommand_from prune" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand audit; and __fish_seen_subcommand_from prune" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand audit; and __fish_seen_subcommand_from prune" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand audit; and __fish_seen_subcommand_from prune" -s y -l yes -d 'Do not ask for confirmation'
complete -c authadm -n "__fish_authadm_using_subcommand audit; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand audit; and __fish_seen_subcommand_from prune" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "failed-logins" -d 'Failed login attempts, newest first, or counted per user or address (with the site\'s, from django-axes\' failure log)'
complete -c authadm -n "__fish_authadm_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "events" -d 'Account events, newest first: users added, changed, removed; passwords, tokens, resets'
complete -c authadm -n "__fish_authadm_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Delete audit rows (and django-axes\' logs) older than a duration, as axes_reset_logs --age'
complete -c authadm -n "__fish_authadm_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authadm -n "__fish_authadm_using_subcommand hash; and not __fish_seen_subcommand_from make verify identify audit help" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand hash; and not __fish_seen_subcommand_from make verify identify audit help" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand hash; and not __fish_seen_subcommand_from make verify identify audit help" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand hash; and not __fish_seen_subcommand_from make verify identify audit help" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand hash; and not __fish_seen_subcommand_from make verify identify audit help" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand hash; and not __fish_seen_subcommand_from make verify identify audit help" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand hash; and not __fish_seen_subcommand_from make verify identify audit help" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand hash; and not __fish_seen_subcommand_from make verify identify audit help" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand hash; and not __fish_seen_subcommand_from make verify identify audit help" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand hash; and not __fish_seen_subcommand_from make verify identify audit help" -f -a "make" -d 'Hash a password (from stdin or a prompt) and print the encoded hash'
complete -c authadm -n "__fish_authadm_using_subcommand hash; and not __fish_seen_subcommand_from make verify identify audit help" -f -a "verify" -d 'Check a password against an encoded hash (exit 0 verifies, 1 does not)'
complete -c authadm -n "__fish_authadm_using_subcommand hash; and not __fish_seen_subcommand_from make verify identify audit help" -f -a "identify" -d 'Tell an encoded hash\'s algorithm and parameters, and whether it would be upgraded'
complete -c authadm -n "__fish_authadm_using_subcommand hash; and not __fish_seen_subcommand_from make verify identify audit help" -f -a "audit" -d 'Count the stored hashes by algorithm and parameters (never a digest); --django V says which that release cannot verify, --expire makes those unusable'
complete -c authadm -n "__fish_authadm_using_subcommand hash; and not __fish_seen_subcommand_from make verify identify audit help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from make" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from make" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from make" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from make" -l algorithm -d 'One of password_hashers that makes new hashes (argon2, pbkdf2_sha256, bcrypt_sha256, scrypt) [default: the first of password_hashers]' -r
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from make" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from make" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from make" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from make" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from make" -l password-stdin -d 'Read the password from stdin (to EOF, one trailing newline removed)'
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from make" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from make" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from verify" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from verify" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from verify" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from verify" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from verify" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from verify" -l password-stdin -d 'Read the password from stdin (to EOF, one trailing newline removed)'
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from identify" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from identify" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from identify" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from identify" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from identify" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from identify" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from identify" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from identify" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from identify" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from audit" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from audit" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from audit" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from audit" -l django -d 'Also say which hashes this Django release cannot verify (5.1 removed the SHA-1 and unsalted MD5/SHA-1 hashers, 5.0 the crypt one)' -r
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from audit" -l floor -d 'Flag hashes below this cost (repeatable): iterations=600000, rounds=12, memory_cost=19456, ...; formats with no cost at all (md5, sha1, the unsalted ones) are below any floor' -r
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from audit" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from audit" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from audit" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from audit" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from audit" -l expire -d 'Make the passwords that --django\'s release cannot verify (and any of no known format, such as one kept in clear), and those below a --floor, unusable in one audited transaction: their users then reset their password; asks on a terminal'
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from audit" -s y -l yes -d 'Do not ask for confirmation'
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from audit" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from audit" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from help" -f -a "make" -d 'Hash a password (from stdin or a prompt) and print the encoded hash'
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check a password against an encoded hash (exit 0 verifies, 1 does not)'
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from help" -f -a "identify" -d 'Tell an encoded hash\'s algorithm and parameters, and whether it would be upgraded'
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from help" -f -a "audit" -d 'Count the stored hashes by algorithm and parameters (never a digest); --django V says which that release cannot verify, --expire makes those unusable'
complete -c authadm -n "__fish_authadm_using_subcommand hash; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authadm -n "__fish_authadm_using_subcommand import; and not __fish_seen_subcommand_from django help" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand import; and not __fish_seen_subcommand_from django help" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand import; and not __fish_seen_subcommand_from django help" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand import; and not __fish_seen_subcommand_from django help" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand import; and not __fish_seen_subcommand_from django help" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand import; and not __fish_seen_subcommand_from django help" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand import; and not __fish_seen_subcommand_from django help" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand import; and not __fish_seen_subcommand_from django help" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand import; and not __fish_seen_subcommand_from django help" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand import; and not __fish_seen_subcommand_from django help" -f -a "django" -d 'Copy the users of a Django SQLite database (its auth_user), keeping their hashes'
complete -c authadm -n "__fish_authadm_using_subcommand import; and not __fish_seen_subcommand_from django help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authadm -n "__fish_authadm_using_subcommand import; and __fish_seen_subcommand_from django" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand import; and __fish_seen_subcommand_from django" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand import; and __fish_seen_subcommand_from django" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand import; and __fish_seen_subcommand_from django" -l on-duplicate -d 'What to do with a username this database already has' -r -f -a "skip\t'Keep the target\'s user as it is'
update\t'Overwrite the target\'s user with the source\'s fields and hash (its id stays); a changed hash revokes the user\'s tokens when logout_on_password_change is on'"
complete -c authadm -n "__fish_authadm_using_subcommand import; and __fish_seen_subcommand_from django" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand import; and __fish_seen_subcommand_from django" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand import; and __fish_seen_subcommand_from django" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand import; and __fish_seen_subcommand_from django" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand import; and __fish_seen_subcommand_from django" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c authadm -n "__fish_authadm_using_subcommand import; and __fish_seen_subcommand_from django" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "django" -d 'Copy the users of a Django SQLite database (its auth_user), keeping their hashes'
complete -c authadm -n "__fish_authadm_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authadm -n "__fish_authadm_using_subcommand export" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand export" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand export" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand export" -l format -d 'Output format: a JSON array of the contract\'s user objects, or CSV with a header row (RFC 4180; a cell starting with =, +, -, @, tab or CR, other than a plain number, gets a leading \' so a spreadsheet shows it as text instead of running it as a formula)' -r -f -a "json\t''
csv\t''"
complete -c authadm -n "__fish_authadm_using_subcommand export" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand export" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand export" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand export" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand export" -l include-hashes -d 'Also export each user\'s encoded password hash (column `password`)'
complete -c authadm -n "__fish_authadm_using_subcommand export" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand export" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand apply" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand apply" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand apply" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand apply" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand apply" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand apply" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand apply" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand apply" -l dry-run -d 'Show what would change; change nothing'
complete -c authadm -n "__fish_authadm_using_subcommand apply" -l check -d 'As --dry-run, and exit 1 when anything would change (for CI)'
complete -c authadm -n "__fish_authadm_using_subcommand apply" -l prune -d 'Also deactivate (or, as the file\'s [prune] says, remove) the users of its [prune] scope that it does not list'
complete -c authadm -n "__fish_authadm_using_subcommand apply" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand apply" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand config; and not __fish_seen_subcommand_from check init help" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand config; and not __fish_seen_subcommand_from check init help" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand config; and not __fish_seen_subcommand_from check init help" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand config; and not __fish_seen_subcommand_from check init help" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand config; and not __fish_seen_subcommand_from check init help" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand config; and not __fish_seen_subcommand_from check init help" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand config; and not __fish_seen_subcommand_from check init help" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand config; and not __fish_seen_subcommand_from check init help" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand config; and not __fish_seen_subcommand_from check init help" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand config; and not __fish_seen_subcommand_from check init help" -f -a "check" -d 'Validate the settings file and print the settings in force, defaults filled in, as TOML'
complete -c authadm -n "__fish_authadm_using_subcommand config; and not __fish_seen_subcommand_from check init help" -f -a "init" -d 'Write a commented starter authadm.toml (never over an existing file without --force)'
complete -c authadm -n "__fish_authadm_using_subcommand config; and not __fish_seen_subcommand_from check init help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authadm -n "__fish_authadm_using_subcommand config; and __fish_seen_subcommand_from check" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand config; and __fish_seen_subcommand_from check" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand config; and __fish_seen_subcommand_from check" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand config; and __fish_seen_subcommand_from check" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand config; and __fish_seen_subcommand_from check" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand config; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand config; and __fish_seen_subcommand_from check" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand config; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand config; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand config; and __fish_seen_subcommand_from init" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand config; and __fish_seen_subcommand_from init" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand config; and __fish_seen_subcommand_from init" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand config; and __fish_seen_subcommand_from init" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand config; and __fish_seen_subcommand_from init" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand config; and __fish_seen_subcommand_from init" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand config; and __fish_seen_subcommand_from init" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand config; and __fish_seen_subcommand_from init" -l force -d 'Overwrite an existing file'
complete -c authadm -n "__fish_authadm_using_subcommand config; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand config; and __fish_seen_subcommand_from init" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "check" -d 'Validate the settings file and print the settings in force, defaults filled in, as TOML'
complete -c authadm -n "__fish_authadm_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "init" -d 'Write a commented starter authadm.toml (never over an existing file without --force)'
complete -c authadm -n "__fish_authadm_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authadm -n "__fish_authadm_using_subcommand doctor" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand doctor" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand doctor" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand doctor" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand doctor" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand doctor" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand doctor" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand doctor" -l strict -d 'Count warnings (outdated hashes, unusable passwords, ...) as problems too'
complete -c authadm -n "__fish_authadm_using_subcommand doctor" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand generate" -l config -d 'Settings file [default: ./authadm.toml when present, else built-in secure defaults]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand generate" -l database -d 'SQLite database file, or a PostgreSQL URL (postgres://USER@HOST:PORT/DB?sslmode=require) [default: `database` from the config, else ./authadm.db]' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand generate" -l color -d 'Colour in human output (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authadm -n "__fish_authadm_using_subcommand generate" -l out -d 'Folder to write completions/ and man/ into (files there that it would not make are removed)' -r -F
complete -c authadm -n "__fish_authadm_using_subcommand generate" -l json -d 'Machine output on stdout: one JSON document per command'
complete -c authadm -n "__fish_authadm_using_subcommand generate" -l no-input -d 'Never prompt; fail (exit 2) where input would be needed, naming the flag to pass'
complete -c authadm -n "__fish_authadm_using_subcommand generate" -s q -l quiet -d 'Less human output'
complete -c authadm -n "__fish_authadm_using_subcommand generate" -s v -l verbose -d 'More human output'
complete -c authadm -n "__fish_authadm_using_subcommand generate" -s h -l help -d 'Print help'
complete -c authadm -n "__fish_authadm_using_subcommand generate" -s V -l version -d 'Print version'
complete -c authadm -n "__fish_authadm_using_subcommand help; and not __fish_seen_subcommand_from user email group set-password login-test token perm session validate-password lockout mfa audit hash import export apply config doctor generate help" -f -a "user" -d 'Add, list, show, change and remove users'
complete -c authadm -n "__fish_authadm_using_subcommand help; and not __fish_seen_subcommand_from user email group set-password login-test token perm session validate-password lockout mfa audit hash import export apply config doctor generate help" -f -a "email" -d 'A user\'s django-allauth email addresses: list, add, remove, verify, make primary'
complete -c authadm -n "__fish_authadm_using_subcommand help; and not __fish_seen_subcommand_from user email group set-password login-test token perm session validate-password lockout mfa audit hash import export apply config doctor generate help" -f -a "group" -d 'List, show, add and remove Django\'s groups (`user modify --add-group` for memberships)'
complete -c authadm -n "__fish_authadm_using_subcommand help; and not __fish_seen_subcommand_from user email group set-password login-test token perm session validate-password lockout mfa audit hash import export apply config doctor generate help" -f -a "set-password" -d 'Set a user\'s password (the configured validators apply)'
complete -c authadm -n "__fish_authadm_using_subcommand help; and not __fish_seen_subcommand_from user email group set-password login-test token perm session validate-password lockout mfa audit hash import export apply config doctor generate help" -f -a "login-test" -d 'Run the configured backend chain on credentials, exactly as a login would'
complete -c authadm -n "__fish_authadm_using_subcommand help; and not __fish_seen_subcommand_from user email group set-password login-test token perm session validate-password lockout mfa audit hash import export apply config doctor generate help" -f -a "token" -d 'Create, list and revoke bearer tokens'
complete -c authadm -n "__fish_authadm_using_subcommand help; and not __fish_seen_subcommand_from user email group set-password login-test token perm session validate-password lockout mfa audit hash import export apply config doctor generate help" -f -a "perm" -d 'Grant, revoke, list and check Django permissions (a Django project\'s database)'
complete -c authadm -n "__fish_authadm_using_subcommand help; and not __fish_seen_subcommand_from user email group set-password login-test token perm session validate-password lockout mfa audit hash import export apply config doctor generate help" -f -a "session" -d 'List Django\'s sessions, log a user out everywhere, delete expired sessions'
complete -c authadm -n "__fish_authadm_using_subcommand help; and not __fish_seen_subcommand_from user email group set-password login-test token perm session validate-password lockout mfa audit hash import export apply config doctor generate help" -f -a "validate-password" -d 'Run the configured password validators on a candidate password'
complete -c authadm -n "__fish_authadm_using_subcommand help; and not __fish_seen_subcommand_from user email group set-password login-test token perm session validate-password lockout mfa audit hash import export apply config doctor generate help" -f -a "lockout" -d 'See and clear lockouts (django-axes\' own where its tables are, else authadm\'s)'
complete -c authadm -n "__fish_authadm_using_subcommand help; and not __fish_seen_subcommand_from user email group set-password login-test token perm session validate-password lockout mfa audit hash import export apply config doctor generate help" -f -a "mfa" -d 'List and reset second factors (allauth.mfa, django-otp)'
complete -c authadm -n "__fish_authadm_using_subcommand help; and not __fish_seen_subcommand_from user email group set-password login-test token perm session validate-password lockout mfa audit hash import export apply config doctor generate help" -f -a "audit" -d 'Failed logins and other recorded events; prune old rows'
complete -c authadm -n "__fish_authadm_using_subcommand help; and not __fish_seen_subcommand_from user email group set-password login-test token perm session validate-password lockout mfa audit hash import export apply config doctor generate help" -f -a "hash" -d 'Make, verify and identify Django-encoded password hashes'
complete -c authadm -n "__fish_authadm_using_subcommand help; and not __fish_seen_subcommand_from user email group set-password login-test token perm session validate-password lockout mfa audit hash import export apply config doctor generate help" -f -a "import" -d 'Copy users in from another database, keeping their password hashes'
complete -c authadm -n "__fish_authadm_using_subcommand help; and not __fish_seen_subcommand_from user email group set-password login-test token perm session validate-password lockout mfa audit hash import export apply config doctor generate help" -f -a "export" -d 'Write every user as JSON or CSV to stdout (hashes only with --include-hashes)'
complete -c authadm -n "__fish_authadm_using_subcommand help; and not __fish_seen_subcommand_from user email group set-password login-test token perm session validate-password lockout mfa audit hash import export apply config doctor generate help" -f -a "apply" -d 'Make the users a file describes exist (or not) as it says, in one transaction; a second run changes nothing (--check exits 1 on drift, for CI)'
complete -c authadm -n "__fish_authadm_using_subcommand help; and not __fish_seen_subcommand_from user email group set-password login-test token perm session validate-password lockout mfa audit hash import export apply config doctor generate help" -f -a "config" -d 'Check a settings file, or write a commented starter one'
complete -c authadm -n "__fish_authadm_using_subcommand help; and not __fish_seen_subcommand_from user email group set-password login-test token perm session validate-password lockout mfa audit hash import export apply config doctor generate help" -f -a "doctor" -d 'Inspect the database and the settings, and say what to fix'
complete -c authadm -n "__fish_authadm_using_subcommand help; and not __fish_seen_subcommand_from user email group set-password login-test token perm session validate-password lockout mfa audit hash import export apply config doctor generate help" -f -a "generate" -d 'Write completions/ and man/ from these definitions (for maintainers)'
complete -c authadm -n "__fish_authadm_using_subcommand help; and not __fish_seen_subcommand_from user email group set-password login-test token perm session validate-password lockout mfa audit hash import export apply config doctor generate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authadm -n "__fish_authadm_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "add" -d 'Add a user (prompts on a terminal for what is missing)'
complete -c authadm -n "__fish_authadm_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "list" -d 'List users'
complete -c authadm -n "__fish_authadm_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "show" -d 'Show one user'
complete -c authadm -n "__fish_authadm_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "modify" -d 'Change a user\'s details or flags'
complete -c authadm -n "__fish_authadm_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "remove" -d 'Remove a user as Django\'s `user.delete()` does, ending their sessions (--dry-run shows what goes)'
complete -c authadm -n "__fish_authadm_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "deactivate" -d 'Deactivate stale accounts (no login since --last-login-before, or never), ending their sessions and tokens, in one audited transaction'
complete -c authadm -n "__fish_authadm_using_subcommand help; and __fish_seen_subcommand_from email" -f -a "list" -d 'List a user\'s addresses: verified, primary'
complete -c authadm -n "__fish_authadm_using_subcommand help; and __fish_seen_subcommand_from email" -f -a "add" -d 'Add an address to a user, not primary (as allauth\'s `add_email`); --verified marks it verified'
complete -c authadm -n "__fish_authadm_using_subcommand help; and __fish_seen_subcommand_from email" -f -a "remove" -d 'Remove an address (allauth keeps a primary while the user has other addresses)'
complete -c authadm -n "__fish_authadm_using_subcommand help; and __fish_seen_subcommand_from email" -f -a "verify" -d 'Mark an address verified (refused while another account has it verified)'
complete -c authadm -n "__fish_authadm_using_subcommand help; and __fish_seen_subcommand_from email" -f -a "primary" -d 'Make an address the primary one, and the user\'s email (as allauth\'s `set_as_primary`)'
complete -c authadm -n "__fish_authadm_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "list" -d 'List Django\'s groups with how many users are in each'
complete -c authadm -n "__fish_authadm_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "show" -d 'Show a group: its members and its permissions (`app_label.codename`)'
complete -c authadm -n "__fish_authadm_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "add" -d 'Add a group (as `Group.objects.create`)'
complete -c authadm -n "__fish_authadm_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "remove" -d 'Remove a group with its memberships and permission links (as Django\'s `group.delete()`)'
complete -c authadm -n "__fish_authadm_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "create" -d 'Make a bearer token for a user; it is printed once and stored only as a SHA-256 digest'
complete -c authadm -n "__fish_authadm_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "list" -d 'List tokens (never their values)'
complete -c authadm -n "__fish_authadm_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "revoke" -d 'Revoke a token by id'
complete -c authadm -n "__fish_authadm_using_subcommand help; and __fish_seen_subcommand_from perm" -f -a "grant" -d 'Give a user or a group a permission (as `user_permissions.add` / `permissions.add`)'
complete -c authadm -n "__fish_authadm_using_subcommand help; and __fish_seen_subcommand_from perm" -f -a "revoke" -d 'Take a permission from a user or a group'
complete -c authadm -n "__fish_authadm_using_subcommand help; and __fish_seen_subcommand_from perm" -f -a "list" -d 'List the permissions a user or a group holds, or all a user has (--effective)'
complete -c authadm -n "__fish_authadm_using_subcommand help; and __fish_seen_subcommand_from perm" -f -a "check" -d 'Say whether Django\'s `user.has_perm()` answers yes (exit 0) or no (exit 1)'
complete -c authadm -n "__fish_authadm_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "list" -d 'List Django\'s sessions and whose they are (never a whole session key)'
complete -c authadm -n "__fish_authadm_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "revoke" -d 'Log a user out everywhere: delete every session of theirs'
complete -c authadm -n "__fish_authadm_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "prune" -d 'Delete expired sessions, as Django\'s `clearsessions`'
complete -c authadm -n "__fish_authadm_using_subcommand help; and __fish_seen_subcommand_from lockout" -f -a "status" -d 'Locked keys with their failures and when the lock lifts (with --all, keys counting too)'
complete -c authadm -n "__fish_authadm_using_subcommand help; and __fish_seen_subcommand_from lockout" -f -a "reset" -d 'Clear lockouts by user, address, both, or all (axes_reset, axes_reset_username, ...)'
complete -c authadm -n "__fish_authadm_using_subcommand help; and __fish_seen_subcommand_from mfa" -f -a "list" -d 'List second factors (allauth.mfa authenticators, django-otp devices); never a secret'
complete -c authadm -n "__fish_authadm_using_subcommand help; and __fish_seen_subcommand_from mfa" -f -a "reset" -d 'Delete a user\'s second factors (all, or one kind) so they log in with the password alone'
complete -c authadm -n "__fish_authadm_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "failed-logins" -d 'Failed login attempts, newest first, or counted per user or address (with the site\'s, from django-axes\' failure log)'
complete -c authadm -n "__fish_authadm_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "events" -d 'Account events, newest first: users added, changed, removed; passwords, tokens, resets'
complete -c authadm -n "__fish_authadm_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "prune" -d 'Delete audit rows (and django-axes\' logs) older than a duration, as axes_reset_logs --age'
complete -c authadm -n "__fish_authadm_using_subcommand help; and __fish_seen_subcommand_from hash" -f -a "make" -d 'Hash a password (from stdin or a prompt) and print the encoded hash'
complete -c authadm -n "__fish_authadm_using_subcommand help; and __fish_seen_subcommand_from hash" -f -a "verify" -d 'Check a password against an encoded hash (exit 0 verifies, 1 does not)'
complete -c authadm -n "__fish_authadm_using_subcommand help; and __fish_seen_subcommand_from hash" -f -a "identify" -d 'Tell an encoded hash\'s algorithm and parameters, and whether it would be upgraded'
complete -c authadm -n "__fish_authadm_using_subcommand help; and __fish_seen_subcommand_from hash" -f -a "audit" -d 'Count the stored hashes by algorithm and parameters (never a digest); --django V says which that release cannot verify, --expire makes those unusable'
complete -c authadm -n "__fish_authadm_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "django" -d 'Copy the users of a Django SQLite database (its auth_user), keeping their hashes'
complete -c authadm -n "__fish_authadm_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "check" -d 'Validate the settings file and print the settings in force, defaults filled in, as TOML'
complete -c authadm -n "__fish_authadm_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "init" -d 'Write a commented starter authadm.toml (never over an existing file without --force)'
