//! Opening the library: pragmas, migrations and the handle every query goes through.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use crate::error::{Result, StoreError};
use crate::migrations::{migrate, SCHEMA_VERSION};

/// How long a writer waits for another process (the app and the CLI share the file).
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// An open library database.
#[derive(Debug)]
pub struct Store {
    pub(crate) connection: Connection,
    path: PathBuf,
}

impl Store {
    /// Opens (creating if needed) the library at `path` and brings its schema up to date.
    ///
    /// A database written by a newer version is refused with [`StoreError::NewerSchema`] and
    /// left untouched.
    pub fn open(path: &Path) -> Result<Store> {
        if let Some(folder) = path.parent().filter(|folder| !folder.as_os_str().is_empty()) {
            std::fs::create_dir_all(folder)
                .map_err(|source| StoreError::CreateFolder { path: folder.to_path_buf(), source })?;
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let connection = Connection::open_with_flags(path, flags)
            .map_err(|source| StoreError::Open { path: path.to_path_buf(), source })?;
        Store::prepare(connection, path.to_path_buf())
    }

    /// A private in-memory library, for tests and dry runs.
    pub fn open_in_memory() -> Result<Store> {
        Store::prepare(Connection::open_in_memory()?, PathBuf::from(":memory:"))
    }

    fn prepare(mut connection: Connection, path: PathBuf) -> Result<Store> {
        connection.busy_timeout(BUSY_TIMEOUT)?;
        // Read before writing anything: this tells us whether the file is a database at all,
        // and a newer database must be refused before a pragma rewrites its header.
        let found: i64 = connection
            .query_row("PRAGMA user_version", [], |row| row.get(0))
            .map_err(|source| StoreError::Open { path: path.clone(), source })?;
        if found > SCHEMA_VERSION {
            return Err(StoreError::NewerSchema { path, found, supported: SCHEMA_VERSION });
        }
        connection
            .pragma_update(None, "journal_mode", "WAL")
            .map_err(|source| StoreError::Open { path: path.clone(), source })?;
        connection.pragma_update(None, "synchronous", "FULL")?;
        connection.pragma_update(None, "foreign_keys", "ON")?;
        connection.pragma_update(None, "trusted_schema", "OFF")?;
        migrate(&mut connection, &path)?;
        crate::search::index_pending_documents(&mut connection)?;
        Ok(Store { connection, path })
    }

    /// The file this store reads and writes (`:memory:` for an in-memory one).
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The schema version recorded in the file.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self.connection.query_row("PRAGMA user_version", [], |row| row.get(0))?)
    }

    /// The value of a pragma on this connection, for checks and diagnostics.
    pub fn pragma(&self, name: &str) -> Result<String> {
        Ok(self.connection.query_row(&format!("PRAGMA {name}"), [], |row| {
            row.get::<_, rusqlite::types::Value>(0).map(|value| match value {
                rusqlite::types::Value::Integer(number) => number.to_string(),
                rusqlite::types::Value::Text(text) => text,
                other => format!("{other:?}"),
            })
        })?)
    }

    /// The result of `PRAGMA integrity_check`: `"ok"` for a sound file.
    pub fn integrity_check(&self) -> Result<String> {
        Ok(self.connection.query_row("PRAGMA integrity_check", [], |row| row.get(0))?)
    }
}
