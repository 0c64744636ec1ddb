//! End-to-end tests of the real Disclosure Desk window, driven through WebDriver under a display
//! (Xvfb in CI): the library lists, filters and opens letters; hostile markup stays text; an empty
//! library offers the samples. The database is seeded directly; the UI is only ever clicked.

mod annotations;
mod harness;
mod register;
mod scale;
mod threads;

use std::path::PathBuf;

use anyhow::{ensure, Context, Result};
use disclosure_ingest::{import_paths, import_samples, FileOutcome, FileStatus};
use disclosure_store::Store;
use fantoccini::key::Key;
use fantoccini::{Client, Locator};

use harness::{click, count, save_screenshot, wait_for_count, wait_for_text, with_window, Profile, Programs};

const ROW: &str = "[data-testid=library-row]";
const READER_TEXT: &str = "[data-testid=reader-text]";
const ERROR_BANNER: &str = "[data-testid=error-banner]";

/// Two app windows on one display fight over focus; the tests take turns.
static ONE_WINDOW_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// A letter a test opens, its reference, and words the reader must show from its body.
#[derive(Debug)]
struct KnownLetter {
    file_name: &'static str,
    reference: &'static str,
    words: &'static str,
}

/// The letter a test works on: one of the shared corpus when the checkout has it beside it, else
/// one of the sample library (a clean clone).
#[derive(Debug)]
struct LetterToSeed {
    in_corpus: KnownLetter,
    in_samples: KnownLetter,
}

/// The library test's letter: the first seed of the shared corpus, an MPS answer about family
/// liaison officers, or the first sample letter.
const LIBRARY_LETTER: LetterToSeed = LetterToSeed {
    in_corpus: KnownLetter {
        file_name: "000_6d1d318d6882137a.txt",
        reference: "01.FOI.23.034158",
        words: "377 Family Liaison Officers (FLOs) deployed in the MPS.",
    },
    in_samples: KnownLetter {
        file_name: "fernshire-2021-vetting-and-suspensions.txt",
        reference: "FC/FOI/21/0412",
        words: "In 2020, 12 officers had their vetting clearance withdrawn.",
    },
};

const HOSTILE_TEXT: &str = "Freedom of information request reference no: HOSTILE/FOI/2024/0001\n\
Dear Requester,\n\
<script>alert(1)</script>\n\
<img src=x onerror=\"document.title='pwned'\">\n\
Markup inside a letter is part of its text and must be shown, never run.\n";
const HOSTILE_HTML: &str = "<!doctype html><html><head><title>Hostile page</title>\
<script>document.title = 'pwned-by-html-head';</script></head><body>\
<p>This paragraph of the hostile page must be visible in the reader.</p>\
<script>document.title = 'pwned-by-html-body';</script></body></html>";

/// A library seeded for one test, and what each file became.
#[derive(Debug)]
struct SeededLibrary {
    n_documents: usize,
    letter: &'static KnownLetter,
    letter_id: i64,
    outcomes: Vec<FileOutcome>,
}

impl SeededLibrary {
    /// The id the library gave the file named `file_name`.
    fn id_of(&self, file_name: &str) -> Result<i64> {
        imported_id(&self.outcomes, file_name)
    }
}

fn imported_id(outcomes: &[FileOutcome], file_name: &str) -> Result<i64> {
    outcomes
        .iter()
        .find(|outcome| outcome.path.ends_with(file_name))
        .and_then(|outcome| outcome.id)
        .with_context(|| format!("{file_name} was not among the imported files"))
}

/// Seeds the library with every seed of the shared corpus when it holds `letter`'s corpus file,
/// else with the sample library, then with `extra_files`; every file must import as new.
fn seed_with(profile: &Profile, letter: &'static LetterToSeed, extra_files: &[PathBuf]) -> Result<SeededLibrary> {
    let mut store = Store::open(&profile.database()).context("creating the test library")?;
    let corpus = harness::workspace_root().join("../shared/corpus/seeds");
    let (letter, mut outcomes) = if corpus.join(letter.in_corpus.file_name).is_file() {
        let mut seeds: Vec<PathBuf> = std::fs::read_dir(&corpus)
            .with_context(|| format!("listing {}", corpus.display()))?
            .map(|entry| entry.map(|entry| entry.path()))
            .collect::<std::io::Result<_>>()?;
        seeds.retain(|path| path.extension().is_some_and(|extension| extension == "txt"));
        (&letter.in_corpus, import_paths(&mut store, &seeds, &mut |_| {}).files)
    } else {
        (&letter.in_samples, import_samples(&mut store, &mut |_| {}).files)
    };
    outcomes.extend(import_paths(&mut store, extra_files, &mut |_| {}).files);
    let failed: Vec<_> = outcomes.iter().filter(|outcome| outcome.status != FileStatus::Imported).collect();
    ensure!(failed.is_empty(), "every seeded file must import as a new document: {failed:?}");
    let letter_id = imported_id(&outcomes, letter.file_name)?;
    Ok(SeededLibrary { n_documents: outcomes.len(), letter, letter_id, outcomes })
}

