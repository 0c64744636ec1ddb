//! `disclosure threads`: the library's question threads, rebuilt first when letters arrived
//! since the last build (or always, with `--rebuild`).

use disclosure_ingest::threading::{rebuild_threads, update_threads};
use disclosure_store::Store;

use crate::wire::ListedThread;

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
        let mark = if thread.confirmed { " (confirmed)" } else { "" };
        println!("#{}  {} — {}{}", thread.id, thread.authority, thread.title, mark);
        for member in &thread.members {
            println!(
                "      {:<10}  {:<20}  {}",
                member.date.as_deref().unwrap_or("-"),
                member.reference.as_deref().unwrap_or("-"),
                member.question_label.as_deref().map_or(String::from("(unlabelled)"), |label| format!("question {label}"))
            );
        }
    }
    if threads.is_empty() {
        println!("no threads yet: a thread needs the same question asked of one authority in two letters");
    }
    Ok(())
}
