//! The catalogue of UK public authorities shipped with the app (`authorities.tsv`): official
//! names, the short forms letters use for themselves, and each body's kind and nation.
//!
//! The reader uses it to name the authority of a letter the same way every time ("MPS" and
//! "Metropolitan Police" are the Metropolitan Police Service), so letters of one body group
//! together. It knows nothing of any letter; finding a name in a letter is `parse`'s work.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::{Regex, RegexBuilder};

/// What sort of public body an authority is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AuthorityKind {
    /// A territorial or national police force.
    PoliceForce,
    /// A fire and rescue service.
    FireAndRescue,
    /// A local council of any tier.
    Council,
    /// An NHS trust, health board or national NHS body.
    NhsBody,
    /// A ministerial or non-ministerial government department.
    GovernmentDepartment,
    /// An executive agency, regulator or other arm's-length body.
    GovernmentAgency,
    /// A parliament or assembly.
    Parliament,
    /// A body of the Scottish, Welsh or Northern Ireland administrations.
    DevolvedBody,
    /// A transport authority or operator.
    TransportBody,
    /// A regional authority or combined authority.
    RegionalAuthority,
    /// A university.
    University,
}

impl AuthorityKind {
    /// Stable short name, as the catalogue file writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            AuthorityKind::PoliceForce => "police",
            AuthorityKind::FireAndRescue => "fire",
            AuthorityKind::Council => "council",
            AuthorityKind::NhsBody => "nhs",
            AuthorityKind::GovernmentDepartment => "department",
            AuthorityKind::GovernmentAgency => "agency",
            AuthorityKind::Parliament => "parliament",
            AuthorityKind::DevolvedBody => "devolved",
            AuthorityKind::TransportBody => "transport",
            AuthorityKind::RegionalAuthority => "regional",
            AuthorityKind::University => "university",
        }
    }

    /// The kind a catalogue row names, if it is one.
    pub fn from_code(code: &str) -> Option<Self> {
        ALL_KINDS.iter().copied().find(|kind| kind.as_str() == code)
    }
}

const ALL_KINDS: [AuthorityKind; 11] = [
    AuthorityKind::PoliceForce,
    AuthorityKind::FireAndRescue,
    AuthorityKind::Council,
    AuthorityKind::NhsBody,
    AuthorityKind::GovernmentDepartment,
    AuthorityKind::GovernmentAgency,
    AuthorityKind::Parliament,
    AuthorityKind::DevolvedBody,
    AuthorityKind::TransportBody,
    AuthorityKind::RegionalAuthority,
    AuthorityKind::University,
];

/// The part of the UK an authority serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Nation {
    /// The whole of the UK (or Great Britain).
    Uk,
    /// England.
    England,
    /// Wales.
    Wales,
    /// Scotland.
    Scotland,
    /// Northern Ireland.
    NorthernIreland,
}

impl Nation {
    fn from_code(code: &str) -> Option<Self> {
        match code {
            "uk" => Some(Nation::Uk),
            "england" => Some(Nation::England),
            "wales" => Some(Nation::Wales),
            "scotland" => Some(Nation::Scotland),
            "ni" => Some(Nation::NorthernIreland),
            _ => None,
        }
    }
}

/// One public authority of the catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Authority {
    /// The official name, the one every letter of the body is filed under.
    pub name: &'static str,
    /// What sort of body it is.
    pub kind: AuthorityKind,
    /// Where it serves.
    pub nation: Nation,
    /// Other names letters use: abbreviations ("MPS"), older or everyday names ("Hackney Council").
    pub short_forms: Vec<&'static str>,
}

const CATALOGUE_FILE: &str = include_str!("authorities.tsv");

struct Catalogue {
    authorities: Vec<Authority>,
    /// Rows that could not be read, for the catalogue's own test.
    unread: Vec<&'static str>,
    /// Normalised name or short form to its authority.
    by_name: HashMap<String, usize>,
    /// Normalised place of a council ("hastings", "brightonhove") to the council.
    by_place: HashMap<String, usize>,
    /// "<place> Council" for every council, the everyday name letters use.
    everyday_council_names: Vec<String>,
}

static CATALOGUE: LazyLock<Catalogue> = LazyLock::new(read_catalogue);

