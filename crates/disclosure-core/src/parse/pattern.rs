//! The reader's regular expressions, kept fast on text with curly quotes, dashes and pound signs.
//!
//! A Unicode word boundary (`\b`) sends the regex engine from its fast automaton to a slow one as
//! soon as a line holds a non-ASCII character, which most real letters' lines do. So each pattern
//! is kept twice: as written, and without its word boundaries. Dropping a boundary can only let
//! more lines match, so a non-ASCII line the loose copy rejects cannot match the pattern as
//! written, and the slow search is run only on the few lines that could. Results are always
//! those of the pattern as written.
//!
//! The loose copy is compiled the first time a non-ASCII text is searched: compiling costs more
//! than most searches, and a command reading only ASCII text never pays for it.

use std::sync::OnceLock;

use regex::{CaptureMatches, Captures, Match, Matches, Regex, RegexSet, SetMatches};

/// A regular expression with a fast first check for non-ASCII lines.
#[derive(Debug)]
pub(crate) struct Pattern {
    exact: Regex,
    /// The pattern without word boundaries, when it has any, and its compiled form once needed.
    loose: Option<(String, OnceLock<Option<Regex>>)>,
}

impl Pattern {
    pub(crate) fn new(pattern: &str) -> Result<Self, regex::Error> {
        Ok(Pattern { exact: Regex::new(pattern)?, loose: loose_copy(pattern).map(|loose| (loose, OnceLock::new())) })
    }

    /// False only when the pattern cannot match `text`.
    fn may_match(&self, text: &str) -> bool {
        match &self.loose {
            Some((source, compiled)) if !text.is_ascii() => {
                // Dropping boundaries from a valid pattern leaves a valid one; were it refused,
                // the exact search alone still gives the right answer.
                compiled.get_or_init(|| Regex::new(source).ok()).as_ref().is_none_or(|loose| loose.is_match(text))
            }
            _ => true,
        }
    }

    pub(crate) fn is_match(&self, text: &str) -> bool {
        self.may_match(text) && self.exact.is_match(text)
    }

    pub(crate) fn find<'t>(&self, text: &'t str) -> Option<Match<'t>> {
        if self.may_match(text) {
            self.exact.find(text)
        } else {
            None
        }
    }

    pub(crate) fn captures<'t>(&self, text: &'t str) -> Option<Captures<'t>> {
        if self.may_match(text) {
            self.exact.captures(text)
        } else {
            None
        }
    }

    pub(crate) fn find_iter<'r, 't>(
        &'r self,
        text: &'t str,
    ) -> std::iter::Flatten<std::option::IntoIter<Matches<'r, 't>>> {
        self.may_match(text).then(|| self.exact.find_iter(text)).into_iter().flatten()
    }

    pub(crate) fn captures_iter<'r, 't>(
        &'r self,
        text: &'t str,
    ) -> std::iter::Flatten<std::option::IntoIter<CaptureMatches<'r, 't>>> {
        self.may_match(text).then(|| self.exact.captures_iter(text)).into_iter().flatten()
    }
}

/// A set of regular expressions with the same fast first check.
#[derive(Debug)]
pub(crate) struct PatternSet {
    exact: RegexSet,
    /// The patterns without word boundaries, when any has one, and their set once needed.
    loose: Option<(Vec<String>, OnceLock<Option<RegexSet>>)>,
}

impl PatternSet {
    pub(crate) fn new<'p>(patterns: impl IntoIterator<Item = &'p str>) -> Result<Self, regex::Error> {
        let patterns: Vec<&str> = patterns.into_iter().collect();
        let loose = patterns.iter().any(|pattern| loose_copy(pattern).is_some()).then(|| {
            let sources =
                patterns.iter().map(|pattern| loose_copy(pattern).unwrap_or_else(|| pattern.to_string())).collect();
            (sources, OnceLock::new())
        });
        Ok(PatternSet { exact: RegexSet::new(&patterns)?, loose })
    }

    fn may_match(&self, text: &str) -> bool {
        match &self.loose {
            Some((sources, compiled)) if !text.is_ascii() => {
                compiled.get_or_init(|| RegexSet::new(sources).ok()).as_ref().is_none_or(|loose| loose.is_match(text))
            }
            _ => true,
        }
    }

    pub(crate) fn is_match(&self, text: &str) -> bool {
        self.may_match(text) && self.exact.is_match(text)
    }

    /// Which patterns match, as [`RegexSet::matches`] says.
    pub(crate) fn first_match(&self, text: &str) -> Option<usize> {
        if !self.may_match(text) {
            return None;
        }
        let found: SetMatches = self.exact.matches(text);
        found.iter().next()
    }
}

/// The pattern with its Unicode word boundaries removed, or `None` when it has none.
fn loose_copy(pattern: &str) -> Option<String> {
    let mut loose = String::with_capacity(pattern.len());
    let mut removed = false;
    let mut characters = pattern.chars().peekable();
    while let Some(character) = characters.next() {
        if character != '\\' {
            loose.push(character);
            continue;
        }
        match characters.next() {
            Some('b') => removed = true,
            Some(escaped) => {
                loose.push('\\');
                loose.push(escaped);
            }
            None => loose.push('\\'),
        }
    }
    removed.then_some(loose)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loose_copy_drops_only_word_boundaries() {
        assert_eq!(loose_copy(r"(?i)\bnot\s+\w+\b"), Some(r"(?i)not\s+\w+".to_string()));
        assert_eq!(loose_copy(r"\\b\d"), None);
        assert_eq!(loose_copy(r"^\d+$"), None);
    }
}
