/**
 * The app checks flags through a process-wide cache that may be up to 5 s behind the database (its
 * contract). Tests change flags and check them within milliseconds: they drop the cache so the next
 * check reads the tables.
 */
export function resetFlagCache(): void {
  delete (globalThis as { featureFlagClient?: unknown }).featureFlagClient;
}
