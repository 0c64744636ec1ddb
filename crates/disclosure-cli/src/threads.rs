//! `disclosure threads`: the library's question threads, rebuilt first when letters arrived
//! since the last build (or always, with `--rebuild`), and the open suggestions the reviewer
//! settles (`threads suggestions|accept|reject`); and `disclosure thread …`, the reviewer's
//! actions on one thread (show, confirm, rename, split, merge, add, remove, series as CSV).

use anyhow::Context;
use disclosure_library::threading::{rebuild_threads, update_threads};
use disclosure_store::Store;

use crate::wire::{ListedThread, SuggestionLine, ThreadTimelineJson};

pub fn threads(store: &mut Store, rebuild: bool, json: bool) -> anyhow::Result<()> {
    let build = if rebuild { Some(rebuild_threads(store)?) } else { update_threads(store)? };
    if let (Some(build), false) = (build, json) {
        eprintln!("threads rebuilt from {} letters", build.n_documents);
    }
    let threads = store.list_threads(2)?;
    if json {
        let listed: Vec<ListedThread> = threads.iter().map(ListedThread::from).collect();
        println!("{}", serde_json::to_string_pretty(&listed)?);
        return Ok(());
    }
    for thread in &threads {
        let mark = if thread.is_settled() { " (confirmed)" } else { "" };
        let authority = if thread.authority.is_empty() { "(authority not read)" } else { &thread.authority };
        println!("#{}  {} — {}{}", thread.id, authority, thread.title, mark);
        for (position, member) in thread.members.iter().enumerate() {
            let score = match (position, member.score) {
                (0, _) => String::new(),
                (_, Some(score)) if !member.by_reviewer => format!("  suggested, {:.0} %", score * 100.0),
                _ => String::new(),
            };
            println!(
                "      {:<10}  {:<20}  {}{}",
                member.date.as_deref().unwrap_or("undated"),
                member.reference.as_deref().unwrap_or("-"),
                member
                    .question_label
                    .as_deref()
                    .map_or(String::from("(unlabelled)"), |label| format!("question {label}")),
                score
            );
        }
    }
    if threads.is_empty() {
        println!("no threads yet: a thread needs the same question asked of one authority in two letters");
    }
    Ok(())
}

/// Settling the suggestions with `disclosure threads suggestions|accept|reject`.
#[derive(Debug, clap::Subcommand)]
pub enum SuggestionAction {
    /// List the open suggestions, likeliest first: a question proposed to continue a thread.
    Suggestions {
        /// Print a JSON array.
        #[arg(long)]
        json: bool,
    },
    /// Accept a suggestion: the question joins the thread for good.
    Accept {
        /// The thread's id.
        thread: i64,
        /// The letter: id or reference.
        document: String,
        /// The question's label as printed (e.g. Q2) or its number.
        question: String,
    },
    /// Reject a suggestion: the question leaves the thread and is never suggested for it again.
    Reject {
        /// The thread's id.
        thread: i64,
        /// The letter: id or reference.
        document: String,
        /// The question's label as printed (e.g. Q2) or its number.
        question: String,
    },
}

/// Lists, accepts or rejects suggestions, after bringing the threads up to date.
pub fn settle(store: &mut Store, rebuild: bool, action: SuggestionAction) -> anyhow::Result<()> {
    use disclosure_library::threading::{accept_suggestion, open_suggestions, reject_suggestion};
    if rebuild {
        rebuild_threads(store)?;
    } else {
        update_threads(store)?;
    }
    match action {
        SuggestionAction::Suggestions { json } => {
            let suggestions = open_suggestions(store)?;
            if json {
                let lines: Vec<SuggestionLine> = suggestions.iter().map(SuggestionLine::from).collect();
                println!("{}", serde_json::to_string_pretty(&lines)?);
                return Ok(());
            }
            for suggestion in &suggestions {
                let label = suggestion.question_label.as_deref().unwrap_or(&suggestion.question_key);
                println!(
                    "thread #{:<5} document {:<6} question {:<8} {:>4.0} %",
                    suggestion.thread_id,
                    suggestion.document_id,
                    label,
                    suggestion.score * 100.0
                );
            }
            if suggestions.is_empty() {
                println!("no open suggestions");
            }
        }
        SuggestionAction::Accept { thread, document, question } => {
            let document = store.get_document_by_key(&document)?.row.id;
            accept_suggestion(store, thread, document, &question)?;
            println!("question {question} of document {document} joins thread {thread}");
        }
        SuggestionAction::Reject { thread, document, question } => {
            let document = store.get_document_by_key(&document)?.row.id;
            reject_suggestion(store, thread, document, &question)?;
            println!("question {question} of document {document} is kept out of thread {thread}");
        }
    }
    Ok(())
}

