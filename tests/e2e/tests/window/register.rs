//! End to end: flag a passage as withheld, then find it in the exemption register and its exported schedule.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{bail, ensure, Context, Result};
use disclosure_ingest::{import_paths, import_samples, FileStatus};
use disclosure_store::Store;
use fantoccini::{Client, Locator};

use super::harness::{self, click, save_screenshot, wait_for_count, wait_for_text, with_window, Profile, Programs};
use super::{no_error_banner, row_of, wait_for_rows, ONE_WINDOW_AT_A_TIME, READER_TEXT};

/// The letter the reviewer flags, and words in its text to select.
#[derive(Debug)]
struct FlaggedLetter {
    file_name: &'static str,
    reference: &'static str,
    words: &'static str,
}

/// The second seed of the shared corpus: an MPS answer on vetting that withholds under section 40(2).
const CORPUS_LETTER: FlaggedLetter = FlaggedLetter {
    file_name: "001_fc1cf5578757d7f8.txt",
    reference: "01.FOI.24.035896",
    words: "risk of identification of persons involved",
};
/// The 2023 sample letter, used in a clean clone without the shared corpus.
const SAMPLE_LETTER: FlaggedLetter = FlaggedLetter {
    file_name: "fernshire-2023-vetting-and-suspensions.txt",
    reference: "FC/FOI/23/0501",
    words: "rank and station of so few officers",
};
const NOTE: &str = "Names officers: withheld as third-party personal data";

/// Seeds the library and returns how many documents it holds, the letter to flag and its id.
fn seed(profile: &Profile) -> Result<(usize, &'static FlaggedLetter, i64)> {
    let mut store = Store::open(&profile.database()).context("creating the test library")?;
    let corpus = harness::workspace_root().join("../shared/corpus/seeds");
    let (letter, outcomes) = if corpus.join(CORPUS_LETTER.file_name).is_file() {
        let mut seeds: Vec<PathBuf> = std::fs::read_dir(&corpus)
            .with_context(|| format!("listing {}", corpus.display()))?
            .map(|entry| entry.map(|entry| entry.path()))
            .collect::<std::io::Result<_>>()?;
        seeds.retain(|path| path.extension().is_some_and(|extension| extension == "txt"));
        (&CORPUS_LETTER, import_paths(&mut store, &seeds, &mut |_| {}).files)
    } else {
        (&SAMPLE_LETTER, import_samples(&mut store, &mut |_| {}).files)
    };
    let failed: Vec<_> = outcomes.iter().filter(|outcome| outcome.status != FileStatus::Imported).collect();
    ensure!(failed.is_empty(), "every seeded file must import as a new document: {failed:?}");
    let id = outcomes
        .iter()
        .find(|outcome| outcome.path.ends_with(letter.file_name))
        .and_then(|outcome| outcome.id)
        .with_context(|| format!("{} was not among the imported files", letter.file_name))?;
    Ok((outcomes.len(), letter, id))
}

/// Selects `words` in the reader's original text as a reviewer's drag would: a DOM range over
/// the text nodes holding them, then the events the reader listens to when a drag ends.
async fn select_words(client: &Client, words: &str) -> Result<()> {
    let script = r#"
        const [selector, words] = arguments;
        const root = document.querySelector(selector);
        if (!root) return 'no reader text';
        // The words may span several runs (one text node each), so search the joined text.
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        const nodes = [];
        let joined = '';
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            nodes.push([node, joined.length]);
            joined += node.data;
        }
        const at = joined.indexOf(words);
        if (at < 0) return 'words not shown';
        const place = (offset) => {
            for (let index = nodes.length - 1; index >= 0; index--) {
                const [node, start] = nodes[index];
                if (start <= offset) return [node, offset - start];
            }
            return null;
        };
        const [startNode, startOffset] = place(at);
        const [endNode, endOffset] = place(at + words.length);
        const range = document.createRange();
        range.setStart(startNode, startOffset);
        range.setEnd(endNode, endOffset);
        const selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        const target = startNode.parentElement ?? root;
        target.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
        target.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        document.dispatchEvent(new Event('selectionchange'));
        return selection.toString();
    "#;
    let selected = client
        .execute(script, vec![READER_TEXT.into(), words.into()])
        .await
        .context("selecting words in the reader")?;
    ensure!(
        selected.as_str() == Some(words),
        "the words to flag must be selectable in the reader's original text; the script said {selected}"
    );
    Ok(())
}

/// The text of the "Flagged" cell of the register row for `provision` (the column is found by its header).
async fn flagged_count(client: &Client, provision: &str) -> Result<serde_json::Value> {
    let script = r#"
        const [provision] = arguments;
        const row = document.querySelector(`[data-testid=register-row][data-provision="${provision}"]`);
        if (!row) return null;
        const headers = Array.from(row.closest('table').querySelectorAll('thead th')).map((th) => th.textContent.trim());
        const column = headers.indexOf('Flagged');
        return column < 0 ? null : row.querySelectorAll('td')[column].textContent.trim();
    "#;
    client.execute(script, vec![provision.into()]).await.context("reading the register row")
}

