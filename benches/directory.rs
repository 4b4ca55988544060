//! The directory at 100,000 services. Targets (issue 5): import under 2 s, suggestions for
//! one screening under 10 ms, load at start-up under 100 ms; the loaded directory's memory is
//! measured with a counting allocator.

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicBool, AtomicIsize, Ordering};

use criterion::{Criterion, criterion_group, criterion_main};
use lantern::protocol::NeedCategory;
use lantern::referral::matching::{AgeGroup, NeedRequest, Request, suggest};
use lantern::referral::{import_csv, store, synthetic};

struct Counting;
static LIVE: AtomicIsize = AtomicIsize::new(0);
/// Counting is switched on only while measuring memory, so the timed benchmarks pay for a
/// relaxed load per allocation, not an atomic add.
static COUNT: AtomicBool = AtomicBool::new(false);

// SAFETY: forwards to the system allocator, only counting bytes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        if COUNT.load(Ordering::Relaxed) {
            LIVE.fetch_add(l.size() as isize, Ordering::Relaxed);
        }
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        if COUNT.load(Ordering::Relaxed) {
            LIVE.fetch_sub(l.size() as isize, Ordering::Relaxed);
        }
        unsafe { System.dealloc(p, l) }
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

const N: usize = 100_000;

fn request() -> Request {
    Request {
        needs: [
            NeedCategory::EmergencyShelter,
            NeedCategory::LegalImmigration,
            NeedCategory::Medical,
        ]
        .iter()
        .map(|c| NeedRequest {
            id: c.as_str().into(),
            category: *c,
        })
        .collect(),
        urgent: true,
        age: AgeGroup::Adult,
        ages: None,
        gender: None,
        wishes: Vec::new(),
        language: "es".into(),
        home: Some((39.75, -104.99)),
        region: Some("Riverbend County".into()),
        now: Some((2, 10 * 60)),
        now_utc: None,
        wants_law_enforcement: false,
    }
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let pkg = dir.path().join("pkg");
    synthetic::generate(&pkg, N, 42).unwrap();
    let bytes: u64 = std::fs::read_dir(&pkg)
        .unwrap()
        .flatten()
        .map(|e| e.metadata().unwrap().len())
        .sum();
    eprintln!(
        "synthetic package: {N} services, {:.1} MB of CSV",
        bytes as f64 / 1e6
    );

    let mut g = c.benchmark_group("directory 100k");
    g.sample_size(10);
    g.bench_function("import CSV datapackage", |b| {
        // Freeing the imported directory is not part of importing it (as for loading).
        b.iter_with_large_drop(|| {
            let (d, r) = import_csv(black_box(&pkg));
            assert_eq!(r.errors(), 0);
            d
        })
    });
    // The same directory as a real 211 would export it (HSDS 1.1), read through the 1.x
    // mapping: target within 1.5x of the 3.0 import (issue 14).
    let pkg_1x = dir.path().join("pkg-1x");
    synthetic::generate_1x(&pkg_1x, N, 42).unwrap();
    g.bench_function("import CSV datapackage (HSDS 1.x)", |b| {
        b.iter_with_large_drop(|| {
            let (d, r) = import_csv(black_box(&pkg_1x));
            assert_eq!(r.errors(), 0);
            assert_eq!(d.services.len(), N);
            d
        })
    });
    let (directory, _) = import_csv(&pkg);
    let data = dir.path().join("data");
    store::install(&data, &directory).unwrap();
    let installed = std::fs::metadata(store::installed_path(&data))
        .unwrap()
        .len();
    eprintln!("installed file: {:.1} MB", installed as f64 / 1e6);
    g.bench_function("load installed directory", |b| {
        // Dropping the previous directory is not part of loading one.
        b.iter_with_large_drop(|| store::load(&data).unwrap().unwrap())
    });
    drop(directory);
    COUNT.store(true, Ordering::SeqCst);
    let before = LIVE.load(Ordering::Relaxed);
    let loaded = store::load(&data).unwrap().unwrap();
    let after = LIVE.load(Ordering::Relaxed);
    COUNT.store(false, Ordering::SeqCst);
    eprintln!(
        "loaded directory in memory: {:.1} MB",
        (after - before) as f64 / 1e6
    );
    let r = request();
    // Cold: the first referral screen of a run, on a directory just loaded, pays for the
    // per-category index. Loading is setup, not timed; the directory is dropped untimed.
    g.bench_function(
        "suggestions, cold (first screen after loading: builds the category index)",
        |b| {
            b.iter_batched(
                || store::load(&data).unwrap().unwrap(),
                |d| {
                    let s = suggest(&d, black_box(&r), 4);
                    (d, s)
                },
                criterion::BatchSize::PerIteration,
            )
        },
    );
    // Warm: every later referral screen of the same run (the index exists).
    g.bench_function(
        "suggestions, warm (3 needs, urgent, Spanish; index built)",
        |b| b.iter(|| black_box(suggest(&loaded, black_box(&r), 4))),
    );
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
