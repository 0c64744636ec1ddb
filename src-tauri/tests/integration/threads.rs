//! Thread, comparison and trend commands through the mock runtime, on the sample library: the
//! threads list, one thread year by year with its trends, two answers side by side, the
//! reviewer's decisions surviving a rebuild, and a thread's figures exported as CSV.

use serde_json::{json, Value};

use crate::mock_app::{export_without_dialogs, App};

/// The thread following "vetting clearance withdrawn" through the four sample letters.
fn vetting_thread(threads: &Value) -> &Value {
    threads
        .as_array()
        .expect("a list of threads")
        .iter()
        .find(|thread| thread["title"].as_str().is_some_and(|title| title.contains("vetting clearance withdrawn")))
        .expect("the vetting question is asked in every sample letter, so it makes a thread")
}

#[test]
fn a_thread_reads_year_by_year_with_its_figures_as_trends() {
    let app = App::on_samples();
    let threads = app.invoke("list_threads", json!({})).expect("list_threads");
    let vetting = vetting_thread(&threads);
    assert_eq!(vetting["members"].as_array().map(Vec::len), Some(4), "asked in 2021, 2022, 2023 and 2024");
    assert_eq!(vetting["authority"], "Fernshire Constabulary");

    let detail =
        app.invoke("get_thread", json!({ "id": vetting["id"], "referenceDocument": null })).expect("get_thread");
    let years = detail["years"].as_array().expect("years");
    assert_eq!(years.len(), 4, "one entry per letter of the thread");
    let reference = years.iter().find(|year| year["is_reference"] == true).expect("one year is the reference");
    assert_eq!(reference["member"]["date"], "2024-02-15", "by default the latest answered year is the reference");
    let year_2023 = years.iter().find(|year| year["member"]["reference"] == "FC/FOI/23/0501").expect("2023 listed");
    assert!(
        year_2023["figure_changes"]
            .as_array()
            .expect("changes")
            .iter()
            .any(|change| change["description"] == "27 → 31, +4, +14.8 %"),
        "each year's changed figures are called out against the reference: {}",
        year_2023["figure_changes"]
    );
    assert!(
        year_2023["pieces"]
            .as_array()
            .expect("pieces")
            .iter()
            .any(|piece| piece["kind"] == "deleted" && piece["text"].as_str().is_some_and(|text| text.trim() == "27")),
        "the reference year's words are marked inline against each year"
    );
    assert!(detail["variants"].as_array().is_some_and(|variants| !variants.is_empty()), "the wordings are listed");

    let trends = detail["trends"].as_array().expect("trends");
    let officers = trends
        .iter()
        .find(|series| series["points"].as_array().is_some_and(|points| points.len() == 4))
        .expect("the count of officers is in every answer, so it is one series of four values");
    let values: Vec<f64> =
        officers["points"].as_array().expect("points").iter().filter_map(|point| point["value"].as_f64()).collect();
    assert_eq!(values, vec![12.0, 19.0, 27.0, 31.0], "the values in date order, one per year");
    let last = &officers["points"][3];
    assert_eq!(last["period"], "2023", "the 2024 letter's question names the year its value covers");
    assert!(
        last["passage"].as_str().is_some_and(|passage| passage.contains("31 officers")),
        "each value links back to its passage: {last}"
    );
    assert!(last["document_id"].is_number(), "each value names the letter it came from");

    let chosen = app
        .invoke("get_thread", json!({ "id": vetting["id"], "referenceDocument": year_2023["member"]["document_id"] }))
        .expect("another reference year");
    let chosen_reference =
        chosen["years"].as_array().expect("years").iter().find(|year| year["is_reference"] == true).expect("reference");
    assert_eq!(chosen_reference["member"]["reference"], "FC/FOI/23/0501", "the reviewer chooses the reference year");
}

