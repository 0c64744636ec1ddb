//! `disclosure reread`: stored letters read again from their files, after installing a program
//! a first reading lacked (Tesseract for scans) or with a newer reader; the review is kept.

use std::process::ExitCode;

use disclosure_ingest::ChildCommand;
use disclosure_library::reading_again::{documents_with_files, read_again};
use disclosure_store::Store;

use crate::wire::ReadAgainLine;
use crate::EXIT_SOME_FAILED;

pub fn reread(store: &mut Store, documents: &[String], all: bool, json: bool) -> anyhow::Result<ExitCode> {
    let ids: Vec<i64> = if all {
        documents_with_files(store)?
    } else {
        documents
            .iter()
            .map(|key| store.get_document_by_key(key).map(|record| record.row.id))
            .collect::<Result<_, _>>()?
    };
    let reader = ChildCommand::this_program();
    let mut n_failed = 0;
    for id in ids {
        let outcome = read_again(store, id, &reader);
        let line = match &outcome {
            Ok(again) => ReadAgainLine {
                id,
                status: "read",
                text_changed: Some(again.text_changed),
                ocr_pages: Some(again.n_ocr_pages),
                error: None,
            },
            Err(error) => {
                n_failed += 1;
                ReadAgainLine {
                    id,
                    status: "error",
                    text_changed: None,
                    ocr_pages: None,
                    error: Some(error.to_string()),
                }
            }
        };
        if json {
            println!("{}", serde_json::to_string(&line)?);
        } else {
            match (&outcome, &line.error) {
                (Ok(again), _) => println!(
                    "{id}: read again{}{}",
                    if again.text_changed { ", text changed" } else { ", text unchanged" },
                    match again.n_ocr_pages {
                        0 => String::new(),
                        1 => ", 1 page read by OCR".to_string(),
                        n => format!(", {n} pages read by OCR"),
                    }
                ),
                (Err(_), Some(error)) => eprintln!("error: {id}: {error}"),
                (Err(_), None) => {}
            }
        }
    }
    Ok(if n_failed > 0 { ExitCode::from(EXIT_SOME_FAILED) } else { ExitCode::SUCCESS })
}
