//! The sample library: letters this project wrote itself, so a new user sees the app working
//! before owning any files.
//!
//! Fernshire Constabulary is fictional. Its four yearly answers to the same questions give the
//! later features material: a thread over years, figures that change, one partial refusal under
//! Section 40(2), and one letter whose question numbers skip 3.

/// One sample letter: the file name it is imported under and its text.
#[derive(Debug, Clone, Copy)]
pub struct SampleLetter {
    /// File name shown in the library, as if the letter had been imported from disk.
    pub file_name: &'static str,
    /// The letter's text, UTF-8.
    pub text: &'static str,
}

/// The sample library, oldest letter first.
pub const SAMPLE_LETTERS: &[SampleLetter] = &[
    SampleLetter {
        file_name: "fernshire-2021-vetting-and-suspensions.txt",
        text: include_str!("../samples/fernshire-2021-vetting-and-suspensions.txt"),
    },
    SampleLetter {
        file_name: "fernshire-2022-vetting-and-suspensions.txt",
        text: include_str!("../samples/fernshire-2022-vetting-and-suspensions.txt"),
    },
    SampleLetter {
        file_name: "fernshire-2023-vetting-and-suspensions.txt",
        text: include_str!("../samples/fernshire-2023-vetting-and-suspensions.txt"),
    },
    SampleLetter {
        file_name: "fernshire-2024-vetting-and-suspensions.txt",
        text: include_str!("../samples/fernshire-2024-vetting-and-suspensions.txt"),
    },
];
