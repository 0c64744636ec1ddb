//! The letterhead facts: the request reference as printed and the authority that answered.
//!
//! References come labelled ("Our ref:", "Request Number:", "Case reference", "FOI request (…)"),
//! in brackets after a page title ("Officer Misconduct (1721A/22)"), alone on a heading line,
//! or bare in a known shape; they are kept as printed, and recognised by the shape of a
//! reference (letters, digits, joiners, at least one digit), never by who publishes them.
//! Authorities are named where an author names itself (letterhead, signature, "on behalf of"),
//! or most often in the authority's own words, and given their catalogue name
//! (`crate::authorities`); failing that an e-mail sender, a council's web address or a
//! publisher's reference shape names them.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::pattern::Pattern;

use super::lines::{Label, Line};
use super::model::{AuthoritySource, Located, Span};
use super::voice::Voice;
use crate::authorities;

/// Words that label the letter's own reference: "Our ref:", "FOI Reference:", "Case Number",
/// "Request ID", "File No.", "FOI request (…)", "Freedom of Information Request: …".
static LABELLED: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        r"(?i)\b(?P<your>your\s+)?(?P<kind>(?:our|foi|foia|eir|foisa|oia|request|case|enquiry|record|file|information|review)\s+)?(?:ref(?:erence)?\b\.?(?:\s*(?:no|number|id)\b\.?)?|(?:request|case|enquiry|file|record|foi|foia|eir|ticket|application|log)\s+(?:no\b\.?|number\b|id\b)|(?P<request>(?:foi|foia|eir|information|review|foisa)\s+request\b))(?P<is>\s+is\b)?\s*(?P<mark>[:#\-–(])?\s*\(?\s*",
    )
    .expect("valid reference label pattern")
});
/// A page title ending in a bracketed reference: "Empty Residential Properties (FOI-4789)".
static TITLE_BRACKET: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new(r"\(\s*([^()]{2,40}?)\s*\)\s*$").expect("valid reference pattern"));
/// A title such as "Officer Misconduct - 1721/22".
static TITLE_DASH: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new(r"\s[-–]\s(\d{1,5}[A-Z]?/\d{2,4})\s*$").expect("valid reference pattern"));
static BARE: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"\b(?P<value>\d{2}\.FOI\.\d{2}\.\d{5,6}|\d{1,2}/[A-Z]{2,4}/\d{2}/\d{4,6}(?:/[A-Z])?|FOI\s?-?\s?\d{4}\s?[-/]\s?\d{3,6}|\d{2,5}[A-Z]/\d{2})\b")
        .expect("valid reference pattern")
});

/// A year or a span of years: "2019/20", "2018-2019".
static PERIOD: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"^(?:19|20)\d{2}\s?[/\-–]\s?(?:\d{2}|(?:19|20)\d{2})$").expect("valid period pattern")
});

/// How far into the letter a reference printed without a label is looked for.
const HEADING_LINES: usize = 12;

