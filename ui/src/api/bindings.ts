// Wire types of the Disclosure Desk commands, generated from the Rust definitions in src-tauri.
// Do not edit: run `cargo test -p disclosure-desk --test integration bindings` with UPDATE_BINDINGS=1.

export type CommandError = { 
/**
 * A stable, machine-readable category: `not_found`, `library_unavailable`, `database`,
 * `dialog`, `export`, `invalid`, `unreadable` (a file that cannot be read again), `internal`.
 */
kind: string, 
/**
 * A sentence for the user.
 */
message: string, };

export type DecisionCode = "full" | "partial" | "refused" | "not_held" | "ncnd" | "unknown";

export type OutcomeCode = "answered" | "partly_withheld" | "withheld" | "not_held" | "ncnd" | "refused_cost" | "unknown";

export type ReviewStatusCode = "unreviewed" | "in_review" | "reviewed" | "follow_up";

export type MarkCode = "plain" | "furniture" | "boilerplate" | "question" | "answer" | "exemption";

export type PageSourceCode = "text" | "ocr";

export type FigureUnitCode = "count" | "pounds" | "percent";

export type NatureCode = "absolute" | "qualified" | "absolute_in_most_cases" | "mixed" | "limit";

export type WeighingCode = "absolute" | "public_interest_test" | "mixed" | "limit";

export type WithheldKindCode = "missing_question" | "unanswered_question" | "suppressed_cell" | "removed_text";

export type JudgementCode = "cited_not_applied" | "wrong_subsection";

export type EntrySourceCode = "cited" | "flag" | "found";

export type RedactionKindCode = "box" | "image" | "marker";

export type TiedByCode = "label" | "paragraph" | "letter" | "none";

export type RedactionDecisionCode = "confirmed" | "corrected" | "dismissed";

export type ThreadStatusCode = "confirmed" | "suggested";

export type DiffPieceKind = "equal" | "deleted" | "inserted" | "moved_away" | "moved_here";

export type AnchorStateCode = "exact" | "fuzzy" | "orphan" | "document";

export type CorrectedFieldCode = "authority" | "date" | "reference" | "decision";

export type SearchHitKind = "document" | "question" | "annotation";

export type BackupKindCode = "auto" | "manual" | "before-restore" | "before-migration";

export type HighlightColourCode = "yellow" | "green" | "blue" | "pink" | "purple";

export type AnnotationScopeCode = "passage" | "document";

export type LibraryInfo = { 
/**
 * The database file, for the user to find their data.
 */
database_path: string, 
/**
 * Documents in the library.
 */
n_documents: number, };

export type DocumentSummary = { 
/**
 * Library id.
 */
id: number, 
/**
 * The request reference as printed.
 */
reference: string | null, 
/**
 * A short title.
 */
title: string, 
/**
 * The authority that answered.
 */
authority: string | null, 
/**
 * The response date, `YYYY-MM-DD`.
 */
date: string | null, 
/**
 * `txt` or `html`.
 */
format: string, 
/**
 * File name as imported.
 */
file_name: string, 
/**
 * Where it was imported from.
 */
source_path: string | null, 
/**
 * When it was imported, RFC 3339 UTC.
 */
imported_at: string, 
/**
 * The decision in force: the reviewer's correction when there is one.
 */
decision: DecisionCode, 
/**
 * Which of `authority`, `date`, `reference` and `decision` are the reviewer's corrections.
 */
corrected: Array<string>, 
/**
 * Where `date` came from: `letter`, `email`, `reference` (only the year is known: the date
 * is 1 January) or `file`; `null` when there is no date.
 */
date_source: string | null, };

export type TextSegment = { 
/**
 * The text, to be shown as text only.
 */
text: string, 
/**
 * True for cookie banners and site chrome, which the reader de-emphasises.
 */
is_furniture: boolean, 
/**
 * What the run is: plain text, page furniture, boilerplate, a question, an answer or an exemption.
 */
mark: MarkCode, };

export type LetterStructure = { 
/**
 * The decision as read from the letter.
 */
decision: DecisionCode, 
/**
 * The sentence the decision was read from.
 */
decision_quote: string | null, 
/**
 * True when the authority neither confirmed nor denied holding the information.
 */
ncnd: boolean, 
/**
 * Every provision cited as applied, once per citation.
 */
exemptions: Array<ExemptionBadge>, 
/**
 * The questions in the order asked.
 */
questions: Array<QuestionView>, 
/**
 * Clarifications the requester gave.
 */
clarifications: Array<string>, 
/**
 * Tables not inside any answer.
 */
tables: Array<TableView>, 
/**
 * Gaps and oddities a reviewer should see.
 */
issues: Array<IssueView>, 
/**
 * Version of the reading rules that produced this.
 */
parser_version: number, };

