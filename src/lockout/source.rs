//! Which store holds a database's lockout state: django-axes' tables where the site migrated
//! them (so authadm and the site share one state), else authadm's own; `[lockout] store`
//! overrides the detection.

use super::{Lockout, Source};
use crate::Error;
use crate::store::Store;
use crate::store::axes::{self, Tables};

/// The lockout store of one database and the policy on it.
#[derive(Debug, Clone)]
pub struct InForce {
    pub source: Source,
    /// axes' tables, when the source is axes.
    pub axes: Option<Tables>,
    /// The settings' policy with the source's defaults for the keys the file left out.
    pub lockout: Lockout,
}

impl InForce {
    /// One line for `doctor` and `config check`: which store and why.
    pub fn describe(&self, lockout: &Lockout) -> String {
        let why = if lockout.store.is_some() { "set by [lockout] store" } else { "detected" };
        match self.axes {
            Some(tables) => format!("axes ({}; {why})", tables.names().join(", ")),
            None => format!("authadm (authadm_lockout; {why})"),
        }
    }
}

/// The store the settings name, or the one the database has.
pub fn in_force(store: &Store, lockout: &Lockout) -> Result<InForce, Error> {
    let tables = axes::detect(store.db());
    let source = match (lockout.store, tables) {
        (Some(Source::Axes), None) => {
            return Err(Error::Database(format!(
                "[lockout] store = \"axes\", but {} has no {} table: axes' cache handler \
                 (AXES_HANDLER = \"axes.handlers.cache.AxesCacheHandler\") keeps no tables for authadm to share; \
                 with the database handler, run the site's `manage.py migrate axes`, or set store = \"authadm\"",
                store.target(),
                axes::ATTEMPT
            )));
        }
        (Some(source), _) => source,
        (None, Some(_)) => Source::Axes,
        (None, None) => Source::Authadm,
    };
    if source == Source::Authadm && lockout.parameters.iter().any(|shape| shape.user_agent) {
        return Err(Error::Config(
            "lockout.lockout_parameters: \"user_agent\" keys exist only in django-axes' store; authadm's own \
             counters do not keep the user agent"
                .into(),
        ));
    }
    Ok(InForce { source, axes: tables.filter(|_| source == Source::Axes), lockout: lockout.for_source(source) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Settings;
    use crate::store::Target;

    fn lockout(toml: &str) -> Lockout {
        Settings::from_toml(toml, None).unwrap().lockout.lockout
    }

    #[test]
    fn axes_tables_decide_unless_the_settings_name_a_store() {
        let dir = tempfile::tempdir().unwrap();
        let target = Target::File(dir.path().join("t.db"));
        let store = Store::open(&target, &Default::default()).unwrap();
        let err = in_force(&store, &lockout("[lockout]\nstore = \"axes\"\n")).unwrap_err();
        assert_eq!(err.exit_code(), crate::error::exit::DATABASE);
        assert!(err.to_string().contains("cache handler"), "{err}");
        assert_eq!(in_force(&store, &lockout("")).unwrap().source, Source::Authadm);
        store.db().batch("CREATE TABLE axes_accessattempt (id integer PRIMARY KEY)").unwrap();
        // The tables are read when the store opens, as each command does.
        let store = Store::open(&target, &Default::default()).unwrap();
        let found = in_force(&store, &lockout("")).unwrap();
        assert_eq!((found.source, found.lockout.failure_limit), (Source::Axes, 3));
        assert_eq!(found.axes.unwrap().names(), ["axes_accessattempt"]);
        let own = in_force(&store, &lockout("[lockout]\nstore = \"authadm\"\n")).unwrap();
        let agent =
            lockout("[lockout]\nstore = \"authadm\"\nlockout_parameters = [[\"ip_address\", \"user_agent\"]]\n");
        assert_eq!(in_force(&store, &agent).unwrap_err().exit_code(), crate::error::exit::USAGE);
        assert_eq!((own.source, own.axes, own.lockout.failure_limit), (Source::Authadm, None, 5));
    }
}