/// Finds the reference, preferring a labelled one (the requester's "Your ref" never counts),
/// then one in a page title, then a line that is only a reference, then a known bare shape.
pub(crate) fn find_reference(text: &str, lines: &[Line<'_>]) -> Option<Located> {
    let in_line = |line: &Line<'_>, start: usize, end: usize| {
        let span = Span::new(line.span.start + start, line.span.start + end);
        Located { value: as_printed(span.text_in(text)), span }
    };
    let labelled = lines.iter().enumerate().find_map(|(index, line)| {
        LABELLED.captures_iter(line.text).find_map(|found| {
            // "Your ref" is the requester's own; "your request reference" is the one given to the request.
            if found.name("your").is_some() && found.name("kind").is_none() && found.name("is").is_none() {
                return None;
            }
            let whole = found.get(0)?;
            // "FOI request (…)" and "Information Request: …" label a reference; "in FOI request
            // 4542, I asked" mentions an earlier one.
            let before = line.text[..whole.start()].trim().trim_end_matches(':').to_ascii_lowercase();
            let opens_line = before.is_empty() || before == "re";
            if found.name("request").is_some() && found.name("mark").is_none() && !opens_line {
                return None;
            }
            let after = whole.end();
            if line.text[after..].trim().is_empty() {
                // The label closes its line ("Reference:" then "825" below it).
                let next = lines.get(index + 1)?;
                let length = reference_length(next.text).filter(|length| next.text[*length..].trim().len() <= 2)?;
                return Some(in_line(next, 0, length));
            }
            if let Some(length) = reference_length(&line.text[after..]) {
                return Some(in_line(line, after, after + length));
            }
            // "Request Number: [FOI/13851]": the brackets are not part of it.
            let inner = after + 1;
            let length =
                line.text[after..].starts_with('[').then(|| reference_length(&line.text[inner..])).flatten()?;
            Some(in_line(line, inner, inner + length))
        })
    });
    let titled = || {
        lines.iter().take(HEADING_LINES).find_map(|line| {
            if let Some(found) = TITLE_BRACKET.captures(line.text).and_then(|found| found.get(1)) {
                let length = reference_length(found.as_str())
                    .filter(|length| *length == found.as_str().len() && looks_like_code(found.as_str()))?;
                return Some(in_line(line, found.start(), found.start() + length));
            }
            let found = TITLE_DASH.captures(line.text)?.get(1)?;
            Some(in_line(line, found.start(), found.end()))
        })
    };
    let alone = || {
        lines.iter().take(HEADING_LINES).find_map(|line| {
            let length = reference_length(line.text)?;
            let value = &line.text[..length];
            let rest = line.text[length..].trim_start();
            // A line that is only a reference, or a reference before the topic ("21113 – Firework licencing").
            let before_topic = rest
                .strip_prefix(['-', '–', '/', '|'])
                .is_some_and(|topic| topic.trim_start().starts_with(char::is_alphabetic));
            // A bare number needs five digits to pass for one: "1760" on its own line is a figure.
            // "COVID-19" and "2019/20" alone on a line are a subject and a period, not references.
            let digits = value.chars().filter(char::is_ascii_digit).count();
            let long_enough = digits >= 3
                && (value.contains(|c: char| !c.is_ascii_digit()) || value.len() >= 5)
                && !PERIOD.is_match(value);
            ((rest.is_empty() || before_topic) && long_enough && looks_like_code(value))
                .then(|| in_line(line, 0, length))
        })
    };
    let bare = || {
        lines.iter().find_map(|line| {
            let value = BARE.captures(line.text)?.name("value")?;
            Some(in_line(line, value.start(), value.end()))
        })
    };
    let heading_code = || {
        // A title that closes on a code: "Regulation of Investigatory Powers Act 2000, Section 53(1) R015750".
        lines.iter().take(HEADING_LINES / 2).find_map(|line| {
            let last = line.text.rsplit(' ').next()?;
            let at = line.text.len() - last.len();
            let letters = last.chars().take_while(char::is_ascii_uppercase).count();
            let digits = last[letters..].chars().take_while(char::is_ascii_digit).count();
            (at > 0 && (1..=4).contains(&letters) && digits >= 5 && letters + digits == last.len())
                .then(|| in_line(line, at, line.text.len()))
        })
    };
    labelled.or_else(titled).or_else(alone).or_else(bare).or_else(heading_code)
}

