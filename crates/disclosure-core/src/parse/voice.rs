//! Who is speaking on each line: the requester (the request, quoted back) or the authority (its
//! decision, answers and reasons).
//!
//! Letters alternate between the two under headings and stock phrases ("I note you seek access
//! to the following information", "Response", "I have today decided"). Telling them apart keeps
//! a section quoted by the requester from being read as an exemption the authority applied.

use std::sync::LazyLock;

use super::pattern::{Pattern, PatternSet};

use super::lines::Line;

/// The speaker of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Voice {
    /// The request as the requester wrote it.
    Requester,
    /// The authority's own words.
    Authority,
}

/// Lines that open the request: a heading, or the authority's phrase introducing it.
static REQUEST_OPENING: LazyLock<PatternSet> = LazyLock::new(|| {
    PatternSet::new([
        r"(?i)seek(?:s|ing)? access to the following information",
        r"(?i)^(?:the |your )?(?:request|original request|request details|details of (?:the |your )?request|information requested|you asked|you wrote|you requested|your request was|request for information)\s*[:\-–]?$",
        r"(?i)^request\s+\d+\s*(?:[-–]\s*\d+)?\s*[:.]?$",
        r"(?i)^(?:you|the applicant) (?:asked|wrote|requested)(?: for| the following)?\s*:",
        r"(?i)^below is (?:a copy of )?your request",
    ])
    .expect("valid request patterns")
});

/// Lines that hand over to the authority.
static RESPONSE_OPENING: LazyLock<PatternSet> = LazyLock::new(|| {
    PatternSet::new([
        r"(?i)^(?:decision|response|our response|in response|answer|reply|outcome|disclosure|reason for decision|reasons for decision)\s*\d*\s*[:\-–]?$",
        r"(?i)^(?:i|we) have (?:today )?decided\b",
        r"(?i)\bdecided to (?:disclose|withhold|refuse)\b",
        r"(?i)^(?:please find (?:attached|below|enclosed)|please see (?:attached|below|the attached)|please be advised)",
        r"(?i)^(?:i|we) (?:can|cannot|am able to|am unable to|are able to|are unable to) (?:confirm|provide|disclose|answer)",
        r"(?i)^(?:having considered|these searches|following receipt of your request|we have now had the opportunity|thank you for your (?:request|email)|unfortunately)",
        r"(?i)^your request for information (?:below )?has (?:now )?been considered",
        r"(?i)^in relation to (?:your )?request\b",
        r"(?i)^our data (?:are|is) not (?:organised|held|recorded)",
        r"(?i)^under section \d+ of the (?:act|freedom of information act)",
        r"(?i)neither confirms? nor den(?:y|ies)",
        r"(?i)^(?:the|this) information (?:you (?:have )?requested |requested )?(?:is|was) not held",
        r"(?i)\bare unable to answer your request\b",
    ])
    .expect("valid response patterns")
});

/// A requester signing off: what follows is no longer the request.
static SIGN_OFF: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)^(?:yours (?:faithfully|sincerely)|kind regards|best regards|many thanks|regards),?$")
        .expect("valid sign-off")
});

static FIRST_GREETING: LazyLock<Pattern> = LazyLock::new(|| Pattern::new(r"(?i)^dear\b").expect("valid greeting"));

/// A sentence that can only be the authority answering: a bare "Zero." or "None.", or the body
/// stating what it does or does not hold ("Merthyr Tydfil CBC is not involved …", "The Trust
/// does not have a budget …", "We do not hold …"). Requesters ask and explain; they do not say this.
static ANSWERING_SENTENCE: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        r"^(?:(?i:zero|none|nil|yes|no|not held|not applicable|n/a)\s*(?:[.!;]|$)|(?:We|The (?:[Cc]ouncil|Trust|Board|[Aa]uthority|[Dd]epartment|[Aa]gency|[Ff]orce|[Ss]ervice|[Uu]niversity|[Mm]inistry)|(?:[A-Z][\w'’&\-]*\s+){1,8}(?:CBC|Council|Trust|Board|Police|Constabulary|Authority|Department|Agency|University))\s+(?:(?:does|do|did|is|are|was|were|has|have)\s+not|doesn['’]t|don['’]t|holds? no|has no|have no|cannot|can confirm)\b)",
    )
    .expect("valid answering pattern")
});

