import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatBytes, readStorageStatus, requestPersistentStorage, usageShare, type StorageManagerLike, type StorageStatus,
} from '../../storage/storage-status';

/**
 * How much room the ledger takes and whether the browser has promised to keep it. A seller
 * who sees "not protected" knows to keep a backup before the disk fills up and the browser
 * starts evicting sites' data.
 */
export function StorageCard({ manager }: { manager?: StorageManagerLike }) {
  const { t, i18n } = useTranslation('reliability');
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [asking, setAsking] = useState(false);

  const refresh = useCallback(async () => setStatus(await readStorageStatus(manager ?? navigator.storage)), [manager]);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const ask = async () => {
    setAsking(true);
    try {
      await requestPersistentStorage(manager ?? navigator.storage);
      await refresh();
    } finally {
      setAsking(false);
    }
  };

  const size = (bytes: number) => formatBytes(bytes, i18n.language);
  const share = status ? usageShare(status) : null;
  return (
    <section className="card" aria-labelledby="storage-card-title" data-testid="storage-card">
      <h2 id="storage-card-title">{t('storage.title')}</h2>
      {status && (
        <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: 10 }}>
          <p data-testid="storage-usage" style={{ margin: 0 }}>
            {status.usage === null
              ? t('storage.unknown')
              : status.quota === null
                ? t('storage.usedOnly', { used: size(status.usage) })
                : t('storage.used', { used: size(status.usage), quota: size(status.quota) })}
          </p>
          {share !== null && <meter min={0} max={1} value={share} aria-label={t('storage.meter')} style={{ width: 'min(420px, 100%)' }} />}
          <p data-testid="storage-persistence" className={status.persisted ? undefined : 'notice-inline'} style={{ margin: 0 }}>
            {status.persisted === null ? t('storage.noPersistApi') : status.persisted ? t('storage.persistent') : t('storage.notPersistent')}
          </p>
          <div style={{ display: 'flex', gap: 8 }}>
            {status.persisted === false && (
              <button type="button" onClick={ask} disabled={asking}>{t('storage.ask')}</button>
            )}
            <button type="button" onClick={() => void refresh()}>{t('storage.refresh')}</button>
          </div>
        </div>
      )}
    </section>
  );
}
