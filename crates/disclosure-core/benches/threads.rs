//! Threading benchmark: synthetic libraries of 10,000 and 100,000 letters (set
//! `THREADS_BENCH_LETTERS` for another size), each letter a handful of questions drawn from
//! per-topic templates with drifting years and wording. Prints letters per second and the ratio
//! of the two runs, which stays near 10 when the growth is linear rather than quadratic.

use std::time::Instant;

use chrono::NaiveDate;
use disclosure_core::threads::{DocumentInput, QuestionInput, ThreadIndex};

const TOPICS: &[&str] = &[
    "officers had their vetting clearance withdrawn",
    "officers were suspended on full pay",
    "did the force spend on vetting contractors",
    "officers were dismissed for gross misconduct",
    "complaints were made about family liaison officers",
    "staff were investigated for domestic abuse allegations",
    "special case hearings were held in private",
    "officers resigned while under investigation",
    "firearms licences were revoked",
    "stop and search encounters involved children",
    "body worn video recordings were deleted early",
    "drones were deployed over public protests",
    "police dogs bit members of the public",
    "tasers were discharged in custody suites",
    "officers failed mandatory drug tests",
    "student officers left before completing training",
];
const OPENINGS: &[&str] = &["How many", "Please tell me how many", "Could you state how many", "In total, how many"];
const MODIFIERS: &[&str] = &["", "in the Northern division", "broken down by rank", "excluding staff and volunteers", "by gender"];

struct Lcg(u64);
impl Lcg {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % below
    }
}

fn letters(n_letters: usize) -> Vec<DocumentInput> {
    let mut random = Lcg(42);
    let n_authorities = (n_letters / 200).max(1);
    (0..n_letters)
        .map(|n| {
            let authority = n % n_authorities;
            let year = 2010 + (n / n_authorities) as i32 % 15;
            let n_questions = 2 + random.next(5);
            let questions = (0..n_questions)
                .map(|q| {
                    // Each authority is asked its own mix of topics, with a unique extra word
                    // per authority and topic so that authorities' vocabularies differ.
                    let topic = (authority * 7 + q * 3 + random.next(3)) % TOPICS.len();
                    let text = format!(
                        "{} {} {} in {} (ref area{}x{})?",
                        OPENINGS[random.next(OPENINGS.len())],
                        TOPICS[topic],
                        MODIFIERS[random.next(MODIFIERS.len())],
                        year - 1,
                        authority % 97,
                        topic
                    );
                    QuestionInput { label: Some((q + 1).to_string()), text }
                })
                .collect();
            DocumentInput {
                document_id: n as i64,
                authority: Some(format!("Authority {authority}")),
                date: NaiveDate::from_ymd_opt(year, 1 + (n % 12) as u32, 1),
                questions,
            }
        })
        .collect()
}

fn run(n_letters: usize) -> f64 {
    let documents = letters(n_letters);
    let n_questions: usize = documents.iter().map(|document| document.questions.len()).sum();
    let started = Instant::now();
    let mut index = ThreadIndex::new();
    for document in &documents {
        index.add_document(document);
    }
    let threads = index.threads();
    let elapsed = started.elapsed().as_secs_f64();
    let n_threaded = threads.iter().filter(|thread| thread.members.len() > 1).count();
    println!(
        "threads: {n_letters} letters, {n_questions} questions -> {} threads ({n_threaded} with 2+ members) in {elapsed:.2} s ({:.0} letters/s)",
        threads.len(),
        n_letters as f64 / elapsed
    );
    elapsed
}

fn main() {
    if let Some(n_letters) = std::env::var("THREADS_BENCH_LETTERS").ok().and_then(|value| value.parse().ok()) {
        run(n_letters);
        return;
    }
    let small = run(10_000);
    let large = run(100_000);
    println!("threads: 10x the letters took {:.1}x the time (quadratic growth would be ~100x)", large / small);
}
