import CMimalloc

/// Has mimalloc take memory from the system in 2 MiB pages (`mi_option_large_os_pages`)
/// rather than 4 KiB ones. A build touches a few hundred megabytes of fresh memory once: with
/// small pages that was twice the page faults and more TLB misses. Measured side by side, a
/// full build of 10,000 procedures takes about 3% less time and one of 50,000 7–13% less,
/// for about 10 MB and 30–40 MB more peak memory.
enum LargeMemoryPages {
    /// Called first thing, before the build allocates.
    static func enable() {
        mi_option_enable(mi_option_large_os_pages)
    }
}
