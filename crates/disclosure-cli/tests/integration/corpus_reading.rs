//! How well `disclosure parse --json` reads the labelled real letters, scored field by field
//! against what a careful reviewer read in each (`labels.json` beside the letters): references
//! as printed, decisions, neither-confirm-nor-deny, question counts, and the exemption sections
//! applied. The figures are printed on every run; the test fails when one falls below its floor,
//! so a rule that helps one authority's letters cannot quietly break another's.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

use serde_json::Value;

use crate::corpus;

/// What one folder scored.
#[derive(Debug, Default)]
struct Scores {
    n_letters: usize,
    reference: usize,
    decision: usize,
    ncnd: usize,
    questions: usize,
    questions_labelled: usize,
    true_positives: usize,
    false_positives: usize,
    false_negatives: usize,
    misses: Vec<String>,
}

impl Scores {
    fn precision(&self) -> f64 {
        ratio(self.true_positives, self.true_positives + self.false_positives)
    }

    fn recall(&self) -> f64 {
        ratio(self.true_positives, self.true_positives + self.false_negatives)
    }

    fn print(&self, folder: &str) {
        eprintln!("{} letters in {folder}", self.n_letters);
        eprintln!("  reference        {}/{}", self.reference, self.n_letters);
        eprintln!("  decision         {}/{}", self.decision, self.n_letters);
        eprintln!("  ncnd             {}/{}", self.ncnd, self.n_letters);
        eprintln!("  question count   {}/{}", self.questions, self.questions_labelled);
        eprintln!("  exemptions       precision {:.2}  recall {:.2}", self.precision(), self.recall());
        for miss in &self.misses {
            eprintln!("- {miss}");
        }
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

/// The section a provision belongs to: "40" for "40(2)", "12" for "reg 12(4)(a)", "12A" for "12A(1)".
fn section_of(provision: &str) -> String {
    let last_word = provision.split_whitespace().last().unwrap_or(provision);
    let Some(start) = last_word.find(|c: char| c.is_ascii_digit()) else { return provision.to_string() };
    let rest = &last_word[start..];
    let digits = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
    let letter = rest[digits..].chars().next().filter(char::is_ascii_uppercase).map_or(0, char::len_utf8);
    rest[..digits + letter].to_string()
}

fn score_folder(folder: &Path) -> Scores {
    let labels: Value =
        serde_json::from_str(&std::fs::read_to_string(folder.join("labels.json")).expect("labels.json"))
            .expect("labels.json is JSON");
    let mut scores = Scores::default();
    for (key, label) in
        labels.as_object().expect("labels are an object").iter().filter(|(key, _)| !key.starts_with('_'))
    {
        scores.n_letters += 1;
        let output = Command::new(env!("CARGO_BIN_EXE_disclosure"))
            .args(["parse", folder.join(key).to_str().expect("utf-8 path"), "--json"])
            .output()
            .expect("the disclosure binary runs");
        let Ok(read) = serde_json::from_slice::<Value>(&output.stdout) else {
            scores.misses.push(format!("{key}: parse printed no JSON (exit {:?})", output.status.code()));
            continue;
        };
        let mut wrong = Vec::new();
        if read["reference"].as_str().filter(|reference| !reference.is_empty()) == label["reference"].as_str() {
            scores.reference += 1;
        } else {
            wrong.push(format!("reference: {} ≠ {}", read["reference"], label["reference"]));
        }
        // A whole-letter "neither confirm nor deny" is a refusal; NCND is scored on its own line.
        let decision = match read["decision"].as_str() {
            Some("ncnd") => Some("refused"),
            other => other,
        };
        if decision == label["decision"].as_str() {
            scores.decision += 1;
        } else {
            wrong.push(format!("decision: {} ≠ {}", read["decision"], label["decision"]));
        }
        if read["ncnd"].as_bool().unwrap_or(false) == label["ncnd"].as_bool().unwrap_or(false) {
            scores.ncnd += 1;
        } else {
            wrong.push(format!("ncnd: {} ≠ {}", read["ncnd"], label["ncnd"]));
        }
        if let Some(expected) = label["n_questions"].as_u64() {
            scores.questions_labelled += 1;
            let n_read = read["questions"].as_array().map_or(0, Vec::len) as u64;
            if n_read == expected {
                scores.questions += 1;
            } else {
                wrong.push(format!("questions: {n_read} ≠ {expected}"));
            }
        }
        if !label["exemptions_implicit"].as_bool().unwrap_or(false) {
            let got: BTreeSet<String> = read["exemptions"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|exemption| match exemption["section"].as_str() {
                    Some(section) if !section.is_empty() => section.to_string(),
                    _ => section_of(exemption["provision"].as_str().unwrap_or_default()),
                })
                .collect();
            let want: BTreeSet<String> = label["exemption_sections"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|section| section_of(&section.as_str().map_or_else(|| section.to_string(), str::to_string)))
                .collect();
            scores.true_positives += got.intersection(&want).count();
            scores.false_positives += got.difference(&want).count();
            scores.false_negatives += want.difference(&got).count();
            if got != want {
                wrong.push(format!("exemption sections: {got:?} ≠ {want:?}"));
            }
        }
        if !wrong.is_empty() {
            scores.misses.push(format!("{key}: {}", wrong.join("; ")));
        }
    }
    scores
}

/// The least each figure may be, as fractions of the letters (of the labelled ones for questions).
#[derive(Debug)]
struct Floors {
    reference: f64,
    decision: f64,
    ncnd: f64,
    questions: f64,
    precision: f64,
    recall: f64,
}

fn check(scores: &Scores, floors: &Floors, folder: &str) {
    scores.print(folder);
    let share = |part: usize, whole: usize| ratio(part, whole);
    let figures = [
        ("references read as printed", share(scores.reference, scores.n_letters), floors.reference),
        ("decisions", share(scores.decision, scores.n_letters), floors.decision),
        ("neither-confirm-nor-deny", share(scores.ncnd, scores.n_letters), floors.ncnd),
        ("question counts", share(scores.questions, scores.questions_labelled), floors.questions),
        ("exemption precision", scores.precision(), floors.precision),
        ("exemption recall", scores.recall(), floors.recall),
    ];
    for (what, got, floor) in figures {
        assert!(
            got + 1e-9 >= floor,
            "{folder}: {what} fell to {got:.3}, below the floor {floor:.3}; the reading got worse on real letters (misses above)"
        );
    }
}

#[test]
fn police_letters_read_as_a_reviewer_reads_them() {
    let Some(corpus) = corpus() else { return };
    let scores = score_folder(&corpus);
    check(
        &scores,
        // Reached: references 58/58, decisions 56/58, NCND 58/58, questions 46/47, exemptions 1.00 / 1.00.
        &Floors { reference: 1.0, decision: 0.96, ncnd: 1.0, questions: 0.97, precision: 1.0, recall: 1.0 },
        "police letters (seeds/, real/)",
    );
}

#[test]
fn other_authorities_letters_read_as_a_reviewer_reads_them() {
    let Some(corpus) = corpus() else { return };
    let scores = score_folder(&corpus.join("wider"));
    check(
        &scores,
        // Reached: references 60/60, decisions 60/60, NCND 60/60, questions 46/48, exemptions 1.00 / 1.00.
        &Floors { reference: 1.0, decision: 1.0, ncnd: 1.0, questions: 0.95, precision: 1.0, recall: 1.0 },
        "councils, NHS, departments, fire and others (wider/)",
    );
}
