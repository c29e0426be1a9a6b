/// Placeholder replaced below.
