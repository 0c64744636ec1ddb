//! Question text to the terms that carry its meaning: lower case, numbers, years, date ranges and
//! dates replaced by placeholders, stop words dropped, a light suffix stemming, words of one
//! meaning folded into one term, and a name written out standing also for its initials.
//!
//! The same question asked in two years ("in 2020" and "for 2021, 2022, 2023") must give the
//! same terms; the wording of the period is not what the question is about.

use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};

/// Placeholder for a year, a financial year ("2019/20") or a range of years.
pub const YEAR_TERM: &str = "#year";
/// Placeholder for any other number.
pub const NUMBER_TERM: &str = "#number";

/// Words that say nothing about what is asked: grammar, request politeness and period wording.
#[rustfmt::skip]
pub(crate) const STOP_WORDS: &[&str] = &[
    "a", "about", "above", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been",
    "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does", "each", "either",
    "for", "from", "further", "had", "has", "have", "how", "i", "if", "in", "into", "is", "it", "its", "last",
    "many", "may", "me", "much", "my", "of", "on", "or", "other", "our", "over", "past", "per", "please",
    "provide", "previous", "since", "so", "such", "than", "that", "the", "their", "them", "there", "these",
    "they", "this", "those", "through", "to", "under", "up", "us", "was", "we", "were", "what", "when", "where",
    "which", "who", "whom", "whose", "why", "will", "with", "would", "you", "your", "year", "years", "yearly",
    "annual", "annually", "period", "calendar", "financial", "date", "dates", "respectively", "current",
    "currently", "serving", "kindly", "also", "tell", "let", "know", "like", "able", "supply", "give", "detail", "details",
    "breakdown", "broken", "down", "information", "figure", "figures", "number", "numbers", "total", "one",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "q", "question",
    "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "st", "nd",
    "rd", "th", "e", "g", "eg", "ie", "etc", "not", "no", "yes", "same", "own", "out", "off", "within", "during", "receive", "includ", "taking",
];

/// True for a word of [`STOP_WORDS`]: a set, since every word of every question is looked up.
pub(crate) fn is_stop_word(word: &str) -> bool {
    static SET: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| STOP_WORDS.iter().copied().collect());
    SET.contains(word)
}

/// The meaning-bearing terms of a question, in order of appearance, repeats kept.
pub fn question_terms(text: &str) -> Vec<String> {
    let mut terms: Vec<String> = Vec::new();
    let text = without_enumerating_opening(text);
    for word in text.split(|c: char| !(c.is_alphanumeric() || c == '/' || c == '-' || c == '\'')) {
        let word = word.trim_matches(|c: char| c == '/' || c == '-' || c == '\'');
        if word.is_empty() {
            continue;
        }
        let lower = word.to_lowercase();
        let term = if is_year_like(&lower) {
            YEAR_TERM.to_string()
        } else if lower.chars().any(|c| c.is_ascii_digit()) {
            // "31st", "3A", "12/03": numbers however they are dressed.
            NUMBER_TERM.to_string()
        } else {
            // Hyphenated words count as their parts: "re-vetting" and "re vetting" agree.
            for part in lower.split(['-', '/', '\'']) {
                let part = part.trim();
                if part.len() > 1 && !is_stop_word(part) {
                    let stemmed = stem(part);
                    // "periods" and "dates" are as empty as "period" and "date".
                    if !is_stop_word(&stemmed) {
                        terms.push(fold_synonym(stemmed));
                    }
                }
            }
            continue;
        };
        // "2020, 2021, 2022" and "2018-2022" both name one period: one placeholder.
        if terms.last().is_some_and(|last| *last == term) {
            continue;
        }
        terms.push(term);
    }
    terms
}

/// Words a requester opens a question with to count it off ("First, …", "Secondly, …"): they
/// say where the question stands in the letter, not what it asks.
const ENUMERATING_OPENINGS: &[&str] =
    &["first", "firstly", "second", "secondly", "third", "thirdly", "finally", "lastly", "next", "additionally"];

