//! End to end: from the sample library to the threads list, into the vetting thread with its years
//! and trends, then two years side by side, where the changed figure is called out with its delta
//! and the change-navigation key moves from change to change; and the queue of suggestions, where
//! `y` joins a question to its thread and `n` keeps one apart through a rebuild.

use anyhow::{ensure, Context, Result};
use disclosure_ingest::{import_samples, FileStatus};
use disclosure_store::Store;
use fantoccini::Locator;

use super::harness::{click, count, save_screenshot, wait_for_count, wait_for_text, with_window, Profile, Programs};
use super::{no_error_banner, wait_for_rows, ONE_WINDOW_AT_A_TIME};

/// The four Fernshire Constabulary letters, 2021 to 2024.
const N_SAMPLES: usize = 4;

/// Seeds the sample library and returns the id of the thread that follows the vetting question.
fn seed_samples(profile: &Profile) -> Result<i64> {
    let mut store = Store::open(&profile.database()).context("creating the test library")?;
    let imported = import_samples(&mut store, &mut |_| {});
    ensure!(imported.count(FileStatus::Imported) == N_SAMPLES, "the four sample letters must import: {imported:?}");
    // Built here only to learn the thread's id; the app takes the same build as it stands.
    disclosure_library::threading::rebuild_threads(&mut store).context("building the threads")?;
    let threads = store.list_threads(2).context("listing the threads")?;
    threads
        .iter()
        .find(|thread| thread.title.contains("vetting clearance withdrawn"))
        .map(|thread| thread.id)
        .with_context(|| {
            format!("the vetting question is asked in every sample letter and must make a thread: {threads:?}")
        })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn threads_lead_to_a_thread_and_a_side_by_side_comparison() -> Result<()> {
    let Some(programs) = Programs::find_or_skip()? else { return Ok(()) };
    let _turn = ONE_WINDOW_AT_A_TIME.lock().await;
    let profile = Profile::new()?;
    let thread_id = seed_samples(&profile)?;

    with_window(&programs, &profile, |client| async move {
        wait_for_rows(&client, N_SAMPLES, "the library must list the four sample letters").await?;
        click(&client, "[data-testid=nav-threads]").await?;
        let row = format!("[data-testid=thread-row][data-thread-id=\"{thread_id}\"]");
        wait_for_count(&client, &row, 1).await.context("the threads list must show the vetting thread")?;
        let listed = client.find(Locator::Css(&row)).await?.text().await?;
        ensure!(listed.contains("2021–2024"), "the thread's row must show the years it spans; it showed:\n{listed}");
        save_screenshot(&client, "threads").await?;

        click(&client, &row).await?;
        wait_for_count(&client, "[data-testid=thread-member]", N_SAMPLES)
            .await
            .context("the thread must list one row per year")?;
        let years = wait_for_text(&client, "[data-testid=thread-years]", |text| !text.is_empty()).await?;
        ensure!(years == "2021–2024", "the thread must span the four sample years; it said {years:?}");
        wait_for_count(&client, "[data-testid=trend]", 1)
            .await
            .context("the officers' count must be drawn as one trend")?;
        ensure!(
            count(&client, "[data-testid=trend-plot] polyline").await? == 1,
            "the trend must be drawn as a line over the four years"
        );
        ensure!(
            count(&client, "[data-testid=trend-value]").await? == N_SAMPLES,
            "every year's value must be listed beside the chart"
        );
        ensure!(
            count(&client, "[data-testid=trend-plot] [data-testid=x-axis] text").await? >= 2,
            "the trend must be drawn on an axis of years"
        );
        click(&client, "[data-testid=trend-enlarge]").await?;
        wait_for_count(&client, "[data-testid=trend-dialog][open]", 1)
            .await
            .context("a click shows the chart larger")?;
        save_screenshot(&client, "trend-large").await?;
        click(&client, "[data-testid=trend-dialog-close]").await?;
        wait_for_count(&client, "[data-testid=trend-dialog][open]", 0).await.context("the larger chart closes")?;
        save_screenshot(&client, "thread").await?;

        // The 2024 row is last; comparing it with the year before puts 2023 beside 2024.
        let compare_buttons = client.find_all(Locator::Css("[data-testid=compare-with-previous]")).await?;
        let last = compare_buttons.last().context("every year after the first can be compared with the one before")?;
        last.click().await.context("opening the comparison of 2023 and 2024")?;
        wait_for_count(&client, "[data-testid=compare-view]", 1).await.context("the comparison must open")?;
        let figure = wait_for_text(&client, "[data-testid=figure-change]", |text| !text.is_empty()).await?;
        ensure!(
            figure.contains("27 → 31, +4, +14.8 %"),
            "the changed count must be called out with its delta; the comparison showed {figure:?}"
        );
        let old_column = client.find(Locator::Css("[data-testid=compare-old]")).await?.text().await?;
        let new_column = client.find(Locator::Css("[data-testid=compare-new]")).await?.text().await?;
        ensure!(
            old_column.contains("27 officers") && new_column.contains("31 officers"),
            "the old answer must sit beside the new one; old: {old_column:?} new: {new_column:?}"
        );

        let columns = client.find(Locator::Css("[data-testid=compare-columns]")).await?;
        columns.send_keys("n").await.context("pressing n")?;
        wait_for_text(&client, "[data-testid=change-counter]", |text| text.starts_with("Change 1 of"))
            .await
            .context("n must move to the first change")?;
        columns.send_keys("n").await.context("pressing n again")?;
        let counter =
            wait_for_text(&client, "[data-testid=change-counter]", |text| text.starts_with("Change 2 of")).await?;
        ensure!(
            count(&client, "mark.current[data-change=\"1\"]").await? >= 1,
            "the second change must be outlined in the columns after n ({counter})"
        );
        save_screenshot(&client, "compare").await?;
        no_error_banner(&client).await
    })
    .await
}

/// Whether question `key` of letter `document_id` is still an open suggestion for `thread_id`.
fn is_open(store: &Store, thread_id: i64, document_id: i64, key: &str) -> Result<bool> {
    let open = disclosure_library::threading::open_suggestions(store).context("listing the open suggestions")?;
    Ok(open
        .iter()
        .any(|open| open.thread_id == thread_id && open.document_id == document_id && open.question_key == key))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_queue_joins_a_question_with_y_and_keeps_one_apart_with_n() -> Result<()> {
    let Some(programs) = Programs::find_or_skip()? else { return Ok(()) };
    let _turn = ONE_WINDOW_AT_A_TIME.lock().await;
    let profile = Profile::new()?;
    seed_samples(&profile)?;
    let queue = {
        let store = Store::open(&profile.database()).context("opening the test library")?;
        disclosure_library::threading::suggestion_queue(&store).context("reading the queue")?
    };
    ensure!(queue.len() >= 2, "the sample threads must leave at least two suggestions to settle: {queue:?}");
    let (joined, kept_apart) = (queue[0].clone(), queue[1].clone());
    let n_open = queue.len();
    let shown = joined.clone();

    with_window(&programs, &profile, |client| async move {
        let joined = shown;
        wait_for_rows(&client, N_SAMPLES, "the library must list the four sample letters").await?;
        click(&client, "[data-testid=nav-threads]").await?;
        click(&client, "[data-testid=open-queue]").await?;
        let counter = wait_for_text(&client, "[data-testid=queue-counter]", |text| text.starts_with("1 of")).await?;
        ensure!(counter == format!("1 of {n_open}"), "the queue must count every open suggestion: {counter}");
        let score = client.find(Locator::Css("[data-testid=queue-score]")).await?.text().await?;
        ensure!(
            score == format!("{}, {:.2}", disclosure_library::threading::likelihood(joined.score), joined.score),
            "the score must be shown in words and as a number: {score}"
        );
        let suggested = client.find(Locator::Css("[data-testid=queue-suggested]")).await?.text().await?;
        ensure!(
            suggested.contains(joined.suggested.text.as_deref().unwrap_or_default().trim()),
            "the likeliest suggestion's question must be shown first: {suggested}"
        );
        save_screenshot(&client, "queue").await?;

        let section = client.find(Locator::Css("[data-testid=suggestion-queue]")).await?;
        section.send_keys("y").await.context("pressing y")?;
        wait_for_text(&client, "[data-testid=queue-saved]", |text| text.contains("joined to"))
            .await
            .context("y must join the question and say it was saved")?;
        wait_for_text(&client, "[data-testid=queue-counter]", |text| text.starts_with("2 of"))
            .await
            .context("y must move on to the next suggestion")?;
        section.send_keys("n").await.context("pressing n")?;
        wait_for_text(&client, "[data-testid=queue-saved]", |text| text.contains("kept apart from"))
            .await
            .context("n must keep the question apart and say it was saved")?;

        save_screenshot(&client, "queue-settled").await?;
        click(&client, "[data-testid=queue-back]").await?;
        wait_for_count(&client, "[data-testid=threads-view]", 1).await.context("Back must return to the threads")?;
        no_error_banner(&client).await
    })
    .await?;

    let mut store = Store::open(&profile.database()).context("reopening the test library")?;
    disclosure_library::threading::rebuild_threads(&mut store).context("rebuilding the threads")?;
    let thread = store.get_thread(joined.thread_id).context("the joined thread must still be there")?;
    ensure!(
        thread.members.iter().any(|member| member.document_id == joined.suggested.document_id
            && member.question_key == joined.suggested.question_key
            && member.by_reviewer),
        "after y the question must be the reviewer's member of its thread: {thread:?}"
    );
    let apart = (kept_apart.thread_id, kept_apart.suggested.document_id, &kept_apart.suggested.question_key);
    ensure!(
        !is_open(&store, apart.0, apart.1, apart.2)?,
        "after n and a rebuild the question must not be suggested again"
    );
    let rebuilt = store.get_thread(apart.0).context("the thread a question was kept from is kept")?;
    ensure!(
        !rebuilt.members.iter().any(|member| member.document_id == apart.1 && &member.question_key == apart.2),
        "after n and a rebuild the question must stay out of the thread: {rebuilt:?}"
    );
    Ok(())
}
