//! The PDF reader child on its own. The app and the CLI host the same code behind a hidden
//! argument; this small binary lets the ingest crate's own tests run the real child.

fn main() -> std::process::ExitCode {
    disclosure_ingest::pdf::run_child_extractor()
}
