//! Changed figures between two answers, matched by label: "377 → 412, +35, +9.3 %".

use crate::parse::{Figure, FigureUnit, Span};

/// One figure compared across two answers.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureChange {
    /// The label as printed in the new answer (the old one when the figure is gone).
    pub label: String,
    /// What the values measure.
    pub unit: FigureUnit,
    /// The old value, when the old answer has this label.
    pub old: Option<f64>,
    /// The new value, when the new answer has this label.
    pub new: Option<f64>,
    /// Where the old value is printed in the old letter.
    pub old_span: Option<Span>,
    /// Where the new value is printed in the new letter.
    pub new_span: Option<Span>,
}

impl FigureChange {
    /// New minus old, when both are known.
    pub fn delta(&self) -> Option<f64> {
        Some(self.new? - self.old?)
    }

    /// True unless the figure holds steady: a new value, a gone value or a different one.
    pub fn is_change(&self) -> bool {
        self.delta() != Some(0.0)
    }

    /// The change as a percentage of the old value, when both are known and the old is not 0.
    pub fn percent(&self) -> Option<f64> {
        let (old, new) = (self.old?, self.new?);
        (old != 0.0).then(|| (new - old) / old.abs() * 100.0)
    }

    /// "377 → 412, +35, +9.3 %", "£412,000 → £455,500, +£43,500, +10.6 %", "gone (was 4)".
    pub fn describe(&self) -> String {
        match (self.old, self.new) {
            (Some(old), Some(new)) => {
                let delta = new - old;
                let sign = if delta < 0.0 { "−" } else { "+" };
                let mut text = format!("{} → {}, {sign}{}", self.show(old), self.show(new), self.show(delta.abs()));
                if let Some(percent) = self.percent() {
                    let sign = if percent < 0.0 { "−" } else { "+" };
                    text.push_str(&format!(", {sign}{:.1} %", percent.abs()));
                }
                text
            }
            (None, Some(new)) => format!("new: {}", self.show(new)),
            (Some(old), None) => format!("gone (was {})", self.show(old)),
            (None, None) => String::new(),
        }
    }

    fn show(&self, value: f64) -> String {
        format_figure(value, self.unit)
    }
}

/// A value as a reader expects it printed: "£468,250", "12.5%", "1,204".
pub fn format_figure(value: f64, unit: FigureUnit) -> String {
    let number = format_number(value);
    match unit {
        FigureUnit::Pounds => format!("£{number}"),
        FigureUnit::Percent => format!("{number}%"),
        FigureUnit::Count => number,
    }
}

/// A number with thousands separators, and decimals only when it has them.
fn format_number(value: f64) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    let whole = rounded.trunc().abs() as u64;
    let mut digits = whole.to_string();
    let mut grouped = String::new();
    while digits.len() > 3 {
        let tail = digits.split_off(digits.len() - 3);
        grouped = format!(",{tail}{grouped}");
    }
    let fraction = rounded.abs().fract();
    let mut text = format!("{}{digits}{grouped}", if rounded < 0.0 { "-" } else { "" });
    if fraction > 0.0 {
        let decimals = format!("{fraction:.2}");
        text.push_str(decimals.trim_start_matches('0').trim_end_matches('0'));
    }
    text
}

/// A figure label in comparable form: lower case, numbers and years dropped, spacing tidied,
/// so "officers suspended on 31 December 2022" matches its 2023 twin.
pub fn figure_label_key(label: &str) -> String {
    label
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty() && !word.chars().any(|c| c.is_ascii_digit()))
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The figures of two answers matched by unit and label (the n-th occurrence of a label with
/// the n-th), in the new answer's order, then the figures that are gone. Unchanged figures are
/// included, so a reviewer sees what held steady too; filter on [`FigureChange::is_change`] for changes.
pub fn figure_changes(old: &[Figure], new: &[Figure]) -> Vec<FigureChange> {
    let key = |figure: &Figure| (figure.unit, figure_label_key(&figure.label));
    let mut old_used = vec![false; old.len()];
    let mut changes = Vec::new();
    for figure in new {
        let wanted = key(figure);
        let matched = old.iter().enumerate().position(|(n, candidate)| !old_used[n] && key(candidate) == wanted);
        if let Some(n) = matched {
            old_used[n] = true;
        }
        let old_figure = matched.map(|n| &old[n]);
        changes.push(FigureChange {
            label: figure.label.clone(),
            unit: figure.unit,
            old: old_figure.map(|found| found.value),
            new: Some(figure.value),
            old_span: old_figure.map(|found| found.span),
            new_span: Some(figure.span),
        });
    }
    for (figure, used) in old.iter().zip(old_used) {
        if !used {
            changes.push(FigureChange {
                label: figure.label.clone(),
                unit: figure.unit,
                old: Some(figure.value),
                new: None,
                old_span: Some(figure.span),
                new_span: None,
            });
        }
    }
    changes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describes_like_a_reviewer_reads() {
        let change = FigureChange {
            label: "officers".into(),
            unit: FigureUnit::Count,
            old: Some(377.0),
            new: Some(412.0),
            old_span: None,
            new_span: None,
        };
        assert_eq!(change.describe(), "377 → 412, +35, +9.3 %");
        let money = FigureChange { unit: FigureUnit::Pounds, old: Some(412000.0), new: Some(455500.0), ..change };
        assert_eq!(money.describe(), "£412,000 → £455,500, +£43,500, +10.6 %");
    }
}
