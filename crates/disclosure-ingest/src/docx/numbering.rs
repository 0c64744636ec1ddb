//! Word's automatic list numbers. A numbered paragraph's "1." or "a)" is not in its text: Word
//! draws it from `word/numbering.xml`. Questions are numbered this way in many letters, so the
//! labels are rebuilt here, or the parser would see questions without their numbers.

use std::collections::HashMap;

use quick_xml::events::Event;
use quick_xml::Reader;

use super::attribute;

/// How one level of a list writes its number.
#[derive(Debug, Clone, Default)]
struct Level {
    start: u32,
    format: String,
    /// The label pattern: `%1.` for "1.", `%1.%2` for "1.2", `Q%1` for "Q1".
    text: String,
}

/// The list definitions of one document: `numId` → levels.
#[derive(Debug, Clone, Default)]
pub(crate) struct Numbering {
    lists: HashMap<String, Vec<Level>>,
}

impl Numbering {
    /// Reads `word/numbering.xml`. A part it cannot read gives no numbers rather than an error:
    /// the words of the letter matter more than its list labels.
    pub(crate) fn from_xml(xml: &str) -> Numbering {
        let mut reader = Reader::from_str(xml);
        let mut abstract_levels: HashMap<String, Vec<Level>> = HashMap::new();
        let mut list_to_abstract: Vec<(String, String)> = Vec::new();
        let (mut abstract_id, mut level_idx, mut list_id): (Option<String>, Option<usize>, Option<String>) =
            (None, None, None);
        while let Ok(event) = reader.read_event() {
            let element = match &event {
                Event::Start(element) | Event::Empty(element) => element,
                Event::End(element) => {
                    match element.local_name().as_ref() {
                        b"abstractNum" => abstract_id = None,
                        b"lvl" => level_idx = None,
                        b"num" => list_id = None,
                        _ => {}
                    }
                    continue;
                }
                Event::Eof => break,
                _ => continue,
            };
            let value = || attribute(element, b"val");
            match element.local_name().as_ref() {
                b"abstractNum" => abstract_id = attribute(element, b"abstractNumId"),
                b"lvl" => level_idx = attribute(element, b"ilvl").and_then(|level| level.parse().ok()),
                b"num" => list_id = attribute(element, b"numId"),
                b"abstractNumId" => {
                    if let (Some(list), Some(target)) = (&list_id, value()) {
                        list_to_abstract.push((list.clone(), target));
                    }
                }
                name @ (b"start" | b"numFmt" | b"lvlText") => {
                    let (Some(abstract_id), Some(level_idx)) = (&abstract_id, level_idx) else { continue };
                    // Word allows nine levels; anything deeper is not a real list.
                    if level_idx > 8 {
                        continue;
                    }
                    let levels = abstract_levels.entry(abstract_id.clone()).or_default();
                    if levels.len() <= level_idx {
                        levels.resize(level_idx + 1, Level { start: 1, ..Level::default() });
                    }
                    let level = &mut levels[level_idx];
                    match name {
                        b"start" => level.start = value().and_then(|start| start.parse().ok()).unwrap_or(1),
                        b"numFmt" => level.format = value().unwrap_or_default(),
                        _ => level.text = value().unwrap_or_default(),
                    }
                }
                _ => {}
            }
        }
        let lists = list_to_abstract
            .into_iter()
            .filter_map(|(list, target)| abstract_levels.get(&target).map(|levels| (list, levels.clone())))
            .collect();
        Numbering { lists }
    }
}

/// The running counters of every list while the body is read.
#[derive(Debug, Default)]
pub(crate) struct ListNumbers {
    counters: HashMap<String, Vec<u32>>,
}

impl ListNumbers {
    /// Counts one more paragraph of list `list_id` at `level` and returns its label, if the
    /// list draws one ("1.", "a)", "•").
    pub(crate) fn next_label(&mut self, numbering: &Numbering, list_id: &str, level: usize) -> Option<String> {
        let levels = numbering.lists.get(list_id)?;
        let definition = levels.get(level)?;
        let counters = self.counters.entry(list_id.to_string()).or_insert_with(|| vec![0; levels.len()]);
        counters[level] = if counters[level] == 0 { definition.start } else { counters[level] + 1 };
        // A new item at one level restarts the levels below it.
        for deeper in counters.iter_mut().skip(level + 1) {
            *deeper = 0;
        }
        match definition.format.as_str() {
            "none" => return None,
            "bullet" => return Some("•".to_string()),
            _ => {}
        }
        let mut label = definition.text.clone();
        for (idx, level_definition) in levels.iter().enumerate().rev() {
            let placeholder = format!("%{}", idx + 1);
            if label.contains(&placeholder) {
                let value = counters[idx].max(level_definition.start);
                label = label.replace(&placeholder, &format_number(value, &level_definition.format));
            }
        }
        let label = label.trim().to_string();
        (!label.is_empty()).then_some(label)
    }
}

/// A counter written in one of Word's number formats.
fn format_number(value: u32, format: &str) -> String {
    // Letters and numerals grow with the value; a hostile start value must not allocate much.
    if value > 3999 {
        return value.to_string();
    }
    match format {
        "lowerLetter" => letters(value).to_lowercase(),
        "upperLetter" => letters(value),
        "lowerRoman" => roman(value).to_lowercase(),
        "upperRoman" => roman(value),
        _ => value.to_string(),
    }
}

/// 1 → A, 26 → Z, 27 → AA (Word repeats the letter).
fn letters(value: u32) -> String {
    let value = value.max(1);
    let letter = char::from(b'A' + ((value - 1) % 26) as u8);
    std::iter::repeat_n(letter, ((value - 1) / 26 + 1) as usize).collect()
}

fn roman(mut value: u32) -> String {
    const NUMERALS: &[(u32, &str)] = &[
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (amount, numeral) in NUMERALS {
        while value >= *amount {
            out.push_str(numeral);
            value -= amount;
        }
    }
    out
}
