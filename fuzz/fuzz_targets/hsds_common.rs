//! What the two HSDS targets do with an imported directory: what lantern itself does with
//! one (install it in the data folder, load it back, match a request against it).

use std::path::Path;

use lantern::protocol::model::NeedCategory;
use lantern::referral::matching::{AgeGroup, NeedRequest, Request, suggest};
use lantern::referral::{Directory, store};

const CATEGORIES: &[NeedCategory] = &[
    NeedCategory::EmergencyShelter,
    NeedCategory::Housing,
    NeedCategory::LegalImmigration,
    NeedCategory::Medical,
    NeedCategory::Interpretation,
    NeedCategory::ChildWelfare,
    NeedCategory::Hotline,
];

pub fn exercise(dir: &Directory, data_dir: &Path) {
    for s in &dir.services {
        let _ = s.search_text();
        let _ = s.categories();
    }
    if store::install(data_dir, dir).is_ok() {
        let _ = store::load(data_dir);
    }
    for (age, home) in [
        (AgeGroup::Minor, Some((40.7, -74.0))),
        (AgeGroup::Adult, None),
        (AgeGroup::Unknown, Some((-90.0, 180.0))),
    ] {
        let request = Request {
            needs: CATEGORIES
                .iter()
                .map(|c| NeedRequest {
                    id: format!("{c:?}"),
                    category: *c,
                })
                .collect(),
            urgent: true,
            age,
            ages: Some((15, 17)),
            gender: None,
            wishes: Vec::new(),
            language: "es".into(),
            home,
            region: Some("NY".into()),
            now: Some((2, 23 * 60 + 59)),
            wants_law_enforcement: false,
        };
        let _ = suggest(dir, &request, 3);
    }
}

/// One folder per fuzzing process, on a memory file system when there is one.
pub fn scratch() -> std::path::PathBuf {
    let base = if Path::new("/dev/shm").is_dir() {
        std::path::PathBuf::from("/dev/shm")
    } else {
        std::env::temp_dir()
    };
    let dir = base.join(format!("lantern-fuzz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}
