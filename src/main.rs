//! The `dossier` command line; see [`dossier::cli`].

// The build allocates many small strings on several threads at once, where
// mimalloc spends less time than the system allocator (see bench/README.md;
// Cargo.toml says why its huge pages are off).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    dossier::cli::main()
}
