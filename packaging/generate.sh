#!/bin/sh
# Regenerates the manual pages and shell completions a package installs (Cargo.toml's
# [package.metadata.deb] assets) from the commands themselves. tests/deployment.rs fails
# when these copies no longer match `lantern man` / `lantern completions`.
set -eu
cd "$(dirname "$0")/.."
cargo build --quiet --bin lantern
bin=target/debug/lantern
# The pages show no environment's values: run with lantern's variables unset.
unset LANTERN_ROOT LANTERN_CONFIG LANTERN_DATA
rm -rf packaging/man
"$bin" man --dir packaging/man >/dev/null
mkdir -p packaging/completions
"$bin" completions bash >packaging/completions/lantern.bash
"$bin" completions zsh >packaging/completions/_lantern
"$bin" completions fish >packaging/completions/lantern.fish
echo "packaging/ regenerated"