export type ExemptionBadge = { 
/**
 * Normalised provision, e.g. `40(2)`.
 */
provision: string, 
/**
 * `FOIA`, `EIR` or `FOISA`.
 */
regime: string, 
/**
 * As printed in the letter, e.g. `40(2)(a)(b)&(3)(a)(i)`.
 */
cited_as: string, 
/**
 * The provision's name from the catalogue.
 */
name: string | null, 
/**
 * What relying on it takes, when catalogued.
 */
nature: NatureCode | null, 
/**
 * True when the public interest test applies.
 */
public_interest_test: boolean, 
/**
 * True when this citation neither confirms nor denies.
 */
ncnd: boolean, 
/**
 * The provision that allows neither confirming nor denying, if any.
 */
ncnd_provision: string | null, 
/**
 * A short explanation of the provision.
 */
note: string | null, 
/**
 * The words in the letter that cite it.
 */
quote: string, };

export type QuestionView = { 
/**
 * As numbered by the requester (`Q1`, `1`, `a`), if numbered.
 */
label: string | null, 
/**
 * The question as asked.
 */
text: string, 
/**
 * Sub-parts (`a)`, `b)` …).
 */
parts: Array<QuestionPartView>, 
/**
 * The answer text, when one was found.
 */
answer: string | null, 
/**
 * What happened to the question.
 */
outcome: OutcomeCode, 
/**
 * Provisions applied to this question.
 */
exemptions: Array<ExemptionBadge>, 
/**
 * Tables in the answer.
 */
tables: Array<TableView>, 
/**
 * Numbers in the answer with their labels.
 */
figures: Array<FigureView>, };

export type QuestionPartView = { 
/**
 * Its label, e.g. `a`.
 */
label: string | null, 
/**
 * Its text.
 */
text: string, };

export type TableView = { 
/**
 * A caption line above the table.
 */
caption: string | null, 
/**
 * The header row, when the table has one.
 */
header: Array<string> | null, 
/**
 * The body rows.
 */
rows: Array<Array<string>>, };

export type FigureView = { 
/**
 * The value.
 */
value: number, 
/**
 * What the figure counts in.
 */
unit: FigureUnitCode, 
/**
 * What it counts.
 */
label: string, };

export type IssueView = { 
/**
 * E.g. `question_number_gap`, `unanswered_question`, `boilerplate`, `truncated`.
 */
kind: string, 
/**
 * A sentence for the reviewer.
 */
detail: string, };

export type DocumentView = { 
/**
 * The library facts.
 */
summary: DocumentSummary, 
/**
 * Encoding of the original bytes.
 */
encoding: string, 
/**
 * Size of the original bytes.
 */
byte_len: number, 
/**
 * SHA-256 of the original bytes.
 */
sha256: string, 
/**
 * The whole text, in order, split into runs by role.
 */
segments: Array<TextSegment>, 
/**
 * The letter read into structure.
 */
structure: LetterStructure, 
/**
 * A PDF's pages and how each was read; empty for other formats.
 */
pages: Array<PageView>, 
/**
 * True when the file it was imported from is still on disk, so it can be read again.
 */
can_read_again: boolean, 
/**
 * For a spreadsheet, the letter it goes with.
 */
goes_with: LinkedDocument | null, 
/**
 * For a letter, the spreadsheets that go with it.
 */
sheets: Array<LinkedDocument>, };

export type PageView = { 
/**
 * The page number, from 1.
 */
number: number, 
/**
 * The PDF's text layer, or OCR of the page's picture (digits may be misread).
 */
source: PageSourceCode, 
/**
 * For an OCR page, the mean confidence of its words, 0 to 100.
 */
confidence: number | null, };

export type LinkedDocument = { 
/**
 * The other document.
 */
id: number, 
/**
 * Its reference, when read.
 */
reference: string | null, 
/**
 * Its file name.
 */
file_name: string, 
/**
 * How they go together: `attached`, `reviewer` (chosen by the reviewer) or `reference` (the same reference).
 */
link: string, };

export type ReadAgainReport = { 
/**
 * The letter.
 */
document_id: number, 
/**
 * True when its text differs from the first reading's.
 */
text_changed: boolean, 
/**
 * Pages now read by OCR.
 */
n_ocr_pages: number, };

export type FactsCorrection = { 
/**
 * The authority that answered.
 */
authority?: string, 
/**
 * The response date, `YYYY-MM-DD`.
 */
date?: string, 
/**
 * The request reference.
 */
reference?: string, 
/**
 * `full`, `partial`, `refused`, `not_held`, `ncnd` or `unknown`.
 */
decision?: string, 
/**
 * Fields to give back to the letter's own value: `authority`, `date`, `reference`, `decision`.
 */
clear: Array<string>, };

