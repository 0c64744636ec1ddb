//! Integration tests of the `disclosure` binary on real documents.
