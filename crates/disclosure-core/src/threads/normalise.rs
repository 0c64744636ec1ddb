//! Question text to the terms that carry its meaning: lower case, numbers, years, date ranges and
//! dates replaced by placeholders, stop words dropped, a light suffix stemming.
//!
//! The same question asked in two years ("in 2020" and "for 2021, 2022, 2023") must give the
//! same terms; the wording of the period is not what the question is about.

/// Placeholder for a year, a financial year ("2019/20") or a range of years.
pub const YEAR_TERM: &str = "#year";
/// Placeholder for any other number.
pub const NUMBER_TERM: &str = "#number";

/// Words that say nothing about what is asked: grammar, request politeness and period wording.
const STOP_WORDS: &[&str] = &[
    "a", "about", "above", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been",
    "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does", "each", "either",
    "for", "from", "further", "had", "has", "have", "how", "i", "if", "in", "into", "is", "it", "its", "last",
    "many", "may", "me", "much", "my", "of", "on", "or", "other", "our", "over", "past", "per", "please",
    "provide", "previous", "since", "so", "such", "than", "that", "the", "their", "them", "there", "these",
    "they", "this", "those", "through", "to", "under", "up", "us", "was", "we", "were", "what", "when", "where",
    "which", "who", "whom", "whose", "why", "will", "with", "would", "you", "your", "year", "years", "yearly",
    "annual", "annually", "period", "calendar", "financial", "date", "dates", "respectively", "current",
    "currently", "kindly", "also", "tell", "let", "know", "like", "able", "supply", "give", "detail", "details",
    "breakdown", "broken", "down", "information", "figure", "figures", "number", "numbers", "total", "one",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "q", "question",
    "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "st", "nd",
    "rd", "th", "e", "g", "eg", "ie", "etc", "not", "no", "yes", "same", "own", "out", "off", "within", "during",
];

/// The meaning-bearing terms of a question, in order of appearance, repeats kept.
pub fn question_terms(text: &str) -> Vec<String> {
    let mut terms: Vec<String> = Vec::new();
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
                if part.len() > 1 && !STOP_WORDS.contains(&part) {
                    terms.push(stem(part));
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

/// "2020", "2019/20", "2019-2020", "2019/2020", "1990s".
fn is_year_like(word: &str) -> bool {
    let is_year = |part: &str| part.len() == 4 && part.starts_with(['1', '2']) && part.chars().all(|c| c.is_ascii_digit());
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
fn stem(word: &str) -> String {
    let strip = |suffix: &str, keep: usize| -> Option<String> {
        word.strip_suffix(suffix).filter(|stemmed| stemmed.chars().count() >= keep).map(str::to_string)
    };
    if let Some(stemmed) = strip("ies", 3) {
        return format!("{stemmed}y");
    }
    for (suffix, keep) in [("ings", 4), ("ing", 4), ("ness", 4), ("ments", 4), ("ment", 4), ("ed", 4), ("es", 4)] {
        if suffix == "es" && !(word.ends_with("ches") || word.ends_with("shes") || word.ends_with("sses") || word.ends_with("xes")) {
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
}
