//! The decision: disclosed in full, in part, refused, not held, or neither confirmed nor denied;
//! and the outcome of single questions where a sentence names them ("In respect of Questions
//! One (1) and Two (2) … neither confirms nor denies").
//!
//! Only the authority's lines are read, so a requester writing "if within cost limits" does
//! not make a cost refusal.

use std::cell::OnceCell;
use std::sync::LazyLock;

use super::pattern::Pattern;

use super::figures;
use super::lines::{read_label, Line};
use super::model::{Decision, ExemptionCitation, Outcome, Span};
use super::voice::{self, Voice};
use crate::exemptions::Regime;

/// Signals of what happened, each with the first line that showed it.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Signals {
    pub full: Option<Span>,
    pub some: Option<Span>,
    pub any_disclosed: Option<Span>,
    /// An answer given in the authority's own words: a figure, a nil return, a yes or no.
    pub answered: Option<Span>,
    pub withheld: Option<Span>,
    pub cost: Option<Span>,
    pub vexatious: Option<Span>,
    pub not_held: Option<Span>,
    pub ncnd: Option<Span>,
    /// A review finding the earlier response right ("I consider this remains accurate"): what
    /// was given then stands.
    pub upheld: Option<Span>,
}

static FULL: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)\b(?:decided to (?:disclose|release|provide) (?:the |all (?:of )?the )?(?:located |requested )?information(?: to you)? in full|(?:disclosed?|released?|provided?) in full\b|is being provided to you|information released\s*:?\s*yes\b)")
        .expect("valid decision pattern")
});
static SOME: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)\b(?:disclose some of the (?:requested |located )?information|partial(?:ly)? (?:disclos|release|success)\w*|(?:released|disclosed|provided|granted) in part\b|grant(?:ed)? access in part\b|partial access\b|part[- ]grant\w*|some (?:of the )?(?:information|data|cells|details)[^.]{0,60}\b(?:has|have) been (?:withheld|redacted|removed)|unable to answer your request in full|(?:has|have) been removed in accordance with|redactions have been (?:applied|made)|(?:with|some) (?:information|details|names|data) (?:redacted|withheld|removed)\b)")
        .expect("valid decision pattern")
});
static ANY_DISCLOSED: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)\b(?:i (?:am able to|am pleased to|am happy to|will|can) (?:disclose|provide|supply|release|enclose|attach)|(?:we|the \w+) (?:are|is) (?:able|pleased) to (?:provide|disclose|supply|release|share)|gesture of goodwill|decided to (?:release|disclose|grant|provide)\b|\b(?:are|is|were|was|have been|has been|being) (?:released|disclosed) (?:to you|in full|below|here|with)\b|\brecords? [\w ]{0,20}\b(?:are|is|were|was) released\b|grant(?:ed)? (?:full )?access to\b|\battached to (?:the|this|our) (?:e-?mail|letter|response)\b|\bplease refer to (?:the )?(?:attached|enclosed|annex|appendix|spreadsheet)|\bas (?:outlined|shown|listed) below\b|\bthe figures (?:above|below|provided|given)\b|\bcan (?:however )?provide (?:the following|some|you with)\b|(?:i|we) have (?:supplied|disclosed|provided|released|attached|enclosed|included)|please (?:find|see|refer to) (?:the )?(?:attached|below|enclosed|attachment|table|spreadsheet|following|our response|information)|please find (?:our|the|an?)\b|(?:is|are) (?:attached|enclosed)\b|attached (?:is|are)\b|enclosed (?:is|are)\b|the answer to|please see below|(?:information|figures|data|answer|answers|details|numbers?|breakdown) (?:is|are) as follows\b|\b(?:documents?|information|data|emails?|chains?|records?) released\b|details are below|(?:the|our) (?:response|answer|reply) to (?:your |each |this )?(?:request|questions?|point)|download documents|(?:\w+ )?(?:documents?|information|data) (?:is|are|has been|have been|were) (?:released|disclosed|provided)\b)")
        .expect("valid decision pattern")
});
static WITHHELD: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)\b(?:refusal notice|notice of refusal|not obliged to (?:supply|provide|disclose|release)|exempt (?:from disclosure|under|by virtue)|(?:is|are|considered|consider|deemed) (?:to be )?exempt\b|(?:has|have|is|are|was|were) (?:been |being )?(?:withheld|refused|redacted)\b|are withholding|(?:decision|decided) to withhold|(?:to|will|must|we) withhold|been exempted|exempted this|cannot be (?:disclosed|released|provided)|unable to (?:release|disclose|provide)\b[^.]{0,80}\b(?:exempt|because|as (?:this|it|they|the))|(?:am|are|is) refusing|(?:refuse|refused|refusing) (?:your request|this request|the request|to (?:disclose|release|provide))|exemptions? (?:applies|apply|is engaged|are engaged|has been applied|have been applied)|withh(?:eld|olding) (?:the|this|that|these|some|all) (?:information|details|names|documents)|\bwithheld (?:information|material|portions?|pages?|records?|documents?|details)\b|(?:will|shall) not be (?:released|disclosed|provided|shared)\b|(?:will|shall) not (?:be )?(?:releasing|disclosing|providing|sharing)\b|\bconsider\w*\b[^.]{0,40}\bexempt\b|\b(?:cannot|can ?not|can't|unable to|not able to) (?:disclose|release|share|supply)\b|\bdecline\w* to (?:provide|disclose|release|supply|share)\b|\bexemptions?\b[^.]{0,80}\b(?:have|has) been applied\b|\b(?:we|i|the \w+) (?:have |has )?(?:applied|relied (?:up)?on|are relying (?:up)?on|engaged)\b[^.]{0,40}\b(?:section|s\.?\s?\d|regulation|exemption|exception))")
        .expect("valid decision pattern")
});
static COST: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)\b(?:exceed\w*[^.]{0,40}\b(?:appropriate|cost|costs|fees|time|permitted|hour)\b[^.]{0,30}\b(?:limit|threshold|level|constraints?)|(?:cost|fees) (?:limit|threshold)|appropriate (?:\(cost\) )?limit|within the (?:time ?frame/)?cost threshold|excess cost|18[- ]hour|substantial collation or research|excessive cost|(?:do not|don['’]t|does not|doesn['’]t) have the (?:resources|staff|capacity) to)")
        .expect("valid decision pattern")
});
static VEXATIOUS: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)\b(?:(?:is|be|as|being|considered|deemed|request) (?:a )?(?:vexatious|repeated)|vexatious (?:request|under)|manifestly unreasonable)")
        .expect("valid decision pattern")
});
static NOT_HELD: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)\b(?:information (?:is |was )?not held|not held by|(?:does|do|did) not (?:hold|record|collate|keep|retain)\b|(?:don|doesn|didn)['’]t (?:hold|record|keep|retain)\b|no (?:relevant |recorded |such )?information (?:is |was )?held|no information held|(?:is|are|was|were) not (?:held|recorded|retained|kept)\b|holds no (?:recorded )?information|no (?:records?|data|documents?|information|debriefs?|reports?) (?:are|were|is|was|exists?|have been) (?:held|found|located|recorded|kept)?|(?:cannot|could not) be found or do(?:es)? not exist|(?:do|does|did) not exist\b|no longer (?:hold|held|retain)\w*|(?:has|have) been destroyed|not (?:recorded|held) (?:centrally|by)|^not held\b|information not held\b|no recorded information|12\s?\(4\)\s?\(a\))")
        .expect("valid decision pattern")
});
static NCND: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)\b(?:neither confirms? nor den(?:y|ies)|ncnd\b|can neither confirm|(?:will|can|do|does|shall) not (?:either )?confirm or deny|duty (?:in|under|imposed by|at) section 1\s?\(1\)\s?\(a\)[^.]{0,60}\b(?:does not apply|not apply|is excluded|is removed)|regret to (?:advise|inform) (?:you )?that the duty (?:in|under|imposed by|at) section 1\s?\(1\)\s?\(a\))").expect("valid decision pattern")
});

