import { describe, expect, it } from 'vitest';
import { ValidationFailed } from '../../../shared/errors';
import type { BatchInput } from '../../../shared/schemas/batch';
import { SEED_PRESETS } from '../../../shared/decide';
import { assembleBatchDoc, checkApplicant, loadBatchDoc } from '../../../renderer/db/batch-docs';
import { createBatchFromPlan } from '../../../renderer/features/requests/create-from-plan';
import { aLine, anOrder, aReturn } from '../../builders/ledger';
import { validUscc } from '../../builders/documents';
import { freshRepositories } from './test-db';

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationFailed);
  return (error as ValidationFailed).errors;
}

/** An order with one 5-unit line and `count` decided returns of one unit, waiting at `locationId`. */
async function ledger(count = 3, locationId: string | null = 'us-amazon') {
  const repos = freshRepositories();
  const line = aLine({ qty: 5 });
  const order = await repos.orders.create(anOrder({ lines: [line] }));
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const r = await repos.returns.create(aReturn(order.id, line.id, { rmaNo: `RMA-${i + 1}`, locationId }));
    await repos.returns.moveStatus(r.id, 'decided');
    ids.push(r.id);
  }
  return { repos, ids, order };
}

function anInput(returnIds: string[], overrides: Partial<BatchInput> = {}): BatchInput {
  return {
    requestNo: 'RR-2026-0001', locationId: 'us-amazon', routeId: null, returnDistrict: '2200', supervisedSite: 'PVG cargo terminal',
    transportMode: 'air', carrier: 'China Eastern', masterWaybill: '781-23456784', reasonCategory: 'consumer_return',
    rebateCertificateNo: '', plannedDate: '2026-11-25', returnIds, ...overrides,
  };
}

/** Everything stored, to prove a refusal wrote nothing. */
async function snapshot(repos: ReturnType<typeof freshRepositories>) {
  return { batches: await repos.batches.list(), returns: await repos.returns.list() };
}

