//! The committed TypeScript bindings must match the Rust wire types.

use std::path::PathBuf;

#[test]
fn bindings_are_current() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ui/src/api/bindings.ts");
    let generated = disclosure_desk::typescript_bindings();
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, &generated).expect("write bindings");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(
        committed, generated,
        "ui/src/api/bindings.ts must be generated from the Rust types, never edited by hand; \
         rerun this test with UPDATE_BINDINGS=1"
    );
}
