//! End to end: from the sample library to the threads list, into the vetting thread with its years
//! and trends, then two years side by side, where the changed figure is called out with its delta
//! and the change-navigation key moves from change to change.

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
    disclosure_ingest::threading::rebuild_threads(&mut store).context("building the threads")?;
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
            count(&client, "[data-testid=trend] svg polyline").await? == 1,
            "the trend must be drawn as a line over the four years"
        );
        ensure!(
            count(&client, "[data-testid=trend-value]").await? == N_SAMPLES,
            "every year's value must be listed beside the chart"
        );
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
