//! Batches: folders are walked in a stable order, every file is reported, bad files never stop
//! the batch or touch what was stored, duplicates add nothing, and progress reaches the end.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::time::Instant;

use disclosure_core::samples::SAMPLE_LETTERS;
use disclosure_ingest::batch::import_file;
use disclosure_ingest::{import_paths, import_samples, ChildCommand, FileStatus, ImportProgress, ImportReport};
use disclosure_store::Store;

/// A fresh library in its own temporary folder.
fn fresh_store() -> (tempfile::TempDir, Store) {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = Store::open(&folder.path().join("library.sqlite3")).expect("a fresh library");
    (folder, store)
}

/// Imports `paths`, returning the report and every progress event in order.
fn import(store: &mut Store, paths: &[PathBuf]) -> (ImportReport, Vec<ImportProgress>) {
    let mut events = Vec::new();
    let report = import_paths(store, paths, &mut |progress| events.push(progress.clone()));
    (report, events)
}

/// The status reported for the file whose path ends with `name`.
fn status_of(report: &ImportReport, name: &str) -> FileStatus {
    report
        .files
        .iter()
        .find(|file| Path::new(&file.path).file_name().is_some_and(|file_name| file_name == name))
        .unwrap_or_else(|| panic!("{name} must appear in the report: {:#?}", report.files))
        .status
}

fn write(folder: &Path, name: &str, bytes: &[u8]) {
    std::fs::write(folder.join(name), bytes).unwrap_or_else(|error| panic!("write {name}: {error}"));
}

/// A folder of letters as a user might drop it: good files, a bad one in the middle of the
/// walk order, an empty one, a hidden one and a subfolder.
fn mixed_folder() -> tempfile::TempDir {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let root = folder.path();
    write(root, "a-first-letter.txt", SAMPLE_LETTERS[0].text.as_bytes());
    write(root, "b-second-letter.html", b"<html><body><p>Dear Requester,</p><p>Seven officers.</p></body></html>");
    write(root, "c-photo-named-as-text.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10");
    write(root, "d-empty.txt", b"");
    write(root, "e-third-letter.txt", SAMPLE_LETTERS[1].text.as_bytes());
    write(root, ".hidden-editor-backup.txt", b"Dear Requester, draft");
    std::fs::create_dir(root.join("f-subfolder")).expect("subfolder");
    write(&root.join("f-subfolder"), "fourth-letter.txt", SAMPLE_LETTERS[2].text.as_bytes());
    folder
}

#[test]
fn a_mixed_folder_reports_every_file_and_stores_the_good_ones() {
    let (_library, mut store) = fresh_store();
    let folder = mixed_folder();
    let (report, _) = import(&mut store, &[folder.path().to_path_buf()]);

    let check = |name: &str, expected: FileStatus, why: &str| {
        assert_eq!(status_of(&report, name), expected, "{name}: {why}");
    };
    check("a-first-letter.txt", FileStatus::Imported, "a good letter is stored");
    check("b-second-letter.html", FileStatus::Imported, "a saved page is stored");
    check("c-photo-named-as-text.txt", FileStatus::Error, "an image is refused whatever its name");
    check("d-empty.txt", FileStatus::Error, "an empty file is refused");
    check("e-third-letter.txt", FileStatus::Imported, "a bad file earlier in the walk must not stop this one");
    check("fourth-letter.txt", FileStatus::Imported, "subfolders are walked");
    assert_eq!(report.files.len(), 6, "every non-hidden file gets exactly one outcome: {:#?}", report.files);
    assert!(
        report.files.iter().all(|file| !file.path.contains(".hidden")),
        "hidden files inside folders are editor and OS litter, never imported"
    );
    assert_eq!(store.count_documents().expect("count"), 4, "only the good files are stored");

    let names: Vec<&str> = report.files.iter().map(|file| file.path.rsplit('/').next().unwrap_or_default()).collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted, "files are read in a stable, sorted order so reports can be compared");

    for file in &report.files {
        match file.status {
            FileStatus::Error => {
                assert!(file.id.is_none(), "{}: a refused file has no document", file.path);
                assert!(
                    file.error.as_deref().is_some_and(|error| !error.is_empty()),
                    "{}: a refusal must say why",
                    file.path
                );
            }
            _ => assert!(file.id.is_some() && file.error.is_none(), "{}: a stored file names its document", file.path),
        }
    }
    let image = report.files.iter().find(|file| file.path.ends_with("c-photo-named-as-text.txt")).expect("image");
    assert!(
        image.error.as_deref().is_some_and(|error| error.contains("PNG")),
        "the user must learn it was an image: {image:?}"
    );
}

