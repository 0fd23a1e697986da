import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../shared/schemas/product';
import { useFormat } from '../../i18n/format';
import { useServices } from '../../app/services';
import { Drawer } from '../../components/Drawer';
import { VirtualTable, type Column, type SortState } from '../../components/VirtualTable';
import { ColumnChooser } from '../../components/table/ColumnChooser';
import { useColumnPrefs } from '../../components/table/column-prefs';
import { sortRows } from '../../components/table/sort-rows';
import { ProductForm } from './ProductForm';

type Editing = { product: Product | null; barcode?: string } | null;

export function ProductsPage() {
  const { t } = useTranslation(['ledger', 'common']);
  const { repos } = useServices();
  const f = useFormat();
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<Editing>(null);
  const [sort, setSort] = useState<SortState | null>(null);
  const products = useLiveQuery(() => repos.products.list(search), [repos, search]);
  const shown = useMemo(() => sortRows(products ?? [], sort, (p, key) => p[key as keyof Product] as string | number), [products, sort]);

  // A scanner types the code and Enter: open the product it names, or start one with it.
  const onScan = async (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter' || !search.trim()) return;
    const found = await repos.products.findByCode(search);
    setEditing(found ? { product: found } : /^\d{8,14}$/.test(search.trim()) ? { product: null, barcode: search.trim() } : null);
  };

  const columns = useMemo((): Column<Product>[] => [
    { key: 'sku', sort: 'sku', header: t('field.sku'), width: '160px', render: (p) => <strong>{p.sku}</strong> },
    { key: 'barcode', sort: 'barcode', header: t('field.barcode'), width: '150px', render: (p) => p.barcode },
    { key: 'name', sort: 'nameZh', header: t('field.nameZh'), width: 'minmax(160px, 2fr)', render: (p) => <span title={p.nameEn}>{p.nameZh}</span> },
    { key: 'nameEn', sort: 'nameEn', header: t('field.nameEn'), width: 'minmax(160px, 2fr)', hidden: true, render: (p) => p.nameEn },
    { key: 'hs', sort: 'hsCode', header: t('field.hsCode'), width: '120px', render: (p) => p.hsCode },
    { key: 'unit', sort: 'unit', header: t('field.unit'), width: '110px', render: (p) => t(`unit.${p.unit}`) },
    { key: 'weight', sort: 'unitWeightG', header: t('field.unitWeightG'), width: '110px', align: 'end', render: (p) => f.number(p.unitWeightG) },
    { key: 'cost', sort: 'goodsCostFen', header: t('field.goodsCostFen'), width: '120px', align: 'end', render: (p) => f.fen(p.goodsCostFen) },
    { key: 'food', header: t('field.food'), width: '80px', render: (p) => (p.food ? t('food.yes') : '') },
  ], [t, f]);
  const prefs = useColumnPrefs('products', columns);

  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('products.title')}</h1>
        <button type="button" className="primary" onClick={() => setEditing({ product: null })}>{t('products.new')}</button>
      </header>
      <div className="toolbar">
        <input type="search" className="search" aria-label={t('common:actions.search')} placeholder={t('products.searchPlaceholder')} value={search} onChange={(e) => setSearch(e.target.value)} onKeyDown={onScan} />
        <span className="spacer" />
        <span className="muted">{t('common:table.count', { count: products?.length ?? 0 })}</span>
        <ColumnChooser prefs={prefs} />
      </div>
      <VirtualTable label={t('products.title')} rows={shown} columns={columns} prefs={prefs} sort={sort} onSort={setSort} rowKey={(p) => p.id} onOpen={(product) => setEditing({ product })}
        empty={search ? t('common:table.noMatch') : t('products.emptyHint')} />
      {editing && (
        <Drawer title={editing.product ? t('products.edit') : t('products.new')} onClose={() => setEditing(null)}>
          <ProductForm product={editing.product} initialBarcode={editing.barcode} onDone={() => setEditing(null)} />
        </Drawer>
      )}
    </div>
  );
}
