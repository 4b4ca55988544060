//! The `lantern` command. Parsing and printing only; everything else is in the library.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