#[test]
fn a_bad_file_never_alters_documents_already_stored() {
    let (_library, mut store) = fresh_store();
    let folder = mixed_folder();
    let (first_report, _) = import(&mut store, &[folder.path().join("a-first-letter.txt")]);
    let first_id = first_report.files[0].id.expect("the first letter is stored");
    let before = store.get_document(first_id).expect("the first letter");

    let bad = folder.path().join("c-photo-named-as-text.txt");
    let empty = folder.path().join("d-empty.txt");
    let (report, _) = import(&mut store, &[bad, empty, folder.path().join("e-third-letter.txt")]);
    assert_eq!(report.count(FileStatus::Error), 2, "both bad files are reported");
    assert_eq!(report.count(FileStatus::Imported), 1, "the good file after them is still stored");
    assert_eq!(store.count_documents().expect("count"), 2, "bad files add no rows");
    assert_eq!(store.get_document(first_id).expect("the first letter"), before, "an earlier document is never touched");
}

#[test]
fn importing_the_same_folder_twice_adds_nothing() {
    let (_library, mut store) = fresh_store();
    let folder = mixed_folder();
    let (first, _) = import(&mut store, &[folder.path().to_path_buf()]);
    let n_stored = store.count_documents().expect("count");
    let (second, _) = import(&mut store, &[folder.path().to_path_buf()]);

    assert_eq!(second.count(FileStatus::Imported), 0, "nothing is new the second time");
    assert_eq!(
        second.count(FileStatus::Duplicate),
        first.count(FileStatus::Imported),
        "every stored file is a duplicate"
    );
    assert_eq!(second.count(FileStatus::Error), first.count(FileStatus::Error), "bad files stay bad");
    assert_eq!(store.count_documents().expect("count"), n_stored, "a second import adds no rows");
    for (before, after) in first.files.iter().zip(&second.files) {
        assert_eq!(before.id, after.id, "{}: a duplicate points at the document stored the first time", after.path);
    }
}

#[test]
fn an_explicitly_named_hidden_file_is_tried() {
    let (_library, mut store) = fresh_store();
    let folder = mixed_folder();
    let (report, _) = import(&mut store, &[folder.path().join(".hidden-editor-backup.txt")]);
    assert_eq!(report.files[0].status, FileStatus::Imported, "a file the user named is never skipped as litter");
}

#[test]
fn a_missing_path_is_reported_not_fatal() {
    let (_library, mut store) = fresh_store();
    let folder = mixed_folder();
    let missing = folder.path().join("no-such-letter.txt");
    let (report, _) = import(&mut store, &[missing, folder.path().join("a-first-letter.txt")]);
    assert_eq!(report.files[0].status, FileStatus::Error, "a vanished file is reported");
    assert!(
        report.files[0].error.as_deref().is_some_and(|error| error.contains("cannot read")),
        "the message says the file could not be read: {:?}",
        report.files[0].error
    );
    assert_eq!(report.files[1].status, FileStatus::Imported, "the batch goes on after it");
}

#[test]
fn progress_counts_up_to_the_total_and_ends_with_no_current_file() {
    let (_library, mut store) = fresh_store();
    let folder = mixed_folder();
    let (report, events) = import(&mut store, &[folder.path().to_path_buf()]);
    let n_total = report.files.len();

    assert!(events.iter().all(|event| event.n_total == n_total), "every event carries the same total");
    assert!(
        events.windows(2).all(|pair| pair[0].n_done <= pair[1].n_done),
        "n_done never goes back (letters count once their group is committed): {events:#?}"
    );
    let last = events.last().expect("at least the final event");
    assert_eq!(last.n_done, n_total, "the last event says every file is done");
    assert_eq!(last.current, None, "once the batch is over no file is being read");
    assert_eq!(last.n_errors, report.count(FileStatus::Error), "the final error count matches the report");
    assert!(
        events[..events.len() - 1].iter().all(|event| event.current.is_some()),
        "every event before the end names the file being read"
    );
}