/// The question without an enumerating opening followed by a comma or colon.
fn without_enumerating_opening(text: &str) -> &str {
    let trimmed = text.trim_start();
    let word_end = trimmed.find(|c: char| !c.is_alphabetic()).unwrap_or(trimmed.len());
    let (word, rest) = trimmed.split_at(word_end);
    if ENUMERATING_OPENINGS.contains(&word.to_lowercase().as_str()) && (rest.starts_with(',') || rest.starts_with(':'))
    {
        &rest[1..]
    } else {
        text
    }
}

/// Words that requests use for one thing, folded into one term: a reviewer reads "unoccupied
/// buildings" and "vacant properties", or "grassland fires" and "wildfires", as the same ask.
/// Only families whose members mean the same in any authority's letters belong here.
#[rustfmt::skip]
const SYNONYMS: &[(&str, &[&str])] = &[
    ("vacant", &["unoccupi", "empty", "vacant"]),
    ("wildfire", &["wildfire", "grassland", "woodland", "heathland", "moorland", "vegetat"]),
    ("dismiss", &["dismiss", "dismissal", "sack"]),
    ("property", &["property", "premise", "build"]),
    ("vett", &["vett", "revett"]),
    // Misconduct, disciplinary and court proceedings are heard: a letter asks of either.
    ("hear", &["hear", "proceed"]),
];

/// The term a stemmed word stands for: its family's, when it has one.
pub(crate) fn fold_synonym(stemmed: String) -> String {
    static FAMILIES: LazyLock<FxHashMap<&'static str, &'static str>> = LazyLock::new(|| {
        SYNONYMS.iter().flat_map(|(family, members)| members.iter().map(move |member| (*member, *family))).collect()
    });
    match FAMILIES.get(stemmed.as_str()) {
        Some(family) => (*family).to_string(),
        None => stemmed,
    }
}

/// What a question counts, by the stems that name it: the event an officer or a case went through.
/// Two questions counting different events ("investigated for misconduct" and "misconduct
/// hearings", "under investigation" and "convicted") ask different things, however alike their
/// subject.
#[rustfmt::skip]
const MEASURES: &[&[&str]] = &[
    &["investigat"],
    &["convict"],
    &["dismiss"],
    &["hear=", "heard=", "proceed"],
    &["alleg"],
    &["suspen"],
    &["complain", "complaint"],
    &["resign", "retire", "retir"],
    &["appeal"],
    &["arrest"],
    &["prosecut"],
    &["spen", "cost", "paid", "money", "pay", "expenditure"],
];

/// The events a question's terms count, one bit per entry of [`MEASURES`].
pub fn measures_of(terms: &[String]) -> u32 {
    let mut found = 0u32;
    for term in terms {
        for (bit, prefixes) in MEASURES.iter().enumerate() {
            // A stem ending in '=' is matched whole: "hear" is a hearing, "heart" is not.
            let names = |prefix: &&str| match prefix.strip_suffix('=') {
                Some(whole) => term == whole,
                None => term.starts_with(prefix),
            };
            if prefixes.iter().any(names) {
                found |= 1 << bit;
            }
        }
    }
    found
}

/// The kinds of quantity a question may ask of its subject: how many, how long, how much.
/// "How many officers were investigated?" and "How long does an investigation last?" name one
/// subject and ask different things of it.
#[rustfmt::skip]
const QUANTITIES: &[&[&str]] = &[
    &["how many", "number of", "numbers of", "count of"],
    &["how long", "length of", "duration", "average time", "time taken", "time between", "time it takes",
      "how many days", "how many weeks", "how many months", "how many hours"],
    &["how much", "amount of", "cost of", "sum of"],
];

/// The kinds of quantity an ask asks for, one bit per entry of [`QUANTITIES`]; naught when it
/// asks for none (a document, a policy, a yes or no).
pub fn quantities_of(ask: &str) -> u32 {
    let mut ask = ask.to_lowercase();
    if ask.contains('(') {
        // Asides do not break the phrase: "average length (months) of".
        let mut depth = 0usize;
        let mut kept = String::with_capacity(ask.len());
        for c in ask.chars() {
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                _ if depth == 0 => kept.push(c),
                _ => {}
            }
        }
        ask = kept.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    let mut found = 0u32;
    for (bit, phrases) in QUANTITIES.iter().enumerate() {
        if phrases.iter().any(|phrase| ask.contains(phrase)) {
            found |= 1 << bit;
        }
    }
    found
}

