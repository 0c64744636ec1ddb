//! Keeps the webview on the app's own pages: any navigation elsewhere (a link in a document, a
//! redirect, an injected `location = …`) is refused.

use tauri::plugin::TauriPlugin;
use tauri::{Runtime, Url};

/// True for the origins the bundled UI is served from on each platform.
fn is_app_page(url: &Url) -> bool {
    match url.scheme() {
        "tauri" => url.host_str() == Some("localhost"),
        "http" | "https" => url.host_str() == Some("tauri.localhost"),
        "about" => url.as_str() == "about:blank",
        _ => false,
    }
}

/// A plugin whose only job is the navigation guard.
pub fn only_app_pages<R: Runtime>() -> TauriPlugin<R> {
    tauri::plugin::Builder::new("navigation-guard").on_navigation(|_webview, url| is_app_page(url)).build()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remote_pages_are_refused() {
        let remote = Url::parse("https://example.org/").expect("valid url");
        assert!(!is_app_page(&remote), "a document link must never take over the window");
        let app = Url::parse("tauri://localhost/index.html").expect("valid url");
        assert!(is_app_page(&app), "the app's own pages must load");
    }
}
