//! Starting the real app under tauri-driver and talking to its window: finding the programs,
//! one isolated profile per session, polling waits and screenshots. It knows no view of the app.

use std::future::Future;
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context, Result};
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use tempfile::TempDir;

/// The native WebDriver that tauri-driver fronts on Linux, from the `webkit2gtk-driver` package.
const WEBKIT_WEBDRIVER: &str = "/usr/bin/WebKitWebDriver";
/// Long enough for a debug build of the app to start on a busy two-core machine.
const DRIVER_START_TIMEOUT: Duration = Duration::from_secs(30);
/// Every wait for the window to reach a state; generous, since polling returns as soon as it holds.
const WAIT_TIMEOUT: Duration = Duration::from_secs(20);
const POLL_INTERVAL: Duration = Duration::from_millis(100);

/// The workspace root, where the app binary and the artefacts folder live.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Where cargo puts builds: `CARGO_TARGET_DIR`, or `target` in the workspace.
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| workspace_root().join("target"))
}

/// The programs an end-to-end run needs.
#[derive(Debug)]
pub struct Programs {
    app: PathBuf,
    tauri_driver: PathBuf,
}

impl Programs {
    /// Finds everything, or says what is missing. Missing pieces fail the test in CI (or with
    /// `DISCLOSURE_E2E_REQUIRED=1`) and skip it elsewhere, so `cargo test` works on any laptop.
    pub fn find_or_skip() -> Result<Option<Programs>> {
        let app = std::env::var_os("DISCLOSURE_DESK_BIN")
            .map(PathBuf::from)
            .unwrap_or_else(|| target_dir().join("debug/disclosure-desk"));
        if cfg!(target_os = "macos") {
            // WebKit on macOS offers no WebDriver for an app's webview: nothing here can drive it.
            eprintln!("skipping end-to-end test: there is no WebDriver for the webview on macOS");
            return Ok(None);
        }
        let tauri_driver = find_tauri_driver();
        let mut missing = Vec::new();
        if !app.is_file() {
            missing.push(format!("the app binary {} (cargo build -p disclosure-desk)", app.display()));
        }
        if tauri_driver.is_none() {
            missing.push("tauri-driver (cargo install tauri-driver --locked)".to_string());
        }
        if !Path::new(WEBKIT_WEBDRIVER).is_file() {
            missing.push(format!("{WEBKIT_WEBDRIVER} (the webkit2gtk-driver package)"));
        }
        if std::env::var_os("DISPLAY").is_none_or(|display| display.is_empty()) {
            missing.push("a display: DISPLAY is not set (run under xvfb-run -a)".to_string());
        }
        if let (Some(tauri_driver), true) = (tauri_driver, missing.is_empty()) {
            let app = app.canonicalize().with_context(|| format!("resolving {}", app.display()))?;
            return Ok(Some(Programs { app, tauri_driver }));
        }
        let what = missing.join("; ");
        if std::env::var_os("CI").is_some() || std::env::var("DISCLOSURE_E2E_REQUIRED").is_ok_and(|value| value == "1")
        {
            bail!(
                "the end-to-end test is required here (CI or DISCLOSURE_E2E_REQUIRED=1) but cannot run: missing {what}"
            );
        }
        eprintln!("skipping end-to-end test: missing {what}");
        Ok(None)
    }
}

impl Programs {
    /// The same driver with another app binary, e.g. one installed from a package.
    #[allow(dead_code, reason = "used by the packaging tests, which share this harness")]
    pub fn with_app(self, app: PathBuf) -> Programs {
        Programs { app, ..self }
    }
}

fn find_tauri_driver() -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")));
    std::env::split_paths(&path)
        .chain(cargo_home.map(|home| home.join("bin")))
        .map(|folder| folder.join("tauri-driver"))
        .find(|candidate| candidate.is_file())
}

/// A running tauri-driver, stopped with SIGTERM on drop. Never SIGKILL: only a tauri-driver
/// allowed to shut down in order stops WebKitWebDriver (and through it the app); a killed one
/// leaves WebKitWebDriver holding its port and the next run hangs.
#[derive(Debug)]
struct TauriDriver {
    child: Child,
}

