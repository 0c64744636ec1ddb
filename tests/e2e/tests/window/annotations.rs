//! End to end: select text in the reader, annotate it with a note and a tag, see it saved in the
//! side panel, restart the app on the same library, and find the note and its highlight again.

use anyhow::{ensure, Context, Result};
use disclosure_store::Store;
use fantoccini::Locator;

use super::harness::{click, save_screenshot, wait_for_count, wait_for_text, with_window, Profile, Programs};
use super::{no_error_banner, open_letter, seed_library, select_words, wait_for_rows, ONE_WINDOW_AT_A_TIME};

const NOTE: &str = "Check this figure against last year's letter";
const TAG: &str = "figures";
const ITEM: &str = "[data-testid=annotation-item]";
const HIGHLIGHT: &str = "[data-testid=reader-text] mark[data-testid=annotation-highlight]";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_note_on_selected_words_survives_a_restart() -> Result<()> {
    let Some(programs) = Programs::find_or_skip()? else { return Ok(()) };
    let _turn = ONE_WINDOW_AT_A_TIME.lock().await;
    let profile = Profile::new()?;
    let seeded = seed_library(&profile)?;
    let words = seeded.letter.words;
    let (n_documents, letter_id) = (seeded.n_documents, seeded.letter_id);

    with_window(&programs, &profile, |client| async move {
        wait_for_rows(&client, n_documents, "the library must list every seeded letter").await?;
        open_letter(&client, letter_id, words).await?;
        select_words(&client, words).await?;
        wait_for_count(&client, "[data-testid=selection-popover]", 1)
            .await
            .context("selecting words must offer Highlight, Note… and Flag redaction…")?;
        save_screenshot(&client, "annotation-selection").await?;
        click(&client, "[data-testid=popover-note]").await?;
        wait_for_count(&client, "[data-testid=annotation-editor]", 1).await.context("Note… must open the editor")?;
        let note = client.find(Locator::Css("[data-testid=annotation-note]")).await.context("the note field")?;
        note.send_keys(NOTE).await.context("typing the note")?;
        let tags = client.find(Locator::Css("[data-testid=annotation-tags]")).await.context("the tags field")?;
        tags.send_keys(TAG).await.context("typing the tag")?;
        click(&client, "[data-testid=annotation-save]").await?;

        wait_for_text(&client, "[data-testid=annotation-save-state]", |text| text.trim() == "Saved")
            .await
            .context("the panel must say Saved once the command resolved")?;
        let listed =
            wait_for_text(&client, ITEM, |text| text.contains(NOTE)).await.context("the note must be listed")?;
        ensure!(listed.contains(TAG), "the listed note must show its tag; it showed:\n{listed}");
        let highlighted = wait_for_text(&client, HIGHLIGHT, |text| !text.is_empty()).await?;
        ensure!(
            words.contains(highlighted.trim()),
            "the highlight must be over the selected words, not {highlighted:?}"
        );
        save_screenshot(&client, "annotation-saved").await?;
        no_error_banner(&client).await
    })
    .await?;

    // "Saved" was shown only after the commit, so the row is in the file now, seen from outside the app.
    let store = Store::open(&profile.database()).context("opening the library after the app closed")?;
    let stored = store.list_annotations(letter_id).context("listing the letter's annotations")?;
    ensure!(stored.len() == 1, "exactly the one note must be stored; found {stored:?}");
    ensure!(stored[0].content.note == NOTE, "the stored note must be what was typed: {:?}", stored[0].content.note);
    ensure!(stored[0].content.tags == vec![TAG.to_string()], "the stored tags must be the one typed");
    ensure!(
        stored[0].content.quote == words,
        "the stored quote must be the selected words: {:?}",
        stored[0].content.quote
    );
    drop(store);

    with_window(&programs, &profile, |client| async move {
        wait_for_rows(&client, n_documents, "the library must list the same letters after a restart").await?;
        open_letter(&client, letter_id, words).await?;
        let listed = wait_for_text(&client, ITEM, |text| text.contains(NOTE))
            .await
            .context("after a restart the note must still be listed")?;
        ensure!(listed.contains(TAG), "after a restart the note must keep its tag; it showed:\n{listed}");
        let highlighted = wait_for_text(&client, HIGHLIGHT, |text| !text.is_empty())
            .await
            .context("after a restart the highlight must be drawn over the words")?;
        ensure!(words.contains(highlighted.trim()), "the highlight must still be over the selected words");
        save_screenshot(&client, "annotation-after-restart").await?;
        // The structure view shows the same note on its question's card, for the screenshot record.
        click(&client, "[data-testid=reader-mode-structure]").await?;
        wait_for_count(&client, "[data-testid=reader-structure]", 1).await?;
        save_screenshot(&client, "annotation-structure").await?;
        no_error_banner(&client).await
    })
    .await
}
