//! Full-text search with facets, and type-ahead as the reviewer types.
