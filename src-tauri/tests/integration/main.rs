//! Integration tests of the desktop shell: commands through Tauri's mock runtime (no display
//! needed) and the generated TypeScript bindings.

mod bindings;
mod commands;