impl Drop for TauriDriver {
    fn drop(&mut self) {
        let pid = self.child.id().to_string();
        if !Command::new("kill").args(["-TERM", &pid]).status().is_ok_and(|status| status.success()) {
            eprintln!("could not send SIGTERM to tauri-driver (pid {pid})");
            return;
        }
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(POLL_INTERVAL);
        }
        eprintln!("tauri-driver (pid {pid}) still running 10 s after SIGTERM");
    }
}

/// A temporary folder holding the app's library, the files a test imports, the driver's log and
/// the home folders WebKit keeps its profile in, so runs never share state.
#[derive(Debug)]
pub struct Profile {
    folder: TempDir,
    /// Extra environment variables for the app, such as `DISCLOSURE_EXPORT_DIR`.
    env: Vec<(String, PathBuf)>,
}

impl Profile {
    /// A new profile; its library file does not exist until someone opens it.
    pub fn new() -> Result<Profile> {
        let folder = tempfile::Builder::new().prefix("disclosure-e2e-").tempdir().context("creating a profile")?;
        Ok(Profile { folder, env: Vec::new() })
    }

    /// Sets an environment variable for the app (through tauri-driver, which passes it on).
    pub fn set_env(&mut self, name: &str, value: PathBuf) {
        self.env.push((name.to_string(), value));
    }

    /// A folder inside the profile, created if need be (e.g. where exports are written).
    pub fn subfolder(&self, name: &str) -> Result<PathBuf> {
        let path = self.folder.path().join(name);
        std::fs::create_dir_all(&path).with_context(|| format!("creating {}", path.display()))?;
        Ok(path)
    }

    /// The library database the app opens.
    pub fn database(&self) -> PathBuf {
        self.folder.path().join("library.sqlite3")
    }

    /// Writes a file for the test to import, returning its path.
    pub fn write_file(&self, name: &str, contents: &str) -> Result<PathBuf> {
        let path = self.folder.path().join(name);
        std::fs::write(&path, contents).with_context(|| format!("writing {}", path.display()))?;
        Ok(path)
    }

    fn driver_log(&self) -> PathBuf {
        self.folder.path().join("tauri-driver.log")
    }
}

/// Starts the app on `profile`, hands its window to `drive`, then closes the session. When
/// anything fails, tauri-driver's log (which carries the app's own output) is attached.
pub async fn with_window<F, Fut>(programs: &Programs, profile: &Profile, drive: F) -> Result<()>
where
    F: FnOnce(Client) -> Fut,
    Fut: Future<Output = Result<()>>,
{
    let outcome = async {
        let (port, native_port) = two_free_ports()?;
        let log = std::fs::File::create(profile.driver_log()).context("creating the tauri-driver log")?;
        let home = profile.folder.path();
        let child = Command::new(&programs.tauri_driver)
            .args(["--port", &port.to_string(), "--native-port", &native_port.to_string()])
            .args(["--native-driver", WEBKIT_WEBDRIVER])
            .env("DISCLOSURE_DB", profile.database())
            // WebKit keeps storage and caches under these; a shared profile leaks state between runs.
            .env("HOME", home)
            .env("XDG_DATA_HOME", home.join("data"))
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("XDG_CACHE_HOME", home.join("cache"))
            .envs(profile.env.iter().map(|(name, value)| (name, value)))
            .stdin(Stdio::null())
            .stdout(log.try_clone().context("sharing the tauri-driver log")?)
            .stderr(log)
            .spawn()
            .with_context(|| format!("starting {}", programs.tauri_driver.display()))?;
        let mut driver = TauriDriver { child };
        wait_for_port(&mut driver, port)?;
        // tauri-driver listens before WebKitWebDriver does; a session asked for in between is
        // refused ("connection refused" from the native driver), so wait for both.
        wait_for_port(&mut driver, native_port)?;

        let mut capabilities = serde_json::Map::new();
        capabilities.insert("browserName".into(), "wry".into());
        capabilities.insert("tauri:options".into(), serde_json::json!({ "application": programs.app }));
        let client = ClientBuilder::new(HttpConnector::new())
            .capabilities(capabilities)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .context("opening a WebDriver session on the app")?;
        let driven = drive(client.clone()).await;
        let closed = client.close().await.context("closing the WebDriver session");
        drop(driver);
        driven.and(closed)
    }
    .await;
    outcome.with_context(|| {
        let log = std::fs::read_to_string(profile.driver_log()).unwrap_or_default();
        format!("tauri-driver log:\n{}", if log.trim().is_empty() { "(empty)" } else { &log })
    })
}