export type CorrectedFact = { 
/**
 * The fact corrected.
 */
field: CorrectedFieldCode, 
/**
 * The reviewer's value, which the library uses.
 */
value: string, 
/**
 * The value read from the letter, which applies again when the correction is cleared.
 */
parsed: string | null, 
/**
 * Who corrected it.
 */
reviewer: string | null, 
/**
 * When, RFC 3339 UTC.
 */
set_at: string, };

export type ImportProgress = { 
/**
 * Files finished.
 */
n_done: number, 
/**
 * Files in the batch.
 */
n_total: number, 
/**
 * The file being read now.
 */
current: string | null, 
/**
 * Files that failed so far.
 */
n_errors: number, };

export type ImportStatus = "imported" | "duplicate" | "error";

export type ImportedFile = { 
/**
 * The file.
 */
path: string, 
/**
 * What happened.
 */
status: ImportStatus, 
/**
 * The document's id when it is in the library.
 */
id: number | null, 
/**
 * Why it failed.
 */
error: string | null, };

export type ImportReport = { 
/**
 * New documents.
 */
n_imported: number, 
/**
 * Files already in the library.
 */
n_duplicates: number, 
/**
 * Files that failed.
 */
n_errors: number, 
/**
 * Every file, in the order read.
 */
files: Array<ImportedFile>, };

export type PickKind = "files" | "folder";

export type SavedExport = { 
/**
 * The file written, for the UI to show.
 */
path: string, 
/**
 * Its size in bytes.
 */
n_bytes: number, };

export type ThreadMemberView = { 
/**
 * The letter.
 */
document_id: number, 
/**
 * The letter's reference, when found.
 */
reference: string | null, 
/**
 * The letter's response date, `YYYY-MM-DD`.
 */
date: string | null, 
/**
 * The key naming the question across re-reading: its label, or `#position`.
 */
question_key: string, 
/**
 * The printed label.
 */
question_label: string | null, 
/**
 * True when the reviewer put it there (or acted on its thread).
 */
by_reviewer: boolean, 
/**
 * How alike a suggested member is to its thread (0–1); null for the first member and the
 * reviewer's.
 */
score: number | null, };

export type ThreadSummary = { 
/**
 * Library id.
 */
id: number, 
/**
 * The reviewer's title, else the latest question.
 */
title: string, 
/**
 * The authority asked.
 */
authority: string, 
/**
 * True once the reviewer confirmed it.
 */
confirmed: boolean, 
/**
 * True once the reviewer acted on it in any way; rebuilds keep it.
 */
reviewed: boolean, 
/**
 * Confirmed once the reviewer confirmed it or placed every member, else suggested.
 */
status: ThreadStatusCode, 
/**
 * The lowest score of its suggested members: how sure the thread is at its weakest; null
 * when no member is left to settle.
 */
weakest_score: number | null, 
/**
 * That score in words ("very likely", "likely", "possible", "doubtful").
 */
certainty: string | null, 
/**
 * The questions, oldest letter first.
 */
members: Array<ThreadMemberView>, };

export type DiffPiece = { 
/**
 * In both texts, only in one, or a paragraph that moved.
 */
kind: DiffPieceKind, 
/**
 * The words, to be shown as text only.
 */
text: string, 
/**
 * The number of the change it belongs to (from 0), for everything but equal pieces.
 */
change: number | null, 
/**
 * True when it opens a new paragraph.
 */
starts_paragraph: boolean, };

export type ComparisonRow = { 
/**
 * The old text's pieces.
 */
old: Array<DiffPiece>, 
/**
 * The new text's pieces.
 */
new: Array<DiffPiece>, 
/**
 * The changes in this row.
 */
changes: Array<number>, };

export type FigureChangeView = { 
/**
 * What it counts.
 */
label: string, 
/**
 * What the figure counts in.
 */
unit: FigureUnitCode, 
/**
 * The old value, when the old answer has it.
 */
old: number | null, 
/**
 * The new value, when the new answer has it.
 */
new: number | null, 
/**
 * New minus old.
 */
delta: number | null, 
/**
 * The change in per cent of the old value, to one decimal.
 */
percent: number | null, 
/**
 * "377 → 412, +35, +9.3 %".
 */
description: string, 
/**
 * False when the value held steady.
 */
changed: boolean, };

export type CellChangeView = { 
/**
 * The row's label.
 */
row: string, 
/**
 * The column's label.
 */
column: string, 
/**
 * The old cell.
 */
old: string, 
/**
 * The new cell.
 */
new: string, 
/**
 * True when the cell's text changed.
 */
changed: boolean, };

