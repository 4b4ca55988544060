//! Organization settings (jurisdiction, response steps, contacts, region, idle timeout,
//! outbox folder) and the folders lantern reads from. Documented in docs/config.md.

mod paths;
mod settings;
mod sync_targets;

pub use paths::{DataRoot, config_file_path, default_data_dir, trial_identity_path};
pub use settings::{
    ConfigError, Contact, EXAMPLE_SETTINGS, Jurisdiction, Organization, Region, Session, Settings,
    SettingsFile, example_settings_body, load_settings, settings_schema,
};
pub use sync_targets::{SyncSettings, SyncTarget};