/// What the reviewer does to a thread with `disclosure thread …`.
#[derive(Debug, clap::Subcommand)]
pub enum ThreadAction {
    /// Show one thread year by year: answers against a reference year, wordings, figures.
    Show {
        /// The thread's id.
        id: i64,
        /// The letter (id or reference) to compare every answer with (default: the latest answered).
        #[arg(long, value_name = "DOCUMENT")]
        reference: Option<String>,
        /// Print a JSON object.
        #[arg(long)]
        json: bool,
    },
    /// Confirm a suggested thread as it stands; rebuilds keep it.
    Confirm {
        /// The thread's id.
        id: i64,
    },
    /// Give a thread a title of the reviewer's own.
    Rename {
        /// The thread's id.
        id: i64,
        /// The new title.
        title: String,
    },
    /// Split members off a thread into a new one; prints the new thread's id.
    Split {
        /// The thread's id.
        id: i64,
        /// A member to split off, as DOCUMENT:QUESTION (e.g. 12:Q2 or FC/FOI/24/0467:2); repeat for several.
        #[arg(long = "member", value_name = "DOCUMENT:QUESTION", required = true)]
        members: Vec<String>,
    },
    /// Merge thread FROM into thread INTO (FROM is deleted).
    Merge {
        /// The thread whose members move.
        from: i64,
        /// The thread that keeps them.
        into: i64,
    },
    /// Move a question of a letter into a thread (out of any other).
    Add {
        /// The thread's id.
        id: i64,
        /// The letter: id or reference.
        document: String,
        /// The question's label, e.g. 2 or Q2.
        question: String,
    },
    /// Move a question out of a thread; it is never suggested for it again.
    Remove {
        /// The thread's id.
        id: i64,
        /// The letter: id or reference.
        document: String,
        /// The question's label (may be left out when the letter has one question in the thread).
        question: Option<String>,
    },
    /// Write a thread's figures as CSV (UTF-8 with BOM), one row per value with its source.
    Series {
        /// The thread's id.
        id: i64,
        /// The file to write (default: print to standard output).
        #[arg(long, value_name = "PATH")]
        out: Option<std::path::PathBuf>,
    },
}

/// Carries out one reviewer action.
pub fn thread(store: &mut Store, action: ThreadAction) -> anyhow::Result<()> {
    use disclosure_library::threading::{
        merge_threads, move_question_into, move_question_out, rename_thread, split_thread, thread_series_csv,
        thread_timeline,
    };
    let document_id = |store: &Store, key: &str| -> anyhow::Result<i64> { Ok(store.get_document_by_key(key)?.row.id) };
    match action {
        ThreadAction::Show { id, reference, json } => {
            let reference = reference.map(|key| document_id(store, &key)).transpose()?;
            let timeline = thread_timeline(store, id, reference, &disclosure_core::diff::DiffOptions::default())?;
            if json {
                println!("{}", serde_json::to_string_pretty(&ThreadTimelineJson::from(&timeline))?);
                return Ok(());
            }
            print_timeline(&timeline);
        }
        ThreadAction::Confirm { id } => {
            store.update_thread_confirmed(id)?;
            println!("thread {id} confirmed");
        }
        ThreadAction::Rename { id, title } => {
            rename_thread(store, id, &title)?;
            println!("thread {id} renamed");
        }
        ThreadAction::Split { id, members } => {
            let mut parsed = Vec::new();
            for member in &members {
                let (document, question) = member
                    .rsplit_once(':')
                    .ok_or_else(|| anyhow::anyhow!("a member is DOCUMENT:QUESTION, e.g. 12:Q2; got {member:?}"))?;
                parsed.push((document_id(store, document)?, question.to_string()));
            }
            let new_id = split_thread(store, id, &parsed)?;
            println!("{new_id}");
        }
        ThreadAction::Merge { from, into } => {
            merge_threads(store, from, into)?;
            println!("thread {from} merged into {into}");
        }
        ThreadAction::Add { id, document, question } => {
            let document = document_id(store, &document)?;
            move_question_into(store, id, document, &question)?;
            println!("question {question} of document {document} is now in thread {id}");
        }
        ThreadAction::Remove { id, document, question } => {
            let document = document_id(store, &document)?;
            move_question_out(store, id, document, question.as_deref().unwrap_or(""))?;
            println!("removed from thread {id}");
        }
        ThreadAction::Series { id, out } => {
            let (_, csv) = thread_series_csv(store, id)?;
            match out {
                Some(path) => std::fs::write(&path, csv).with_context(|| format!("writing {}", path.display()))?,
                None => print!("{csv}"),
            }
        }
    }
    Ok(())
}

fn print_timeline(timeline: &disclosure_library::threading::ThreadTimeline) {
    let thread = &timeline.thread;
    println!(
        "#{}  {} — {}{}",
        thread.id,
        thread.authority,
        thread.title,
        if thread.confirmed { " (confirmed)" } else { "" }
    );
    for entry in &timeline.entries {
        let is_reference = timeline.reference_document == Some(entry.member.document_id);
        println!();
        println!(
            "{}  {}  {}{}",
            entry.member.date.as_deref().unwrap_or("-"),
            entry.member.reference.as_deref().unwrap_or("-"),
            entry
                .member
                .question_label
                .as_deref()
                .map_or(String::from("(unlabelled)"), |label| format!("question {label}")),
            if is_reference { "  [reference]" } else { "" }
        );
        println!("  {}", entry.answer.as_deref().unwrap_or("(no answer found)").replace('\n', "\n  "));
        for change in entry.against_reference.iter().flat_map(|comparison| &comparison.figures) {
            if change.is_change() {
                println!("  · {}: {}", change.label, change.describe());
            }
        }
    }
    for line in &timeline.trends {
        println!();
        println!("{} ({})", line.series.label, line.series.unit.as_str());
        for value in &line.values {
            println!(
                "  {:<10}  {:<10}  {:>12}  {}",
                value.point.date.map(|date| date.to_string()).unwrap_or_else(|| "-".into()),
                value.point.period.as_deref().unwrap_or("-"),
                value.point.value,
                value.reference.as_deref().unwrap_or("-")
            );
        }
    }
}
