//! The flag commands through the mock runtime: redactions flagged on a selection (UTF-16 offsets
//! from the webview, bytes in the store), edited, removed and restored; detected withheld parts;
//! outcome corrections and verdicts on citations that outlive re-reading the letter.

use std::path::{Path, PathBuf};

use disclosure_core::parse::parse;
use disclosure_core::register::{EntrySource, Judgement};
use disclosure_desk::{with_commands, Library};
use disclosure_ingest::findings::read_findings;
use disclosure_store::Store;
use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, mock_context, noop_assets, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::WebviewWindowBuilder;

struct App {
    window: tauri::WebviewWindow<tauri::test::MockRuntime>,
    folder: tempfile::TempDir,
}

impl App {
    fn database(&self) -> PathBuf {
        self.folder.path().join("library.sqlite3")
    }

    fn invoke(&self, command: &str, body: Value) -> Result<Value, Value> {
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

    fn ok(&self, command: &str, body: Value) -> Value {
        self.invoke(command, body).unwrap_or_else(|error| panic!("{command} failed: {error}"))
    }

    /// Imports files written into the library's folder and returns their ids, in order.
    fn import(&self, files: &[(&str, &str)]) -> Vec<i64> {
        let paths: Vec<PathBuf> = files
            .iter()
            .map(|(name, text)| {
                let path = self.folder.path().join(name);
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

    fn samples(&self) -> Vec<Value> {
        self.ok("open_sample_library", json!({ "onProgress": "__CHANNEL__:1" }));
        self.ok("list_documents", json!({})).as_array().expect("documents").clone()
    }

    /// The document's text as the reader receives it (its segments, joined).
    fn text_of(&self, id: i64) -> String {
        let view = self.ok("get_document", json!({ "id": id }));
        view["segments"].as_array().expect("segments").iter().filter_map(|segment| segment["text"].as_str()).collect()
    }
}

fn app_on_fresh_library() -> App {
    let folder = tempfile::tempdir().expect("temp dir");
    let library = Library::open(folder.path().join("library.sqlite3"));
    let app =
        with_commands(mock_builder()).manage(library).build(mock_context(noop_assets())).expect("mock app builds");
    let window = WebviewWindowBuilder::new(&app, "main", Default::default()).build().expect("mock window");
    App { window, folder }
}

/// Where `quote` is in `text`, in UTF-16 code units, as the webview would report a selection of it.
fn utf16_span(text: &str, quote: &str) -> (usize, usize) {
    let start = text.find(quote).expect("the quote is in the text");
    let before = text[..start].encode_utf16().count();
    (before, before + quote.encode_utf16().count())
}

fn id_of(documents: &[Value], reference: &str) -> i64 {
    documents
        .iter()
        .find(|document| document["reference"] == reference)
        .and_then(|document| document["id"].as_i64())
        .unwrap_or_else(|| panic!("{reference} is in the sample library"))
}

/// Re-reads a stored letter as an import or a parser upgrade does: its findings are rebuilt.
fn reread(app: &App, document_id: i64) {
    let mut store = Store::open(&app.database()).expect("open library");
    let text = store.get_document(document_id).expect("document").text;
    store.update_document_findings(document_id, &read_findings(&parse(&text))).expect("rebuild findings");
}

const LETTER_WITH_SILENCES: &str = "Freedom of information request reference no: TEST/FOI/2024/77\n\
Date of response: 4 March 2024\n\
\n\
Q1 - How many complaints did the café 📄 unit receive in 2023?\n\
Complaints by month are below.\n\
\n\
Month | Complaints\n\
January | 12\n\
February | <5\n\
\n\
Q2 - Who handled them?\n\
The complaints were handled by [REDACTED] of the standards unit.\n";

#[test]
fn a_selection_is_flagged_at_its_place_and_counted_in_the_register() {
    let app = app_on_fresh_library();
    let ids = app.import(&[("silences.txt", LETTER_WITH_SILENCES)]);
    let document_id = ids[0];
    let text = app.text_of(document_id);
    // After "café" and an emoji, UTF-16 offsets and byte offsets differ: the command must convert.
    let quote = "handled by [REDACTED] of the standards unit";
    let (start, end) = utf16_span(&text, quote);
    assert_ne!(start, text.find(quote).expect("quote"), "the test needs a passage where the two offsets differ");

    let flag = app.ok(
        "flag_redaction",
        json!({ "documentId": document_id, "draft": {
            "question_key": null, "quote": quote, "prefix": "The complaints were ", "suffix": ".",
            "start": start, "end": end,
            "provisions": [{ "regime": "FOIA", "provision": "s40(2)" }], "note": "An officer's name" } }),
    );
    assert_eq!(flag["quote"], quote, "the flag keeps the words selected");
    assert_eq!(flag["start"], start, "offsets go back to the webview in the UTF-16 units it sent");
    assert_eq!(flag["end"], end);
    assert_eq!(flag["question_key"], "Q2", "the question is found from where the passage lies");
    assert_eq!(flag["provisions"][0]["provision"], "40(2)", "the provision is stored in the catalogue's form");
    assert!(
        flag["provisions"][0]["name"].as_str().is_some_and(|name| name.starts_with("Personal information")),
        "the panel shows the catalogue name"
    );

    let store = Store::open(&app.database()).expect("open library");
    let stored = store.get_flag(flag["id"].as_i64().expect("id")).expect("stored flag");
    let byte_start = text.find(quote).expect("quote") as i64;
    assert_eq!(
        stored.position,
        Some((byte_start, byte_start + quote.len() as i64)),
        "the store keeps byte offsets into the stored text, like every other span"
    );
    let entries = store.list_register_entries().expect("register");
    assert!(
        entries.iter().any(|entry| matches!(entry.source, EntrySource::Flag(_))
            && entry.provision == "40(2)"
            && entry.note.as_deref() == Some("An officer's name")),
        "a flag by hand counts in the register with its note: {entries:?}"
    );

    let listed = app.ok("list_flags", json!({ "documentId": document_id }));
    assert_eq!(listed.as_array().map(Vec::len), Some(1), "the side panel lists the new flag");
}

#[test]
fn a_whole_answer_is_flagged_by_its_question() {
    let app = app_on_fresh_library();
    let documents = app.samples();
    let document_id = id_of(&documents, "FC/FOI/23/0501");
    let flag = app.ok(
        "flag_redaction",
        json!({ "documentId": document_id, "draft": {
            "question_key": "4", "quote": null, "prefix": null, "suffix": null, "start": null, "end": null,
            "provisions": [{ "regime": "FOIA", "provision": "40(2)" }, { "regime": "FOIA", "provision": "31(1)" }],
            "note": "" } }),
    );
    assert_eq!(flag["question_key"], "4", "the sample letter numbers its questions 1 to 4");
    assert!(flag["quote"].is_null() && flag["start"].is_null(), "a whole answer has no passage");
    assert_eq!(flag["provisions"].as_array().map(Vec::len), Some(2), "one flag can name several provisions");

    let nowhere = app
        .invoke(
            "flag_redaction",
            json!({ "documentId": document_id, "draft": {
                "question_key": null, "quote": null, "prefix": null, "suffix": null, "start": null, "end": null,
                "provisions": [{ "regime": "FOIA", "provision": "40(2)" }], "note": "" } }),
        )
        .expect_err("a flag with neither passage nor question says nothing about where");
    assert_eq!(nowhere["kind"], "invalid");
}

#[test]
fn a_provision_not_in_the_catalogue_is_refused_and_nothing_is_stored() {
    let app = app_on_fresh_library();
    let documents = app.samples();
    let document_id = id_of(&documents, "FC/FOI/23/0501");
    for provisions in [
        json!([{ "regime": "FOIA", "provision": "99(1)" }]),
        json!([{ "regime": "GDPR", "provision": "40" }]),
        json!([]),
    ] {
        let error = app
            .invoke(
                "flag_redaction",
                json!({ "documentId": document_id, "draft": {
                    "question_key": "4", "quote": null, "prefix": null, "suffix": null, "start": null, "end": null,
                    "provisions": provisions, "note": "" } }),
            )
            .expect_err("only catalogued provisions can be flagged");
        assert_eq!(error["kind"], "invalid", "the UI shows the message of an invalid request: {error}");
    }
    let listed = app.ok("list_flags", json!({ "documentId": document_id }));
    assert_eq!(listed, json!([]), "a refused flag stores nothing");
}

#[test]
fn flags_are_edited_removed_and_restored() {
    let app = app_on_fresh_library();
    let documents = app.samples();
    let document_id = id_of(&documents, "FC/FOI/23/0501");
    let text = app.text_of(document_id);
    let quote = "rank and station of so few officers";
    let (start, end) = utf16_span(&text, quote);
    let draft = |provision: &str, note: &str| {
        json!({ "question_key": null, "quote": quote, "prefix": null, "suffix": null, "start": start, "end": end,
                "provisions": [{ "regime": "FOIA", "provision": provision }], "note": note })
    };
    let flag = app.ok("flag_redaction", json!({ "documentId": document_id, "draft": draft("40(2)", "first") }));
    let flag_id = flag["id"].as_i64().expect("id");

    let edited = app.ok("update_flag", json!({ "flagId": flag_id, "draft": draft("38(1)", "second thoughts") }));
    assert_eq!(edited["provisions"][0]["provision"], "38(1)", "editing replaces the provisions");
    assert_eq!(edited["note"], "second thoughts");
    assert_eq!(edited["start"], start, "editing keeps the passage where it was");

    app.ok("delete_flag", json!({ "flagId": flag_id }));
    assert_eq!(
        app.ok("list_flags", json!({ "documentId": document_id })),
        json!([]),
        "a removed flag leaves the panel"
    );
    let store = Store::open(&app.database()).expect("open library");
    assert!(
        !store
            .list_register_entries()
            .expect("register")
            .iter()
            .any(|entry| entry.source == EntrySource::Flag(flag_id)),
        "a removed flag no longer counts in the register"
    );
    let again = app.invoke("delete_flag", json!({ "flagId": flag_id })).expect_err("already removed");
    assert_eq!(again["kind"], "not_found", "removing twice is a missing flag, not a database failure");

    let restored = app.ok("restore_flag", json!({ "flagId": flag_id }));
    assert_eq!(restored["note"], "second thoughts", "undo brings back the flag as it was last saved");
    let listed = app.ok("list_flags", json!({ "documentId": document_id }));
    assert_eq!(listed.as_array().map(Vec::len), Some(1), "the restored flag is listed again");
    assert!(
        store.list_register_entries().expect("register").iter().any(|entry| entry.source == EntrySource::Flag(flag_id)),
        "the restored flag counts again"
    );
    let missing =
        app.invoke("update_flag", json!({ "flagId": 9999, "draft": draft("40(2)", "") })).expect_err("no flag");
    assert_eq!(missing["kind"], "not_found");
}

#[test]
fn withheld_parts_are_listed_where_they_are_with_their_reasons() {
    let app = app_on_fresh_library();
    let ids = app.import(&[("silences.txt", LETTER_WITH_SILENCES)]);
    let text = app.text_of(ids[0]);
    let parts = app.ok("list_withheld", json!({ "documentId": ids[0] }));
    let parts = parts.as_array().expect("parts");

    let cell = parts.iter().find(|part| part["kind"] == "suppressed_cell").expect("the <5 cell is a suppressed figure");
    assert_eq!(cell["reason"], "Suppressed: fewer than 5", "the reason says what the marker means");
    assert_eq!(cell["quote"], "<5", "the part shows the marker as the letter prints it");
    let removed = parts.iter().find(|part| part["kind"] == "removed_text").expect("[REDACTED] is removed text");
    let (start, end) = utf16_span(&text, "[REDACTED]");
    assert_eq!(
        (removed["start"].as_u64(), removed["end"].as_u64()),
        (Some(start as u64), Some(end as u64)),
        "the place is in the webview's UTF-16 units, so the reader can mark it"
    );
    assert_eq!(removed["quote"], "[REDACTED]");

    let documents = app.samples();
    let skipping = id_of(&documents, "FC/FOI/24/0467");
    let parts = app.ok("list_withheld", json!({ "documentId": skipping }));
    assert!(
        parts.as_array().expect("parts").iter().any(|part| part["kind"] == "missing_question"),
        "the 2024 sample skips question 3, and the gap is shown: {parts}"
    );
}

#[test]
fn outcome_corrections_survive_rereading_and_can_be_cleared() {
    let app = app_on_fresh_library();
    let documents = app.samples();
    let document_id = id_of(&documents, "FC/FOI/23/0501");
    let outcomes = app.ok("list_outcomes", json!({ "documentId": document_id }));
    let q2 = outcomes.as_array().expect("outcomes").iter().find(|row| row["question_key"] == "2").expect("2").clone();
    assert!(q2["corrected"].is_null(), "nothing is corrected before the reviewer acts");

    let corrected = app.ok(
        "correct_outcome",
        json!({ "documentId": document_id, "questionKey": "2", "outcome": "partly_withheld", "note": "table cut short" }),
    );
    let row = corrected.as_array().expect("outcomes").iter().find(|row| row["question_key"] == "2").expect("2").clone();
    assert_eq!(row["outcome"], "partly_withheld", "the correction is the outcome that counts");
    assert_eq!(row["derived"], q2["derived"], "what the parser read is still shown beside it");
    assert_eq!(row["correction_note"], "table cut short");

    reread(&app, document_id);
    let after = app.ok("list_outcomes", json!({ "documentId": document_id }));
    let row = after.as_array().expect("outcomes").iter().find(|row| row["question_key"] == "2").expect("2").clone();
    assert_eq!(row["corrected"], "partly_withheld", "re-reading the letter never touches the reviewer's correction");

    let bad = app
        .invoke(
            "correct_outcome",
            json!({ "documentId": document_id, "questionKey": "2", "outcome": "maybe", "note": "" }),
        )
        .expect_err("an outcome that does not exist");
    assert_eq!(bad["kind"], "invalid");
    let no_question = app
        .invoke(
            "correct_outcome",
            json!({ "documentId": document_id, "questionKey": "9", "outcome": "withheld", "note": "" }),
        )
        .expect_err("a question the letter does not have");
    assert_eq!(no_question["kind"], "not_found");

    let cleared = app.ok("clear_outcome_correction", json!({ "documentId": document_id, "questionKey": "2" }));
    let row = cleared.as_array().expect("outcomes").iter().find(|row| row["question_key"] == "2").expect("2").clone();
    assert!(row["corrected"].is_null(), "clearing the correction lets the derived outcome count again");
    assert_eq!(row["outcome"], q2["derived"]);
}

#[test]
fn a_citation_judged_not_applied_is_kept_and_set_aside_in_the_register() {
    let app = app_on_fresh_library();
    let documents = app.samples();
    let document_id = id_of(&documents, "FC/FOI/23/0501");
    let citations = app.ok("list_citations", json!({ "documentId": document_id }));
    let citation = citations
        .as_array()
        .expect("citations")
        .iter()
        .find(|citation| citation["provision"] == "40(2)")
        .expect("the 2023 letter cites section 40(2)")
        .clone();
    assert!(
        citation["name"].as_str().is_some_and(|name| name.starts_with("Personal information")),
        "the panel names the provision"
    );

    let judged = app.ok(
        "judge_citation",
        json!({ "documentId": document_id, "judgement": {
            "regime": citation["regime"], "provision": citation["provision"], "quote": citation["quote"],
            "verdict": "cited_not_applied", "corrected_provision": null, "note": "only mentioned" } }),
    );
    let judged = judged
        .as_array()
        .expect("citations")
        .iter()
        .find(|row| row["quote"] == citation["quote"])
        .expect("row")
        .clone();
    assert_eq!(judged["judgement"], "cited_not_applied");
    assert_eq!(judged["judgement_note"], "only mentioned");

    reread(&app, document_id);
    let store = Store::open(&app.database()).expect("open library");
    let entries = store.list_register_entries().expect("register");
    assert!(
        entries.iter().any(|entry| entry.document_id == document_id
            && entry.provision == "40(2)"
            && entry.judgement == Some(Judgement::CitedNotApplied)),
        "the verdict outlives re-reading and reaches the register, which sets the entry aside"
    );

    let vague = app
        .invoke(
            "judge_citation",
            json!({ "documentId": document_id, "judgement": {
                "regime": citation["regime"], "provision": citation["provision"], "quote": citation["quote"],
                "verdict": "wrong_subsection", "corrected_provision": null, "note": "" } }),
        )
        .expect_err("a wrong subsection needs the right one");
    assert_eq!(vague["kind"], "invalid");
    let rejudged = app.ok(
        "judge_citation",
        json!({ "documentId": document_id, "judgement": {
            "regime": citation["regime"], "provision": citation["provision"], "quote": citation["quote"],
            "verdict": "wrong_subsection", "corrected_provision": "s40(5B)", "note": "" } }),
    );
    let row = rejudged
        .as_array()
        .expect("citations")
        .iter()
        .find(|row| row["quote"] == citation["quote"])
        .expect("row")
        .clone();
    assert_eq!(row["judgement"], "wrong_subsection", "a new verdict replaces the old one");
    assert_eq!(row["corrected_provision"], "40(5B)", "the corrected provision is stored in the catalogue's form");

    let cleared = app.ok(
        "clear_citation_judgement",
        json!({ "documentId": document_id, "regime": citation["regime"], "provision": citation["provision"], "quote": citation["quote"] }),
    );
    let row = cleared
        .as_array()
        .expect("citations")
        .iter()
        .find(|row| row["quote"] == citation["quote"])
        .expect("row")
        .clone();
    assert!(row["judgement"].is_null(), "clearing withdraws the verdict");
}

#[test]
fn the_catalogue_is_offered_whole_for_the_picker() {
    let app = app_on_fresh_library();
    let provisions = app.ok("list_provisions", json!({}));
    let provisions = provisions.as_array().expect("provisions");
    for (regime, provision) in [("FOIA", "40(2)"), ("EIR", "12(5)(b)"), ("FOISA", "38(1)(b)")] {
        assert!(
            provisions.iter().any(|option| option["regime"] == regime && option["provision"] == provision),
            "{regime} {provision} must be pickable"
        );
    }
}
