//! The JSON the CLI prints. These shapes are a contract with scripts: fields are only ever
//! added, never renamed or removed. The README documents them.

mod documents;
pub mod letter;
mod redactions;
mod register;
mod review;
mod threads;

pub use documents::{ImportLine, ListedDocument, ReadAgainLine, ShownDocument};
pub use letter::ParsedLetter;
pub use redactions::{FoundRedaction, KeptRedaction};
pub use register::RegisterReport;
pub use review::{CorrectionReport, ExportedReport, ExportedStatus, SearchResult};
pub use threads::{
    AnswerDiff, CellChangeLine, DiffOpLine, FigureChangeLine, ListedThread, MoveLine, SuggestionLine,
    ThreadTimelineJson,
};