/// The reference as printed, runs of spaces made one: "275 - 24" stays "275 - 24".
fn as_printed(raw: &str) -> String {
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// True for a value that can only be a reference: letters with digits, digits joined by
/// separators, or a long number that is not a year.
fn looks_like_code(value: &str) -> bool {
    let digits = value.chars().filter(char::is_ascii_digit).count();
    let letters = value.chars().filter(char::is_ascii_alphabetic).count();
    let joined = value.contains(['/', '-', '.', '_']);
    digits > 0 && (letters > 0 || joined || digits >= 4) && !is_year(value)
}

fn is_year(value: &str) -> bool {
    value.len() == 4
        && (value.starts_with("19") || value.starts_with("20"))
        && value.chars().all(|c| c.is_ascii_digit())
}

/// The length of the reference that opens `text`, if it opens with one: groups of letters and
/// digits joined by ".", "/", "_" or "-" (spaces allowed around a joiner when a number
/// follows), a letter prefix before a number ("FOI 47408"), a number before a financial year
/// ("0125 2019/20"), a bracketed tag ("[IR]FOI958"). It must hold a digit and not be a date or a year.
pub(crate) fn reference_length(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let alnum_run = |from: usize| bytes[from..].iter().take_while(|byte| byte.is_ascii_alphanumeric()).count();
    let mut end = 0;
    if bytes.first() == Some(&b'[') {
        let close = text.find(']').filter(|close| (2..=6).contains(close))?;
        if !text[1..close].chars().all(|c| c.is_ascii_alphabetic()) {
            return None;
        }
        end = close + 1;
    }
    let first = alnum_run(end);
    if first == 0 || first > 20 {
        return None;
    }
    end += first;
    let mut groups = 1;
    loop {
        if groups >= 6 || end >= bytes.len() {
            break;
        }
        let rest = &text[end..];
        let spaces = rest.len() - rest.trim_start_matches(' ').len();
        let after_spaces = &rest[spaces..];
        let joiner = after_spaces.chars().next().filter(|c| matches!(c, '.' | '/' | '_' | '-'));
        if let Some(joiner) = joiner {
            let after_joiner = &after_spaces[joiner.len_utf8()..];
            let spaces_after = after_joiner.len() - after_joiner.trim_start_matches(' ').len();
            let next_start = end + spaces + 1 + spaces_after;
            let next = alnum_run(next_start);
            let spaced = spaces > 0 || spaces_after > 0;
            if next == 0
                || spaces > 1
                || spaces_after > 1
                || spaced && !text[next_start..next_start + next].contains(|c: char| c.is_ascii_digit())
            {
                break;
            }
            end = next_start + next;
            groups += 1;
            continue;
        }
        if spaces == 1 {
            let so_far = &text[..end];
            let next = alnum_run(end + 1);
            let next_word = &text[end + 1..end + 1 + next];
            let prefix = so_far.len() <= 6 && so_far.chars().all(|c| c.is_ascii_uppercase()) && so_far.len() >= 2;
            let number_then_year = so_far.chars().all(|c| c.is_ascii_digit())
                && is_year(next_word)
                && text[end + 1 + next..].starts_with('/');
            if prefix && next > 0 && next_word.chars().all(|c| c.is_ascii_digit()) {
                end += 1 + next;
                groups += 1;
                continue;
            }
            if number_then_year {
                let year_end = end + 1 + next + 1;
                let tail = alnum_run(year_end);
                if tail == 2 {
                    end = year_end + tail;
                    groups += 1;
                    continue;
                }
            }
        }
        break;
    }
    let value = &text[..end];
    let has_digit = value.contains(|c: char| c.is_ascii_digit());
    let too_short = value.chars().all(|c| c.is_ascii_digit()) && value.len() < 3;
    (has_digit && !too_short && !is_year(value) && !is_date(value) && !starts_like_a_word(value)).then_some(end)
}

/// "29/01/2021", "12.03.2024", "01/04/2016 - 31/03/2017": dates, not a reference.
fn is_date(value: &str) -> bool {
    DATE_START.is_match(value)
}

static DATE_START: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"^\d{1,2}\s?[/.\-]\s?\d{1,2}\s?[/.\-]\s?(?:\d{4}|\d{2})\b").expect("valid date pattern")
});

/// "to", "dated", "Section": words after a label, not a reference (a reference's letters are
/// capitals, or it opens with a digit).
fn starts_like_a_word(value: &str) -> bool {
    let first: String = value.trim_start_matches('[').chars().take_while(char::is_ascii_alphabetic).collect();
    first.chars().any(|c| c.is_ascii_lowercase()) && first.len() > 1
}

/// Names of public bodies: a run of capitalised words ending in a body noun.
static BODY_NAME: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        r"\b(?P<name>(?:House of (?:Commons|Lords))|Police Service of (?:Northern Ireland|Scotland)|(?:[A-Z][a-z]+(?:[- ](?:and|of|upon|on)?\s?[A-Z][a-z]+){0,3}) (?:Police(?: Service)?|Constabulary|Borough Council|City Council|County Council|District Council|Council|Fire (?:and|&) Rescue Service|Fire Service|NHS (?:Foundation )?Trust|Health Board|University|Combined Authority))\b",
    )
    .expect("valid authority pattern")
});

