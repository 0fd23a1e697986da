import { describe, expect, it } from 'vitest';
import { decideReturn, decisionInputFromLedger, prepare, SEED_PRESETS } from '../../../shared/decide';
import { ValidationFailed } from '../../../shared/errors';
import { anOrder, aProduct, aLine, aReturn } from '../../builders/ledger';
import { freshRepositories } from './test-db';

async function setUp() {
  const repos = freshRepositories();
  const product = await repos.products.create(aProduct());
  const order = await repos.orders.create(anOrder({ lines: [aLine({ productId: product.id })] }));
  const ret = await repos.returns.create(aReturn(order.id, order.lines[0]!.id, { locationId: 'us-amazon' }));
  const mapped = decisionInputFromLedger(ret, order, product);
  if (!mapped.ok) throw new Error('unmapped');
  const decision = decideReturn(mapped.input, prepare(SEED_PRESETS), '2026-06-01');
  return { repos, ret, input: mapped.input, decision };
}

describe('accepting a decision', () => {
  it('records the chosen option with a snapshot of its inputs and moves the return to decided', async () => {
    const { repos, ret, input, decision } = await setUp();
    const record = await repos.decisions.accept(input, decision, decision.recommended);
    expect(record).toMatchObject({ returnId: ret.id, recommended: true, on: '2026-06-01', input, chosen: decision.recommended });
    expect(record.savingsFen).toBe(decision.savingsFen);
    const moved = await repos.returns.get(ret.id);
    expect(moved?.status).toBe('decided');
    expect(moved?.history.map((h) => h.status)).toEqual(['requested', 'decided']);
    expect(await repos.decisions.latestFor(ret.id)).toEqual(record);
  });

  it('refuses an option the rules forbid and changes nothing', async () => {
    const { repos, ret, input, decision } = await setUp();
    const forbidden = decision.options.find((o) => !o.allowed);
    expect(forbidden).toBeDefined();
    await expect(repos.decisions.accept(input, decision, forbidden!)).rejects.toBeInstanceOf(ValidationFailed);
    expect((await repos.returns.get(ret.id))?.status).toBe('requested');
    expect(await repos.decisions.list()).toEqual([]);
  });
});