/// Waits for the exported CSV to appear in `folder` and returns its text.
async fn exported_csv(folder: &Path) -> Result<String> {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let found = std::fs::read_dir(folder)
            .with_context(|| format!("listing {}", folder.display()))?
            .filter_map(|entry| entry.ok().map(|entry| entry.path()))
            .find(|path| path.extension().is_some_and(|extension| extension == "csv"));
        if let Some(path) = found {
            return std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()));
        }
        if Instant::now() > deadline {
            bail!("no CSV schedule was written to {} (DISCLOSURE_EXPORT_DIR)", folder.display());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flagged_passage_is_counted_in_the_register_and_its_schedule() -> Result<()> {
    let Some(programs) = Programs::find_or_skip()? else { return Ok(()) };
    let _turn = ONE_WINDOW_AT_A_TIME.lock().await;
    let mut profile = Profile::new()?;
    let (n_documents, letter, letter_id) = seed(&profile)?;
    let exports = profile.subfolder("exports")?;
    profile.set_env("DISCLOSURE_EXPORT_DIR", exports.clone());

    with_window(&programs, &profile, |client| async move {
        wait_for_rows(&client, n_documents, "the library must list every seeded letter").await?;
        click(&client, &format!("{} td.title", row_of(letter_id))).await?;
        wait_for_count(&client, "[data-testid=reader-title]", 1).await.context("the reader must open")?;
        click(&client, "[data-testid=reader-mode-original]").await?;
        wait_for_text(&client, READER_TEXT, |text| text.contains(letter.words))
            .await
            .context("the original text must show the words to flag")?;

        click(&client, "[data-testid=side-tab-flags]").await?;
        wait_for_count(&client, "[data-testid=flag-panel]", 1)
            .await
            .context("the Flags tab must show the flag panel")?;
        select_words(&client, letter.words).await?;
        wait_for_text(&client, "[data-testid=flag-selection]", |text| text.contains(letter.words))
            .await
            .context("the panel must offer to flag the selected words")?;

        let picker = client.find(Locator::Css("[data-testid=provision-picker-input]")).await.context("the picker")?;
        picker.send_keys("40(2)").await.context("typing in the provision picker")?;
        let option = "[data-testid=provision-option][data-regime=FOIA][data-provision=\"40(2)\"]";
        wait_for_count(&client, option, 1).await.context("typing 40(2) must offer FOIA section 40(2)")?;
        click(&client, option).await?;
        wait_for_count(&client, "[data-testid=provision-chosen][data-provision=\"40(2)\"]", 1)
            .await
            .context("the chosen provision must show as a chip")?;
        let note = client.find(Locator::Css("[data-testid=flag-note]")).await.context("the note field")?;
        note.send_keys(NOTE).await.context("typing the note")?;
        click(&client, "[data-testid=flag-save]").await?;
        wait_for_count(&client, "[data-testid=flag-item]", 1).await.context("the saved flag must be listed")?;
        let listed = wait_for_text(&client, "[data-testid=flag-item]", |text| text.contains(NOTE)).await?;
        ensure!(listed.contains("40(2)"), "the listed flag must name its provision; it showed:\n{listed}");
        save_screenshot(&client, "flag-panel").await?;
        // The rest of the panel: each question's outcome and the verdicts on cited exemptions.
        client
            .execute(
                "document.querySelector('[data-testid=citation-row], [data-testid=outcome-row]')?.scrollIntoView()",
                vec![],
            )
            .await
            .context("scrolling the flag panel to the outcomes")?;
        save_screenshot(&client, "flag-panel-outcomes").await?;
        no_error_banner(&client).await?;

        click(&client, "[data-testid=nav-register]").await?;
        let row = "[data-testid=register-row][data-provision=\"40(2)\"]";
        wait_for_count(&client, row, 1).await.context("the register must list section 40(2)")?;
        let flagged = flagged_count(&client, "40(2)").await?;
        let n_flags: u32 = flagged.as_str().and_then(|text| text.parse().ok()).unwrap_or(0);
        ensure!(
            n_flags >= 1,
            "the register must count the flag made by hand under 40(2); its Flagged cell shows {flagged}"
        );
        save_screenshot(&client, "register").await?;

        click(&client, "[data-testid=register-export-csv]").await?;
        let csv = exported_csv(&exports).await?;
        for expected in [letter.reference, "40(2)", NOTE] {
            ensure!(csv.contains(expected), "the exported schedule must contain {expected:?}; it was:\n{csv}");
        }
        no_error_banner(&client).await
    })
    .await
}
