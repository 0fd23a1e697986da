import { applyPatch, restoreSettings, settingsPatch, type Settings, type SettingsPatch } from '../shared/bridge/settings';

/**
 * The desktop app's settings, kept by electron-store in settings.json under the user-data
 * folder. Whatever is on disk is read through restoreSettings, so a hand-edited or damaged
 * value falls back to its default field by field instead of stopping the app.
 */
/** electron-store's whole-file accessor; assigning replaces the file atomically. */
export interface KeyValueStore {
  store: Record<string, unknown>;
}

export interface SettingsStore {
  get(): Settings;
  update(patch: SettingsPatch): Settings;
  /** Called after every successful update with the new and previous settings. */
  subscribe(listener: (next: Settings, previous: Settings) => void): () => void;
}

export function createSettingsStore(backing: KeyValueStore): SettingsStore {
  const listeners = new Set<(next: Settings, previous: Settings) => void>();

  const read = (): Settings => {
    try {
      return restoreSettings(backing.store);
    } catch {
      // A store whose file cannot be read at all behaves as a fresh install.
      return restoreSettings({});
    }
  };

  return {
    get: read,
    update(patch) {
      // The IPC layer already checked the patch; checking again keeps direct callers honest.
      const valid = settingsPatch.parse(patch);
      const previous = read();
      const next = applyPatch(previous, valid);
      // Writing the whole object also drops any junk keys a damaged file carried.
      backing.store = next;
      for (const listener of listeners) listener(next, previous);
      return next;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
