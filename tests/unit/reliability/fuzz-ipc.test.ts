import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ipcSchemas, type IpcChannel } from '../../../shared/bridge/desktop-api';
import { DEFAULT_SETTINGS } from '../../../shared/bridge/settings';
import { IPC_CHANNELS, registerIpcHandlers, type IpcEventLike } from '../../../electron/ipc';
import type { IpcHandlers } from '../../../electron/ipc-types';
import { hostile, withOneFieldBroken } from './fuzz-values';

/**
 * Every IPC channel in ipcSchemas (read at run time, so new channels are covered) gets ≥ 2,000 malformed argument lists from a trusted frame: each must be
 * refused with an Error that names the channel and the argument (args[i]…), synchronously,
 * before any handler runs. A crash here is anything else: another exception type, a handler
 * call, a returned value, or an error that does not say which argument was wrong.
 */
const RUNS_PER_CHANNEL = 2_000;
const SENDER_RUNS = 2_000;
const ran: Record<string, number> = {};
afterAll(() => console.info(`IPC fuzz cases run: ${JSON.stringify(ran)}`));

type Listener = (event: IpcEventLike, ...args: unknown[]) => unknown;

function setup() {
  const listeners = new Map<string, Listener>();
  const handlers = Object.fromEntries(IPC_CHANNELS.map((channel) => [channel, vi.fn(async () => DEFAULT_SETTINGS)])) as unknown as IpcHandlers;
  registerIpcHandlers({ handle: (channel: string, listener: Listener) => listeners.set(channel, listener) }, handlers);
  return { listeners, handlers };
}

const appFrame: IpcEventLike = { senderFrame: { url: 'app://homebound/index.html#/settings' } };

/** A well-formed argument list per channel, the seed the near-miss mutations start from. */
const VALID: Partial<Record<IpcChannel, unknown[]>> = {
  'settings:get': [],
  'settings:update': [{ language: 'en', labelSize: 'a4x4', seller: { companyZh: '杭州', uscc: '91330100MA27XXXX0X' }, broker: { name: 'B' } }],
  'system:locale': [],
  'file:save': [{ suggestedName: 'returns.xlsx', mimeType: 'application/octet-stream', bytes: new Uint8Array([1, 2]) }],
  'window:print': [{ pageSize: '100x150', landscape: false }],
  'shell:openExternal': ['https://example.com/help'],
};

/**
 * Channels added later (backups, by another feature) are fuzzed too, from the right shape if
 * not a valid value: a channel with no entry anywhere still gets random argument lists.
 */
const SHAPES: Record<string, unknown[] | undefined> = {
  ...VALID,
  'upload:begin': [{ purpose: 'save', suggestedName: 'homebound-backup.hbbackup', mimeType: 'application/gzip' }],
  'upload:append': [{ upload: 'upload-0001', bytes: new Uint8Array([1, 2, 3]) }],
  'upload:finish': [{ upload: 'upload-0001', abort: true }],
};

function malformedArgs(channel: IpcChannel): fc.Arbitrary<unknown[]> {
  const valid = SHAPES[channel] ?? [];
  const randomList = fc.array(hostile, { maxLength: 4 });
  const extraArg = fc.tuple(hostile).map(([extra]) => [...valid, extra]);
  const missingArg = fc.constant(valid.slice(0, -1));
  const brokenField = valid.length === 0 ? randomList : withOneFieldBroken(valid[0]).map((arg) => [arg, ...valid.slice(1)]);
  return fc
    .oneof({ arbitrary: randomList, weight: 2 }, { arbitrary: extraArg, weight: 1 }, { arbitrary: missingArg, weight: 1 }, { arbitrary: brokenField, weight: 4 })
    .filter((args) => !ipcSchemas[channel].safeParse(args).success);
}

describe('IPC payload fuzzing', () => {
  it('the seeds are valid, so every near miss is one mutation away from an accepted call', async () => {
    const { listeners, handlers } = setup();
    for (const [channel, args] of Object.entries(VALID) as [IpcChannel, unknown[]][]) {
      await listeners.get(channel)!(appFrame, ...args);
      expect(handlers[channel]).toHaveBeenCalledOnce();
    }
  });

  it.each(IPC_CHANNELS)('%s refuses malformed arguments, naming channel and argument, before its handler', (channel) => {
    const { listeners, handlers } = setup();
    const listener = listeners.get(channel)!;
    let cases = 0;
    fc.assert(
      fc.property(malformedArgs(channel), (args) => {
        cases += 1;
        let thrown: unknown;
        let returned: unknown;
        try {
          returned = listener(appFrame, ...args);
        } catch (error) {
          thrown = error;
        }
        expect(returned).toBeUndefined();
        expect(thrown).toBeInstanceOf(Error);
        const message = (thrown as Error).message;
        expect(message.startsWith(`${channel}: invalid arguments — `)).toBe(true);
        expect(message).toMatch(/(^|; |— )args(\[\d+\])?[^:]*: /);
        for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
      }),
      { numRuns: RUNS_PER_CHANNEL },
    );
    ran[channel] = cases;
    expect(cases).toBeGreaterThanOrEqual(RUNS_PER_CHANNEL);
  });

  it('refuses every channel from any frame that is not app://homebound, even with a valid payload', () => {
    const { listeners, handlers } = setup();
    const foreignUrl = fc.oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.string(),
      fc.constantFrom('file:///C:/app/index.html', 'app://homebound.evil/', 'app://x@homebound/', 'devtools://devtools/', 'about:blank', 'data:text/html,x', 'APP://HOMEBOUND:80@evil/'),
    );
    const event = fc.oneof(
      foreignUrl.map((url): IpcEventLike => ({ senderFrame: { url } })),
      fc.constantFrom<IpcEventLike>({}, { senderFrame: null }),
    );
    let cases = 0;
    fc.assert(
      fc.property(fc.constantFrom(...IPC_CHANNELS), event, (channel, from) => {
        cases += 1;
        expect(() => listeners.get(channel)!(from, ...(VALID[channel] ?? []))).toThrow(`${channel}: refused a message from an untrusted sender`);
        for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
      }),
      { numRuns: SENDER_RUNS },
    );
    ran.untrustedSender = cases;
  });
});