#[test]
fn progress_for_an_empty_batch_still_ends() {
    let (_library, mut store) = fresh_store();
    let folder = tempfile::tempdir().expect("an empty folder");
    let (report, events) = import(&mut store, &[folder.path().to_path_buf()]);
    assert!(report.files.is_empty(), "an empty folder has nothing to report");
    assert_eq!(
        events,
        [ImportProgress { n_done: 0, n_total: 0, current: None, n_errors: 0 }],
        "the UI waits for a final event even when there was nothing to do"
    );
}

#[test]
fn the_samples_import_once() {
    let (_library, mut store) = fresh_store();
    let mut events = Vec::new();
    let first = import_samples(&mut store, &mut |progress| events.push(progress.clone()));
    assert_eq!(first.count(FileStatus::Imported), SAMPLE_LETTERS.len(), "every sample letter is stored");
    assert_eq!(events.last().map(|event| event.current.clone()), Some(None), "the sample import ends like a batch");

    let second = import_samples(&mut store, &mut |_| {});
    assert_eq!(second.count(FileStatus::Duplicate), SAMPLE_LETTERS.len(), "importing the samples twice adds nothing");
    assert_eq!(store.count_documents().expect("count"), SAMPLE_LETTERS.len() as i64, "one row per sample");
    let first_sample = store.get_document(first.files[0].id.expect("id")).expect("the first sample");
    assert_eq!(first_sample.text, SAMPLE_LETTERS[0].text, "the sample text is stored verbatim");
    assert_eq!(first_sample.row.reference.as_deref(), Some("FC/FOI/21/0412"), "the reference is read at import");
}

#[test]
fn an_oversized_file_is_refused_from_its_size_before_it_is_read() {
    let (_library, mut store) = fresh_store();
    let folder = tempfile::tempdir().expect("a temporary folder");
    let path = folder.path().join("enormous.txt");
    // A sparse file: 201 MB long on paper, no blocks on disk.
    File::create(&path).and_then(|file| file.set_len(201 * 1024 * 1024)).expect("a sparse file");

    let started = Instant::now();
    let outcomes = import_file(&mut store, &path, &ChildCommand::this_program());
    let rejection = started.elapsed();
    assert_eq!(outcomes.len(), 1, "one file, one outcome");
    assert_eq!(outcomes[0].status, FileStatus::Error, "201 MB is over the 200 MB text limit");
    assert_eq!(
        outcomes[0].error.as_deref(),
        Some("the file is 201.0 MB, over the 200 MB limit for txt files"),
        "the message gives the size and the limit in words a user understands"
    );

    // Reading and hashing the file is what the check exists to avoid; it must cost far more.
    let started = Instant::now();
    let bytes = std::fs::read(&path).expect("read the sparse file");
    let reading = started.elapsed();
    drop(bytes);
    println!("oversized file refused in {rejection:.2?}; reading it would take {reading:.2?}");
    assert!(rejection * 10 < reading, "the size must come from metadata ({rejection:?}), not a read ({reading:?})");
    assert_eq!(store.count_documents().expect("count"), 0, "nothing is stored");
}

#[test]
fn the_shared_corpus_imports() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus");
    if !corpus.is_dir() {
        println!("skipping: shared corpus not found at {}", corpus.display());
        return;
    }
    let (_library, mut store) = fresh_store();
    let (report, _) = import(&mut store, &[corpus]);
    let mut n_text_files = 0;
    for file in &report.files {
        if file.path.ends_with(".txt") {
            n_text_files += 1;
            assert_eq!(
                file.status,
                FileStatus::Imported,
                "{}: every corpus letter must import: {:?}",
                file.path,
                file.error
            );
        } else {
            assert_eq!(file.status, FileStatus::Error, "{}: only .txt files are readable in the corpus", file.path);
            assert!(
                file.error.as_deref().is_some_and(|error| error.contains("format not supported yet")),
                "{}: tables and notes are refused as unsupported: {:?}",
                file.path,
                file.error
            );
        }
    }
    let tables: std::collections::BTreeSet<&str> = report
        .files
        .iter()
        .filter(|file| file.path.ends_with(".tsv"))
        .filter_map(|file| Path::new(&file.path).file_name().and_then(|name| name.to_str()))
        .collect();
    assert_eq!(
        tables,
        ["GROUPS.tsv", "SOURCES.tsv"].into_iter().collect(),
        "each folder of the corpus holds a SOURCES.tsv and a GROUPS.tsv, and every one is reported"
    );
    assert!(n_text_files > 0, "the corpus must hold letters");
    assert_eq!(store.count_documents().expect("count"), n_text_files as i64, "one document per corpus letter");
    assert_eq!(store.integrity_check().expect("integrity_check"), "ok", "the library is sound after a real import");
}

