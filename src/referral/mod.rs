//! The referral directory: HSDS 3.0 import (CSV datapackage and JSON), the installed
//! directory, search, and explainable matching from a screening's needs. Pure except for
//! the import and store functions, which read and write only the paths they are given.

mod build;
mod csv_table;
pub mod datapackage;
pub mod import_csv;
pub mod import_json;
pub mod matching;
pub mod model;
pub mod report;
pub mod store;
pub mod synthetic;
pub mod taxonomy;

pub use import_csv::import_csv;
pub use import_json::import_json;
pub use model::{Directory, Service, Status};
pub use report::ImportReport;