fn read_catalogue() -> Catalogue {
    let mut authorities = Vec::new();
    let mut unread = Vec::new();
    for row in CATALOGUE_FILE.lines().filter(|row| !row.trim().is_empty() && !row.starts_with('#')) {
        let columns: Vec<&'static str> = row.split('\t').collect();
        let (Some(kind), Some(nation), Some(name)) = (
            columns.first().and_then(|code| AuthorityKind::from_code(code)),
            columns.get(1).and_then(|code| Nation::from_code(code)),
            columns.get(2).map(|name| name.trim()).filter(|name| !name.is_empty()),
        ) else {
            unread.push(row);
            continue;
        };
        let short_forms = columns
            .get(3)
            .map_or_else(Vec::new, |cell| cell.split(';').map(str::trim).filter(|form| !form.is_empty()).collect());
        authorities.push(Authority { name, kind, nation, short_forms });
    }
    let mut by_name = HashMap::new();
    let mut by_place = HashMap::new();
    let mut everyday_council_names = Vec::new();
    for (index, authority) in authorities.iter().enumerate() {
        for form in std::iter::once(&authority.name).chain(authority.short_forms.iter()) {
            by_name.entry(normalise(form)).or_insert(index);
        }
        if authority.kind == AuthorityKind::Council {
            if let Some(place) = council_place(authority.name) {
                by_place.entry(normalise(place)).or_insert(index);
                let everyday = format!("{place} Council");
                if let std::collections::hash_map::Entry::Vacant(slot) = by_name.entry(normalise(&everyday)) {
                    slot.insert(index);
                    everyday_council_names.push(everyday);
                }
            }
        }
    }
    Catalogue { authorities, unread, by_name, by_place, everyday_council_names }
}

/// Every authority of the catalogue, in file order.
pub fn catalogue() -> &'static [Authority] {
    &CATALOGUE.authorities
}

/// Rows of the catalogue file that could not be read (an unknown kind or nation, no name).
pub fn unread_rows() -> &'static [&'static str] {
    &CATALOGUE.unread
}

/// The authority a name or short form stands for: "MPS", "Metropolitan Police", "Hackney
/// Council", "North Yorkshire Fire and Rescue Service" (spelt with "and" or "&").
pub fn resolve(name: &str) -> Option<&'static Authority> {
    let catalogue = &*CATALOGUE;
    let key = normalise(name);
    catalogue.by_name.get(&key).map(|index| &catalogue.authorities[*index])
}

/// The council of a place, as its web address or letterhead names it: "hastings" (from
/// `hastings.gov.uk`), "Brighton & Hove".
pub fn council_of_place(place: &str) -> Option<&'static Authority> {
    let catalogue = &*CATALOGUE;
    catalogue.by_place.get(&normalise(place)).map(|index| &catalogue.authorities[*index])
}

/// The place a council's name is built on: "Hastings" for Hastings Borough Council, "Hackney"
/// for London Borough of Hackney.
pub fn council_place(name: &str) -> Option<&str> {
    const PREFIXES: [&str; 6] = [
        "London Borough of ",
        "Royal Borough of ",
        "City and County of ",
        "City of ",
        "Council of the ",
        "Comhairle nan ",
    ];
    const SUFFIXES: [&str; 10] = [
        " Metropolitan Borough Council",
        " Metropolitan District Council",
        " County Borough Council",
        " City and District Council",
        " Borough Council",
        " District Council",
        " City Council",
        " County Council",
        " Council",
        " CBC",
    ];
    let mut place = name;
    for prefix in PREFIXES {
        place = place.strip_prefix(prefix).unwrap_or(place);
    }
    for suffix in SUFFIXES {
        if let Some(stripped) = place.strip_suffix(suffix) {
            place = stripped;
            break;
        }
    }
    (!place.is_empty() && place != name
        || name.starts_with("London Borough of ")
        || name.starts_with("Royal Borough of "))
    .then_some(place)
}

/// Lower-case letters and digits only, "&" read as "and", a leading "The" dropped: the form
/// names are compared in.
pub fn normalise(name: &str) -> String {
    let spaced = name.replace('&', " and ");
    let mut out = String::with_capacity(spaced.len());
    for (position, word) in spaced.split(|c: char| !c.is_alphanumeric()).filter(|word| !word.is_empty()).enumerate() {
        let lower = word.to_lowercase();
        if lower == "and" || position == 0 && lower == "the" {
            continue;
        }
        out.push_str(&lower);
    }
    out
}

