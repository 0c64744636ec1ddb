//! Commands through Tauri's mock runtime: the same handlers the window calls, on a real
//! SQLite file, with no display.
