//! How common a word is in information-request letters in general, whichever authority wrote
//! them: a fixed table shipped with the app, so that a library of three letters weighs words as a
//! library of thirty thousand would. Words outside the table are taken as rare.
//!
//! The table lists ordinary words of FOI correspondence (grammar, request wording, the common
//! nouns of public services) with the share, per thousand, of public bodies whose letters use
//! them. Names of places and bodies are deliberately absent: they identify a writer, which is
//! what [`super::issuer`] looks for.

use rustc_hash::FxHashMap;
use std::sync::OnceLock;

use super::normalise::{stem, NUMBER_TERM, YEAR_TERM};

/// Share of bodies (per thousand) whose letters use the word, for words most bodies share.
#[rustfmt::skip]
const COMMON_WORDS: &[(&str, u16)] = &[
    ("able", 170), ("about", 277), ("above", 255), ("absolute", 106), ("abuse", 85), ("accept", 85),
    ("access", 255), ("accordance", 234), ("account", 85), ("accurate", 106), ("act", 872), ("action", 170),
    ("adding", 106), ("addition", 85), ("additional", 255), ("address", 234), ("advice", 85),
    ("affairs", 85), ("after", 170), ("again", 128), ("against", 234), ("agency", 128), ("all", 553),
    ("allegations", 106), ("allow", 170), ("allows", 85), ("already", 106), ("also", 319), ("although", 85),
    ("am", 319), ("amount", 106), ("an", 681), ("and", 1000), ("annual", 191), ("another", 106),
    ("answer", 213), ("any", 787), ("appeal", 85), ("applicable", 85), ("applicant", 149),
    ("application", 149), ("applications", 85), ("applied", 170), ("applies", 191), ("apply", 255),
    ("appropriate", 149), ("april", 213), ("are", 809), ("area", 213), ("areas", 85), ("as", 851),
    ("ask", 106), ("asked", 149), ("assessments", 106), ("assistance", 85), ("at", 681), ("attached", 213),
    ("attachment", 170), ("attended", 85), ("august", 106), ("authorities", 149), ("authority", 319),
    ("available", 489), ("average", 128), ("aware", 85), ("based", 149), ("basis", 149), ("be", 766),
    ("because", 170), ("been", 745), ("before", 128), ("behaviour", 128), ("being", 298), ("believe", 106),
    ("below", 468), ("beta", 106), ("better", 128), ("between", 213), ("board", 85), ("body", 85),
    ("both", 170), ("breach", 85), ("breakdown", 128), ("broken", 106), ("buildings", 106), ("but", 277),
    ("by", 915), ("calendar", 149), ("can", 617), ("cannot", 213), ("carried", 106), ("case", 298),
    ("cases", 191), ("category", 149), ("caused", 85), ("changes", 85), ("charges", 106), ("check", 85),
    ("city", 128), ("clarification", 170), ("clear", 106), ("clicking", 106), ("code", 85),
    ("commercial", 149), ("commissioner", 213), ("committed", 85), ("communications", 128), ("company", 85),
    ("complaints", 128), ("completed", 149), ("compliance", 85), ("concerning", 128), ("concerns", 85),
    ("concluded", 106), ("conduct", 170), ("conducted", 128), ("confirm", 383), ("confirmation", 85),
    ("connection", 85), ("consider", 298), ("consideration", 106), ("considered", 340), ("contact", 213),
    ("content", 234), ("cookie", 128), ("cookies", 128), ("copies", 149), ("copy", 149),
    ("correspondence", 128), ("cost", 255), ("could", 426), ("council", 234), ("court", 128), ("covers", 85),
    ("crime", 234), ("criminal", 128), ("current", 277), ("currently", 170), ("customise", 106),
    ("data", 511), ("date", 532), ("dated", 170), ("dates", 106), ("day", 85), ("days", 128), ("dear", 426),
    ("december", 213), ("deciding", 85), ("decision", 277), ("decisions", 128), ("deemed", 85),
    ("deny", 106), ("department", 383), ("departments", 106), ("description", 106), ("detail", 191),
    ("detailed", 128), ("details", 298), ("detection", 170), ("did", 149), ("direct", 106), ("directly", 85),
    ("disciplinary", 85), ("disclose", 149), ("disclosed", 128), ("disclosure", 340), ("dismissed", 85),
    ("do", 383), ("document", 128), ("documents", 213), ("does", 489), ("domain", 85), ("domestic", 149),
    ("down", 128), ("due", 213), ("during", 234), ("duties", 85), ("duty", 170), ("each", 489), ("eir", 85),
    ("either", 170), ("email", 383), ("emails", 106), ("employed", 106), ("employees", 85), ("empty", 106),
    ("enforcement", 149), ("enquiries", 85), ("ensure", 170), ("environmental", 128), ("equivalent", 128),
    ("escape", 85), ("essential", 106), ("etc", 191), ("even", 85), ("evidence", 85), ("example", 128),
    ("exceed", 149), ("excel", 106), ("exempt", 255), ("exemption", 404), ("exemptions", 277), ("exist", 85),
    ("explained", 106), ("factors", 149), ("faithfully", 85), ("family", 149), ("february", 277),
    ("feedback", 106), ("fees", 106), ("few", 128), ("figures", 106), ("final", 85), ("financial", 255),
    ("find", 213), ("fire", 106), ("first", 298), ("five", 149), ("foi", 574), ("foia", 170),
    ("follow", 128), ("following", 638), ("follows", 128), ("for", 957), ("force", 170), ("forces", 85),
    ("form", 85), ("format", 170), ("found", 213), ("four", 85), ("freedom", 809), ("from", 723),
    ("fte", 106), ("full", 319), ("further", 298), ("future", 128), ("gdpr", 85), ("general", 170),
    ("get", 85), ("given", 149), ("gov", 149), ("governance", 149), ("government", 149), ("grateful", 85),
    ("guidance", 234), ("had", 255), ("handled", 85), ("handling", 128), ("harm", 106), ("has", 574),
    ("have", 809), ("he", 85), ("health", 234), ("hearings", 85), ("held", 362), ("helps", 106),
    ("here", 106), ("high", 106), ("hold", 362), ("holds", 170), ("home", 106), ("homes", 85),
    ("hospital", 106), ("hours", 85), ("house", 191), ("how", 511), ("however", 404), ("hr", 85),
    ("html", 149), ("https", 170), ("ico", 85), ("identification", 85), ("identified", 191),
    ("identify", 170), ("if", 745), ("ii", 85), ("in", 1000), ("incident", 149), ("incidents", 213),
    ("include", 170), ("included", 106), ("includes", 128), ("including", 447), ("independent", 85),
    ("individual", 213), ("individuals", 213), ("informat", 85), ("information", 894), ("initial", 128),
    ("instance", 106), ("interest", 298), ("interested", 85), ("interests", 106), ("internal", 298),
    ("interpreted", 106), ("into", 298), ("investigation", 106), ("investigations", 85), ("involved", 170),
    ("is", 894), ("issue", 85), ("issued", 149), ("issues", 85), ("it", 681), ("its", 319), ("january", 277),
    ("july", 191), ("june", 128), ("justice", 85), ("key", 85), ("know", 149), ("last", 319), ("law", 255),
    ("lead", 128), ("leave", 128), ("left", 128), ("legal", 170), ("length", 149), ("let", 106),
    ("letter", 128), ("level", 128), ("liaison", 106), ("like", 426), ("likely", 149), ("limit", 106),
    ("limited", 149), ("line", 85), ("link", 191), ("list", 213), ("listed", 85), ("ll", 128),
    ("local", 106), ("log", 149), ("london", 85), ("long", 149), ("longer", 85), ("made", 426),
    ("mail", 106), ("main", 128), ("make", 255), ("manage", 149), ("managed", 85), ("management", 128),
    ("manager", 106), ("many", 277), ("march", 277), ("matter", 85), ("may", 489), ("me", 277),
    ("means", 128), ("measures", 85), ("media", 106), ("meeting", 85), ("member", 149), ("members", 149),
    ("mental", 85), ("minutes", 128), ("misconduct", 128), ("month", 128), ("months", 277), ("more", 404),
    ("most", 170), ("mr", 170), ("much", 170), ("must", 106), ("my", 106), ("name", 128), ("names", 191),
    ("national", 191), ("nature", 149), ("necessary", 85), ("need", 191), ("neither", 85), ("new", 149),
    ("next", 106), ("nhs", 85), ("no", 362), ("non", 85), ("nor", 106), ("not", 851), ("note", 213),
    ("notes", 106), ("notice", 234), ("november", 170), ("now", 191), ("number", 553), ("numbers", 149),
    ("obligations", 85), ("october", 191), ("of", 1000), ("offence", 106), ("offences", 106),
    ("office", 213), ("officer", 255), ("officers", 255), ("official", 106), ("on", 851), ("one", 170),
    ("only", 362), ("or", 872), ("order", 213), ("organisation", 149), ("other", 511), ("our", 532),
    ("out", 298), ("outcome", 149), ("over", 149), ("page", 149), ("part", 319), ("particular", 149),
    ("particularly", 85), ("past", 85), ("pdf", 85), ("people", 191), ("per", 234), ("percentage", 106),
    ("period", 213), ("periods", 85), ("permitted", 85), ("person", 191), ("personal", 234), ("persons", 85),
    ("place", 106), ("please", 830), ("point", 85), ("police", 340), ("policing", 128), ("policy", 191),
    ("position", 128), ("possible", 298), ("preferences", 106), ("prejudice", 191), ("prevention", 191),
    ("previous", 85), ("principles", 106), ("prior", 149), ("private", 149), ("problem", 106),
    ("procedures", 128), ("process", 149), ("produce", 85), ("professional", 106), ("progress", 106),
    ("properties", 106), ("property", 170), ("protect", 85), ("protection", 298), ("provide", 723),
    ("provided", 468), ("provides", 128), ("providing", 149), ("provisions", 85), ("psychological", 85),
    ("public", 574), ("published", 170), ("purpose", 128), ("purposes", 170), ("put", 85),
    ("qualified", 128), ("queries", 85), ("question", 255), ("questions", 277), ("quickly", 85),
    ("rank", 85), ("re", 213), ("reason", 234), ("reasons", 170), ("receive", 149), ("received", 489),
    ("recent", 128), ("record", 170), ("recorded", 255), ("records", 191), ("redacted", 85), ("ref", 234),
    ("refer", 149), ("reference", 468), ("refusal", 106), ("refused", 128), ("refusing", 106),
    ("regarding", 255), ("regards", 170), ("regulation", 128), ("regulations", 213), ("relate", 128),
    ("related", 149), ("relates", 106), ("relating", 319), ("relation", 277), ("release", 213),
    ("released", 85), ("relevant", 191), ("remain", 128), ("remains", 85), ("remember", 149), ("reply", 106),
    ("report", 170), ("reported", 106), ("reports", 191), ("request", 957), ("requested", 617),
    ("requesting", 191), ("requests", 383), ("require", 149), ("required", 191), ("requirement", 106),
    ("requires", 128), ("rescue", 106), ("research", 106), ("residential", 128), ("resources", 106),
    ("respect", 170), ("respond", 170), ("responded", 213), ("responding", 170), ("response", 745),
    ("responses", 85), ("restricted", 85), ("result", 85), ("review", 319), ("reviews", 85), ("right", 213),
    ("risk", 191), ("road", 149), ("role", 85), ("safety", 85), ("same", 170), ("saved", 106), ("scope", 85),
    ("search", 191), ("second", 85), ("section", 617), ("sections", 106), ("security", 149), ("see", 383),
    ("seek", 106), ("senior", 85), ("sensitive", 85), ("sent", 191), ("separate", 106), ("september", 213),
    ("service", 404), ("services", 170), ("serving", 106), ("set", 255), ("settings", 106), ("should", 277),
    ("showing", 85), ("similarly", 85), ("since", 170), ("site", 170), ("six", 106), ("skip", 170),
    ("so", 383), ("social", 85), ("some", 298), ("sorry", 106), ("sought", 106), ("source", 106),
    ("specific", 170), ("specifically", 149), ("specified", 128), ("spent", 106), ("spreadsheet", 128),
    ("st", 170), ("staff", 404), ("standards", 106), ("state", 170), ("stated", 85), ("states", 128),
    ("statistics", 106), ("statutory", 106), ("still", 85), ("street", 128), ("subject", 277),
    ("submitted", 85), ("such", 319), ("summary", 170), ("supply", 106), ("support", 170), ("system", 170),
    ("systems", 106), ("table", 85), ("tables", 128), ("take", 106), ("taken", 213), ("team", 213),
    ("technical", 106), ("term", 149), ("test", 149), ("text", 85), ("th", 255), ("than", 191),
    ("thank", 298), ("that", 872), ("the", 1000), ("their", 170), ("them", 170), ("then", 128),
    ("there", 426), ("therefore", 404), ("these", 447), ("they", 319), ("things", 106), ("think", 106),
    ("third", 85), ("this", 936), ("those", 383), ("threat", 85), ("three", 191), ("through", 170),
    ("time", 511), ("timeframe", 85), ("times", 106), ("to", 1000), ("total", 362), ("training", 106),
    ("transparency", 106), ("trust", 128), ("try", 128), ("two", 234), ("type", 213), ("types", 128),
    ("uk", 319), ("unable", 277), ("under", 723), ("understand", 149), ("undertaken", 128), ("unit", 128),
    ("unless", 106), ("up", 106), ("update", 128), ("us", 340), ("use", 234), ("used", 277), ("vacant", 85),
    ("various", 106), ("version", 191), ("very", 106), ("vetting", 106), ("via", 106), ("violence", 106),
    ("virtue", 106), ("was", 617), ("way", 149), ("we", 681), ("website", 340), ("weeks", 128),
    ("well", 149), ("were", 511), ("what", 383), ("when", 149), ("where", 447), ("whether", 383),
    ("which", 681), ("who", 298), ("why", 128), ("will", 362), ("wish", 106), ("with", 787),
    ("withheld", 106), ("withhold", 85), ("within", 447), ("without", 128), ("work", 234), ("working", 213),
    ("would", 617), ("write", 85), ("writing", 149), ("www", 277), ("xx", 106), ("xxx", 106), ("year", 340),
    ("years", 298), ("yes", 85), ("you", 830), ("your", 830), ("yours", 128),
];