/// A name written the way letters vary it: any case, "and" or "&", straight or curly apostrophes.
fn name_pattern(name: &str) -> String {
    let mut pattern = String::new();
    for (position, word) in name.split_whitespace().enumerate() {
        if position > 0 {
            pattern.push_str(r"[ \t,]+");
        }
        if word == "and" || word == "&" {
            pattern.push_str("(?:and|&)");
            continue;
        }
        for c in word.chars() {
            match c {
                '\'' | '’' => pattern.push_str("['’]?"),
                other => pattern.push_str(&regex::escape(&other.to_string())),
            }
        }
    }
    pattern
}

/// True for a short form written in capitals that must match exactly ("MPS", "TfL", "CoLP").
fn is_abbreviation(form: &str) -> bool {
    !form.contains(' ') && form.chars().filter(char::is_ascii_uppercase).count() >= 2
}

fn alternation(forms: &mut Vec<&str>) -> String {
    forms.sort_by_key(|form| std::cmp::Reverse(form.len()));
    forms.dedup();
    let body: Vec<String> = forms.iter().map(|form| name_pattern(form)).collect();
    // ASCII word boundaries keep the search on the fast engines for text with curly quotes.
    format!(r"(?-u:\b)(?:{})(?-u:\b)", body.join("|"))
}

fn build(pattern: &str, case_insensitive: bool) -> Option<Regex> {
    RegexBuilder::new(pattern)
        .case_insensitive(case_insensitive)
        .size_limit(64 << 20)
        .dfa_size_limit(64 << 20)
        .build()
        .ok()
}

/// Every full name and everyday short form, matched in any case.
static NAMES: LazyLock<Option<Regex>> = LazyLock::new(|| {
    let mut forms: Vec<&str> = Vec::new();
    for authority in catalogue() {
        forms.push(authority.name);
        forms.extend(authority.short_forms.iter().filter(|form| !is_abbreviation(form)));
    }
    forms.extend(CATALOGUE.everyday_council_names.iter().map(String::as_str));
    build(&alternation(&mut forms), true)
});

/// Abbreviations, matched exactly.
static ABBREVIATIONS: LazyLock<Option<Regex>> = LazyLock::new(|| {
    let mut forms: Vec<&str> = catalogue()
        .iter()
        .flat_map(|authority| authority.short_forms.iter().copied())
        .filter(|form| is_abbreviation(form))
        .collect();
    build(&alternation(&mut forms), false)
});

/// A mention of a catalogued authority in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// The authority named.
    pub authority: &'static Authority,
    /// Byte range of the mention in the text searched.
    pub start: usize,
    /// End of the mention.
    pub end: usize,
    /// True when the mention is an abbreviation ("DWP"), which names a body less surely.
    pub abbreviated: bool,
}

/// Every catalogued authority named in `text`, in order. Linear in the text's length.
pub fn mentions(text: &str) -> Vec<Mention> {
    let mut found = Vec::new();
    for (pattern, abbreviated) in [(&*NAMES, false), (&*ABBREVIATIONS, true)] {
        let Some(pattern) = pattern else { continue };
        for hit in pattern.find_iter(text) {
            if let Some(authority) = resolve(hit.as_str()) {
                found.push(Mention { authority, start: hit.start(), end: hit.end(), abbreviated });
            }
        }
    }
    found.sort_by_key(|mention| mention.start);
    found
}

/// A council named by a web or e-mail address: "www.hastings.gov.uk", "foi@dover.gov.uk".
static COUNCIL_DOMAIN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?:www\.|@|//)([a-z][a-z\-]{2,40})\.gov\.uk\b").expect("valid domain pattern"));

/// Councils named by a `.gov.uk` address in `text`, with where the address is.
pub fn councils_by_address(text: &str) -> Vec<Mention> {
    COUNCIL_DOMAIN
        .captures_iter(text)
        .filter_map(|found| {
            let place = found.get(1)?;
            let bare = place.as_str().trim_end_matches("dc").trim_end_matches("-council").trim_end_matches("council");
            let authority = council_of_place(place.as_str()).or_else(|| council_of_place(bare))?;
            Some(Mention { authority, start: place.start(), end: place.end(), abbreviated: true })
        })
        .collect()
}
