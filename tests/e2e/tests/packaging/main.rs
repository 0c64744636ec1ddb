//! Tests of what ships: the installer workflow for every platform, the UI bundle's independence
//! from the network, and the Linux `.deb` installed into a scratch root and started for real.

#[path = "../window/harness.rs"]
#[allow(dead_code)]
mod harness;

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{ensure, Context, Result};
use harness::{wait_for_count, with_window, workspace_root, Profile, Programs};

fn read(relative: &str) -> String {
    std::fs::read_to_string(workspace_root().join(relative))
        .unwrap_or_else(|error| panic!("reading {relative}: {error}"))
}

#[test]
fn the_release_workflow_builds_every_platform() {
    let workflow: serde_yaml_ng::Value = serde_yaml_ng::from_str(&read(".github/workflows/release.yml"))
        .expect("the release workflow must be valid YAML, or GitHub rejects it");
    let job = &workflow["jobs"]["installers"];
    let matrix = job["strategy"]["matrix"]["include"].as_sequence().expect("a matrix of platforms");
    let bundles_for = |target: &str| {
        matrix
            .iter()
            .find(|entry| entry["target"].as_str() == Some(target))
            .and_then(|entry| entry["bundles"].as_str())
            .unwrap_or_default()
            .to_string()
    };
    assert!(bundles_for("x86_64-pc-windows-msvc").contains("nsis"), "Windows users get an NSIS installer");
    assert!(bundles_for("aarch64-apple-darwin").contains("dmg"), "Apple silicon Macs get a .dmg");
    assert!(bundles_for("x86_64-apple-darwin").contains("dmg"), "Intel Macs get a .dmg");
    let linux = bundles_for("x86_64-unknown-linux-gnu");
    for bundle in ["deb", "rpm", "appimage"] {
        assert!(linux.contains(bundle), "Linux users get a {bundle} (AppImage is built there, not offline here)");
    }
    let steps = serde_yaml_ng::to_string(&job["steps"]).expect("steps serialise");
    for needed in ["tauri-apps/tauri-action", "swatinem/rust-cache", "cache: npm", "actions/upload-artifact", "npm ci"]
    {
        assert!(steps.contains(needed), "the workflow must use {needed}: builds are cached, pinned and kept");
    }
    assert!(steps.contains("binaries/disclosure"), "the CLI ships inside every installer");
    assert!(steps.contains("disclosure-cli-"), "the CLI ships as a plain archive too");
    assert!(workflow["on"]["push"]["tags"].as_sequence().is_some(), "a version tag makes a release");

    let config: serde_json::Value = serde_json::from_str(&read("tauri.conf.json")).expect("config is JSON");
    assert_eq!(
        config["bundle"]["windows"]["webviewInstallMode"]["type"], "offlineInstaller",
        "reviewers install offline: WebView2 must ship inside the Windows installer"
    );
    assert!(read("README.md").contains("./desk package"), "the README names the command that builds the installers");
}

#[test]
fn the_ui_bundle_reaches_no_remote_url() {
    let dist = workspace_root().join("ui/dist");
    if !dist.is_dir() {
        eprintln!("skipping: the UI is not built at {} (npm --prefix ui run build)", dist.display());
        return;
    }
    // XML namespace names look like URLs but are never fetched, and Svelte's error messages name
    // the page that explains them; the Content-Security-Policy would refuse any of them anyway.
    let namespaces = ["http://www.w3.org/", "https://www.w3.org/", "https://svelte.dev/e/"];
    let mut remote = Vec::new();
    for path in files_below(&dist) {
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        for (index, _) in text.match_indices("://") {
            let start = text[..index].rfind(|c: char| !c.is_ascii_alphanumeric()).map_or(0, |at| at + 1);
            let end = text[index..].find(['"', '\'', ')', ' ', '`']).map_or(text.len(), |at| index + at);
            let url = &text[start..end];
            let is_web = url.starts_with("http://") || url.starts_with("https://");
            if is_web && !namespaces.iter().any(|namespace| url.starts_with(namespace)) {
                remote.push(format!("{}: {url}", path.display()));
            }
        }
    }
    assert!(remote.is_empty(), "the app makes no network request, so the UI may name no remote URL: {remote:#?}");
}

fn files_below(folder: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut pending = vec![folder.to_path_buf()];
    while let Some(current) = pending.pop() {
        for entry in std::fs::read_dir(&current).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path)
            } else {
                files.push(path)
            }
        }
    }
    files
}

/// The `.deb` named by `DISCLOSURE_DEB` (the test run bundles one from its debug build), else
/// one built by `./desk package`, if any.
fn built_deb() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("DISCLOSURE_DEB").filter(|path| !path.is_empty()) {
        return Some(PathBuf::from(path));
    }
    ["release", "debug"].iter().find_map(|profile| {
        files_below(&harness::target_dir().join(profile).join("bundle/deb"))
            .into_iter()
            .find(|path| path.extension().is_some_and(|extension| extension == "deb"))
    })
}

#[tokio::test]
async fn the_installed_deb_starts_on_the_library() -> Result<()> {
    let required = std::env::var("DISCLOSURE_PACKAGES_REQUIRED").is_ok_and(|value| value == "1");
    let Some(deb) = built_deb() else {
        ensure!(!required, "no .deb was built: run ./desk package first");
        eprintln!("skipping: no .deb built (./desk package builds one)");
        return Ok(());
    };
    let Some(programs) = Programs::find_or_skip()? else { return Ok(()) };
    let root = tempfile::tempdir().context("scratch root")?;
    let status = Command::new("dpkg").arg("-x").arg(&deb).arg(root.path()).status().context("running dpkg -x")?;
    ensure!(status.success(), "dpkg -x must unpack {}", deb.display());

    let installed_app = root.path().join("usr/bin/disclosure-desk");
    let installed_cli = root.path().join("usr/bin/disclosure");
    ensure!(installed_app.is_file(), "the package installs the app on the PATH");
    ensure!(installed_cli.is_file(), "the package installs the `disclosure` CLI on the PATH");
    let desktop_entries = files_below(&root.path().join("usr/share/applications"));
    ensure!(
        desktop_entries.iter().any(|entry| entry.extension().is_some_and(|extension| extension == "desktop")),
        "the package installs a desktop entry so the app appears in the menu"
    );
    ensure!(
        files_below(&root.path().join("usr/share/icons"))
            .iter()
            .any(|icon| icon.extension().is_some_and(|e| e == "png")),
        "the package installs the app's icons"
    );

    let profile = Profile::new()?;
    let samples = Command::new(&installed_cli).arg("--db").arg(profile.database()).arg("samples").status()?;
    ensure!(samples.success(), "the installed CLI opens a library and imports the samples");

    let _one_at_a_time = harness_lock().lock().await;
    let programs = programs.with_app(installed_app.canonicalize()?);
    with_window(&programs, &profile, |client| async move {
        // The installed app, with its UI inside, shows the library it was given.
        wait_for_count(&client, "[data-testid=library-row]", 4).await?;
        harness::save_screenshot(&client, "installed-deb-library").await?;
        Ok(())
    })
    .await
}

fn harness_lock() -> &'static tokio::sync::Mutex<()> {
    static LOCK: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());
    &LOCK
}
