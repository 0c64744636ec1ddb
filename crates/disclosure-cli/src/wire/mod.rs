//! The JSON the CLI prints. These shapes are a contract with scripts: fields are only ever
//! added, never renamed or removed. The README documents them.

mod documents;
pub mod letter;
mod threads;
mod register;
mod review;

pub use documents::{ImportLine, ListedDocument, ShownDocument};
pub use letter::ParsedLetter;
pub use register::RegisterReport;
pub use review::{ExportedReport, ExportedStatus, SearchResult};
pub use threads::{AnswerDiff, CellChangeLine, DiffOpLine, FigureChangeLine, ListedThread, MoveLine, ThreadTimelineJson};
