//! Backups of the library: taken on a schedule when data changed, listed, and restored.