/// A review standing by the answers given before: "I consider this remains accurate", "we
/// uphold our original response".
static UPHELD: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)\b(?:(?:i|we) (?:consider|find|found|am satisfied|are satisfied|conclude|concluded)\b[^.]{0,40}\b(?:remains?|is|was|were|are|also|still)\s+(?:\w+\s+)?(?:accurate|correct)\b|(?:uphold|upheld|upholding) (?:the|our|its) (?:original )?(?:response|answers?|reply)\b)")
        .expect("valid review pattern")
});

/// Procedural lines that state no answer however many numbers they carry: dates, references,
/// time limits, addresses.
static PROCEDURAL: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)(?:\b(?:thank you|received|receipt|dated|dear|ref(?:erence)?\b|our ref|your ref|request|working days|extended|extension|date|telephone|tel\b|phone|email|e-mail|postcode|write to|wycliffe|commissioner|review|complain|appeal|sincerely|faithfully|regards|page \d|copyright|licen[cs]e|website|www\.|https?:|section|regulation|act \d{4}|apolog\w*)\b|@)")
        .expect("valid procedural pattern")
});

/// Short answers that give information without a number: "None", "Nil", "Yes", "Zero", and
/// nil returns ("has not had any incidents").
static PLAIN_ANSWER: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)(?:^(?:[-–•*]\s*)?(?:none|nil|zero|no|yes|not applicable|n/a)\b|\b(?:has|have|had) not (?:had|received|issued|recorded|made|carried out) any\b|\bthere (?:are|were|have been|has been) (?:no|none)\b|\b(?:have|has) (?:issued|purchased|received|recorded|made|carried out|attended)\b|\b\d+\s?x?\s+(?:[\w-]+\s+){0,3}(?:issued|recorded|received|made|served|attended|reported|carried out)\b)")
        .expect("valid plain answer pattern")
});