/// National bodies letters mention without being their author: oversight bodies, the
/// regulator every letter names in its appeal rights.
const NOT_AUTHORS: &[&str] = &[
    "College of Policing",
    "Chiefs Council",
    "Office for Police Conduct",
    "Commissioner",
    "Information Commissioner",
    "HM Inspectorate of Constabulary",
    "Independent Office for Police Conduct",
];

/// Words that name a part of an organisation rather than the organisation.
const UNIT_WORDS: &[&str] =
    &["Department", "Unit", "Team", "Office", "Division", "Directorate", "Branch", "Command", "Section"];

/// Words that open a phrase about police in general rather than a named body.
const GENERIC_FIRST_WORDS: &[&str] = &[
    "The",
    "A",
    "All",
    "Any",
    "Each",
    "Every",
    "Your",
    "Our",
    "Other",
    "Local",
    "National",
    "British",
    "These",
    "Those",
    "Some",
    "Which",
    "Serving",
    "Former",
    "Met",
    "Special",
    "Dear",
    "In",
    "For",
    "By",
    "From",
    "Whether",
    "If",
    "Full",
    "Unoccupied",
    "Parish",
    "Town",
];

/// Reference shapes that only one publisher uses, for pages that never name their authority.
static PUBLISHER_REFERENCE: LazyLock<Vec<(Pattern, &'static str)>> = LazyLock::new(|| {
    [(r"^\d{2}\.FOI\.\d{2}\.\d{5,6}$", "Metropolitan Police Service"), (r"^\d{1,5}A/\d{2}$", "West Midlands Police")]
        .into_iter()
        .map(|(pattern, name)| (Pattern::new(pattern).expect("valid publisher pattern"), name))
        .collect()
});

/// Words just before a body's name that make it the one answering: "on behalf of", "received by".
static NAMED_AS_ANSWERING_BEFORE: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)\b(?:on behalf of|received by|considered (?:under [^,.]{0,60} )?by|handled by|held by|response from|information held by)\s+(?:the\s+)?$")
        .expect("valid phrase pattern")
});
/// Words just after a body's name that make it the one answering: "… does hold", "… can confirm".
static NAMED_AS_ANSWERING_AFTER: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"^\s*(?:\([A-Z]{2,8}\)\s*)?(?:does|do|can|has|have|holds|hold|will|would|is unable|are unable|received|has received)\b")
        .expect("valid phrase pattern")
});
static GREETING: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new(r"(?i)^(?:dear\b|re:|subject:)").expect("valid greeting"));
static CLOSING: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)^(?:yours (?:faithfully|sincerely)|kind regards|best regards|regards|many thanks)\b")
        .expect("valid closing")
});
static EMAIL_SENDER: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new(r"(?i)^from:\s*(?P<sender>.+)$").expect("valid header pattern"));

/// How many lines of the top of a letter count as its letterhead.
const LETTERHEAD_LINES: usize = 10;
/// How many lines after "Yours sincerely" count as its signature.
const SIGNATURE_LINES: usize = 8;

/// Everything known about one body named in the letter.
#[derive(Debug, Default)]
struct Candidate {
    first: Span,
    in_authority_lines: usize,
    /// Named in a line the reply voices give the authority ("Hastings Borough Council's Waste
    /// team have issued 2"), where the layout left it to the request.
    in_reply: bool,
    letterhead: bool,
    signoff: bool,
    phrase: bool,
    catalogued: bool,
}

impl Candidate {
    fn score(&self) -> usize {
        3 * usize::from(self.phrase)
            + 2 * usize::from(self.letterhead)
            + 2 * usize::from(self.signoff)
            + self.in_authority_lines.min(4)
            + usize::from(self.catalogued)
    }

