import { ValidationFailed, parseOrThrow } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { productInput, type Product, type ProductInput } from '../../shared/schemas/product';
import { nowIso, type HomeboundDb } from './database';
import { matchesProduct } from '../../shared/search/product-match';
import { initialsFor } from './pinyin-initials';
import { guardStorage } from './storage-errors';

/** The product catalog: one record per SKU, found by SKU or barcode when a line is scanned. */
export class ProductsRepo {
  constructor(private readonly db: HomeboundDb) {}

  /** The catalog by SKU; a search matches codes, names and pinyin initials (matchesProduct). */
  async list(search = ''): Promise<Product[]> {
    const all = this.db.products.orderBy('sku');
    if (!search.trim()) return all.toArray();
    const initials = await initialsFor(search);
    return all.filter((p) => matchesProduct(p, search, initials)).toArray();
  }

  /** The SKUs of the products a search names: how orders and returns are found by product name. */
  async skusNamed(search: string): Promise<string[]> {
    return (await this.list(search)).map((p) => p.sku);
  }

  get(id: string): Promise<Product | undefined> {
    return this.db.products.get(id);
  }

  async findByCode(code: string): Promise<Product | undefined> {
    const c = code.trim();
    if (!c) return undefined;
    return (await this.db.products.where('barcode').equals(c).first()) ?? this.db.products.where('sku').equals(c).first();
  }

  async create(input: ProductInput): Promise<Product> {
    const value = parseOrThrow(productInput, input);
    return this.write(async () => {
      await this.assertUnique(value, null);
      const now = nowIso();
      const record: Product = { ...value, id: newId(), createdAt: now, updatedAt: now };
      await this.db.products.add(record);
      return record;
    });
  }

  async update(id: string, input: ProductInput): Promise<Product> {
    const value = parseOrThrow(productInput, input);
    return this.write(async () => {
      const current = await this.db.products.get(id);
      if (!current) throw new ValidationFailed([{ field: 'sku', key: 'errors.notFound' }]);
      await this.assertUnique(value, id);
      const record: Product = { ...current, ...value, updatedAt: nowIso() };
      await this.db.products.put(record);
      return record;
    });
  }

  /** Removes a product and hands it back so the UI can offer undo. */
  remove(id: string): Promise<Product | undefined> {
    return this.write(async () => {
      const current = await this.db.products.get(id);
      if (current) await this.db.products.delete(id);
      return current;
    });
  }

  restore(record: Product): Promise<void> {
    return this.write(async () => {
      await this.assertUnique(record, record.id);
      await this.db.products.put(record);
    });
  }

  private async assertUnique(value: Pick<ProductInput, 'sku' | 'barcode'>, selfId: string | null): Promise<void> {
    const sameSku = await this.db.products.where('sku').equals(value.sku).first();
    if (sameSku && sameSku.id !== selfId) {
      throw new ValidationFailed([{ field: 'sku', key: 'errors.duplicateSku', params: { sku: value.sku } }]);
    }
    if (value.barcode) {
      const sameBarcode = await this.db.products.where('barcode').equals(value.barcode).first();
      if (sameBarcode && sameBarcode.id !== selfId) {
        throw new ValidationFailed([{ field: 'barcode', key: 'errors.duplicateBarcode', params: { sku: sameBarcode.sku } }]);
      }
    }
  }

  private write<T>(work: () => Promise<T>): Promise<T> {
    return guardStorage(() => this.db.transaction('rw', this.db.products, work));
  }
}