#[test]
fn a_letter_counts_as_done_only_once_another_connection_can_read_it() {
    let (library, mut store) = fresh_store();
    let folder = tempfile::tempdir().expect("a temporary folder");
    for index in 0..600 {
        let text = format!("{}\nThis copy is number {index}.\n", SAMPLE_LETTERS[index % SAMPLE_LETTERS.len()].text);
        write(folder.path(), &format!("letter-{index:04}.txt"), text.as_bytes());
    }
    let path = library.path().join("library.sqlite3");
    let mut checked = 0;
    let report = import_paths(&mut store, &[folder.path().to_path_buf()], &mut |progress| {
        // A second connection sees only what was committed: the progress bar must never run ahead of it.
        let stored = Store::open(&path).expect("a second connection").count_documents().expect("count");
        assert!(
            stored >= progress.n_done as i64,
            "{} letters were reported done but only {stored} are durable in the library",
            progress.n_done
        );
        checked += 1;
    });
    assert_eq!(report.count(FileStatus::Imported), 600, "every letter of the folder is stored");
    assert!(checked > 600, "progress is reported for every file and at the end");
    let paths: Vec<&str> = report.files.iter().map(|file| file.path.as_str()).collect();
    let mut sorted = paths.clone();
    sorted.sort_unstable();
    assert_eq!(paths, sorted, "outcomes stay in the order the files were read, across groups");
    assert!(report.files.iter().all(|file| file.id.is_some()), "every stored letter's outcome carries its id");
}

#[test]
fn the_same_bytes_twice_in_one_group_are_stored_once() {
    let (_library, mut store) = fresh_store();
    let folder = tempfile::tempdir().expect("a temporary folder");
    write(folder.path(), "a.txt", SAMPLE_LETTERS[0].text.as_bytes());
    write(folder.path(), "b-copy-of-a.txt", SAMPLE_LETTERS[0].text.as_bytes());
    let (report, _) = import(&mut store, &[folder.path().to_path_buf()]);
    assert_eq!(status_of(&report, "a.txt"), FileStatus::Imported, "the first copy is stored");
    assert_eq!(
        status_of(&report, "b-copy-of-a.txt"),
        FileStatus::Duplicate,
        "the second copy, waiting in the same group, is a duplicate"
    );
    assert_eq!(report.files[0].id, report.files[1].id, "both name the one stored document");
    assert_eq!(store.count_documents().expect("count"), 1, "one document for one set of bytes");
}

#[test]
fn grouped_letters_are_searchable_and_keep_their_findings() {
    let (_library, mut store) = fresh_store();
    let folder = tempfile::tempdir().expect("a temporary folder");
    for (index, sample) in SAMPLE_LETTERS.iter().enumerate() {
        write(folder.path(), &format!("{index}.txt"), sample.text.as_bytes());
    }
    let (report, _) = import(&mut store, &[folder.path().to_path_buf()]);
    let refused = report.files.iter().filter_map(|file| file.id).find(|id| {
        store.list_document_citations(*id).expect("citations").iter().any(|citation| citation.section == "40")
    });
    assert!(
        refused.is_some(),
        "the sample letter refusing under section 40(2) keeps its citation when stored in a group"
    );
    let hits = store
        .search(&disclosure_store::SearchQuery {
            text: "officers".into(),
            facets: Default::default(),
            type_ahead: false,
            limit: 0,
        })
        .expect("search");
    assert!(
        hits.iter().any(|hit| hit.kind == disclosure_store::SearchKind::Question),
        "questions read once at import are indexed for search without reading the letter again"
    );
}

