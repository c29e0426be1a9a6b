#ifndef CSYSTEM_H
#define CSYSTEM_H

/// Swaps two paths in one atomic step (Linux renameat2 with RENAME_EXCHANGE), so a reader
/// sees either the old or the new folder, never neither. Returns 0, or -1 with errno set
/// (ENOSYS where the system cannot do it).
int csystem_exchange_paths(const char *first, const char *second);

/// Writes everything of the file system holding the open file `descriptor` to disk (Linux
/// syncfs), in one call: one flush for a whole staged site instead of one per file. Returns 0,
/// or -1 with errno set; where the system has no syncfs, sync(), which flushes every file system.
int csystem_sync_file_system(int descriptor);

/// Takes the advisory lock (flock) on an open file: exclusive, waiting for it when `wait` is
/// non-zero. The kernel drops it when the file is closed or the process dies, however it dies.
/// Returns 0, or -1 with errno set (EWOULDBLOCK when another holds it and `wait` is zero).
int csystem_lock_file(int descriptor, int wait);

#endif
