//! The app on a large library, measured rather than asserted: how long the window takes to show
//! the first letters of a library of 10,000 (`SCALE_LETTERS` to change), how long End takes to
//! reach the last one, how many rows the page holds, and the memory of the app and its web
//! process. Run by `./desk bench` against the release build; ignored in the test run, since
//! timings are for benchmarks, never for tests.

use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result};
use disclosure_core::samples::SAMPLE_LETTERS;
use disclosure_ingest::{import_paths, FileStatus};
use disclosure_store::Store;
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;

use crate::harness::{count, with_window, Profile, Programs};
use crate::{ONE_WINDOW_AT_A_TIME, ROW};

#[tokio::test]
#[ignore = "a measurement: ./desk bench runs it against the release build"]
async fn a_library_of_ten_thousand_letters() -> Result<()> {
    let Some(programs) = Programs::find_or_skip()? else { return Ok(()) };
    let n_letters: usize = std::env::var("SCALE_LETTERS").ok().and_then(|value| value.parse().ok()).unwrap_or(10_000);
    let profile = Profile::new()?;
    let letters = profile.subfolder("letters")?;
    for index in 0..n_letters {
        let sample = &SAMPLE_LETTERS[index % SAMPLE_LETTERS.len()];
        let text = format!("{}\nCopy {index} of the letter.\n", sample.text);
        std::fs::write(letters.join(format!("letter-{index:06}.txt")), text).context("writing a letter")?;
    }
    let mut store = Store::open(&profile.database())?;
    let report = import_paths(&mut store, &[letters], &mut |_| {});
    anyhow::ensure!(report.count(FileStatus::Imported) == n_letters, "every generated letter is imported");
    drop(store);

    let _one_at_a_time = ONE_WINDOW_AT_A_TIME.lock().await;
    let launched = Instant::now();
    with_window(&programs, &profile, |client| async move {
        let session = launched.elapsed();
        while count(&client, ROW).await? == 0 {
            anyhow::ensure!(launched.elapsed().as_secs() < 60, "no letter was shown within 60 s of launch");
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
        let first_rows = launched.elapsed();
        let drawn = count(&client, ROW).await?;
        let memory_kb = app_memory_kb();

        // A click would open the letter: focus the first row as the arrow keys would.
        client
            .execute("document.querySelector(arguments[0]).focus()", vec![ROW.into()])
            .await
            .context("focusing the first row")?;
        let end = KeyActions::new("keyboard".to_string())
            .then(KeyAction::Down { value: Key::End.into() })
            .then(KeyAction::Up { value: Key::End.into() });
        let pressed = Instant::now();
        client.perform_actions(end).await.context("pressing End")?;
        // Rows carry their place in the whole list (the header is row 1), drawn or not.
        let last_selected =
            format!("[data-testid=library-row][aria-selected=true][aria-rowindex=\"{}\"]", n_letters + 1);
        while count(&client, &last_selected).await? == 0 {
            anyhow::ensure!(pressed.elapsed().as_secs() < 30, "End did not select the last letter within 30 s");
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
        let to_end = pressed.elapsed();
        println!("app with {n_letters} letters:");
        println!("  window ready (WebDriver session)   {:6} ms", session.as_millis());
        println!("  first letters shown                {:6} ms after launch", first_rows.as_millis());
        println!("  rows in the page                   {drawn:6} of {n_letters}");
        println!("  End to the last letter             {:6} ms", to_end.as_millis());
        match memory_kb {
            Some((app, web)) => println!(
                "  memory (resident)                  {:6} MB app + {} MB web process = {} MB",
                app / 1024,
                web / 1024,
                (app + web) / 1024
            ),
            None => println!("  memory: the app's processes were not found under /proc"),
        }
        Ok(())
    })
    .await
}

/// Resident memory in kB of the app process and of the web processes it started, read from
/// `/proc` (Linux).
fn app_memory_kb() -> Option<(u64, u64)> {
    let processes: Vec<(u32, u32, String, u64)> = std::fs::read_dir("/proc")
        .ok()?
        .filter_map(Result::ok)
        .filter_map(|entry| entry.file_name().to_str()?.parse::<u32>().ok())
        .filter_map(|pid| {
            let status = std::fs::read_to_string(Path::new("/proc").join(pid.to_string()).join("status")).ok()?;
            let field = |name: &str| {
                status.lines().find_map(|line| line.strip_prefix(name).map(|rest| rest.trim().to_string()))
            };
            let parent = field("PPid:")?.parse().ok()?;
            let rss = field("VmRSS:").and_then(|value| value.trim_end_matches(" kB").trim().parse().ok()).unwrap_or(0);
            Some((pid, parent, field("Name:")?, rss))
        })
        .collect();
    let app = processes.iter().find(|(_, _, name, _)| name.starts_with("disclosure-desk"))?;
    let web: u64 = processes
        .iter()
        .filter(|(_, parent, name, _)| *parent == app.0 && name.starts_with("WebKit"))
        .map(|(_, _, _, rss)| rss)
        .sum();
    Some((app.3, web))
}