/// The patterns a line of the reply is read for, several of them by more than one step: each is
/// run at most once per line, and only when a step asks.
#[derive(Debug, Clone, Copy)]
enum Sign {
    Withheld,
    Cost,
    Vexatious,
    NotHeld,
    Ncnd,
}

impl Sign {
    fn pattern(self) -> &'static Pattern {
        match self {
            Sign::Withheld => &WITHHELD,
            Sign::Cost => &COST,
            Sign::Vexatious => &VEXATIOUS,
            Sign::NotHeld => &NOT_HELD,
            Sign::Ncnd => &NCND,
        }
    }
}

/// Whether one line matches each [`Sign`], found out as the steps ask.
struct Signs<'t> {
    text: &'t str,
    found: [OnceCell<bool>; 5],
}

impl<'t> Signs<'t> {
    fn of(text: &'t str) -> Self {
        Signs { text, found: Default::default() }
    }

    fn has(&self, sign: Sign) -> bool {
        *self.found[sign as usize].get_or_init(|| sign.pattern().is_match(self.text))
    }
}

/// Collects the decision signals of the authority's lines, leaving out boilerplate.
pub(crate) fn collect_signals(lines: &[Line<'_>], voices: &[Voice], boilerplate: &[bool]) -> Signals {
    let mut signals = Signals::default();
    let mut heard_requester = false;
    for (index, line) in lines.iter().enumerate() {
        if !heard_requester && (voices.get(index) != Some(&Voice::Authority) || voice::opens_reply(line.text)) {
            // Answers come after the request, or after a heading that opens the reply.
            heard_requester = true;
        }
        if voices.get(index) != Some(&Voice::Authority) {
            continue;
        }
        if boilerplate.get(index) == Some(&true) {
            continue;
        }
        let text = line.text;
        let signs = Signs::of(text);
        let first = |slot: &mut Option<Span>, pattern: &Pattern| {
            if slot.is_none() {
                if let Some(found) = unconditional_match(pattern, text) {
                    *slot = Some(Span::new(line.span.start + found.start(), line.span.start + found.end()));
                }
            }
        };
        first(&mut signals.full, &FULL);
        first(&mut signals.some, &SOME);
        first(&mut signals.upheld, &UPHELD);
        // Each guard is read only while its signal is still missing: most lines of a long
        // letter come after every signal was found.
        if signals.any_disclosed.is_none() && !ATTACHED_LETTER.is_match(text) {
            first(&mut signals.any_disclosed, &ANY_DISCLOSED);
        }
        let refusals_missing = signals.withheld.is_none()
            || signals.cost.is_none()
            || signals.vexatious.is_none()
            || signals.not_held.is_none()
            || signals.ncnd.is_none();
        // What an earlier letter said ("I wrote to you and explained that …") is not this
        // letter's decision; a provision it cites still counts through the citations.
        // "We refused 3 requests as vexatious" answers a question about refusals; it refuses nothing.
        let recounted = refusals_missing && (RECOUNTED.is_match(text) || COUNTED_REFUSALS.is_match(text));
        // A pattern that does not match the line is not searched again for where it matches.
        let first_sign = |slot: &mut Option<Span>, sign: Sign| {
            if slot.is_none() && signs.has(sign) {
                first(slot, sign.pattern());
            }
        };
        if refusals_missing && !recounted {
            // "refused under regulation 12(4)(a)" refuses what is not held: it is not withholding.
            if signals.withheld.is_none() && !signs.has(Sign::NotHeld) && !NOT_USED.is_match(text) {
                first_sign(&mut signals.withheld, Sign::Withheld);
            }
            if signals.cost.is_none() && !WITHIN_LIMIT.is_match(text) {
                first_sign(&mut signals.cost, Sign::Cost);
            }
            first_sign(&mut signals.vexatious, Sign::Vexatious);
            first_sign(&mut signals.not_held, Sign::NotHeld);
            if signals.ncnd.is_none() && !NOT_OBLIGED.is_match(text) {
                first_sign(&mut signals.ncnd, Sign::Ncnd);
            }
        }
        // An answer is a statement after the request that gives a figure or a plain answer and
        // states no refusal; letterheads and procedure carry numbers too, so they are left out.
        // A line opening with a quotation mark quotes an earlier reply rather than answering.
        let quoted = text.starts_with(['“', '"', '‘']);
        if signals.answered.is_none() && heard_requester && !quoted && gives_answer_with(text, &signs) {
            signals.answered = Some(line.span);
        }
    }
    signals
}

impl Signals {
    /// Takes the provisions the letter applied as signals too: a cited refusal ground says what
    /// happened even where the surrounding words are unusual. Neither confirming nor denying is
    /// left to the letter's words, since a provision that allows it is often cited without it.
    pub(crate) fn add_applied(&mut self, exemptions: &[ExemptionCitation]) {
        for citation in exemptions {
            // FOISA 39(2) and FOIA 39 hand environmental information over to the regulations:
            // the decision is the regulations' one, not a withholding.
            if matches!((citation.regime, citation.section.as_str()), (Regime::Foisa | Regime::Foia, "39"))
                && (citation.regime == Regime::Foia || citation.provision == "39(2)")
            {
                continue;
            }
            let slot = match (citation.regime, citation.provision.as_str()) {
                (Regime::Foia | Regime::Foisa, _) if citation.section == "12" => &mut self.cost,
                (Regime::Foia | Regime::Foisa, _) if citation.section == "14" => &mut self.vexatious,
                (Regime::Eir, "12(4)(a)")
                | (Regime::Eirs, "10(4)(a)")
                | (Regime::NzOia, "18(e)" | "18(g)")
                | (Regime::AuFoi, "24A")
                | (Regime::IeFoi, "15(1)(a)") => {
                    // "refused under section 18(e)": the refusal is of what does not exist.
                    if self.withheld.is_some_and(|refusal| {
                        refusal.end <= citation.span.start && citation.span.start - refusal.end < 60
                    }) {
                        self.withheld = None;
                    }
                    &mut self.not_held
                }
                (Regime::Eir, "12(4)(b)")
                | (Regime::Eirs, "10(4)(b)")
                | (Regime::NzOia, "18(h)")
                | (Regime::IeFoi, "15(1)(g)") => &mut self.vexatious,
                (Regime::NzOia, "18(f)") | (Regime::AuFoi, "24" | "24AA") | (Regime::IeFoi, "15(1)(c)") => {
                    &mut self.cost
                }
                _ => &mut self.withheld,
            };
            slot.get_or_insert(citation.span);
        }
    }
}

/// Lines recounting an earlier exchange with the requester.
static RECOUNTED: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)\b(?:(?:i|we) (?:wrote to you|explained to you|advised you|informed you|told you)|in (?:my|our) (?:previous|earlier|last) (?:letter|e-?mail|response|reply))\b")
        .expect("valid recounting pattern")
});

