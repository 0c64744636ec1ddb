//! The app every command test drives: the real command handlers in Tauri's mock runtime, on a
//! SQLite library in a temporary folder, with no display.

use std::path::{Path, PathBuf};

use disclosure_desk::{with_commands, Library};
use disclosure_store::Store;
use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, mock_context, noop_assets, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{WebviewWindow, WebviewWindowBuilder};

pub(crate) struct App {
    window: WebviewWindow<MockRuntime>,
    database: PathBuf,
    /// Kept so the library (and anything a test writes beside it) lives as long as the app.
    folder: tempfile::TempDir,
}

impl App {
    /// The app on an empty library, as on first launch.
    pub(crate) fn on_fresh_library() -> App {
        let folder = tempfile::tempdir().expect("temp dir");
        let database = folder.path().join("library.sqlite3");
        App::on_library_file(folder, database)
    }

    /// The app on a library holding the four sample letters.
    pub(crate) fn on_samples() -> App {
        let app = App::on_fresh_library();
        app.open_samples();
        app
    }

    /// The app on whatever `database` holds (it may not be a library at all), inside `folder`.
    pub(crate) fn on_library_file(folder: tempfile::TempDir, database: PathBuf) -> App {
        let library = Library::open(database.clone());
        let app =
            with_commands(mock_builder()).manage(library).build(mock_context(noop_assets())).expect("mock app builds");
        let window = WebviewWindowBuilder::new(&app, "main", Default::default()).build().expect("mock window");
        App { window, database, folder }
    }

    /// The folder the library lives in, where tests write the letters they import.
    pub(crate) fn folder(&self) -> &Path {
        self.folder.path()
    }

    /// A second connection to the library file: what the commands committed must be in it.
    pub(crate) fn store(&self) -> Store {
        Store::open(&self.database).expect("second connection to the library")
    }

    /// Calls a command as the webview does; the error is the serialised `CommandError`.
    pub(crate) fn invoke(&self, command: &str, body: Value) -> Result<Value, Value> {
        let request = InvokeRequest {
            cmd: command.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().expect("url"),
            body: InvokeBody::Json(body),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        };
        get_ipc_response(&self.window, request).map(|response| response.deserialize::<Value>().expect("json response"))
    }

    /// Calls a command that must succeed.
    pub(crate) fn ok(&self, command: &str, body: Value) -> Value {
        self.invoke(command, body).unwrap_or_else(|error| panic!("{command} failed: {error}"))
    }

    /// Adds the four sample letters, as the first-launch screen does.
    pub(crate) fn open_samples(&self) {
        let report = self.ok("open_sample_library", json!({ "onProgress": "__CHANNEL__:1" }));
        assert_eq!(report["n_imported"], 4, "the sample library is four letters");
    }

    /// Imports files written into the library's folder and returns their ids, in order.
    pub(crate) fn import(&self, files: &[(&str, &str)]) -> Vec<i64> {
        let paths: Vec<PathBuf> = files
            .iter()
            .map(|(name, text)| {
                let path = self.folder().join(name);
                std::fs::write(&path, text).expect("write letter");
                path
            })
            .collect();
        let report = self.ok("import_paths", json!({ "paths": paths, "onProgress": "__CHANNEL__:1" }));
        paths
            .iter()
            .map(|path| {
                report["files"]
                    .as_array()
                    .expect("files")
                    .iter()
                    .find(|file| file["path"].as_str().is_some_and(|imported| Path::new(imported) == path))
                    .and_then(|file| file["id"].as_i64())
                    .unwrap_or_else(|| panic!("{} was not imported: {report}", path.display()))
            })
            .collect()
    }

    /// The id of the listed letter with this reference.
    pub(crate) fn letter_id(&self, reference: &str) -> i64 {
        let documents = self.ok("list_documents", json!({}));
        documents
            .as_array()
            .and_then(|rows| rows.iter().find(|row| row["reference"] == reference))
            .and_then(|row| row["id"].as_i64())
            .unwrap_or_else(|| panic!("{reference} is listed: {documents}"))
    }

    /// The letter's whole text as the reader receives it (its segments, joined).
    pub(crate) fn text_of(&self, id: i64) -> String {
        let view = self.ok("get_document", json!({ "id": id }));
        view["segments"].as_array().expect("segments").iter().filter_map(|segment| segment["text"].as_str()).collect()
    }
}

/// Where `quote` is in `text`, in UTF-16 code units, as the webview reports a selection of it.
pub(crate) fn utf16_span(text: &str, quote: &str) -> (usize, usize) {
    let start = text.find(quote).expect("the quote is in the text");
    let before = text[..start].encode_utf16().count();
    (before, before + quote.encode_utf16().count())
}

/// Points every export of this test binary at one folder, as the end-to-end tests and unattended
/// use do, so no native dialog opens. Set once and never removed: tests run in parallel.
pub(crate) fn export_without_dialogs() -> &'static Path {
    static FOLDER: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    let folder = FOLDER.get_or_init(|| {
        let folder = tempfile::tempdir().expect("export dir");
        std::env::set_var("DISCLOSURE_EXPORT_DIR", folder.path());
        folder
    });
    folder.path()
}
