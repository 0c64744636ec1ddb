//! The JSON the CLI prints. These shapes are a contract with scripts: fields are only ever
//! added, never renamed or removed. The README documents them.

mod documents;
pub mod letter;

pub use documents::{ImportLine, ListedDocument, ShownDocument};
pub use letter::ParsedLetter;