/// True when a sentence is the authority answering, whoever the layout says is speaking.
pub(crate) fn answers_as_authority(text: &str) -> bool {
    ANSWERING_SENTENCE.is_match(text)
}

/// True when a line opens the request.
pub(crate) fn opens_request(text: &str) -> bool {
    REQUEST_OPENING.is_match(text)
}

/// True when a line hands over to the authority.
pub(crate) fn opens_response(text: &str) -> bool {
    RESPONSE_OPENING.is_match(text)
}

/// The speaker of every line. Text before any marker counts as the request, since many pages
/// print the questions straight under their title.
pub(crate) fn assign_voices(lines: &[Line<'_>]) -> Vec<Voice> {
    let mut voices = Vec::with_capacity(lines.len());
    let mut voice = Voice::Requester;
    let mut greeted = false;
    for line in lines {
        let text = line.text;
        if line.opens_request {
            voices.push(Voice::Requester);
            voice = Voice::Requester;
            continue;
        }
        if !greeted && FIRST_GREETING.is_match(text) {
            // Only the first greeting opens a request; later ones start the authority's reply.
            greeted = true;
            voice = Voice::Requester;
        } else if opens_response(text) {
            voice = Voice::Authority;
        } else if voice == Voice::Requester && SIGN_OFF.is_match(text) {
            voices.push(Voice::Requester);
            voice = Voice::Authority;
            continue;
        }
        voices.push(voice);
    }
    voices
}

/// Lines that introduce the requester's words inside the authority's letter: "You wrote:",
/// "Specifically, you have requested the following:", "Request received 27 October 2025:".
static QUOTATION_OPENING: LazyLock<PatternSet> = LazyLock::new(|| {
    PatternSet::new([
        r"(?i)\b(?:you|the applicant|the requester) (?:have |had |has )?(?:wrote|asked|requested|said|stated|sought|seek|made)\b[^.]{0,60}:\s*$",
        r"(?i)\byour (?:request|e-?mail|letter|questions?) (?:was|were|read|reads|said|stated|is as follows|as follows|in full)\b[^.]{0,30}:\s*$",
        r"(?i)^(?:you\s+)?(?:wrote|asked)\s*:\s*$",
        // "Thank you for your request … for the undernoted information:"
        r"(?i)\byour (?:request|e-?mail|letter)\b[^.]{0,120}\b(?:following|undernoted|below|these terms)(?: information| terms)?\s*:\s*$",
        r"(?i)^(?:details of (?:the |your )?(?:request|enquiry)|request (?:detail|details|received|made)\b[^.]{0,40}|your (?:request|questions?|enquiry)|(?:the )?(?:original )?request(?: text)?|what you asked(?: for)?)\s*:?\s*$",
    ])
    .expect("valid quotation patterns")
});

/// Headings and phrases that hand back to the authority in layouts the layout voices do not
/// know: "Details of the Response", "DWP Response", "Responded 24 November 2025:", "We said",
/// "Response detail:".
static REPLY_OPENING: LazyLock<PatternSet> = LazyLock::new(|| {
    PatternSet::new([
        r"(?i)^(?:details of (?:the |our )?(?:response|reply|decision)|response (?:detail|details|sent|given|provided)|responded\b[^.?]{0,40}|we said|our (?:reply|answer|decision)|(?:internal )?review|information released|answers?)\s*[:\-–]?\s*(?:yes|no)?\s*$",
        // "DWP Response", "The Council's Response"; not "I await your response:".
        r"^(?:The [\w&]+['’]s |(?:[A-Z][\w&]* ){1,3})(?:Response|RESPONSE)\s*[:\-–]?\s*\d*$",
        r"(?i)^(?:i|we) (?:have|has) (?:now )?(?:considered|conducted|completed|searched|carried out|reviewed|decided|concluded)\b",
        r"(?i)^(?:thank you for your|i refer to your|further to your|in response to your|in reply to your|with regard to your|regarding your)\b",
        r"(?i)^(?:i|we) (?:can|cannot|can't|am able to|am unable to|are able to|are unable to|do not|don't|does not) ",
        r"(?i)^(?:i|we) (?:am|are) (?:pleased|happy|sorry|writing to (?:confirm|let you know|inform))\b",
        r"(?i)^(?:unfortunately|regrettably|please (?:find|see) (?:attached|below|enclosed))\b",
        // "Please find our response to your Freedom of Information request below."
        r"(?i)^please (?:find|see) (?:our|my|the) (?:response|reply|answers?)\b[^.?]{0,80}\bbelow\b",
        // The authority speaking of itself: "The Council holds …", "The Trust does not …".
        r"(?i)^(?:the|this) (?:council|trust|board|authority|department|agency|service|force|university|office|ministry|court|commission|corporation|college|school|hospital|government) (?:holds?|held|does|did|has|have|is|was|can|cannot|will|would|confirms?|considers?|received|records?|keeps?)\b",
    ])
    .expect("valid reply patterns")
});

/// True when a labelled line of the reply is the question restated rather than its answer: it
/// ends with a question mark, or recalls what the requester was told ("I was informed …").
fn restates_question(text: &str) -> bool {
    static RECALLS: LazyLock<Pattern> = LazyLock::new(|| {
        Pattern::new(r"(?i)\bI (?:asked|was (?:informed|told|advised)|requested|have been told)\b")
            .expect("valid recall pattern")
    });
    text.trim_end().trim_end_matches(['”', '"', '’']).ends_with('?') || RECALLS.is_match(text)
}

/// True when a line hands over to the authority in any layout: a reply heading or phrase.
pub(crate) fn opens_reply(text: &str) -> bool {
    opens_response(text) || REPLY_OPENING.is_match(text)
}

/// A line that asks for something, in the requester's words: a question, or a request verb.
static ASKS: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        r"(?i)(?:\?\s*[”’]?\s*$|\?\s|\bplease (?:can|could|would|provide|state|send|supply|confirm|detail|include|give|list|tell|advise|identify|specify|disclose|let me|share|explain|also|inform|indicate)\b|\b(?:could|can|would|will) you\b|\bcan i\b|\bi (?:would|should|'d) (?:like|be grateful|appreciate)|\bi am (?:writing|requesting|asking)|\bi (?:wish|want) to\b|\bi request\b|\brequest (?:the following|that you|copies|a copy)\b|\bhow many\b|\bif (?:possible|available|so|you hold)\b|\bfor each (?:year|month|financial|calendar)\b|^(?:i|we) would\b|\bi (?:asked|was (?:informed|told|advised)|requested|have been told)\b|\byou (?:told|informed|advised) me\b|\bin your (?:previous |earlier )?(?:response|reply)\b|\byou (?:have |had )?(?:withheld|refused|applied|cited|relied|claimed|redacted)\b|\byour (?:previous |earlier |last )?(?:response|reply|refusal|decision)\b)",
    )
    .expect("valid asking pattern")
});

