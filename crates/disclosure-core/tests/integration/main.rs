//! Integration tests of the letter reader, one module per source module.
