//! Integration tests of disclosure-library, one module per source module: the sample library
//! is imported into an in-memory store and the review work is done on it as a reviewer would.

mod annotating;
mod correcting;
mod export;
mod flagging;
mod linking;
mod reading_again;
mod redacting;
mod refresh;
mod register;
mod threading;
mod trend_figures;
