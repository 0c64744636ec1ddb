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

#[path = "../../command_list.rs"]
mod command_list;

/// The commands `src/bindings.rs` registers: the one list the others are held to.
fn registered_commands() -> std::collections::BTreeSet<String> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let bindings = std::fs::read_to_string(root.join("src/bindings.rs")).expect("src/bindings.rs is readable");
    command_list::command_names(&bindings).into_iter().collect()
}

#[test]
fn the_capability_allows_exactly_the_registered_commands() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let capability: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("capabilities/main-window.json")).expect("the capability file is readable"),
    )
    .expect("the capability file is JSON");
    let allowed: std::collections::BTreeSet<String> = capability["permissions"]
        .as_array()
        .expect("the capability lists permissions")
        .iter()
        .filter_map(|permission| permission.as_str()?.strip_prefix("allow-").map(|name| name.replace('-', "_")))
        .collect();
    let registered = registered_commands();
    assert!(registered.len() > 50, "the list of commands is read from bindings.rs, not found empty");
    assert_eq!(
        allowed, registered,
        "capabilities/main-window.json must allow every command bindings.rs registers, and nothing else"
    );
}

#[test]
fn the_ui_calls_exactly_the_registered_commands() {
    let api = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ui/src/api");
    let mut called = std::collections::BTreeSet::new();
    for entry in std::fs::read_dir(&api).expect("ui/src/api is readable") {
        let path = entry.expect("a directory entry").path();
        let name = path.file_name().and_then(|name| name.to_str()).unwrap_or_default();
        if !name.ends_with(".ts") || name.ends_with(".test.ts") {
            continue;
        }
        let source = std::fs::read_to_string(&path).expect("an API module is readable");
        called.extend(invoked_commands(&source));
    }
    assert_eq!(
        called,
        registered_commands(),
        "ui/src/api/ must call every command bindings.rs registers (one typed call each), and no other"
    );
}

/// The command names of `invoke('name'…)` and `invoke<Type>('name'…)` calls in TypeScript.
fn invoked_commands(source: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = source;
    while let Some(at) = rest.find("invoke") {
        rest = &rest[at + "invoke".len()..];
        let mut tail = rest;
        if let Some(generic) = tail.strip_prefix('<') {
            // Skip the type argument, nested angle brackets included.
            let mut depth = 1;
            let Some(end) = generic.char_indices().find_map(|(index, character)| {
                match character {
                    '<' => depth += 1,
                    '>' => depth -= 1,
                    _ => {}
                }
                (depth == 0).then_some(index)
            }) else {
                continue;
            };
            tail = &generic[end + 1..];
        }
        let Some(argument) = tail.strip_prefix("('") else { continue };
        if let Some((name, _)) = argument.split_once('\'') {
            names.push(name.to_string());
        }
    }
    names
}