/// The library test's letters: its known letter beside a text and an HTML letter full of markup.
fn seed_library(profile: &Profile) -> Result<SeededLibrary> {
    let hostile_files = [
        profile.write_file("hostile-markup.txt", HOSTILE_TEXT)?,
        profile.write_file("hostile-page.html", HOSTILE_HTML)?,
    ];
    seed_with(profile, &LIBRARY_LETTER, &hostile_files)
}

fn row_of(id: i64) -> String {
    format!("{ROW}[data-document-id=\"{id}\"]")
}

/// Elements that letter text must never turn into, in either reader mode.
const LIVE_MARKUP: &str =
    "[data-testid=reader-text] :is(script, img), [data-testid=reader-structure] :is(script, img), img[onerror]";

async fn count_live_markup(client: &Client) -> Result<serde_json::Value> {
    let script = format!("return document.querySelectorAll('{LIVE_MARKUP}').length");
    client.execute(&script, vec![]).await.context("counting elements made from letter text")
}

/// Opens the document from the library in the reader, which starts in the structure view.
async fn open_reader(client: &Client, id: i64) -> Result<()> {
    // The cell, not the row: WebKitWebDriver calls a <tr> "not interactable" though it is on screen.
    click(client, &format!("{} td.title", row_of(id))).await?;
    wait_for_count(client, "[data-testid=reader-title]", 1).await.context("the reader must open")
}

/// Switches the reader to the original text and returns it once `shown` accepts it.
async fn show_original_text(client: &Client, shown: impl Fn(&str) -> bool) -> Result<String> {
    click(client, "[data-testid=reader-mode-original]").await?;
    wait_for_text(client, READER_TEXT, shown).await
}

/// Opens the document from the library, checks the structure view made no elements from its
/// text, switches to the original text and returns it once it is on screen.
async fn open_from_library(client: &Client, id: i64) -> Result<String> {
    open_reader(client, id).await?;
    let n_live = count_live_markup(client).await?;
    ensure!(n_live == 0, "the structure view must never make elements from letter text; found {n_live}");
    show_original_text(client, |text| !text.trim().is_empty()).await
}

/// Opens the letter from the library in the original text and waits for `words` to show.
async fn open_letter(client: &Client, id: i64, words: &str) -> Result<()> {
    open_reader(client, id).await?;
    show_original_text(client, |text| text.contains(words))
        .await
        .with_context(|| format!("the original text must show {words:?}"))?;
    Ok(())
}

/// Selects `words` in the reader's original text as a reviewer's drag would: a DOM range over
/// the text nodes holding them, then the events a drag's end fires (the reader reads the
/// selection on `selectionchange`).
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
        // An end that falls on a run's boundary belongs to the run before it, not the next one.
        const place = (offset, isEnd) => {
            for (let index = nodes.length - 1; index >= 0; index--) {
                const [node, start] = nodes[index];
                if (isEnd ? start < offset : start <= offset) return [node, offset - start];
            }
            return null;
        };
        const [startNode, startOffset] = place(at, false);
        const [endNode, endOffset] = place(at + words.length, true);
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
        "the words must be selectable in the reader's original text; the script said {selected}"
    );
    Ok(())
}

async fn back_to_library(client: &Client, n_documents: usize) -> Result<()> {
    click(client, "[data-testid=back-to-library]").await?;
    wait_for_rows(client, n_documents, "the library must come back with every row").await
}

/// Waits for the library to list `n_documents`; if it does not, the app's own error (such as a
/// library it refuses to open) is the more useful report.
async fn wait_for_rows(client: &Client, n_documents: usize, why: &str) -> Result<()> {
    if let Err(error) = wait_for_count(client, ROW, n_documents).await {
        no_error_banner(client).await?;
        return Err(error.context(why.to_string()));
    }
    Ok(())
}

