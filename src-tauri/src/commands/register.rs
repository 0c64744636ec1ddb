//! The exemption register across the library and its schedule export.
