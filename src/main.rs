//! The `dossier` command line; see [`dossier::cli`].

fn main() -> std::process::ExitCode {
    dossier::cli::main()
}
