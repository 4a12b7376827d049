//! The `dossier` command line; see [`dossier::cli`].

// The build allocates many small strings on several threads at once, where
// mimalloc spends less time than the system allocator (see bench/README.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

// mimalloc's `mi_option_set` and the number of `mi_option_purge_delay` in the
// `mi_option_t` enum of the mimalloc 3 that libmimalloc-sys builds.
extern "C" {
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
}
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;

fn main() -> std::process::ExitCode {
    // By default mimalloc hands memory that stayed free a moment back to the
    // system, and the next allocation faults it in again, zeroed by the
    // kernel one huge page at a time: on 10,000 articles `dossier entities`
    // took ten times the page faults and 10–15% of its samples zeroing
    // pages. It keeps its memory instead (its peak barely moves). Not the
    // build: kept memory raised its peak at 30,000 articles from 952 to
    // 1,057 MiB, over the 1 GiB goal. The environment variable, when set,
    // still decides.
    let command = std::env::args_os()
        .skip(1)
        .find(|a| !a.to_string_lossy().starts_with('-'));
    if command.is_some_and(|c| c == "entities")
        && std::env::var_os("MIMALLOC_PURGE_DELAY").is_none()
    {
        // SAFETY: a plain C call setting an integer option, valid at any
        // time; -1 means "never purge".
        unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, -1) };
    }
    dossier::cli::main()
}