describe('return batches', () => {
  it('creates a draft and moves its returns into it, dated', async () => {
    const { repos, ids } = await ledger();
    const batch = await repos.batches.create(anInput(ids.slice(0, 2)));
    expect(batch.status).toBe('draft');
    expect(batch.history.map((h) => h.status)).toEqual(['draft']);
    const [a, b, c] = await Promise.all(ids.map((id) => repos.returns.get(id)));
    expect([a?.status, b?.status, c?.status]).toEqual(['in_batch', 'in_batch', 'decided']);
    expect([a?.batchId, b?.batchId, c?.batchId]).toEqual([batch.id, batch.id, null]);
    expect(a?.history.at(-1)).toMatchObject({ status: 'in_batch', note: 'RR-2026-0001' });
    expect(await repos.batches.candidates('us-amazon')).toHaveLength(1);
  });

  it('refuses returns that are not decided, elsewhere, missing or already batched, and writes nothing', async () => {
    const { repos, ids } = await ledger(4);
    await repos.returns.moveStatus(ids[3]!, 'disposed');
    const first = await repos.batches.create(anInput([ids[0]!]));
    const before = await snapshot(repos);
    const errors = await refusal(repos.batches.create(anInput([ids[0]!, ids[1]!, 'no-such-return', ids[3]!], { requestNo: 'RR-2026-0002', locationId: 'de-amazon' })));
    expect(errors).toEqual(expect.arrayContaining([
      { field: 'returnIds.0', key: 'requests:errors.inOtherBatch', params: { rmaNo: 'RMA-1' } },
      { field: 'returnIds.1', key: 'requests:errors.otherLocation', params: { rmaNo: 'RMA-2' } },
      { field: 'returnIds.2', key: 'errors.notFound' },
      { field: 'returnIds.3', key: 'requests:errors.notDecided', params: { rmaNo: 'RMA-4' } },
    ]));
    expect(await snapshot(repos)).toEqual(before);
    expect(first.returnIds).toEqual([ids[0]]);
  });

  it('keeps request numbers unique and validates the form, naming fields', async () => {
    const { repos, ids } = await ledger();
    await repos.batches.create(anInput([ids[0]!]));
    expect(await refusal(repos.batches.create(anInput([ids[1]!])))).toEqual([{ field: 'requestNo', key: 'requests:errors.duplicateRequestNo', params: { requestNo: 'RR-2026-0001' } }]);
    const fields = (await refusal(repos.batches.create(anInput([], { requestNo: ' ', returnDistrict: '1234', plannedDate: '2026-13-01' })))).map((e) => e.field);
    expect(fields.sort()).toEqual(['plannedDate', 'requestNo', 'returnDistrict', 'returnIds']);
    expect(await repos.batches.nextRequestNo(2026)).toBe('RR-2026-0002');
  });

  it('edits a draft: dropped returns go back to decided, new ones join', async () => {
    const { repos, ids } = await ledger();
    const batch = await repos.batches.create(anInput([ids[0]!, ids[1]!]));
    const edited = await repos.batches.update(batch.id, anInput([ids[1]!, ids[2]!], { carrier: 'Air China Cargo' }));
    expect(edited.carrier).toBe('Air China Cargo');
    const [a, b, c] = await Promise.all(ids.map((id) => repos.returns.get(id)));
    expect([a?.status, a?.batchId]).toEqual(['decided', null]);
    expect(a?.history.map((h) => h.status).slice(-2)).toEqual(['in_batch', 'decided']);
    expect(b?.history.filter((h) => h.status === 'in_batch')).toHaveLength(1);
    expect([c?.status, c?.batchId]).toEqual(['in_batch', batch.id]);
  });

  it('moves the batch one step at a time and its returns with it, dated in both histories', async () => {
    const { repos, ids } = await ledger(2);
    const batch = await repos.batches.create(anInput(ids));
    const steps = [['submitted', 'in_transit'], ['cleared', 'cleared'], ['received', 'received_china']] as const;
    for (const [to, returnStatus] of steps) {
      const moved = await repos.batches.moveStatus(batch.id, to);
      expect(moved.history.at(-1)?.status).toBe(to);
      for (const id of ids) expect((await repos.returns.get(id))?.status).toBe(returnStatus);
    }
    const final = await repos.batches.get(batch.id);
    expect(final?.history.map((h) => h.status)).toEqual(['draft', 'submitted', 'cleared', 'received']);
    expect(final?.history.every((h) => !Number.isNaN(Date.parse(h.at)))).toBe(true);
  });

  it('refuses skipped steps, edits after submission and a member that cannot follow, changing nothing', async () => {
    const { repos, ids } = await ledger(2);
    const batch = await repos.batches.create(anInput(ids));
    expect((await refusal(repos.batches.moveStatus(batch.id, 'cleared')))[0]?.key).toBe('requests:errors.badStep');
    // The Returns page refuses to move a batched return by hand…
    expect((await refusal(repos.returns.moveStatus(ids[1]!, 'decided')))[0]?.key).toBe('errors.movedByBatch');
    // …but a member changed behind the batch's back (e.g. restored from an old backup) still stops it.
    await repos.db.returns.update(ids[1]!, { status: 'decided' });
    const before = await snapshot(repos);
    expect((await refusal(repos.batches.moveStatus(batch.id, 'submitted')))[0]).toMatchObject({ field: 'returnIds.1', key: 'requests:errors.memberCannotMove' });
    expect(await snapshot(repos)).toEqual(before);
    await repos.batches.update(batch.id, anInput([ids[0]!]));
    await repos.batches.moveStatus(batch.id, 'submitted');
    const after = await snapshot(repos);
    expect((await refusal(repos.batches.update(batch.id, anInput([ids[0]!]))))[0]?.key).toBe('requests:errors.notDraft');
    expect((await refusal(repos.batches.remove(batch.id)))[0]?.key).toBe('requests:errors.notDraft');
    expect(await snapshot(repos)).toEqual(after);
  });

  it('deletes a draft, freeing its returns, and undoes the deletion', async () => {
    const { repos, ids } = await ledger(2);
    const batch = await repos.batches.create(anInput(ids));
    const removed = await repos.batches.remove(batch.id);
    expect(await repos.batches.list()).toHaveLength(0);
    for (const id of ids) expect(await repos.returns.get(id)).toMatchObject({ status: 'decided', batchId: null });
    await repos.batches.restore(removed);
    expect((await repos.batches.get(batch.id))?.returnIds).toEqual(ids);
    for (const id of ids) expect(await repos.returns.get(id)).toMatchObject({ status: 'in_batch', batchId: batch.id });
  });

  it('refuses an undo once a freed return joined another batch', async () => {
    const { repos, ids } = await ledger(2);
    const removed = await repos.batches.remove((await repos.batches.create(anInput(ids))).id);
    await repos.batches.create(anInput([ids[0]!], { requestNo: 'RR-2026-0009' }));
    const before = await snapshot(repos);
    expect((await refusal(repos.batches.restore(removed)))[0]).toMatchObject({ field: 'returnIds.0', key: 'requests:errors.inOtherBatch' });
    expect(await snapshot(repos)).toEqual(before);
  });

  it('creates a batch from a Decide plan with a suggested request no. and today', async () => {
    const { repos, ids } = await ledger(2);
    const id = await createBatchFromPlan(repos, { locationId: 'us-amazon', routeId: 'us-air-sha', districtCode: '2200', mode: 'air', returnIds: ids });
    const batch = await repos.batches.get(id);
    expect(batch).toMatchObject({ requestNo: expect.stringMatching(/^RR-\d{4}-0001$/), routeId: 'us-air-sha', returnDistrict: '2200', transportMode: 'air', status: 'draft' });
    expect(batch?.plannedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('batch documents from the ledger', () => {
  const seller = { companyZh: '义乌环宇归途跨境电子商务有限公司', companyEn: 'Yiwu Homebound', uscc: validUscc(), customsCode: '3318960ABC', address: '浙江省义乌市', contact: '', phone: '' };

  it('assembles parcels, districts and CNY values from the batch and its order lines', async () => {
    const { repos, ids, order } = await ledger(2);
    const batch = await repos.batches.create(anInput(ids));
    const doc = await loadBatchDoc(repos, batch.id, seller);
    expect(doc.parcels.map((p) => p.labelNo)).toEqual(['RMA-1', 'RMA-2']);
    expect(doc.parcels[0]).toMatchObject({ orderNo: order.orderNo, declarationNo: order.declarationNo, weightG: 380, valueMinor: 1200, currency: 'USD' });
    // 12.00 USD at the 2026 seed rate of 7.00 CNY.
    expect(doc.parcels[0]?.valueFen).toBe(8400);
    expect(doc.returnDistrict).toEqual({ code: '2200', nameZh: '上海关区', nameEn: 'Shanghai' });
    expect(doc.originalDistricts.map((d) => d.code)).toEqual(['2900']);
    expect(doc.transportMode).toBe('air');
    expect(doc.fromLocation.country).toContain('United States');
  });

  it('refuses an incomplete seller profile, naming applicant fields', () => {
    const fields = (s: typeof seller) => {
      try {
        checkApplicant(s);
        return [];
      } catch (e) {
        return (e as ValidationFailed).errors.map((x) => x.field).sort();
      }
    };
    const good = validUscc();
    expect(fields(seller)).toEqual([]);
    expect(fields({ ...seller, uscc: good.slice(0, 17) + (good.endsWith('1') ? '2' : '1') })).toEqual(['applicant.uscc']);
    expect(fields({ ...seller, companyZh: '', customsCode: 'x' })).toEqual(['applicant.companyZh', 'applicant.customsCode']);
  });

  it('refuses a parcel whose currency has no rate', async () => {
    const { repos, ids } = await ledger(1);
    const batch = await repos.batches.create(anInput(ids));
    const members = await repos.batches.members(batch);
    expect(() => assembleBatchDoc({ batch, members, location: SEED_PRESETS.locations[0], applicant: seller, rates: [] })).toThrow(ValidationFailed);
  });
});