/// Fewest words the ask of a question keeps: "To date." is no ask, the sentence after it is.
const LEAST_ASK_WORDS: usize = 4;

/// What a question asks, without how it is qualified: its first sentence, bracketed asides
/// dropped ("How many gross misconduct hearings were there?" out of "… If possible, categorise
/// them (e.g. sexual misconduct)"). A request re-asked in another year keeps its ask and changes
/// its qualifications, which dilute a comparison of the whole texts.
pub fn ask_of(text: &str) -> String {
    split_ask(text).0
}

/// A question's ask ([`ask_of`]) and the rest of its words (its asides and the sentences after
/// the ask), so that each word is read into terms once.
pub fn split_ask(text: &str) -> (String, String) {
    let (mut ask, mut rest) = (String::new(), String::new());
    let mut depth = 0usize;
    let mut asked = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '(' | '[' => {
                depth += 1;
                rest.push(' ');
            }
            ')' | ']' => {
                depth = depth.saturating_sub(1);
                rest.push(' ');
            }
            _ if depth > 0 || asked => rest.push(c),
            _ => {
                ask.push(c);
                let ends_sentence =
                    matches!(c, '?' | '!') || (c == '.' && chars.peek().is_none_or(|next| next.is_whitespace()));
                asked = ends_sentence && ask.split_whitespace().count() >= LEAST_ASK_WORDS;
            }
        }
    }
    (ask, rest)
}

/// What a question counts, when its ask ([`ask_of`]) asks to count something ("How many
/// officers do you have?", "the number of officers"): the question's `words` without years and
/// numbers, sorted and distinct, or `None` when it counts nothing or names nothing it counts.
pub fn counted_thing(ask: &str, words: &[String]) -> Option<Vec<String>> {
    let ask = ask.to_lowercase();
    if !ask.contains("how many") && !ask.contains("number of") {
        return None;
    }
    let mut counted: Vec<String> =
        words.iter().filter(|word| *word != YEAR_TERM && *word != NUMBER_TERM).cloned().collect();
    counted.sort_unstable();
    counted.dedup();
    (!counted.is_empty()).then_some(counted)
}

/// True when a question opens by pointing back at the one before it ("How many of those …",
/// "Of these, …"): what it is about was named there.
pub fn refers_back(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .take(6)
        .any(|word| ["those", "these", "them"].contains(&word.to_lowercase().as_str()))
}

/// The initialisms a letter prints ("CPNs", "PSPO"), lower case and stemmed as terms are: a name
/// written out in one of its questions ("Community Protection Notices") then also stands for
/// its initials, so it meets the letter that only prints them.
pub fn printed_initialisms<'a>(texts: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for text in texts {
        for word in text.split(|c: char| !c.is_alphanumeric()) {
            let letters = word.strip_suffix('s').unwrap_or(word);
            if (2..=6).contains(&letters.chars().count()) && letters.chars().all(|c| c.is_ascii_uppercase()) {
                found.push(stem(&word.to_lowercase()));
            }
        }
    }
    found.sort_unstable();
    found.dedup();
    found
}

/// The initials of the capitalised names written out in `text` ("Fixed Penalty Notices" →
/// `fpn`) that are among `initialisms` (see [`printed_initialisms`]).
pub fn initialism_terms(text: &str, initialisms: &[String]) -> Vec<String> {
    let mut terms = Vec::new();
    let mut initials = String::new();
    let close_run = |initials: &mut String, terms: &mut Vec<String>| {
        if initials.chars().count() >= 2 && initials.chars().count() <= 6 && initialisms.binary_search(initials).is_ok()
        {
            terms.push(initials.clone());
        }
        initials.clear();
    };
    for word in text.split(|c: char| !(c.is_alphanumeric() || c == '-')) {
        if word.is_empty() {
            continue;
        }
        let capitalised = word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
            && word.chars().count() > 2;
        if capitalised {
            initials.extend(word.chars().next().into_iter().flat_map(char::to_lowercase));
        } else {
            close_run(&mut initials, &mut terms);
        }
    }
    close_run(&mut initials, &mut terms);
    terms
}

