//! E-mails (`.eml`) to a document and its attachments. Many responses arrive by mail: the
//! message body is the covering letter, and the attached files are letters of their own.
//!
//! The text of an e-mail is a short header block (From, To, Subject, Date) followed by the
//! body: the plain-text part when there is one, otherwise the HTML part read by the HTML
//! reader. Attachments are handed back as bytes with a file name; deciding whether their format
//! is read, and storing them, belongs to the batch.

use mail_parser::{Address, MessageParser, MessagePart, MimeHeaders, PartType};

use crate::error::IngestError;
use crate::html::{html_to_text, nesting_depth, MAX_NESTING};

/// More attachments than this in one e-mail is not a disclosure; the rest are left out.
pub const MAX_ATTACHMENTS: usize = 200;

/// One e-mail, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email {
    /// The header block and the body, as the reader will see it.
    pub text: String,
    /// The attached files, in the order they appear.
    pub attachments: Vec<Attachment>,
}

/// One attached file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    /// Its file name (no folders), or one made up from its type when the mail gives none.
    pub name: String,
    /// Its content, decoded from the mail's transfer encoding.
    pub bytes: Vec<u8>,
}

/// Reads an e-mail's header block, body and attachments.
pub fn read_email(bytes: &[u8]) -> Result<Email, IngestError> {
    let message = MessageParser::default()
        .parse(bytes)
        .ok_or_else(|| IngestError::Email("it is not a MIME message".to_string()))?;
    let headers = header_block(&message);
    if headers.is_empty() {
        return Err(IngestError::Email("it has none of the headers From, To, Subject or Date".to_string()));
    }
    let mut body = body_text(&message, &message.text_body)?;
    if body.trim().is_empty() {
        body = body_text(&message, &message.html_body)?;
    }
    let attachments = message
        .attachments()
        .filter(|part| !is_inline_image(part))
        .take(MAX_ATTACHMENTS)
        .enumerate()
        .map(|(idx, part)| Attachment { name: attachment_name(part, idx + 1), bytes: part.contents().to_vec() })
        .collect();
    let text = format!("{headers}\n{}", body.trim_start_matches('\n'));
    Ok(Email { text: text.trim_end().to_string() + "\n", attachments })
}

/// `From:`, `To:`, `Subject:` and `Date:` lines, those the message has.
fn header_block(message: &mail_parser::Message<'_>) -> String {
    let mut block = String::new();
    let mut line = |label: &str, value: Option<String>| {
        if let Some(value) = value.filter(|value| !value.trim().is_empty()) {
            block.push_str(&format!("{label}: {}\n", one_line(&value)));
        }
    };
    line("From", message.from().map(addresses));
    line("To", message.to().map(addresses));
    line("Subject", message.subject().map(str::to_string));
    line("Date", message.date().map(|date| date.to_rfc822()));
    block
}

/// `Name <address>, …`, as a mail program shows them.
fn addresses(address: &Address<'_>) -> String {
    address
        .iter()
        .map(|addr| match (addr.name(), addr.address()) {
            (Some(name), Some(email)) => format!("{name} <{email}>"),
            (Some(name), None) => name.to_string(),
            (None, Some(email)) => email.to_string(),
            (None, None) => String::new(),
        })
        .filter(|entry| !entry.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Header values may be folded over lines; a header block line must stay one line.
fn one_line(value: &str) -> String {
    value.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text of the body parts listed in `part_ids`, plain text as is, HTML through the HTML
/// reader.
fn body_text(message: &mail_parser::Message<'_>, part_ids: &[u32]) -> Result<String, IngestError> {
    let mut text = String::new();
    for part in part_ids.iter().filter_map(|id| message.parts.get(*id as usize)) {
        let part_text = match &part.body {
            PartType::Text(plain) => plain.replace("\r\n", "\n"),
            PartType::Html(html) => {
                let depth = nesting_depth(html);
                if depth > MAX_NESTING {
                    return Err(IngestError::TooDeeplyNested { depth, limit: MAX_NESTING });
                }
                html_to_text(html)
            }
            _ => continue,
        };
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(part_text.trim_end());
    }
    Ok(text)
}

/// Pictures shown inside an HTML body (logos, signatures) are part of the message's look, not
/// attached documents.
fn is_inline_image(part: &MessagePart<'_>) -> bool {
    let is_image = part.content_type().is_some_and(|content_type| content_type.ctype().eq_ignore_ascii_case("image"));
    let is_inline =
        part.content_disposition().is_some_and(|disposition| disposition.ctype().eq_ignore_ascii_case("inline"));
    is_image && (is_inline || part.content_id().is_some())
}

/// The attachment's own name without any folders, or `attachment-N.ext` from its type.
fn attachment_name(part: &MessagePart<'_>, position: usize) -> String {
    let given = part
        .attachment_name()
        .map(|name| name.rsplit(['/', '\\']).next().unwrap_or(name).trim().to_string())
        .filter(|name| !name.is_empty() && name != "." && name != "..");
    if let Some(name) = given {
        return name;
    }
    let extension = match part.content_type().map(|content_type| {
        (content_type.ctype().to_ascii_lowercase(), content_type.subtype().unwrap_or("").to_ascii_lowercase())
    }) {
        _ if part.is_message() => ".eml",
        Some((ctype, subtype)) => match (ctype.as_str(), subtype.as_str()) {
            ("application", "pdf") => ".pdf",
            ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document") => ".docx",
            ("text", "html") => ".html",
            ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet") => ".xlsx",
            ("application", "vnd.ms-excel") => ".xls",
            ("application", "vnd.oasis.opendocument.spreadsheet") => ".ods",
            ("text", "csv") => ".csv",
            ("text", "plain") => ".txt",
            _ => "",
        },
        None => "",
    };
    format!("attachment-{position}{extension}")
}