/// A question's label opening a line: "Question 3 –", "Q3.", "Request 2:".
static RESTATED_LABEL: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new(r"(?i)^(?:question|q|request)\s*\.?\s*\d+").expect("valid label pattern"));

/// The speaker of every line for reading the decision and the exemptions.
///
/// The layout voices keep text before any marker as the request, which suits reading
/// questions; a decision needs more care both ways. Where no heading hands over, a line that
/// asks nothing is the authority's (pages that print the answers straight under the questions);
/// and words the authority quotes from the requester ("You wrote: “…”"), earlier replies
/// included, stay the requester's.
pub(crate) fn reply_voices(lines: &[Line<'_>], layout: &[Voice]) -> Vec<Voice> {
    let reply_opening: Vec<bool> = lines.iter().map(|line| REPLY_OPENING.is_match(line.text)).collect();
    let asks: Vec<bool> =
        lines.iter().zip(&reply_opening).map(|(line, opening)| !opening && ASKS.is_match(line.text)).collect();
    // Whether the request goes on after a line: some later line asks before any reply heading.
    let mut asked_later = vec![false; lines.len()];
    let mut later = false;
    for index in (0..lines.len()).rev() {
        asked_later[index] = later;
        if reply_opening[index] || layout.get(index) == Some(&Voice::Authority) {
            later = false;
        }
        later |= asks[index];
    }
    let mut voices = Vec::with_capacity(lines.len());
    let mut quoting = Quoting::No;
    let mut replying = false;
    let mut previous_layout = Voice::Requester;
    for (index, line) in lines.iter().enumerate() {
        let text = line.text;
        let layout_voice = layout.get(index).copied().unwrap_or(Voice::Requester);
        let handed_over =
            layout_voice == Voice::Authority && previous_layout == Voice::Requester || reply_opening[index];
        previous_layout = layout_voice;
        match quoting {
            Quoting::UntilMark(mark) => {
                voices.push(Voice::Requester);
                if closes_quotation(text, mark) {
                    quoting = Quoting::No;
                }
                continue;
            }
            Quoting::UntilReply if !handed_over => {
                voices.push(Voice::Requester);
                // A quotation opened here ends the requester's words where it closes.
                if let Some(mark) = unclosed_quotation(text) {
                    quoting = Quoting::UntilMark(mark);
                } else if text.starts_with(['“', '"', '‘']) {
                    quoting = Quoting::No;
                }
                continue;
            }
            _ => quoting = Quoting::No,
        }
        if line.opens_request || QUOTATION_OPENING.is_match(text) {
            voices.push(Voice::Requester);
            replying = false;
            // 'You asked: "…"' quotes the request on the opening line itself.
            let quoted_here = text.split_once(':').map(|(_, rest)| rest.trim()).filter(|rest| !rest.is_empty());
            quoting = match quoted_here {
                Some(rest) => unclosed_quotation(rest).map_or(Quoting::No, Quoting::UntilMark),
                None => Quoting::UntilReply,
            };
            continue;
        }
        if let Some(mark) = unclosed_quotation(text).filter(|_| voices.last() == Some(&Voice::Requester)) {
            voices.push(Voice::Requester);
            quoting = Quoting::UntilMark(mark);
            continue;
        }
        replying |= handed_over;
        let voice = match layout_voice {
            // A question restated under its label in the reply is still the requester's.
            Voice::Authority if RESTATED_LABEL.is_match(text) && restates_question(text) => Voice::Requester,
            // A question put to the authority ("… can you tell me how many …?") is the request's,
            // wherever the layout placed it.
            Voice::Authority if asks[index] && text.trim_end().ends_with('?') => Voice::Requester,
            Voice::Authority => Voice::Authority,
            Voice::Requester if asks[index] => Voice::Requester,
            // Before any reply heading, a line between two asks belongs to the request.
            Voice::Requester if !replying && asked_later[index] => Voice::Requester,
            Voice::Requester => Voice::Authority,
        };
        voices.push(voice);
    }
    voices
}

/// Where the requester's words, quoted by the authority, end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Quoting {
    No,
    /// At the closing quotation mark.
    UntilMark(char),
    /// At the next heading or phrase that hands back to the authority.
    UntilReply,
}

/// The closing mark of a quotation a line opens and does not close.
fn unclosed_quotation(text: &str) -> Option<char> {
    let mut characters = text.chars();
    let mark = match characters.next()? {
        '“' => '”',
        '"' => '"',
        '‘' => '’',
        _ => return None,
    };
    (!closes_quotation(characters.as_str(), mark)).then_some(mark)
}

fn closes_quotation(text: &str, mark: char) -> bool {
    let trimmed = text.trim_end().trim_end_matches(['.', ',', ';']);
    match mark {
        '"' => trimmed.ends_with('"'),
        '’' => trimmed.ends_with('’') && !trimmed.ends_with("s’"),
        // Text layers sometimes close with the opening mark: "… Taurikura.“".
        '”' => trimmed.contains('”') || trimmed.ends_with('“'),
        _ => trimmed.contains(mark),
    }
}
