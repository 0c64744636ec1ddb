//! Integration tests of the desktop shell: commands through Tauri's mock runtime (no display
//! needed) and the generated TypeScript bindings.

mod annotations;
mod backups;
mod bindings;
mod commands;
mod exports;
mod facts;
mod flags;
mod mock_app;
mod reading_again;
mod redactions;
mod register;
mod search;
mod threads;