export type ComparedLetter = { 
/**
 * The letter.
 */
document_id: number, 
/**
 * Its reference.
 */
reference: string | null, 
/**
 * Its response date, `YYYY-MM-DD`.
 */
date: string | null, 
/**
 * Its short title.
 */
title: string, };

export type AnswerComparison = { 
/**
 * The older letter.
 */
old: ComparedLetter, 
/**
 * The newer letter.
 */
new: ComparedLetter, 
/**
 * The question compared, or null for the whole letters.
 */
question: string | null, 
/**
 * The passages, old beside new.
 */
rows: Array<ComparisonRow>, 
/**
 * How many changes the rows number.
 */
n_changes: number, 
/**
 * Every figure matched by label (unchanged ones marked so).
 */
figure_changes: Array<FigureChangeView>, 
/**
 * Table cells in both answers.
 */
table_changes: Array<CellChangeView>, 
/**
 * Paragraphs that moved, as printed in the new text.
 */
moves: Array<string>, 
/**
 * True when the texts were too different to compare in time and parts are whole replacements.
 */
coarse: boolean, };

export type CompareOptions = { 
/**
 * "Withdrawn" equals "withdrawn".
 */
ignore_case: boolean, 
/**
 * "2022," equals "2022".
 */
ignore_punctuation: boolean, };

export type ThreadYear = { 
/**
 * The member.
 */
member: ThreadMemberView, 
/**
 * The question as asked that year, when the letter still has it.
 */
question: string | null, 
/**
 * The answer, when one was found.
 */
answer: string | null, 
/**
 * What happened to the question, when the letter still has it.
 */
outcome: OutcomeCode | null, 
/**
 * True for the reference year.
 */
is_reference: boolean, 
/**
 * The answer against the reference answer, inline (empty for the reference and unanswered years).
 */
pieces: Array<DiffPiece>, 
/**
 * The figures that changed from the reference year.
 */
figure_changes: Array<FigureChangeView>, 
/**
 * Index into the thread's variants.
 */
variant: number | null, };

export type AnswerVariant = { 
/**
 * The wording as the first such answer prints it.
 */
text: string, 
/**
 * The letters worded so, oldest first.
 */
document_ids: number[], 
/**
 * Their response dates, for labelling (`YYYY-MM-DD`, or null when undated).
 */
dates: Array<string | null>, };

export type TrendPointView = { 
/**
 * The letter it came from.
 */
document_id: number, 
/**
 * The letter's reference.
 */
reference: string | null, 
/**
 * The letter's response date, `YYYY-MM-DD`.
 */
date: string | null, 
/**
 * The period the question names ("2022", "2018–2022"), when it names one.
 */
period: string | null, 
/**
 * The first year of that period, when it names years.
 */
period_from: number | null, 
/**
 * The last year of that period (the same as the first for a single year).
 */
period_to: number | null, 
/**
 * The value.
 */
value: number, 
/**
 * The value as printed for a reader: "£468,250".
 */
display: string, 
/**
 * The line of the letter the value is printed in.
 */
passage: string, 
/**
 * True when the value was read by OCR from a scanned page, where digits may be misread.
 */
read_by_ocr: boolean, };

export type TrendSeries = { 
/**
 * The label as first printed.
 */
label: string, 
/**
 * What the figure counts in.
 */
unit: FigureUnitCode, 
/**
 * True when values cover periods of different lengths: the reader must see each period.
 */
periods_differ: boolean, 
/**
 * The values, oldest letter first.
 */
points: Array<TrendPointView>, };

export type ThreadDetail = { 
/**
 * The thread and its members.
 */
thread: ThreadSummary, 
/**
 * The letter every answer is compared with.
 */
reference_document: number | null, 
/**
 * One entry per member, oldest first.
 */
years: Array<ThreadYear>, 
/**
 * The distinct wordings of the answers.
 */
variants: Array<AnswerVariant>, 
/**
 * The figures as trends.
 */
trends: Array<TrendSeries>, 
/**
 * Other threads of the same authority, which this one can be merged with.
 */
same_authority: Array<ThreadSummary>, };

export type MemberRef = { 
/**
 * The letter.
 */
document_id: number, 
/**
 * The member's question key.
 */
question_key: string, };

export type QueuedQuestionView = { 
/**
 * The letter.
 */
document_id: number, 
/**
 * The letter's reference, when found.
 */
reference: string | null, 
/**
 * The authority the letter is from, when read.
 */
authority: string | null, 
/**
 * The letter's response date, `YYYY-MM-DD`; null when undated.
 */
date: string | null, 
/**
 * The key naming the question across re-reading.
 */
question_key: string, 
/**
 * The printed label.
 */
question_label: string | null, 
/**
 * The question's words, to be shown as text only; null when the letter no longer has it.
 */
text: string | null, };