/// "2020", "2019/20", "2019-2020", "2019/2020", "1990s".
fn is_year_like(word: &str) -> bool {
    let is_year =
        |part: &str| part.len() == 4 && part.starts_with(['1', '2']) && part.chars().all(|c| c.is_ascii_digit());
    let is_short_year = |part: &str| part.len() == 2 && part.chars().all(|c| c.is_ascii_digit());
    if is_year(word) || (word.len() == 5 && word.ends_with('s') && is_year(&word[..4])) {
        return true;
    }
    let mut parts = word.split(['/', '-']);
    match (parts.next(), parts.next(), parts.next()) {
        (Some(first), Some(second), None) => is_year(first) && (is_year(second) || is_short_year(second)),
        _ => false,
    }
}

/// A light English stemmer: plural and verb endings, so "officers" meets "officer" and
/// "withdrawn" meets "withdrawal" only where the stems agree. Deliberately mild: a Porter
/// stemmer folds "police" into "polic" and "station" into "station"'s relatives, which costs
/// precision on short questions.
pub(crate) fn stem(word: &str) -> String {
    let strip = |suffix: &str, keep: usize| -> Option<String> {
        word.strip_suffix(suffix).filter(|stemmed| stemmed.chars().count() >= keep).map(str::to_string)
    };
    if let Some(stemmed) = strip("ies", 3) {
        return format!("{stemmed}y");
    }
    // "investigation" meets "investigated" and "investigating": the act and the verb are one ask.
    for suffix in ["ations", "ation"] {
        if let Some(stemmed) = strip(suffix, 4) {
            return format!("{stemmed}at");
        }
    }
    for (suffix, keep) in [("ings", 4), ("ing", 4), ("ness", 4), ("ments", 4), ("ment", 4), ("ed", 4), ("es", 4)] {
        if suffix == "es"
            && !(word.ends_with("ches") || word.ends_with("shes") || word.ends_with("sses") || word.ends_with("xes"))
        {
            continue;
        }
        if let Some(stemmed) = strip(suffix, keep) {
            return stemmed;
        }
    }
    if word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us") && !word.ends_with("is") {
        if let Some(stemmed) = strip("s", 3) {
            return stemmed;
        }
    }
    word.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_become_one_placeholder() {
        assert_eq!(
            question_terms("How many officers were suspended in each of the past three years (2020, 2021, 2022)?"),
            vec!["officer", "suspend", YEAR_TERM]
        );
        assert_eq!(question_terms("Officers suspended for 2021-2023"), vec!["officer", "suspend", YEAR_TERM]);
        assert_eq!(question_terms("spend in 2019/20"), vec!["spend", YEAR_TERM]);
    }

    #[test]
    fn questions_counting_different_events_are_told_apart() {
        let measures = |text: &str| measures_of(&question_terms(text));
        assert_ne!(
            measures("How many officers were investigated for gross misconduct?")
                & measures("List of gross misconduct hearings held in private"),
            measures("How many officers were investigated for gross misconduct?"),
            "investigated and hearings are different events"
        );
        assert_eq!(measures("officers dismissed"), measures("officers sacked"), "sacked is dismissed");
        assert_eq!(measures("How many notices were issued?"), 0, "issuing notices names no event of this list");
        assert_eq!(measures("How many heart attacks?"), 0, "a heart is no hearing");
    }

    #[test]
    fn an_enumerating_opening_is_not_what_is_asked() {
        assert_eq!(
            question_terms("First, the number of applications made at a daily level"),
            question_terms("The number of applications made at a daily level"),
            "'First,' counts the question off and must not keep it apart from the same ask unnumbered"
        );
        assert!(question_terms("First aid kits bought").contains(&"first".to_string()), "'first aid' is a subject");
    }

    #[test]
    fn questions_asking_different_quantities_are_told_apart() {
        let count = quantities_of("How many officers were investigated for gross misconduct?");
        let duration = quantities_of("On average, how long does an investigation into gross misconduct last?");
        assert_ne!(count, 0, "'how many' asks for a count");
        assert_ne!(duration, 0, "'how long' asks for a duration");
        assert_eq!(count & duration, 0, "a count and a duration are different quantities of one subject");
        assert_eq!(
            quantities_of("Average length (months) of gross misconduct investigations"),
            duration,
            "'average length of' asks for a duration as 'how long' does"
        );
        assert_eq!(quantities_of("Please send me the vetting policy."), 0, "a document is no quantity");
        assert_ne!(
            quantities_of("How many days does an investigation take on average?") & duration,
            0,
            "a count of days is a duration too"
        );
    }

    #[test]
    fn a_question_pointing_back_is_recognised() {
        assert!(refers_back("How many of those found guilty were dismissed as a result?"), "'of those' points back");
        assert!(refers_back("Of these, how many are special constables?"), "'of these' points back");
        assert!(!refers_back("How many officers were dismissed in 2022?"), "a question that names its subject");
        assert!(!refers_back("Which companies provide parking enforcement?"), "'which' asks, it does not point back");
    }

    #[test]
    fn the_ask_is_the_first_sentence_without_asides() {
        assert_eq!(
            ask_of("How many Gross misconduct hearings were there in each year. If possible, categorise them (e.g. sexual misconduct)"),
            "How many Gross misconduct hearings were there in each year.",
            "the qualification after the first sentence is not the ask"
        );
        assert_eq!(
            ask_of("How many officers faced proceedings (i.e. officers employed at the time)?"),
            "How many officers faced proceedings ?",
            "a bracketed aside is not the ask"
        );
        assert_eq!(
            ask_of("To date. How many people had their vetting removed?"),
            "To date. How many people had their vetting removed?",
            "a sentence too short to ask anything runs on into the next"
        );
    }

    #[test]
    fn a_count_names_what_it_counts() {
        let counted = |text: &str| counted_thing(&ask_of(text), &question_terms(text));
        assert_eq!(
            counted("How many officers do you currently have [1 January 2023]?"),
            counted("How many officers do you have in total?"),
            "the date asked for and the word 'total' change nothing of what is counted"
        );
        assert_eq!(
            counted("How many officers do you have?"),
            Some(vec!["officer".to_string()]),
            "officers are counted"
        );
        assert_ne!(
            counted("How many officers were vetted in 2022?"),
            counted("How many officers do you have?"),
            "officers vetted are another count"
        );
        assert_eq!(counted("Please provide a copy of the vetting policy."), None, "a copy of a policy counts nothing");
    }

    #[test]
    fn words_of_one_meaning_are_one_term() {
        assert_eq!(question_terms("unoccupied buildings"), question_terms("vacant buildings"), "unoccupied is vacant");
        assert_eq!(question_terms("grassland fires"), question_terms("vegetation fires"), "both are wildfires");
        assert!(
            question_terms("wildfires").iter().all(|term| question_terms("grassland fires").contains(term)),
            "a grassland fire is a wildfire"
        );
        assert_eq!(question_terms("officers sacked"), question_terms("officers dismissed"), "sacked is dismissed");
    }

    #[test]
    fn a_name_written_out_stands_for_the_initials_its_letter_prints() {
        let initialisms = printed_initialisms(["How many CPNs were issued?", "Community Protection Notices issued"]);
        assert_eq!(initialisms, vec!["cpn"], "CPNs is printed; 'How' is no initialism");
        assert_eq!(
            initialism_terms("How many Community Protection Notices were issued?", &initialisms),
            vec!["cpn"],
            "the name written out meets the initials"
        );
        assert!(
            initialism_terms("Community Safety Team", &initialisms).is_empty(),
            "initials the letter never prints stand for nothing"
        );
    }
}