/// A count of requests or cases refused, withheld or found vexatious, given as an answer.
static COUNTED_REFUSALS: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)\b(?:refused|withheld|rejected|received|answered|applied \w+ (?:in|to))\s+\d+\s+(?:of (?:these|them|those) )?(?:requests?|cases?|applications|complaints|appeals)\b|\b\d+\s+(?:requests?|cases?|applications)\s+(?:were|was|have been)\s+(?:refused|withheld|rejected|found|deemed|treated)\b")
        .expect("valid count pattern")
});

/// "Please find attached our response": the reply is elsewhere, and what it decides is unseen.
static ATTACHED_LETTER: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)\b(?:attached|enclosed) (?:is )?(?:our|the|my) (?:response|reply|letter|decision)\s*\.?$")
        .expect("valid pattern")
});

/// A sentence opening as a condition states nothing: "Unless exemptions apply, …".
static CONDITION: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new(r"(?i)^\W*(?:unless|if|whether|should|where)\b").expect("valid condition pattern"));

/// An exemption explained and then set aside: "we are not relying on it", "it does not apply".
static NOT_USED: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)\b(?:not (?:relying|rely|been applied|been relied|applied|engaged)|(?:is|are) not engaged|(?:it|they|this exemption) (?:does|do) not apply)\b")
        .expect("valid not-used pattern")
});

