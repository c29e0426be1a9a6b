#ifndef CSYSTEM_H
#define CSYSTEM_H

/// Swaps two paths in one atomic step (Linux renameat2 with RENAME_EXCHANGE), so a reader
/// sees either the old or the new folder, never neither. Returns 0, or -1 with errno set
/// (ENOSYS where the system cannot do it).
int csystem_exchange_paths(const char *first, const char *second);

/// Takes the advisory lock (flock) on an open file: exclusive, waiting for it when `wait` is
/// non-zero. The kernel drops it when the file is closed or the process dies, however it dies.
/// Returns 0, or -1 with errno set (EWOULDBLOCK when another holds it and `wait` is zero).
int csystem_lock_file(int descriptor, int wait);

#endif