export type ThreadSuggestionView = { 
/**
 * The thread it would join.
 */
thread_id: number, 
/**
 * The thread's title.
 */
thread_title: string, 
/**
 * How alike the question is to the thread (0–1).
 */
score: number, 
/**
 * The score in words: "very likely", "likely", "possible" or "doubtful".
 */
likelihood: string, 
/**
 * The question suggested.
 */
suggested: QueuedQuestionView, 
/**
 * The thread's question it is set beside; null when the thread holds nothing else.
 */
counterpart: QueuedQuestionView | null, };

export type ThreadContinuations = { 
/**
 * Questions of the new letters that continue a thread.
 */
n_questions: number, 
/**
 * The threads they continue.
 */
n_threads: number, 
/**
 * "4 questions continue 3 threads"; null when they continue none.
 */
description: string | null, };

export type AnnotationView = { 
/**
 * Library id.
 */
id: number, 
/**
 * The document it is on.
 */
document_id: number, 
/**
 * A highlighted passage (or a whole answer), or the whole letter.
 */
scope: AnnotationScopeCode, 
/**
 * The quoted words, verbatim; shown for orphans so the reviewer can place them.
 */
quote: string, 
/**
 * Where the passage starts in the document's text, in UTF-16 units as JavaScript counts;
 * `null` for orphans, document notes and notes listed away from their own letter.
 */
start: number | null, 
/**
 * Just past the passage, likewise.
 */
end: number | null, 
/**
 * The question whose text or answer holds it, e.g. `Q2`.
 */
question_label: string | null, 
/**
 * The reviewer's note.
 */
note: string, 
/**
 * The highlight's colour.
 */
colour: HighlightColourCode, 
/**
 * Tag names, alphabetical.
 */
tags: Array<string>, 
/**
 * Where the note sits: on its words, on a close passage, nowhere (orphaned), or on the whole letter.
 */
anchor_state: AnchorStateCode, 
/**
 * When it was made, RFC 3339 UTC.
 */
created_at: string, 
/**
 * When it last changed.
 */
updated_at: string, 
/**
 * When it was deleted, for "recently deleted".
 */
deleted_at: string | null, };

export type DeletedAnnotation = { 
/**
 * The annotation as it was when deleted.
 */
annotation: AnnotationView, 
/**
 * The title of its letter.
 */
document_title: string, 
/**
 * How many days deleted notes are kept before they go for good.
 */
retention_days: number, };

export type CarriedAnnotation = { 
/**
 * The question of the open letter it is offered to.
 */
question_label: string, 
/**
 * The note, as made on the earlier letter.
 */
annotation: AnnotationView, 
/**
 * The earlier letter.
 */
from_document_id: number, 
/**
 * The earlier letter's reference.
 */
from_reference: string | null, 
/**
 * The earlier letter's response date, `YYYY-MM-DD`.
 */
from_date: string | null, 
/**
 * The question label in the earlier letter.
 */
from_question_label: string | null, };

export type ReviewStatusView = { 
/**
 * The document.
 */
document_id: number, 
/**
 * The answer's question label, or `null` for the whole document.
 */
question_label: string | null, 
/**
 * How far the review has got.
 */
status: ReviewStatusCode, 
/**
 * Who set it, as named in preferences.
 */
reviewer: string | null, 
/**
 * When it was set, RFC 3339 UTC.
 */
updated_at: string, };

export type Preferences = { 
/**
 * The name stamped on review statuses; `null` until set.
 */
reviewer_name: string | null, };

export type ProvisionOption = { 
/**
 * `FOIA`, `EIR` or `FOISA`.
 */
regime: string, 
/**
 * Normal form, e.g. `40(2)`.
 */
provision: string, 
/**
 * The section or regulation number alone, e.g. `40`.
 */
section: string, 
/**
 * Short name in the words reviewers use, e.g. `Personal information`.
 */
name: string, 
/**
 * What relying on it takes.
 */
nature: NatureCode, 
/**
 * True when relying on it requires weighing the public interest.
 */
public_interest_test: boolean, 
/**
 * True when the provision itself removes the duty to confirm or deny.
 */
is_ncnd: boolean, 
/**
 * One sentence on when it applies.
 */
note: string, };

export type ProvisionChoice = { 
/**
 * `FOIA`, `EIR` or `FOISA`.
 */
regime: string, 
/**
 * The provision, e.g. `40(2)`; brought to the catalogue's normal form when stored.
 */
provision: string, };