/// Information not readily found: the preface of a cost refusal or of not holding.
static NOT_RETRIEVABLE: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)\bnot (?:held )?(?:in an? )?(?:easily|readily) (?:retrievable|ascertainable|available|accessible|searchable)").expect("valid pattern")
});

/// The authority stating a fact in answer: "I can advise that …", "We can confirm that …".
static ADVISES: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)^(?:i|we) (?:can|am able to|are able to) (?:advise|confirm|tell you|inform you) that\b")
        .expect("valid pattern")
});
static HOLDS: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new(r"(?i)\b(?:hold|holds|held)\b").expect("valid pattern"));

/// "answered within the cost limit": a limit met, not exceeded.
static WITHIN_LIMIT: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)\bwithin\s+(?:the\s+)?(?:\w+\s+)?(?:cost|appropriate|fees?|time)\s+(?:limit|threshold)")
        .expect("valid within-limit pattern")
});

/// "is not exempt under", "was not withheld": a negation right before the signal.
static NEGATED_JUST_BEFORE: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new(r"(?i)\bnot\s+(?:\w+\s+)?$").expect("valid negation pattern"));

/// The first match of a pattern that is stated, not made a condition earlier in its sentence.
fn unconditional_match<'t>(pattern: &Pattern, text: &'t str) -> Option<regex::Match<'t>> {
    // A few matches are enough to find a stated one, and keep the work linear in the line.
    pattern.find_iter(text).take(8).find(|found| {
        let before = &text[..found.start()];
        let sentence = &before[before.rfind(['.', ';', '?', '!']).map_or(0, |at| at + 1)..];
        !CONDITION.is_match(sentence) && !NEGATED_JUST_BEFORE.is_match(sentence)
    })
}

/// "we are not obliged to confirm or deny" explains the law without refusing anything.
static NOT_OBLIGED: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)\bnot (?:obliged|required) to (?:either )?confirm or deny").expect("valid pattern")
});

/// True when a stretch of an answer gives information: a figure, a plain answer, or words
/// that hand information over.
pub(crate) fn answers_something(text: &str) -> bool {
    ANY_DISCLOSED.is_match(text) || FULL.is_match(text) || text.lines().any(gives_answer)
}

/// True when a stretch of text explains that the information is not readily found, the
/// preface of a cost refusal or of not holding rather than an answer.
pub(crate) fn prefaces_refusal(text: &str) -> bool {
    NOT_RETRIEVABLE.is_match(text)
}

