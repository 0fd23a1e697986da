/**
 * Persistent storage and the space the ledger uses. Without persistence a browser may evict
 * IndexedDB under disk pressure — a seller's whole returns ledger — so the app asks for it at
 * startup. Electron (Chromium) answers too; there the profile is never evicted, so the
 * request is harmless.
 */
export type StorageManagerLike = Partial<Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>>;

export interface StorageStatus {
  /** Bytes used by this origin, or null when the browser will not say. */
  usage: number | null;
  quota: number | null;
  /** null: the browser has no persistence API at all. */
  persisted: boolean | null;
}

function defaultManager(): StorageManagerLike | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/** Asks once for persistent storage; true when granted (or already so), null when unsupported. */
export async function requestPersistentStorage(manager: StorageManagerLike | undefined = defaultManager()): Promise<boolean | null> {
  if (!manager?.persist) return null;
  try {
    if (manager.persisted && (await manager.persisted())) return true;
    return await manager.persist();
  } catch {
    // Some embedded browsers reject instead of answering false; startup must not fail on it.
    return false;
  }
}

export async function readStorageStatus(manager: StorageManagerLike | undefined = defaultManager()): Promise<StorageStatus> {
  const [estimate, persisted] = await Promise.all([
    manager?.estimate ? manager.estimate().catch(() => undefined) : undefined,
    manager?.persisted ? manager.persisted().catch(() => null) : null,
  ]);
  return {
    usage: finite(estimate?.usage),
    quota: finite(estimate?.quota),
    persisted,
  };
}

function finite(value: number | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

// Bytes are shown as kB at least: Intl's English "byte" reads oddly ("999 byte").
const UNITS = ['kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/**
 * "312 kB", "1.2 GB" in the user's language via Intl (its unit names and digits, not ours).
 * Decimal steps (1 kB = 1000 B) because that is what Intl's unit names mean and what the
 * operating systems' storage screens show.
 */
export function formatBytes(bytes: number, language: string): string {
  let value = Math.max(0, bytes) / 1000;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value >= 100 ? 0 : 1,
  }).format(value);
}

/** Share of the quota in use, 0–1, or null when either figure is unknown. */
export function usageShare(status: StorageStatus): number | null {
  if (status.usage === null || status.quota === null || status.quota <= 0) return null;
  return Math.min(1, status.usage / status.quota);
}