export type FlagDraft = { 
/**
 * The question the flag belongs to (its key, as in `QuestionOutcome.question_key`); `null` for the letter as a whole.
 */
question_key: string | null, 
/**
 * The passage as selected; `null` for a whole answer.
 */
quote: string | null, 
/**
 * Up to 32 characters shown before the passage, to place it if the offsets do not match.
 */
prefix: string | null, 
/**
 * Up to 32 characters shown after it.
 */
suffix: string | null, 
/**
 * Where the passage starts in the document's text, in UTF-16 code units.
 */
start: number | null, 
/**
 * Where it ends (exclusive), in UTF-16 code units.
 */
end: number | null, 
/**
 * One or more provisions from the catalogue.
 */
provisions: Array<ProvisionChoice>, 
/**
 * The reviewer's note.
 */
note: string, };

export type FlaggedProvision = { 
/**
 * `FOIA`, `EIR` or `FOISA`.
 */
regime: string, 
/**
 * Normal form, e.g. `40(2)`.
 */
provision: string, 
/**
 * The catalogue's name, when catalogued.
 */
name: string | null, };

export type RedactionFlag = { 
/**
 * Flag id.
 */
id: number, 
/**
 * The document flagged.
 */
document_id: number, 
/**
 * The question's key, or `null` for the letter as a whole.
 */
question_key: string | null, 
/**
 * The passage flagged, or `null` for a whole answer.
 */
quote: string | null, 
/**
 * Where the passage starts in the document's text, in UTF-16 code units.
 */
start: number | null, 
/**
 * Where it ends, in UTF-16 code units.
 */
end: number | null, 
/**
 * The provisions, sorted.
 */
provisions: Array<FlaggedProvision>, 
/**
 * The reviewer's note.
 */
note: string, 
/**
 * When it was made, RFC 3339 UTC.
 */
created_at: string, 
/**
 * When it was last changed.
 */
updated_at: string, };

export type WithheldPartView = { 
/**
 * A missing or unanswered question, a suppressed cell or removed text.
 */
kind: WithheldKindCode, 
/**
 * A sentence for the reviewer: the letter's own reason when it gives one.
 */
reason: string, 
/**
 * The marked words (a cell's text, a removal marker), when the part has a place.
 */
quote: string | null, 
/**
 * Where it starts in the document's text, in UTF-16 code units.
 */
start: number | null, 
/**
 * Where it ends, in UTF-16 code units.
 */
end: number | null, 
/**
 * The question it belongs to, when known (its key).
 */
question_key: string | null, };

export type QuestionOutcome = { 
/**
 * Position of the question in the letter (0-based), the same as in `LetterStructure.questions`.
 */
question_idx: number, 
/**
 * The key reviewer rows use: the label, or `#N` for an unlabelled question.
 */
question_key: string, 
/**
 * The printed label.
 */
question_label: string | null, 
/**
 * What the parser derived.
 */
derived: OutcomeCode, 
/**
 * The reviewer's outcome, when corrected.
 */
corrected: OutcomeCode | null, 
/**
 * The reviewer's note on the correction.
 */
correction_note: string | null, 
/**
 * The outcome that counts: the correction when there is one.
 */
outcome: OutcomeCode, };

export type DetectedCitation = { 
/**
 * The question it is tied to (its key), or `null` for the letter as a whole.
 */
question_key: string | null, 
/**
 * `FOIA`, `EIR` or `FOISA`.
 */
regime: string, 
/**
 * Normal form, e.g. `40(2)`.
 */
provision: string, 
/**
 * Everything cited, e.g. `40(2)(a)(b)`.
 */
cited_as: string, 
/**
 * The catalogue's name, when catalogued.
 */
name: string | null, 
/**
 * The citation as printed.
 */
quote: string, 
/**
 * The reviewer's verdict, when the reviewer judged it.
 */
judgement: JudgementCode | null, 
/**
 * The provision really relied on (with `wrong_subsection`).
 */
corrected_provision: string | null, 
/**
 * The reviewer's note on the verdict.
 */
judgement_note: string | null, };

export type CitationVerdict = { 
/**
 * `FOIA`, `EIR` or `FOISA`, as detected.
 */
regime: string, 
/**
 * The provision as detected.
 */
provision: string, 
/**
 * The citation as printed.
 */
quote: string, 
/**
 * `cited_not_applied` or `wrong_subsection`; checked by the library, so a name it does not
 * know is the reviewer's `invalid`, not a failure to read the call.
 */
verdict: JudgementCode, 
/**
 * For `wrong_subsection`: the provision really relied on (same statute).
 */
corrected_provision: string | null, 
/**
 * The reviewer's note.
 */
note: string, };