/// A folder of `n_letters` distinct letters named in walk order, with bad files at `bad`.
fn letters_with_bad_files(n_letters: usize, bad: &[usize]) -> tempfile::TempDir {
    let folder = tempfile::tempdir().expect("a temporary folder");
    for index in 0..n_letters {
        if bad.contains(&index) {
            write(folder.path(), &format!("letter-{index:04}.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10");
        } else {
            let text = format!("{}\nThis copy is number {index}.\n", SAMPLE_LETTERS[index % SAMPLE_LETTERS.len()].text);
            write(folder.path(), &format!("letter-{index:04}.txt"), text.as_bytes());
        }
    }
    folder
}

#[test]
fn letters_read_on_several_threads_are_stored_in_walk_order_past_bad_files() {
    let (_library, mut store) = fresh_store();
    // More than two groups, with bad files at the start, mid-group, across a group's edge and last.
    let bad = [0, 130, 255, 256, 599];
    let folder = letters_with_bad_files(600, &bad);
    let (report, _) = import(&mut store, &[folder.path().to_path_buf()]);

    assert_eq!(report.files.len(), 600, "every file has exactly one outcome, whichever thread read it");
    for (index, file) in report.files.iter().enumerate() {
        assert!(
            file.path.ends_with(&format!("letter-{index:04}.txt")),
            "outcome {index} must be the {index}th file of the walk, not whichever reader finished first: {}",
            file.path
        );
        let expected = if bad.contains(&index) { FileStatus::Error } else { FileStatus::Imported };
        assert_eq!(file.status, expected, "{}: a bad file is reported and never stops the letters after it", file.path);
    }
    let ids: Vec<i64> = report.files.iter().filter_map(|file| file.id).collect();
    assert!(
        ids.windows(2).all(|pair| pair[0] < pair[1]),
        "documents are numbered in the order the folder was walked, so a re-import reads the same way"
    );
    assert_eq!(store.count_documents().expect("count"), 595, "the bad files add no rows, the good ones all land");
}

#[test]
fn progress_never_counts_a_letter_before_its_group_is_committed_nor_goes_back() {
    let (library, mut store) = fresh_store();
    let folder = letters_with_bad_files(700, &[10, 400]);
    let path = library.path().join("library.sqlite3");
    let mut last_done = 0;
    let mut events = 0;
    let report = import_paths(&mut store, &[folder.path().to_path_buf()], &mut |progress| {
        assert!(progress.n_done >= last_done, "progress must never go back: {} after {last_done}", progress.n_done);
        last_done = progress.n_done;
        let stored = Store::open(&path).expect("a second connection").count_documents().expect("count");
        let n_errors_counted = progress.n_errors as i64;
        assert!(
            stored + n_errors_counted >= progress.n_done as i64,
            "{} files reported done while only {stored} letters are durable and {n_errors_counted} failed",
            progress.n_done
        );
        events += 1;
    });
    assert_eq!(last_done, 700, "the last event counts every file");
    assert!(events > 700, "there is an event for every file read and one at the end");
    assert_eq!(report.count(FileStatus::Error), 2, "both bad files are reported");
}

#[test]
fn letters_before_an_email_are_stored_before_it_and_letters_after_it_after_its_attachments() {
    let (_library, mut store) = fresh_store();
    let folder = tempfile::tempdir().expect("a temporary folder");
    write(folder.path(), "a-letter.txt", SAMPLE_LETTERS[0].text.as_bytes());
    let note = format!("{}\nSent as an attachment.\n", SAMPLE_LETTERS[1].text);
    let mail = crate::fixtures::email(
        "Dear Alex,\nOur response is attached.",
        &[("response.txt", "text/plain", note.as_bytes())],
    );
    write(folder.path(), "b-reply.eml", &mail);
    write(folder.path(), "c-letter.txt", SAMPLE_LETTERS[2].text.as_bytes());
    let (report, _) = import(&mut store, &[folder.path().to_path_buf()]);

    let id_of = |suffix: &str| {
        report
            .files
            .iter()
            .find(|file| file.path.ends_with(suffix))
            .and_then(|file| file.id)
            .unwrap_or_else(|| panic!("{suffix} must be stored: {:#?}", report.files))
    };
    let order = [id_of("a-letter.txt"), id_of("b-reply.eml"), id_of("b-reply.eml#response.txt"), id_of("c-letter.txt")];
    assert!(
        order.windows(2).all(|pair| pair[0] < pair[1]),
        "the letter read before the e-mail is stored first and the one after it last, its attachment in between: {order:?}"
    );
}
