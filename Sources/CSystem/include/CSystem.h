#ifndef CSYSTEM_H
#define CSYSTEM_H

/// Swaps two paths in one atomic step (Linux renameat2 with RENAME_EXCHANGE), so a reader
/// sees either the old or the new folder, never neither. Returns 0, or -1 with errno set
/// (ENOSYS where the system cannot do it).
int csystem_exchange_paths(const char *first, const char *second);

#endif