export type FoundRedactionView = { 
/**
 * Names it in the actions; survives re-reading.
 */
key: string, 
/**
 * A box, a dark region of an image, or a marker in the text.
 */
kind: RedactionKindCode, 
/**
 * The page, for marks on a page.
 */
page: number | null, 
/**
 * Where on the page, in points from its lower left corner: `[x, y, width, height]`.
 */
area: Array<number> | null, 
/**
 * The provision it counts under (the reviewer's correction when there is one).
 */
provision: string | null, 
/**
 * The provision as found.
 */
found_provision: string | null, 
/**
 * How it was tied to its provision: its label, its paragraph, the letter's one provision, or not at all.
 */
tied_by: TiedByCode, 
/**
 * The label written in or beside it.
 */
label: string | null, 
/**
 * The warning when the file still holds the words under it, else null. The words
 * themselves come only from `reveal_redacted_text`, when the reviewer asks.
 */
warning: string | null, 
/**
 * The question whose answer holds it.
 */
question_key: string | null, 
/**
 * The reviewer's decision, or null when not reviewed.
 */
decision: RedactionDecisionCode | null, 
/**
 * The reviewer's note on the decision.
 */
note: string, 
/**
 * Who decided.
 */
reviewer: string | null, 
/**
 * Where its place starts in the document's text, in UTF-16 code units.
 */
start: number, 
/**
 * Where it ends, in UTF-16 code units (equal to `start` for a box over nothing).
 */
end: number, };

export type RedactionDecision = { "action": "confirm" } | { "action": "correct", 
/**
 * "40(2)", "s43".
 */
provision: string, } | { "action": "dismiss" } | { "action": "undo" };

export type RegisterQuery = { 
/**
 * Part of the authority's name, case-insensitive.
 */
authority?: string, 
/**
 * First year included.
 */
since?: number, 
/**
 * Last year included.
 */
until?: number, 
/**
 * Only the letters of this question thread.
 */
thread_id?: number, };

export type AuthorityCount = { 
/**
 * The authority's name.
 */
authority: string, 
/**
 * Letters.
 */
n_documents: number, };

export type ProvisionRow = { 
/**
 * `FOIA`, `EIR` or `FOISA`.
 */
regime: string, 
/**
 * The provision in normal form, e.g. `40(2)`.
 */
provision: string, 
/**
 * Its catalogue name ("" when not catalogued).
 */
name: string, 
/**
 * How the provision is weighed, or null when not catalogued.
 */
weighing: WeighingCode | null, 
/**
 * The schedule's words for the weighing: `absolute`, `qualified`, `mixed`, `limit`, `not catalogued`.
 */
weighing_label: string, 
/**
 * Letters that applied it.
 */
n_documents: number, 
/**
 * Questions, passages and whole letters it was applied to.
 */
n_entries: number, 
/**
 * Of which flagged by hand.
 */
n_flags: number, 
/**
 * Of which redactions found in the documents as received.
 */
n_found: number, 
/**
 * Letters applying it in each year of the register's `years` (zero where none).
 */
trend: Array<number>, 
/**
 * Letters applying it that carry no date (outside the trend).
 */
n_undated: number, 
/**
 * Letters per authority, by name.
 */
by_authority: Array<AuthorityCount>, 
/**
 * Indexes into the register's `entries` behind this row, for drilling down.
 */
entry_indexes: Array<number>, };

export type RegisterEntry = { 
/**
 * The letter, to open it.
 */
document_id: number, 
/**
 * The letter's request reference.
 */
reference: string | null, 
/**
 * The authority that answered.
 */
authority: string | null, 
/**
 * The year of the response.
 */
year: number | null, 
/**
 * The question's label, or null for the letter as a whole.
 */
question_label: string | null, 
/**
 * `FOIA`, `EIR` or `FOISA`.
 */
regime: string, 
/**
 * The provision it counts under (the reviewer's correction when there is one).
 */
provision: string, 
/**
 * The provision as cited in the letter or flagged.
 */
cited_provision: string, 
/**
 * The catalogue name ("" when not catalogued).
 */
name: string, 
/**
 * The schedule's words for the weighing: `absolute`, `qualified`, `mixed`, `limit`, `not catalogued`.
 */
weighing_label: string, 
/**
 * Cited (found in the letter), flagged by hand, or found (a redaction in the document as received).
 */
source: EntrySourceCode, 
/**
 * The flag, when flagged by hand.
 */
flag_id: number | null, 
/**
 * The words cited, or the passage flagged; text only.
 */
quote: string | null, 
/**
 * Byte offset of the quote in the letter's text (named so: on the app's wire a bare
 * `start`/`end` always counts UTF-16 units, as the reader draws them).
 */
start_byte: number | null, 
/**
 * Byte offset where the quote ends.
 */
end_byte: number | null, 
/**
 * The reviewer's note.
 */
note: string | null, 
/**
 * The reviewer's verdict on a citation, or null.
 */
judgement: JudgementCode | null, };

