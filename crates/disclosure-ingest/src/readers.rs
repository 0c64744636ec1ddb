//! The reader threads of an import: letters are extracted and read off the writer's thread, so
//! the one connection that stores them commits a group while the next letters are being read.
//!
//! Nothing here touches the store: a reader gets a file's bytes (already checked against the
//! library by the writer) and hands back what one reading of it found, or why it failed. The
//! writer takes the readings back in the order it handed the files out, so ids follow the walk.

use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::thread::Scope;

use disclosure_store::ReadDocument;

use crate::error::IngestError;
use crate::pdf::ChildCommand;

/// One file to read: its name decides the format, its path is where it was imported from.
pub(crate) struct ReadJob {
    pub(crate) file_name: String,
    pub(crate) source_path: String,
    pub(crate) bytes: Vec<u8>,
    pub(crate) sha256: String,
}

/// Which handed-out file a reading belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Ticket(usize);

type Reading = Result<ReadDocument, IngestError>;

/// The pool of reader threads, from the writer's side.
pub(crate) struct Readers<'scope> {
    /// `None` once closed: the readers' loops end when the queue is closed and empty.
    jobs: Option<Sender<(Ticket, ReadJob)>>,
    readings: Receiver<(Ticket, Reading)>,
    /// Readings that came back before the writer asked for them.
    early: HashMap<Ticket, Reading>,
    next_ticket: usize,
    pdf_reader: &'scope ChildCommand,
}

/// How many reader threads an import starts: one per core, since the writer mostly waits on
/// the disk or on the readers.
pub(crate) fn reader_count() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from).clamp(1, 8)
}

impl<'scope> Readers<'scope> {
    /// Starts `n_threads` readers in `scope`; they end once the pool is dropped.
    pub(crate) fn start(
        scope: &'scope Scope<'scope, '_>,
        n_threads: usize,
        pdf_reader: &'scope ChildCommand,
    ) -> Readers<'scope> {
        // Unbounded: how far reading may run ahead is the writer's decision (see `batch`).
        let (jobs, job_queue) = channel::<(Ticket, ReadJob)>();
        let job_queue = Arc::new(Mutex::new(job_queue));
        let (sender, readings) = channel();
        for _ in 0..n_threads {
            let job_queue = Arc::clone(&job_queue);
            let sender: Sender<(Ticket, Reading)> = sender.clone();
            scope.spawn(move || read_jobs(&job_queue, &sender, pdf_reader));
        }
        Readers { jobs: Some(jobs), readings, early: HashMap::new(), next_ticket: 0, pdf_reader }
    }

    /// Hands a file to the readers.
    pub(crate) fn submit(&mut self, job: ReadJob) -> Ticket {
        let ticket = Ticket(self.next_ticket);
        self.next_ticket += 1;
        let unsent = match &self.jobs {
            Some(jobs) => jobs.send((ticket, job)).err().map(|unsent| unsent.0 .1),
            None => Some(job),
        };
        if let Some(job) = unsent {
            // No reader is left to take it (they stop only when the pool closes): read it here.
            self.early.insert(ticket, read_job(job, self.pdf_reader));
        }
        ticket
    }

    /// The reading of a file handed out earlier, waiting for it if need be.
    pub(crate) fn take(&mut self, ticket: Ticket) -> Reading {
        loop {
            if let Some(reading) = self.early.remove(&ticket) {
                return reading;
            }
            match self.readings.recv() {
                Ok((done, reading)) if done == ticket => return reading,
                Ok((done, reading)) => {
                    self.early.insert(done, reading);
                }
                Err(_) => return Err(IngestError::ReaderFailed),
            }
        }
    }
}

impl Drop for Readers<'_> {
    fn drop(&mut self) {
        // Closing the queue is what lets the readers' loops end, and the scope with them.
        self.jobs = None;
    }
}

fn read_jobs(
    job_queue: &Mutex<Receiver<(Ticket, ReadJob)>>,
    readings: &Sender<(Ticket, Reading)>,
    pdf_reader: &ChildCommand,
) {
    loop {
        // The lock is held only while waiting for the next job, never while reading one.
        let next = match job_queue.lock() {
            Ok(queue) => queue.recv(),
            Err(poisoned) => poisoned.into_inner().recv(),
        };
        let Ok((ticket, job)) = next else { return };
        if readings.send((ticket, read_job(job, pdf_reader))).is_err() {
            return;
        }
    }
}

/// Reads one file; a reader that panics on it costs that file, never the import.
fn read_job(job: ReadJob, pdf_reader: &ChildCommand) -> Reading {
    catch_unwind(AssertUnwindSafe(|| crate::batch::read_letter(job, pdf_reader)))
        .unwrap_or(Err(IngestError::ReaderFailed))
}