/// True when a line of the authority answers something: a figure or a plain answer, with no
/// refusal, cost limit or not-held statement in it.
fn gives_answer(text: &str) -> bool {
    gives_answer_with(text, &Signs::of(text))
}

/// [`gives_answer`] for a line whose signs were already read.
fn gives_answer_with(text: &str, signs: &Signs) -> bool {
    if signs.has(Sign::Withheld)
        || signs.has(Sign::Cost)
        || signs.has(Sign::NotHeld)
        || signs.has(Sign::Ncnd)
        || signs.has(Sign::Vexatious)
    {
        return false;
    }
    // "… is not in an easily retrievable format. There are approximately 240 officers …" explains
    // the search a refusal will rest on; its numbers answer nothing.
    if NOT_RETRIEVABLE.is_match(text) {
        return false;
    }
    if PLAIN_ANSWER.is_match(text) {
        return true;
    }
    // "I can advise that one charge was found not guilty": an answer in words. Confirming only
    // that information is held answers nothing yet.
    if ADVISES.is_match(text) && !HOLDS.is_match(text) {
        return true;
    }
    // A name and a number ("Rob Brettell", "1705 Consultancy") is a signature, not an answer.
    text.split_whitespace().count() >= 3
        && !PROCEDURAL.is_match(text)
        && figures::figures_in_text(text, 0).iter().any(|figure| !figure.label.trim().is_empty())
}

/// The decision on the whole request, with the span it was read from.
///
/// `answered_any` says whether some question received an answer, which turns a refusal into
/// a partial disclosure. Not holding part of what was asked does not make a disclosure partial:
/// everything held was given.
pub(crate) fn decide(signals: &Signals, answered_any: bool) -> (Decision, Option<Span>) {
    let released = signals.full.or(signals.any_disclosed).or(signals.answered);
    let disclosed = released.is_some() || answered_any;
    let refused_part = signals.withheld.or(signals.cost).or(signals.vexatious).or(signals.ncnd);
    if let Some(span) = signals.full {
        if refused_part.is_none() {
            return (Decision::Full, Some(span));
        }
    }
    if let Some(span) = signals.some {
        return (Decision::Partial, Some(span));
    }
    let partial_or =
        |span: Span, refused: Decision| if disclosed { (Decision::Partial, Some(span)) } else { (refused, Some(span)) };
    if let Some(span) = signals.ncnd {
        return partial_or(span, Decision::Ncnd);
    }
    if let Some(span) = signals.cost.or(signals.vexatious) {
        return partial_or(span, Decision::Refused);
    }
    if let Some(span) = signals.withheld {
        return partial_or(span, Decision::Refused);
    }
    if let Some(span) = signals.not_held {
        return if disclosed { (Decision::Full, released.or(Some(span))) } else { (Decision::NotHeld, Some(span)) };
    }
    if let Some(span) = released {
        return (Decision::Full, Some(span));
    }
    if answered_any {
        return (Decision::Full, None);
    }
    // A review that stands by answers and names no refusal leaves them given in full.
    if let Some(span) = signals.upheld {
        return (Decision::Full, Some(span));
    }
    (Decision::Unknown, None)
}

/// A refusal scoped to some questions ("In relation to questions 1 and 2 … exempt") while the
/// request printed others leaves those others answered or dealt with apart: the letter is partial.
pub(crate) fn scope_refusal(decision: Decision, signals: &Signals, lines: &[Line<'_>], voices: &[Voice]) -> Decision {
    let Some(refusal) = signals.withheld.or(signals.cost).filter(|_| decision == Decision::Refused) else {
        return decision;
    };
    let Some(line) = lines.iter().find(|line| line.span.contains(refusal)) else { return decision };
    let named = questions_mentioned(line.text);
    if named.is_empty() {
        return decision;
    }
    let asked_others = lines
        .iter()
        .zip(voices)
        .filter(|(_, voice)| **voice == Voice::Requester)
        .filter_map(|(line, _)| read_label(line.text).and_then(|label| label.number))
        .any(|number| !named.contains(&number));
    if asked_others {
        Decision::Partial
    } else {
        decision
    }
}

/// True when a stretch of text hands over some information.
pub(crate) fn discloses_something(text: &str) -> bool {
    ANY_DISCLOSED.is_match(text) || FULL.is_match(text)
}

/// The outcome a stretch of the authority's text gives, if it says one.
pub(crate) fn outcome_of(text: &str) -> Option<Outcome> {
    if DISCLOSED_ANSWERS.is_match(text) {
        return Some(Outcome::Answered);
    }
    outcome_of_refusal(text)
}

static DISCLOSED_ANSWERS: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)\b(?:have|has) (?:disclosed|provided|answered) (?:the answers? to|the data for|answers? to)\b|\bi will provide the data for\b").expect("valid pattern")
});