async fn no_error_banner(client: &Client) -> Result<()> {
    if count(client, ERROR_BANNER).await? > 0 {
        let message = client.find(Locator::Css(ERROR_BANNER)).await?.text().await?;
        anyhow::bail!("the app reported an error: {message}");
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn library_lists_opens_and_renders_text() -> Result<()> {
    let Some(programs) = Programs::find_or_skip()? else { return Ok(()) };
    let _turn = ONE_WINDOW_AT_A_TIME.lock().await;
    let profile = Profile::new()?;
    let seeded = seed_library(&profile)?;

    with_window(&programs, &profile, |client| async move {
        wait_for_rows(&client, seeded.n_documents, "the library must list one row per document").await?;
        save_screenshot(&client, "library").await?;

        let filter = client.find(Locator::Css("[data-testid=library-filter]")).await.context("finding the filter")?;
        filter.send_keys(seeded.letter.reference).await.context("typing in the filter")?;
        wait_for_rows(&client, 1, "the filter must narrow the library to the one letter with that reference").await?;
        ensure!(
            count(&client, &row_of(seeded.letter_id)).await? == 1,
            "the row left by the filter must be the letter whose reference was typed"
        );
        filter.send_keys(&Key::Escape.to_string()).await.context("pressing Escape in the filter")?;
        wait_for_rows(&client, seeded.n_documents, "Escape in the filter must clear it and show every row again")
            .await?;

        let letter_text = open_from_library(&client, seeded.letter_id).await?;
        ensure!(
            letter_text.contains(seeded.letter.words),
            "the reader must show the letter's own words ({:?}); it showed:\n{letter_text}",
            seeded.letter.words
        );
        let title = client.find(Locator::Css("[data-testid=reader-title]")).await?.text().await?;
        ensure!(!title.trim().is_empty(), "the reader must show the letter's title");
        save_screenshot(&client, "reader").await?;
        back_to_library(&client, seeded.n_documents).await?;

        let hostile_text = open_from_library(&client, seeded.id_of("hostile-markup.txt")?).await?;
        ensure!(
            hostile_text.contains("<script>alert(1)</script>") && hostile_text.contains("<img src=x onerror="),
            "markup inside a text letter must be shown as the characters it is; the reader showed:\n{hostile_text}"
        );
        let n_live = count_live_markup(&client).await?;
        ensure!(n_live == 0, "the original text must never make elements from letter text; found {n_live}");
        save_screenshot(&client, "reader-hostile").await?;
        back_to_library(&client, seeded.n_documents).await?;

        let hostile_html = open_from_library(&client, seeded.id_of("hostile-page.html")?).await?;
        ensure!(
            hostile_html.contains("This paragraph of the hostile page must be visible in the reader."),
            "the visible paragraph of an HTML letter must reach the reader; it showed:\n{hostile_html}"
        );
        ensure!(
            !hostile_html.contains("pwned") && !hostile_html.contains("document.title"),
            "an HTML letter's scripts are not part of its text; the reader showed:\n{hostile_html}"
        );
        let window_title = client.title().await.context("reading the page title")?;
        ensure!(
            !window_title.contains("pwned"),
            "no script from a letter may run; the page title became {window_title:?}"
        );
        no_error_banner(&client).await
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn empty_library_offers_the_samples() -> Result<()> {
    let Some(programs) = Programs::find_or_skip()? else { return Ok(()) };
    let _turn = ONE_WINDOW_AT_A_TIME.lock().await;
    let profile = Profile::new()?;
    // The sample library holds four Fernshire Constabulary letters.
    const N_SAMPLES: usize = 4;

    with_window(&programs, &profile, |client| async move {
        wait_for_count(&client, "[data-testid=open-samples]:enabled", 1)
            .await
            .context("an empty library must offer the sample library, ready to click")?;
        ensure!(count(&client, ROW).await? == 0, "a fresh library must list no documents");
        click(&client, "[data-testid=open-samples]").await?;
        wait_for_rows(&client, N_SAMPLES, "opening the samples must list the four sample letters").await?;
        let summary = wait_for_text(&client, "[data-testid=import-summary]", |text| text.contains("Imported")).await?;
        // WebKit joins the label and its number with or without a space depending on layout.
        let compact: String = summary.split_whitespace().collect();
        ensure!(
            compact.contains(&format!("Imported{N_SAMPLES}")) && compact.contains("Failed0"),
            "the import summary must report every sample imported and none failed; it said:\n{summary}"
        );
        save_screenshot(&client, "library-samples").await?;
        no_error_banner(&client).await
    })
    .await?;

    // A second start on the same library must neither re-import the samples nor offer them again.
    with_window(&programs, &profile, |client| async move {
        wait_for_rows(&client, N_SAMPLES, "reopening must list the same four letters, no duplicates").await?;
        ensure!(
            count(&client, "[data-testid=open-samples]").await? == 0,
            "a library with documents must not offer the samples"
        );
        no_error_banner(&client).await
    })
    .await?;

    let mut store = Store::open(&profile.database()).context("opening the library the app wrote")?;
    let again = import_samples(&mut store, &mut |_| {});
    ensure!(
        again.count(FileStatus::Duplicate) == N_SAMPLES,
        "the app must store the samples byte for byte, so importing them again adds nothing \
         (an app binary older than the sample texts also fails here: rebuild it): {again:?}"
    );
    Ok(())
}
