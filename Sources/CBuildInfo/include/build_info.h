#ifndef BUILD_INFO_H
#define BUILD_INFO_H

/// The commit build-site was built from, as Package.swift read it from git ("unknown" outside a
/// clone); "-modified" follows it when the working tree had uncommitted changes.
const char *build_site_commit(void);

#endif