export type ThreadChoice = { 
/**
 * Library id of the thread.
 */
id: number, 
/**
 * Its title.
 */
title: string, 
/**
 * The authority asked.
 */
authority: string, };

export type ExemptionRegister = { 
/**
 * The schedule's heading for this scope.
 */
title: string, 
/**
 * Letters with at least one counted entry.
 */
n_documents: number, 
/**
 * The trend axis: every year from the first dated entry to the last.
 */
years: Array<number>, 
/**
 * One row per provision, most applied first.
 */
provisions: Array<ProvisionRow>, 
/**
 * The counted entries, in document then position order.
 */
entries: Array<RegisterEntry>, 
/**
 * Citations the reviewer judged cited but not applied: listed, never counted.
 */
set_aside: Array<RegisterEntry>, 
/**
 * Every authority with an entry in the library, for the filter.
 */
authorities: Array<string>, 
/**
 * Every question thread of two or more letters, for the filter.
 */
threads: Array<ThreadChoice>, };

export type ScheduleFormat = "csv" | "html";

export type SearchRequest = { 
/**
 * The words typed, as typed; never FTS5 syntax.
 */
text: string, 
/**
 * True while the reviewer is still typing: the last word counts as a prefix.
 */
type_ahead: boolean, 
/**
 * The authority, exactly as listed in the facet choices.
 */
authority?: string, 
/**
 * The year of the response date.
 */
year?: number, 
/**
 * The decision, e.g. `partial`.
 */
decision?: string, 
/**
 * A tag on one of the document's notes.
 */
tag?: string, 
/**
 * `unreviewed`, `in_review`, `reviewed` or `follow_up`.
 */
review_status?: string, 
/**
 * A provision applied, e.g. `40(2)`; a section alone (`40`) takes in its subsections.
 */
exemption?: string, 
/**
 * A question thread.
 */
thread_id?: number, 
/**
 * At most this many results (default 50).
 */
limit?: number, };

export type SnippetRun = { 
/**
 * The words, shown as text only.
 */
text: string, 
/**
 * True for a matched word.
 */
highlighted: boolean, };

export type SearchResult = { 
/**
 * What matched: the letter, a question or a note.
 */
kind: SearchHitKind, 
/**
 * The letter, to open it.
 */
document_id: number, 
/**
 * The letter's request reference.
 */
reference: string | null, 
/**
 * The letter's title.
 */
title: string, 
/**
 * The authority that answered.
 */
authority: string | null, 
/**
 * The response date, `YYYY-MM-DD`.
 */
date: string | null, 
/**
 * The question matched, or the question a note is on.
 */
question_label: string | null, 
/**
 * The note matched.
 */
annotation_id: number | null, 
/**
 * A few words around the match.
 */
snippet: Array<SnippetRun>, };

export type SearchFacetChoices = { 
/**
 * Authorities, as stored.
 */
authorities: Array<string>, 
/**
 * Years of response dates, newest first.
 */
years: Array<number>, 
/**
 * The decisions letters of the library have.
 */
decisions: Array<DecisionCode>, 
/**
 * Review statuses in review order.
 */
review_statuses: Array<ReviewStatusCode>, 
/**
 * Provisions applied somewhere in the library, e.g. `40(2)`.
 */
exemptions: Array<string>, 
/**
 * Question threads to narrow to.
 */
threads: Array<ThreadChoice>, };

export type ExportTable = "library" | "annotations" | "statuses";

export type TableFormat = "csv" | "json";

export type ReportFormat = "html" | "md";

export type ExportSelection = { 
/**
 * One letter.
 */
document_id?: number, 
/**
 * The letters of one question thread.
 */
thread_id?: number, 
/**
 * These letters, in this order (the reviewer's current selection).
 */
document_ids?: Array<number>, };

export type BackupInfo = { 
/**
 * Where it is, to restore it.
 */
path: string, 
/**
 * Its file name.
 */
file_name: string, 
/**
 * Its size in bytes.
 */
n_bytes: number, 
/**
 * When it was written, milliseconds since 1970 (UTC), for the UI to show in local time.
 */
taken_at_ms: number, 
/**
 * Why it was taken: the schedule, asked for, before a restore or before a migration.
 */
kind: BackupKindCode, };