    fn source(&self) -> AuthoritySource {
        if self.phrase {
            AuthoritySource::Phrase
        } else if self.letterhead {
            AuthoritySource::Letterhead
        } else if self.signoff {
            AuthoritySource::SignOff
        } else {
            AuthoritySource::Mention
        }
    }
}

/// Finds the answering authority: the body the letter names where an author names itself
/// (letterhead, signature, "on behalf of …", "… can confirm"), else the one it names most in its
/// own words; then an e-mail sender, a council's web address, a publisher's reference shape.
/// Catalogued bodies are given their official name, so every letter of one body reads alike.
pub(crate) fn find_authority(
    lines: &[Line<'_>],
    labels: &[Option<Label>],
    voices: &[Voice],
    reply: &[Voice],
    reference: Option<&Located>,
) -> Option<(Located, AuthoritySource)> {
    let greeting = lines.iter().take(30).position(|line| GREETING.is_match(line.text)).unwrap_or(LETTERHEAD_LINES);
    // The request, once it starts, is the requester's: bodies it names are not the letterhead.
    let request_start = lines
        .iter()
        .zip(labels)
        .position(|(line, label)| line.opens_request || label.as_ref().is_some_and(Label::is_numbered))
        .unwrap_or(lines.len());
    let letterhead_end = greeting.min(request_start).min(LETTERHEAD_LINES);
    let closing = lines.iter().rposition(|line| CLOSING.is_match(line.text));
    let mut candidates: HashMap<String, Candidate> = HashMap::new();
    for (index, line) in lines.iter().enumerate() {
        let letterhead = index < letterhead_end;
        let signoff = closing.is_some_and(|closing| index > closing && index <= closing + SIGNATURE_LINES);
        let by_authority = voices.get(index) == Some(&Voice::Authority);
        let in_reply = reply.get(index) == Some(&Voice::Authority);
        for (name, start, end, catalogued, abbreviated) in bodies_named(line.text) {
            if NOT_AUTHORS.iter().any(|body| name.contains(body)) {
                continue;
            }
            let phrase = NAMED_AS_ANSWERING_BEFORE.is_match(&line.text[..start])
                || NAMED_AS_ANSWERING_AFTER.is_match(&line.text[end..]);
            // An abbreviation in running text names a body less surely than its full name.
            if abbreviated && !(letterhead || signoff || phrase || by_authority) {
                continue;
            }
            let candidate = candidates.entry(name).or_insert_with(|| Candidate {
                first: Span::new(line.span.start + start, line.span.start + end),
                ..Candidate::default()
            });
            candidate.in_authority_lines += usize::from(by_authority);
            candidate.in_reply |= in_reply;
            candidate.letterhead |= letterhead;
            candidate.signoff |= signoff;
            candidate.phrase |= phrase && by_authority;
            candidate.catalogued |= catalogued;
        }
    }
    let best = candidates
        .into_iter()
        .filter(|(_, candidate)| candidate.score() > 0)
        .max_by(|a, b| a.1.score().cmp(&b.1.score()).then(b.1.first.start.cmp(&a.1.first.start)));
    // "You will see that South Yorkshire Police have published …, please provide the same for
    // your police force": a body only the requester names, in a request that speaks to its
    // reader as "your force", is someone else.
    let best = best.filter(|(_, candidate)| {
        let requester_only = candidate.in_authority_lines == 0
            && !(candidate.in_reply || candidate.letterhead || candidate.signoff || candidate.phrase);
        !(requester_only && addresses_its_reader(lines, reply))
    });
    // A body named once in passing ("Home Office guidance") is weaker evidence than the fallbacks.
    type Named = Option<(String, Candidate)>;
    let (sure, passing): (Named, Named) = match best {
        Some(best) if best.1.source() == AuthoritySource::Mention && best.1.in_authority_lines < 2 => {
            (None, Some(best))
        }
        other => (other, None),
    };
    if let Some((name, candidate)) = sure {
        return Some((Located { value: name, span: candidate.first }, candidate.source()));
    }
    let fallback = fallback_authority(lines, reference);
    if fallback.is_some() {
        return fallback;
    }
    passing.map(|(name, candidate)| (Located { value: name, span: candidate.first }, AuthoritySource::Mention))
}

/// The requester speaking to the body that answers: "your police force", "your council".
static YOUR_BODY: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)\byour (?:own )?(?:police )?(?:force|council|local authority|authority|trust|organisation|department|constabulary|board)\b")
        .expect("valid pattern")
});

