//! Integration tests of disclosure-ingest, one module per source module.
