//! Reads the one list of commands, the `generate_handler!` block of `src/bindings.rs`, for the
//! build script (which declares them so the capability can allow them) and for the test that
//! holds the capability file and the UI's `invoke` calls to the same list.

/// The name of every command registered in `bindings_source` (the text of `src/bindings.rs`),
/// in its order: the last segment of each path in the `generate_handler!` block.
pub fn command_names(bindings_source: &str) -> Vec<String> {
    let Some((_, after)) = bindings_source.split_once("generate_handler![") else { return Vec::new() };
    let block = after.split_once(']').map_or(after, |(block, _)| block);
    block
        .lines()
        .map(|line| line.split("//").next().unwrap_or_default().trim().trim_end_matches(','))
        .filter(|path| !path.is_empty())
        .map(|path| path.rsplit("::").next().unwrap_or(path).trim().to_string())
        .collect()
}