/// True when the requester's lines speak to the answering body as "your force", "your council".
fn addresses_its_reader(lines: &[Line<'_>], voices: &[Voice]) -> bool {
    lines.iter().zip(voices).any(|(line, voice)| *voice == Voice::Requester && YOUR_BODY.is_match(line.text))
}

/// An e-mail sender, a council's web address, or a reference shape only one publisher uses.
fn fallback_authority(lines: &[Line<'_>], reference: Option<&Located>) -> Option<(Located, AuthoritySource)> {
    if let Some(found) = by_email_sender(lines) {
        return Some((found, AuthoritySource::Email));
    }
    let by_address = lines.iter().find_map(|line| {
        let mention = authorities::councils_by_address(line.text).into_iter().next()?;
        Some(Located {
            value: mention.authority.name.to_string(),
            span: Span::new(line.span.start + mention.start, line.span.start + mention.end),
        })
    });
    if let Some(found) = by_address {
        return Some((found, AuthoritySource::Catalogue));
    }
    let reference = reference?;
    PUBLISHER_REFERENCE
        .iter()
        .find(|(pattern, _)| pattern.is_match(&reference.value))
        .map(|(_, name)| (Located { value: name.to_string(), span: reference.span }, AuthoritySource::Catalogue))
}

/// The bodies a line names: catalogued names and short forms under their official name, and
/// other names shaped like a public body ("… Police", "… NHS Trust"). Each comes with its place
/// in the line, whether the catalogue knows it, and whether it was an abbreviation.
fn bodies_named(text: &str) -> Vec<(String, usize, usize, bool, bool)> {
    let mut named: Vec<(String, usize, usize, bool, bool)> = authorities::mentions(text)
        .into_iter()
        .map(|mention| (mention.authority.name.to_string(), mention.start, mention.end, true, mention.abbreviated))
        .collect();
    for found in BODY_NAME.find_iter(text) {
        if named.iter().any(|(_, start, end, _, _)| *start < found.end() && found.start() < *end) {
            continue;
        }
        // "Professional Standards Department of Northumbria Police" names a part of a body.
        let (name, offset) = match found.as_str().split_once(" of ") {
            Some((unit, body)) if UNIT_WORDS.iter().any(|word| unit.ends_with(word)) => {
                (body, found.as_str().len() - body.len())
            }
            _ => (found.as_str(), 0),
        };
        let first_word = name.split_whitespace().next().unwrap_or("");
        if GENERIC_FIRST_WORDS.contains(&first_word) {
            continue;
        }
        match authorities::resolve(name) {
            Some(authority) => {
                named.push((authority.name.to_string(), found.start() + offset, found.end(), true, false))
            }
            // A council the catalogue does not know is more likely a phrase ("Unoccupied Council Buildings").
            None if name.ends_with("Council") => {}
            None => named.push((name.to_string(), found.start() + offset, found.end(), false, false)),
        }
    }
    named
}

/// The authority of an e-mail's sender ("From: FOI Team <foi@hastings.gov.uk>"), from the
/// header block at the top of an e-mail's text.
fn by_email_sender(lines: &[Line<'_>]) -> Option<Located> {
    lines.iter().take(6).find_map(|line| {
        let sender = EMAIL_SENDER.captures(line.text)?.name("sender")?;
        let offset = line.span.start + sender.start();
        if let Some(mention) = authorities::mentions(sender.as_str()).into_iter().next() {
            return Some(Located {
                value: mention.authority.name.to_string(),
                span: Span::new(offset + mention.start, offset + mention.end),
            });
        }
        let mention = authorities::councils_by_address(&format!(" {}", sender.as_str())).into_iter().next()?;
        Some(Located {
            value: mention.authority.name.to_string(),
            span: Span::new(offset + mention.start.saturating_sub(1), offset + mention.end.saturating_sub(1)),
        })
    })
}
