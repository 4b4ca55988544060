//! The `lantern` command. Parsing and printing only; everything else is in the library.

mod cli;

fn main() -> std::process::ExitCode {
    // Before any secret exists: no core file may ever hold one.
    if let Err(e) = lantern::core_dumps::forbid() {
        eprintln!("warning: could not turn off core dumps: {e}");
    }
    cli::main()
}
