#!/usr/bin/env python3
"""Seed inputs for the fuzz targets, made from the project's own test fixtures and docs
(never from ../shared/data, which is other people's data under their licences).

    python3 fuzz/make_seeds.py      # writes fuzz/seeds/<target>/ (not committed)

Then run each target on its committed corpus plus the seeds (README, "Fuzzing").
"""
import hashlib
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fuzz" / "seeds"

# The order the hsds_csv target splits its input into (0xFF between files).
CSV_FILES = [
    "organizations.csv", "services.csv", "locations.csv", "addresses.csv",
    "accessibility.csv", "service_at_location.csv", "phones.csv", "languages.csv",
    "schedules.csv", "service_areas.csv", "taxonomies.csv", "taxonomy_terms.csv",
    "attributes.csv", "datapackage.json",
]


def put(target, data):
    out = SEEDS / target
    out.mkdir(parents=True, exist_ok=True)
    (out / hashlib.sha1(data).hexdigest()).write_bytes(data)


def csv_package(folder):
    parts = []
    for name in CSV_FILES:
        f = folder / name
        parts.append(f.read_bytes() if f.is_file() else b"")
    return b"\xff".join(parts)


fixtures = ROOT / "tests" / "fixtures" / "directories"
folders = [ROOT / "directory", fixtures / "minimal-valid"]
folders += sorted(p for p in (fixtures / "broken").iterdir() if p.is_dir())
for folder in folders:
    put("hsds_csv", csv_package(folder))

for doc in sorted((fixtures / "broken").glob("*.json")):
    put("hsds_json", doc.read_bytes())
for doc in sorted((ROOT / "fuzz" / "seed-documents").glob("*.json")):
    put("hsds_json", doc.read_bytes())

# The record example in docs/record-format.md, as a decrypted record (first byte odd: the
# target encrypts it to its own key) and as garbage ciphertext (first byte even).
text = (ROOT / "docs" / "record-format.md").read_text()
for block in re.findall(r"```json\n(.*?)```", text, re.S):
    put("record_file", b"\x01" + block.encode())
put("record_file", b"\x00age-encryption.org/v1\n-> X25519 AAAA\nAAAA\n--- AAAA\n")
put("record_file", b"\x00-----BEGIN AGE ENCRYPTED FILE-----\nYWdl\n-----END AGE ENCRYPTED FILE-----\n")

for p in sorted((ROOT / "screening").glob("*.toml")):
    put("protocol_loader", p.read_bytes())
for p in sorted((ROOT / "tests" / "fixtures" / "protocols").rglob("*.toml")):
    put("protocol_loader", p.read_bytes())

for t in sorted(SEEDS.iterdir()):
    print(f"{t.name}: {len(list(t.iterdir()))} seeds")
