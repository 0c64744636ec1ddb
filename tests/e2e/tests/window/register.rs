//! End to end: flag a passage as withheld, then find it in the exemption register and its exported schedule.

use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::{bail, ensure, Context, Result};
use fantoccini::{Client, Locator};

use super::harness::{click, save_screenshot, wait_for_count, wait_for_text, with_window, Profile, Programs};
use super::{
    no_error_banner, open_letter, seed_with, select_words, wait_for_rows, KnownLetter, LetterToSeed,
    ONE_WINDOW_AT_A_TIME,
};

/// The letter the reviewer flags, and words in its text to select: the second seed of the shared
/// corpus, an MPS answer on vetting that withholds under section 40(2), or the 2023 sample letter.
const FLAGGED_LETTER: LetterToSeed = LetterToSeed {
    in_corpus: KnownLetter {
        file_name: "001_fc1cf5578757d7f8.txt",
        reference: "01.FOI.24.035896",
        words: "risk of identification of persons involved",
    },
    in_samples: KnownLetter {
        file_name: "fernshire-2023-vetting-and-suspensions.txt",
        reference: "FC/FOI/23/0501",
        words: "rank and station of so few officers",
    },
};
const NOTE: &str = "Names officers: withheld as third-party personal data";

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
    let seeded = seed_with(&profile, &FLAGGED_LETTER, &[])?;
    let (n_documents, letter, letter_id) = (seeded.n_documents, seeded.letter, seeded.letter_id);
    let exports = profile.subfolder("exports")?;
    profile.set_env("DISCLOSURE_EXPORT_DIR", exports.clone());

    with_window(&programs, &profile, |client| async move {
        wait_for_rows(&client, n_documents, "the library must list every seeded letter").await?;
        open_letter(&client, letter_id, letter.words).await?;

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
        // The flag is marked where it is in the letter, titled with its provisions and note.
        let mark = "[data-testid=reader-text] [data-testid=flag-mark]";
        let marked = wait_for_text(&client, mark, |text| !text.trim().is_empty() && letter.words.contains(text.trim()))
            .await
            .context("the saved flag must be marked over its words in the reader's text")?;
        let title = client.find(Locator::Css(mark)).await?.attr("title").await?.unwrap_or_default();
        ensure!(
            title.contains("40(2)") && title.contains(NOTE),
            "the mark over {marked:?} must give the flag's provision and note as its title; it was {title:?}"
        );
        save_screenshot(&client, "flag-mark").await?;
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