/// The refusal a stretch of text states, if any.
fn outcome_of_refusal(text: &str) -> Option<Outcome> {
    if NCND.is_match(text) {
        Some(Outcome::Ncnd)
    } else if COST.is_match(text) || SECTION_12.is_match(text) {
        Some(Outcome::RefusedCost)
    } else if NOT_HELD.is_match(text) || HELD_ELSEWHERE.is_match(text) {
        Some(Outcome::NotHeld)
    } else if WITHHELD.is_match(text) || EXEMPTED.is_match(text) {
        Some(Outcome::Withheld)
    } else {
        None
    }
}

static SECTION_12: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new(r"(?i)\b(?:section|s\.?)\s?12\b").expect("valid section 12 pattern"));
static HELD_ELSEWHERE: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)\b(?:information is held by (?:the )?(?:office of )?(?:another|a separate|the [a-z ]*commissioner)|direct this (?:part of your )?request to|cannot be answered)").expect("valid pattern")
});
static EXEMPTED: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)\b(?:exempted|withheld|redacted|exemption has been applied)\b").expect("valid pattern")
});

/// Question numbers a sentence refers to: "questions 2 and 6", "Q3", "Questions One (1) and
/// Two (2)", "questions 3 to 5", "Questions 5&6", "point 4".
pub(crate) fn questions_mentioned(text: &str) -> Vec<u32> {
    static MENTION: LazyLock<Pattern> = LazyLock::new(|| {
        Pattern::new(r"(?i)\b(?:questions?|q\.?|points?|requests?)\s*(?P<list>\d{1,3}[a-z]?(?:\s*(?:,|and|&|to|-|–|or)\s*\d{1,3}[a-z]?)*|(?:[a-z]+\s*\(\d{1,3}\)(?:\s*(?:,|and|&)\s*)?)+)")
            .expect("valid mention pattern")
    });
    static NUMBER: LazyLock<Pattern> =
        LazyLock::new(|| Pattern::new(r"\d{1,3}|\bto\b|[-–]").expect("valid number pattern"));
    let mut numbers = Vec::new();
    for found in MENTION.captures_iter(text) {
        let Some(list) = found.name("list") else { continue };
        let mut range_from: Option<u32> = None;
        let mut pending_range = false;
        for token in NUMBER.find_iter(list.as_str()) {
            match token.as_str().parse::<u32>() {
                Ok(number) => {
                    if let (true, Some(from)) = (pending_range, range_from) {
                        // A range is a few questions, not a hundred: "questions 3 to 5".
                        if number > from && number - from <= 50 {
                            numbers.extend(from + 1..number);
                        }
                    }
                    numbers.push(number);
                    range_from = Some(number);
                    pending_range = false;
                }
                Err(_) => pending_range = true,
            }
        }
    }
    numbers.sort_unstable();
    numbers.dedup();
    numbers
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn question_mentions_in_their_shapes() {
        assert_eq!(questions_mentioned("In respect of Questions One (1) and Two (2) the MPS"), vec![1, 2]);
        assert_eq!(questions_mentioned("In regards to questions 3 to 5, the requested"), vec![3, 4, 5]);
        assert_eq!(questions_mentioned("Questions 5&6 – This information is held"), vec![5, 6]);
        assert_eq!(questions_mentioned("with reference to Q.7 Who is"), vec![7]);
    }
}
