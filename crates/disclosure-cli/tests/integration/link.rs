//! `disclosure link` and `unlink`: the letter a spreadsheet imported on its own goes with, shown
//! by `show` on both sides.

use crate::{disclosure, json_lines, stdout};

#[test]
fn a_sheet_linked_to_its_letter_is_shown_on_both_and_unlinked_again() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("library.sqlite3");
    let letter = folder.path().join("response.txt");
    std::fs::write(
        &letter,
        "Fernshire Constabulary\nFreedom of Information request reference no: FC/FOI/23/0303\n\n\
         Q1 - How many stop and searches were carried out in 2022?\nPlease see the spreadsheet.\n",
    )
    .expect("write");
    let sheet = folder.path().join("areas.csv");
    std::fs::write(&sheet, "Area,Stops\nNorth,120\n").expect("write");
    let imported = json_lines(&disclosure(
        &db,
        &["import", "--json", letter.to_str().expect("path"), sheet.to_str().expect("path")],
    ));
    let id_of = |name: &str| {
        imported
            .iter()
            .find(|line| line["path"].as_str().is_some_and(|path| path.ends_with(name)))
            .map(|line| line["id"].to_string())
            .unwrap_or_else(|| panic!("{name} imported: {imported:?}"))
    };
    let (letter_id, sheet_id) = (id_of("response.txt"), id_of("areas.csv"));

    let refused = disclosure(&db, &["link", &letter_id, &sheet_id]);
    assert!(!refused.status.success(), "a letter is not linked to a sheet the wrong way round");
    assert!(disclosure(&db, &["link", &sheet_id, &letter_id]).status.success(), "link succeeds");
    assert!(
        stdout(&disclosure(&db, &["show", &sheet_id]))
            .contains(&format!("goes with: {letter_id} FC/FOI/23/0303 (reviewer)")),
        "the sheet names its letter and that the reviewer chose it"
    );
    assert!(
        stdout(&disclosure(&db, &["show", &letter_id]))
            .contains(&format!("sheet:     {sheet_id} areas.csv (reviewer)")),
        "the letter names its sheet"
    );
    assert!(disclosure(&db, &["unlink", &sheet_id]).status.success(), "unlink succeeds");
    assert!(!stdout(&disclosure(&db, &["show", &sheet_id])).contains("goes with"), "the link is gone");
}