#[test]
fn two_answers_side_by_side_with_the_changed_figure_and_cells() {
    let app = App::on_samples();
    let (older, newer) = (app.letter_id("FC/FOI/23/0501"), app.letter_id("FC/FOI/24/0467"));
    let comparison = app
        .invoke("compare_documents", json!({ "oldId": older, "newId": newer, "question": "2", "options": null }))
        .expect("compare_documents");
    let figures = comparison["figure_changes"].as_array().expect("figures");
    assert!(
        figures.iter().any(|change| change["description"] == "11 → 8, −3, −27.3 %" && change["changed"] == true),
        "the changed count is called out with its delta: {figures:?}"
    );
    let rows = comparison["rows"].as_array().expect("rows");
    assert!(!rows.is_empty(), "the answers are laid out in rows");
    let old_pieces: Vec<&Value> = rows.iter().flat_map(|row| row["old"].as_array().into_iter().flatten()).collect();
    assert!(
        old_pieces.iter().any(|piece| piece["kind"] == "deleted"
            && piece["text"].as_str().is_some_and(|text| text.trim() == "11")
            && piece["change"].is_number()),
        "the changed word is marked within its unchanged sentence, with its change number"
    );
    assert!(
        comparison["n_changes"].as_u64().is_some_and(|n| n >= 2),
        "the year and the count are separate changes to jump between"
    );
    let cells = comparison["table_changes"].as_array().expect("cells");
    assert!(
        cells.iter().any(|cell| cell["row"] == "On restricted duties"
            && cell["old"] == "5"
            && cell["new"] == "9"
            && cell["changed"] == true),
        "tables are compared cell by cell: {cells:?}"
    );

    let renumbered = app
        .invoke("compare_documents", json!({ "oldId": older, "newId": newer, "question": "1", "oldQuestion": "2" }))
        .expect("a question numbered differently in the old letter is found by its own label");
    let old_text: String = renumbered["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .flat_map(|row| row["old"].as_array().into_iter().flatten())
        .filter_map(|piece| piece["text"].as_str())
        .collect();
    assert!(old_text.contains("suspended on full pay"), "the old column holds the old letter's question 2: {old_text}");

    let missing = app
        .invoke("compare_documents", json!({ "oldId": older, "newId": newer, "question": "9" }))
        .expect_err("no question 9");
    assert_eq!(missing["kind"], "not_found", "a question the letters lack is reported, not a crash");
    assert!(missing["message"].as_str().is_some_and(|message| message.ends_with('.')), "the user gets a sentence");
}

#[test]
fn the_reviewers_decisions_survive_a_rebuild() {
    let app = App::on_samples();
    let threads = app.invoke("list_threads", json!({})).expect("list_threads");
    let vetting = vetting_thread(&threads).clone();
    let id = vetting["id"].clone();
    app.invoke("rename_thread", json!({ "id": id, "title": "Vetting withdrawals by year" })).expect("rename");
    app.invoke("confirm_thread", json!({ "id": id })).expect("confirm");
    let first = vetting["members"][0].clone();
    app.invoke(
        "move_thread_member",
        json!({ "threadId": id, "documentId": first["document_id"], "question": first["question_key"], "into": null }),
    )
    .expect("move out");

    let rebuilt = app.invoke("rebuild_thread_suggestions", json!({})).expect("rebuild");
    let kept = rebuilt
        .as_array()
        .expect("list")
        .iter()
        .find(|thread| thread["id"] == id)
        .expect("a confirmed thread is kept by a rebuild");
    assert_eq!(kept["title"], "Vetting withdrawals by year", "the reviewer's title survives re-parsing");
    assert_eq!(kept["confirmed"], true, "the confirmation survives");
    assert_eq!(kept["members"].as_array().map(Vec::len), Some(3), "a question moved out is never suggested back");

    app.invoke(
        "move_thread_member",
        json!({ "threadId": id, "documentId": first["document_id"], "question": "Q1", "into": id }),
    )
    .expect("move in by label");
    let detail = app.invoke("get_thread", json!({ "id": id })).expect("get_thread");
    assert_eq!(
        detail["years"].as_array().map(Vec::len),
        Some(4),
        "the reviewer moved the question back in by its label"
    );

    let second = detail["years"][1]["member"].clone();
    let new_id = app.invoke(
        "split_thread",
        json!({ "id": id, "members": [{ "document_id": second["document_id"], "question_key": second["question_key"] }] }),
    )
    .expect("split");
    let split_off = app.invoke("get_thread", json!({ "id": new_id })).expect("new thread");
    assert_eq!(
        split_off["years"].as_array().map(Vec::len),
        Some(1),
        "the split-off question is the new thread's only member"
    );
    app.invoke("merge_threads", json!({ "from": new_id, "into": id })).expect("merge");
    let merged = app.invoke("get_thread", json!({ "id": id })).expect("merged");
    assert_eq!(merged["years"].as_array().map(Vec::len), Some(4), "merging brings the split-off question back");
    let gone = app.invoke("get_thread", json!({ "id": new_id })).expect_err("merged thread is gone");
    assert_eq!(gone["kind"], "not_found", "a merged-away thread is reported missing, which the UI can branch on");
    let empty_title = app.invoke("rename_thread", json!({ "id": id, "title": "  " })).expect_err("empty title");
    assert_eq!(empty_title["kind"], "invalid", "a thread's title cannot be blank");
}

#[test]
fn a_threads_figures_export_as_csv() {
    let app = App::on_samples();
    export_without_dialogs();
    let threads = app.invoke("list_threads", json!({})).expect("list_threads");
    let saved = app.invoke("export_thread_series", json!({ "id": vetting_thread(&threads)["id"] })).expect("export");
    let path = saved["path"].as_str().expect("the export says where it went");
    let csv = std::fs::read_to_string(path).expect("the CSV was written");
    assert!(csv.starts_with('\u{feff}'), "a byte order mark tells spreadsheets the file is UTF-8");
    assert!(
        csv.contains("Figure,Unit,Value,Period,Response date,Document reference,Document id,Passage\r\n"),
        "the header row names the columns"
    );
    assert!(
        csv.contains(",31,2023,2024-02-15,FC/FOI/24/0467,"),
        "each value carries its period, date and letter: {csv}"
    );
}

#[test]
fn the_suggestion_queue_sets_each_question_beside_its_thread_and_settles_it() {
    let app = App::on_samples();
    let queue = app.invoke("list_thread_suggestions", json!({})).expect("list_thread_suggestions");
    let queue = queue.as_array().expect("a list of suggestions");
    assert!(!queue.is_empty(), "the sample threads are suggestions until the reviewer settles them");
    let scores: Vec<f64> = queue.iter().filter_map(|suggestion| suggestion["score"].as_f64()).collect();
    assert!(scores.windows(2).all(|pair| pair[0] >= pair[1]), "the likeliest suggestion comes first: {scores:?}");
    let vetting = queue
        .iter()
        .find(|suggestion| suggestion["thread_title"].as_str().is_some_and(|title| title.contains("vetting clearance")))
        .expect("the vetting thread's later letters are suggested for it");
    assert!(
        ["very likely", "likely", "possible", "doubtful"].contains(&vetting["likelihood"].as_str().unwrap_or_default()),
        "the score is also given in words: {vetting}"
    );
    assert_eq!(vetting["suggested"]["authority"], "Fernshire Constabulary", "the letter's authority is shown");
    assert!(
        vetting["suggested"]["text"].as_str().is_some_and(|text| text.contains("vetting")),
        "the suggested question's words are there to read: {vetting}"
    );
    assert!(
        vetting["counterpart"]["text"].as_str().is_some_and(|text| text.contains("vetting")),
        "the thread's question it would join is set beside it: {vetting}"
    );
    assert_ne!(
        vetting["counterpart"]["document_id"], vetting["suggested"]["document_id"],
        "the two questions come from two letters"
    );

    let settle = |command: &str, suggestion: &Value| {
        app.invoke(
            command,
            json!({
                "threadId": suggestion["thread_id"],
                "documentId": suggestion["suggested"]["document_id"],
                "questionKey": suggestion["suggested"]["question_key"],
            }),
        )
    };
    settle("accept_thread_suggestion", vetting).expect("accept");
    let again = settle("accept_thread_suggestion", vetting).expect_err("an accepted question is no longer open");
    assert_eq!(again["kind"], "invalid", "settling a question twice is refused, not repeated");
    let threads = app.invoke("list_threads", json!({})).expect("list_threads");
    let joined = threads
        .as_array()
        .expect("threads")
        .iter()
        .find(|thread| thread["id"] == vetting["thread_id"])
        .expect("the thread is still listed");
    assert!(
        joined["members"].as_array().expect("members").iter().any(|member| {
            member["document_id"] == vetting["suggested"]["document_id"] && member["by_reviewer"] == true
        }),
        "an accepted question is the reviewer's member of the thread: {joined}"
    );

    let other = queue
        .iter()
        .find(|suggestion| suggestion["thread_id"] != vetting["thread_id"])
        .expect("the sample letters make more than one thread");
    settle("reject_thread_suggestion", other).expect("reject");
    app.invoke("rebuild_thread_suggestions", json!({})).expect("rebuild");
    let after = app.invoke("list_thread_suggestions", json!({})).expect("suggestions after a rebuild");
    assert!(
        !after.as_array().expect("suggestions").iter().any(|suggestion| {
            suggestion["thread_id"] == other["thread_id"]
                && suggestion["suggested"]["document_id"] == other["suggested"]["document_id"]
                && suggestion["suggested"]["question_key"] == other["suggested"]["question_key"]
        }),
        "a rejected question is never suggested for that thread again, even after a rebuild"
    );
}

#[test]
fn the_threads_list_says_how_sure_each_thread_is_and_whether_it_is_confirmed() {
    let app = App::on_samples();
    let threads = app.invoke("list_threads", json!({})).expect("list_threads");
    let vetting = vetting_thread(&threads).clone();
    assert_eq!(vetting["status"], "suggested", "nobody has looked at the thread yet");
    let weakest = vetting["weakest_score"].as_f64().expect("a suggested thread has a weakest member");
    let member_scores: Vec<f64> =
        vetting["members"].as_array().expect("members").iter().filter_map(|member| member["score"].as_f64()).collect();
    assert_eq!(member_scores.len(), 3, "every member after the first carries a score");
    assert!(member_scores.iter().all(|score| *score >= weakest), "the weakest score is the lowest member's");
    assert!(vetting["certainty"].is_string(), "the weakest score is given in words");

    app.invoke("confirm_thread", json!({ "id": vetting["id"] })).expect("confirm");
    let threads = app.invoke("list_threads", json!({})).expect("list_threads");
    let confirmed = vetting_thread(&threads);
    assert_eq!(confirmed["status"], "confirmed", "the reviewer confirmed it");
    assert!(confirmed["certainty"].is_null(), "nothing is left to be unsure of once confirmed");
}

#[test]
fn an_import_says_which_questions_continue_threads() {
    let app = App::on_samples();
    let latest = app.letter_id("FC/FOI/24/0467");
    let continuations = app.invoke("thread_continuations", json!({ "documentIds": [latest] })).expect("continuations");
    let n_questions = continuations["n_questions"].as_u64().expect("a count of questions");
    let n_threads = continuations["n_threads"].as_u64().expect("a count of threads");
    assert!(
        n_questions >= 1 && n_threads >= 1,
        "the 2024 letter continues the threads of earlier years: {continuations}"
    );
    let description = continuations["description"].as_str().expect("a sentence for the summary");
    assert!(
        description.contains(" continue") && description.contains(&format!("{n_threads} thread")),
        "the sentence counts questions and threads: {description}"
    );
    let none = app.invoke("thread_continuations", json!({ "documentIds": [] })).expect("no new letters");
    assert!(none["description"].is_null(), "an import of nothing new continues nothing");
}