/// Two distinct free ports, found by letting the system choose and releasing them just before use.
fn two_free_ports() -> Result<(u16, u16)> {
    let first = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).context("finding a free port")?;
    let second = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).context("finding a second free port")?;
    Ok((first.local_addr()?.port(), second.local_addr()?.port()))
}

fn wait_for_port(driver: &mut TauriDriver, port: u16) -> Result<()> {
    let address = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    let deadline = Instant::now() + DRIVER_START_TIMEOUT;
    while TcpStream::connect_timeout(&address, Duration::from_millis(200)).is_err() {
        if let Some(status) = driver.child.try_wait().context("checking on tauri-driver")? {
            bail!("tauri-driver exited before port {port} was listening: {status}");
        }
        if Instant::now() > deadline {
            bail!("nothing listened on port {port} within {DRIVER_START_TIMEOUT:?} of starting tauri-driver");
        }
        std::thread::sleep(POLL_INTERVAL);
    }
    Ok(())
}

/// Polls `probe` until it returns `Some`, or fails after [`WAIT_TIMEOUT`] naming what was
/// awaited and the last error seen (errors are retried: the element may not exist yet).
async fn eventually<T, F, Fut>(what: &str, mut probe: F) -> Result<T>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<Option<T>>>,
{
    let deadline = Instant::now() + WAIT_TIMEOUT;
    let mut last_error = None;
    loop {
        match probe().await {
            Ok(Some(value)) => return Ok(value),
            Ok(None) => {}
            Err(error) => last_error = Some(error),
        }
        if Instant::now() > deadline {
            let last = last_error.map(|error| format!(" (last error: {error:#})")).unwrap_or_default();
            bail!("timed out after {WAIT_TIMEOUT:?} waiting for {what}{last}");
        }
        tokio::time::sleep(POLL_INTERVAL).await;
    }
}

/// How many elements match `css` right now.
pub async fn count(client: &Client, css: &str) -> Result<usize> {
    Ok(client.find_all(Locator::Css(css)).await.with_context(|| format!("finding {css}"))?.len())
}

/// Waits until exactly `expected` elements match `css`.
pub async fn wait_for_count(client: &Client, css: &str, expected: usize) -> Result<()> {
    eventually(&format!("{expected} × {css}"), || async { Ok((count(client, css).await? == expected).then_some(())) })
        .await
}

/// Waits until the element matching `css` shows text for which `accept` holds; returns that text.
pub async fn wait_for_text(client: &Client, css: &str, accept: impl Fn(&str) -> bool) -> Result<String> {
    eventually(&format!("the expected text in {css}"), || async {
        let text = client.find(Locator::Css(css)).await?.text().await?;
        Ok(accept(&text).then_some(text))
    })
    .await
}

/// Waits until WebKit has painted the current DOM. Under Xvfb a screenshot taken right after an
/// update still shows the previous frame (seen: an empty table whose rows were already in the
/// DOM); two animation frames guarantee a full paint in between.
async fn wait_for_paint(client: &Client) -> Result<()> {
    let script =
        "const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(done));";
    client.execute_async(script, vec![]).await.context("waiting for the window to paint")?;
    Ok(())
}

/// Clicks the element matching `css` once it is painted. Errors are shown in full: WebKitWebDriver
/// often sends an empty message, and only the error kind tells what went wrong.
pub async fn click(client: &Client, css: &str) -> Result<()> {
    wait_for_paint(client).await?;
    let element = client.find(Locator::Css(css)).await.map_err(|error| anyhow!("finding {css}: {error:?}"))?;
    element.click().await.map_err(|error| anyhow!("clicking {css}: {error:?}"))
}

/// Saves a PNG of the window under `tests/artifacts/`, which CI keeps.
pub async fn save_screenshot(client: &Client, name: &str) -> Result<()> {
    wait_for_paint(client).await?;
    let folder = workspace_root().join("tests/artifacts");
    std::fs::create_dir_all(&folder).with_context(|| format!("creating {}", folder.display()))?;
    let png = client.screenshot().await.context("taking a screenshot")?;
    let path = folder.join(format!("{name}.png"));
    std::fs::write(&path, png).with_context(|| format!("writing {}", path.display()))
}
