import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValidationFailed } from '../../../shared/errors';
import { orderInput } from '../../../shared/schemas/order';
import { productInput } from '../../../shared/schemas/product';
import { returnInput } from '../../../shared/schemas/return';
import type { Repositories } from '../../../renderer/db/repositories';
import { aLine, anOrder, aProduct, aReturn } from '../../builders/ledger';
import { freshRepositories } from '../db/test-db';
import { hostile, withOneFieldBroken } from './fuzz-values';

/**
 * ≥ 10,000 malformed records into each repository's create, all against one shared database
 * (a fresh database per case would make this minutes, not seconds). Each must be refused with
 * ValidationFailed whose every error names a field and a message key, and at the end the
 * database must hold exactly what it held before: not one partial write.
 */
const RUNS = 10_000;
const ran: Record<string, number> = {};
afterAll(() => console.info(`repository fuzz cases run: ${JSON.stringify(ran)}`));

let repos: Repositories;
let orderId = '';
let lineId = '';

async function everything(r: Repositories) {
  return JSON.stringify([await r.db.products.toArray(), await r.db.orders.toArray(), await r.db.returns.toArray()]);
}

beforeAll(async () => {
  repos = freshRepositories();
  await repos.products.create(aProduct());
  const line = aLine({ qty: 2 });
  const order = await repos.orders.create(anOrder({ lines: [line, aLine({ sku: 'MUG-2', barcode: '' })] }));
  orderId = order.id;
  lineId = line.id;
  await repos.returns.create(aReturn(orderId, lineId, { qty: 1 }));
});

async function expectNamedRefusal(work: () => Promise<unknown>): Promise<void> {
  const outcome = await work().then(
    (value) => ({ stored: value }),
    (error: unknown) => ({ error }),
  );
  if (!('error' in outcome)) throw new Error(`accepted a malformed record: ${JSON.stringify(outcome.stored)}`);
  expect(outcome.error).toBeInstanceOf(ValidationFailed);
  const { errors } = outcome.error as ValidationFailed;
  expect(errors.length).toBeGreaterThan(0);
  for (const error of errors) {
    expect(error.field, `unnamed field for ${error.key}`).not.toBe('');
    expect(error.key).toMatch(/^errors\.\w+/);
  }
}

async function fuzz<T>(name: string, records: fc.Arbitrary<unknown>, create: (input: T) => Promise<unknown>): Promise<void> {
  const before = await everything(repos);
  let cases = 0;
  await fc.assert(
    fc.asyncProperty(records, async (input) => {
      cases += 1;
      await expectNamedRefusal(() => create(input as T));
    }),
    { numRuns: RUNS },
  );
  ran[name] = cases;
  expect(cases).toBeGreaterThanOrEqual(RUNS);
  expect(await everything(repos)).toBe(before);
}

/** Only inputs the schema refuses: a mutation that happens to stay valid is not malformed. */
const malformed = (seed: unknown, schema: { safeParse(v: unknown): { success: boolean } }) =>
  fc.oneof({ arbitrary: withOneFieldBroken(seed), weight: 9 }, { arbitrary: fc.dictionary(fc.string(), hostile, { minKeys: 1, maxKeys: 6 }), weight: 1 })
    .filter((input) => !schema.safeParse(input).success);

describe('repository create fuzzing (shared fake-indexeddb)', () => {
  it('products.create refuses every malformed product, naming the field', async () => {
    await fuzz('products', malformed(aProduct({ sku: 'FUZZ-1', barcode: '' }), productInput), (input) => repos.products.create(input as never));
  });

  it('orders.create refuses every malformed order or line, naming the field', async () => {
    const seed = anOrder({ orderNo: 'FUZZ-ORDER', lines: [aLine(), aLine({ sku: 'MUG-2', barcode: '' })] });
    await fuzz('orders', malformed(seed, orderInput), (input) => repos.orders.create(input as never));
  });

  it('returns.create refuses every malformed return, and well-formed ones that do not fit their order', async () => {
    const seed = () => aReturn(orderId, lineId, { rmaNo: 'FUZZ-RMA' });
    // These pass the schema and are refused by the repository inside its transaction.
    const misfits = fc.oneof(
      fc.string({ minLength: 10, maxLength: 40 }).map((id) => ({ ...seed(), orderId: id })),
      fc.string({ minLength: 10, maxLength: 40 }).map((id) => ({ ...seed(), lineId: id })),
      fc.integer({ min: 2, max: 1_000_000 }).map((qty) => ({ ...seed(), qty })),
    );
    const records = fc.oneof({ arbitrary: malformed(seed(), returnInput), weight: 9 }, { arbitrary: misfits, weight: 1 });
    await fuzz('returns', records, (input) => repos.returns.create(input as never));
  });
});