/// Weight of a term no body shares with others: the most telling.
const RARE_WEIGHT_PER_MILLE: u16 = 0;

fn common_stems() -> &'static FxHashMap<String, u16> {
    static STEMS: OnceLock<FxHashMap<String, u16>> = OnceLock::new();
    STEMS.get_or_init(|| {
        let mut stems: FxHashMap<String, u16> = FxHashMap::default();
        for (word, per_mille) in COMMON_WORDS {
            let entry = stems.entry(stem(word)).or_insert(0);
            *entry = (*entry).max(*per_mille);
        }
        stems
    })
}

/// True when `word` (lower case) is shared by the letters of many bodies.
pub fn is_common_word(word: &str) -> bool {
    COMMON_WORDS.binary_search_by(|(common, _)| (*common).cmp(word)).is_ok() || common_stems().contains_key(word)
}

/// How much a shared term says that two requests are about the same thing: the rarer the term
/// across bodies, the more; years and numbers say little.
pub fn term_weight(term: &str) -> f64 {
    if term == YEAR_TERM || term == NUMBER_TERM {
        return 0.25;
    }
    let per_mille = common_stems().get(term).copied().unwrap_or(RARE_WEIGHT_PER_MILLE);
    (1020.0 / (f64::from(per_mille) + 20.0)).ln() + 0.5
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_for_binary_search() {
        assert!(COMMON_WORDS.windows(2).all(|pair| pair[0].0 < pair[1].0), "is_common_word binary-searches the table");
    }

    #[test]
    fn rare_words_weigh_more_than_common_ones() {
        assert!(term_weight("wildfire") > term_weight("officer"), "a word few bodies use says more than one all use");
        assert!(term_weight("officer") > term_weight(YEAR_TERM), "a year says least of all");
    }
}
