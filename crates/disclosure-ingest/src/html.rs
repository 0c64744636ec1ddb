//! Saved web pages to text: the page's words in reading order, without scripts, styles or
//! navigation, and with tables kept as `cell | cell |` rows.
//!
//! The page is parsed by a real HTML parser (html5ever through `scraper`), never by patterns,
//! and walked without recursion, so a deeply nested page cannot overflow the stack.

use std::sync::LazyLock;

use encoding_rs::Encoding;
use scraper::{node::Node, Html};

/// Elements whose content is never part of the letter.
const DROPPED: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "svg", "iframe", "object", "canvas",
    "button", "select", "form", "head", "dialog",
];

/// Elements that start and end a line of text.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "caption",
    "hr",
    "address",
    "figure",
    "figcaption",
    "body",
];

static META_CHARSET: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
    regex::bytes::Regex::new(r#"(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_\-:.]+)"#).expect("valid charset pattern")
});

/// The encoding a page declares in a `<meta>` tag within its first kilobytes, if any.
pub fn declared_encoding(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let captures = META_CHARSET.captures(head)?;
    Encoding::for_label(captures.get(1)?.as_bytes())
}

/// Deeper than this, a page is not a letter: the HTML parser's work grows with the square of
/// the depth, so a small hostile page could stall an import for minutes.
pub const MAX_NESTING: usize = 2_000;

/// Elements that never hold children, or that the parser closes implicitly; counting them as
/// open would make ordinary pages look deep.
const NEVER_NESTED: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "p", "li",
    "td", "th", "tr", "option", "dt", "dd",
];

/// A quick upper estimate of how deeply elements nest, from the tags alone (no parsing).
pub fn nesting_depth(html: &str) -> usize {
    static TAG: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(r"<(/?)([A-Za-z][A-Za-z0-9-]{0,20})[^<>]*?(/?)>").expect("valid tag pattern")
    });
    let (mut depth, mut deepest) = (0usize, 0usize);
    for tag in TAG.captures_iter(html) {
        let name = tag[2].to_ascii_lowercase();
        if NEVER_NESTED.contains(&name.as_str()) || &tag[3] == "/" {
            continue;
        }
        if &tag[1] == "/" {
            depth = depth.saturating_sub(1);
        } else {
            depth += 1;
            deepest = deepest.max(depth);
        }
    }
    deepest
}

/// The readable text of an HTML page.
pub fn html_to_text(html: &str) -> String {
    let document = Html::parse_document(html);
    let mut out = String::with_capacity(html.len() / 2);
    let mut dropped_until: Option<ego_tree::NodeId> = None;
    let mut preformatted_depth = 0usize;
    for edge in document.tree.root().traverse() {
        match edge {
            ego_tree::iter::Edge::Open(node) => {
                if dropped_until.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Element(element) => {
                        let name = element.name();
                        if DROPPED.contains(&name) || element.attr("hidden").is_some() || is_navigation(element) {
                            dropped_until = Some(node.id());
                        } else if name == "br" {
                            out.push('\n');
                        } else if BLOCKS.contains(&name) || (name == "tr" && !out.ends_with('\n')) {
                            // Blocks are paragraphs (a blank line between them); rows are lines.
                            out.push('\n');
                        }
                        if name == "pre" {
                            preformatted_depth += 1;
                        }
                    }
                    Node::Text(text) if preformatted_depth > 0 => out.push_str(text),
                    Node::Text(text) => push_collapsed(&mut out, text),
                    _ => {}
                }
            }
            ego_tree::iter::Edge::Close(node) => {
                if dropped_until == Some(node.id()) {
                    dropped_until = None;
                    continue;
                }
                if dropped_until.is_some() {
                    continue;
                }
                if let Node::Element(element) = node.value() {
                    let name = element.name();
                    match name {
                        "td" | "th" => {
                            // Indentation inside a cell is not part of its text.
                            out.truncate(out.trim_end_matches(' ').len());
                            out.push_str(" | ");
                        }
                        "tr" => out.push('\n'),
                        "pre" => preformatted_depth = preformatted_depth.saturating_sub(1),
                        _ if BLOCKS.contains(&name) => out.push('\n'),
                        _ => {}
                    }
                }
            }
        }
    }
    tidy_lines(&out)
}

/// Site navigation marked up by role rather than by a `<nav>` element.
fn is_navigation(element: &scraper::node::Element) -> bool {
    matches!(element.attr("role"), Some("navigation" | "banner" | "contentinfo" | "search"))
        || element.attr("aria-hidden") == Some("true")
}

/// Appends text with runs of white space folded to one space, as a browser shows it.
fn push_collapsed(out: &mut String, text: &str) {
    let mut last_was_space = out.ends_with([' ', '\n']);
    for c in text.chars() {
        if c.is_whitespace() {
            if !last_was_space {
                out.push(' ');
                last_was_space = true;
            }
        } else {
            out.push(c);
            last_was_space = false;
        }
    }
}

/// Trims every line and keeps at most one blank line between paragraphs.
pub(crate) fn tidy_lines(text: &str) -> String {
    let mut tidy = String::with_capacity(text.len());
    let mut n_blank = 0;
    for line in text.lines() {
        let line = line.trim();
        let line = line.strip_suffix(" |").map(|row| format!("{row} |")).unwrap_or_else(|| line.to_string());
        if line.is_empty() {
            n_blank += 1;
            continue;
        }
        if !tidy.is_empty() {
            tidy.push_str(if n_blank > 0 { "\n\n" } else { "\n" });
        }
        n_blank = 0;
        tidy.push_str(&line);
    }
    if !tidy.is_empty() {
        tidy.push('\n');
    }
    tidy
}
