//! The sync journal: one line per record confirmed on a target, appended and flushed to
//! disk before the local file is removed. It holds random file names, sizes, hashes and
//! times: nothing about a person. `lantern outbox` reads it for when each target last
//! succeeded; a supervisor's `pull` reads it to fetch only what is new.
//!
//! Format (one line each, tab-separated, UTF-8): `time` (RFC 3339, UTC), `target` (the store's
//! key), `name`, `sha256` (hex), `bytes`. Lines that do not parse are skipped when read, so a
//! line cut short by a crash never stops the next sync.

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, ErrorKind, Write};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

/// One confirmed copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub time: DateTime<Utc>,
    pub target: String,
    pub name: String,
    pub sha256: String,
    pub bytes: u64,
}

#[derive(Debug)]
pub struct Journal {
    path: PathBuf,
    file: File,
}

impl Journal {
    /// Where the journal lives: in the data folder, next to the outbox it accounts for.
    pub fn path_in(data_dir: &Path) -> PathBuf {
        data_dir.join("sync-journal.tsv")
    }

    /// Opens (creating, mode 0600) the journal at `path` for appending.
    pub fn open(path: &Path) -> std::io::Result<Journal> {
        let mut o = OpenOptions::new();
        o.create(true).append(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            o.mode(0o600);
        }
        let mut file = o.open(path)?;
        // A line cut short by a crash gets its end, so the next entry starts a line of its own.
        if ends_mid_line(path)? {
            file.write_all(b"\n")?;
            file.sync_data()?;
        }
        Ok(Journal {
            path: path.to_path_buf(),
            file,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Appends one entry and flushes it to the disk before returning.
    pub fn append(&mut self, e: &Entry) -> std::io::Result<()> {
        let line = format!(
            "{}\t{}\t{}\t{}\t{}\n",
            e.time.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            clean(&e.target),
            clean(&e.name),
            e.sha256,
            e.bytes
        );
        self.file.write_all(line.as_bytes())?;
        self.file.sync_data()
    }

    /// Every entry that parses, in the order written. A journal not yet made is empty.
    pub fn read(path: &Path) -> std::io::Result<Vec<Entry>> {
        let f = match File::open(path) {
            Ok(f) => f,
            Err(e) if e.kind() == ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(e),
        };
        let mut out = Vec::new();
        for line in BufReader::new(f).split(b'\n') {
            let line = line?;
            let Ok(text) = std::str::from_utf8(&line) else {
                continue;
            };
            if let Some(e) = parse(text) {
                out.push(e);
            }
        }
        Ok(out)
    }

    /// When each target last had a record confirmed on it.
    pub fn last_success(path: &Path) -> std::io::Result<HashMap<String, DateTime<Utc>>> {
        let mut m: HashMap<String, DateTime<Utc>> = HashMap::new();
        for e in Journal::read(path)? {
            let t = m.entry(e.target).or_insert(e.time);
            *t = (*t).max(e.time);
        }
        Ok(m)
    }
}

fn ends_mid_line(path: &Path) -> std::io::Result<bool> {
    use std::io::{Read, Seek, SeekFrom};
    let mut f = File::open(path)?;
    if f.metadata()?.len() == 0 {
        return Ok(false);
    }
    f.seek(SeekFrom::End(-1))?;
    let mut last = [0u8; 1];
    f.read_exact(&mut last)?;
    Ok(last[0] != b'\n')
}

/// Tabs and line breaks would split a line: a target key is the only field that could hold
/// them (a folder's path).
fn clean(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

fn parse(line: &str) -> Option<Entry> {
    let mut f = line.split('\t');
    let time = DateTime::parse_from_rfc3339(f.next()?)
        .ok()?
        .with_timezone(&Utc);
    let target = f.next()?.to_string();
    let name = f.next()?.to_string();
    let sha256 = f.next()?;
    if sha256.len() != 64 || !sha256.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let bytes = f.next()?.parse().ok()?;
    if f.next().is_some() {
        return None;
    }
    Some(Entry {
        time,
        target,
        name,
        sha256: sha256.to_string(),
        bytes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn entry(target: &str, name: &str, hour: u32) -> Entry {
        Entry {
            time: Utc.with_ymd_and_hms(2026, 12, 2, hour, 0, 0).unwrap(),
            target: target.into(),
            name: name.into(),
            sha256: "ab".repeat(32),
            bytes: 10,
        }
    }

    #[test]
    fn entries_read_back_and_a_torn_line_is_skipped() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("journal");
        let mut j = Journal::open(&p).unwrap();
        j.append(&entry("folder:/media/usb", "a.age", 9)).unwrap();
        j.append(&entry("s3://b/p", "b.age", 10)).unwrap();
        j.append(&entry("folder:/media/usb", "c.age", 11)).unwrap();
        drop(j);
        // A crash in the middle of a line.
        let mut f = OpenOptions::new().append(true).open(&p).unwrap();
        f.write_all(b"2026-12-02T12:00:00Z\tfolder:/x\td.a")
            .unwrap();
        let all = Journal::read(&p).unwrap();
        assert_eq!(
            all.iter().map(|e| e.name.as_str()).collect::<Vec<_>>(),
            ["a.age", "b.age", "c.age"]
        );
        assert_eq!(all[1], entry("s3://b/p", "b.age", 10));
        let last = Journal::last_success(&p).unwrap();
        assert_eq!(last["folder:/media/usb"], entry("", "", 11).time);
        assert_eq!(last["s3://b/p"], entry("", "", 10).time);
        // Appending after a torn line starts a new line that reads.
        let mut j = Journal::open(&p).unwrap();
        j.append(&entry("folder:/media/usb", "e.age", 12)).unwrap();
        let names: Vec<_> = Journal::read(&p)
            .unwrap()
            .into_iter()
            .map(|e| e.name)
            .collect();
        assert!(names.contains(&"e.age".to_string()), "{names:?}");
    }

    #[test]
    fn a_missing_journal_is_empty_and_a_tab_in_a_path_cannot_split_a_line() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("journal");
        assert!(Journal::read(&p).unwrap().is_empty());
        let mut j = Journal::open(&p).unwrap();
        j.append(&entry("folder:/a\tb\nc", "a.age", 9)).unwrap();
        let all = Journal::read(&p).unwrap();
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].target, "folder:/a b c");
    }
}
