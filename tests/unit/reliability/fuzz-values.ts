import fc from 'fast-check';

/**
 * Values that break parsers: everything fast-check's anything() makes (null-prototype objects,
 * sparse arrays, Maps, typed arrays, BigInts, dates…) plus the edge cases that slip through
 * naive checks — NaN, ±Infinity, -0, huge and fractional numbers, blank and oversized
 * strings, control characters, lone surrogates, invalid dates, prototype-polluting keys.
 */
export const edgeValues = fc.constantFrom<unknown>(
  '', ' ', '\t\n', '\u0000', '\uD800', '‮evil', 'x'.repeat(5_000), '0', '-1', '1e309', 'null', 'undefined', '2026-02-30', '2026-13-01',
  '9999-99-99', '2026/05/02', 'NaN', '<script>', '=cmd|/c calc', '../../etc/passwd', 'C:\\Windows', '😀'.repeat(100),
  0, -0, -1, 1.5, 0.1, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 2 ** 53, -(2 ** 53), Number.MAX_VALUE, Number.MIN_VALUE,
  true, false, null, undefined, 10n, [], {}, [[]], [null], new Date(Number.NaN), new Date(0), new Uint8Array(0), new ArrayBuffer(4),
  new Map([['a', 1]]), new Set([1]), Object.create(null) as unknown, { __proto__: { polluted: true } }, JSON.parse('{"__proto__":{"language":"en"}}') as unknown,
  { constructor: 'x' }, { toString: 'not a function' }, { valueOf: 1 },
);

export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: edgeValues, weight: 3 },
  {
    arbitrary: fc.anything({
      maxDepth: 3, maxKeys: 5, withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true,
      withNullPrototype: true, withObjectString: true, withSparseArray: true, withTypedArray: true, withUnicodeString: true,
    }),
    weight: 3,
  },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 300 }), weight: 1 },
  { arbitrary: fc.double(), weight: 1 },
  { arbitrary: fc.integer(), weight: 1 },
);

type Path = (string | number)[];

/** Plain records, including the null-prototype ones fc.record builds. */
const isRecord = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value) as object | null);

/**
 * Every path to a value inside a record (objects and arrays), root excluded. Plain loops, not
 * flatMap/map: a second mutation walks hostile values, and an array with an own `constructor`
 * breaks Array species lookups.
 */
function paths(value: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [];
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) out.push([...prefix, i], ...paths(value[i], [...prefix, i]));
  } else if (isRecord(value)) {
    for (const key of Object.keys(value)) out.push([...prefix, key], ...paths(value[key], [...prefix, key]));
  }
  return out;
}

function clone(value: unknown): unknown {
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    for (let i = 0; i < value.length; i++) copy.push(clone(value[i]));
    return copy;
  }
  if (isRecord(value)) {
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) Object.defineProperty(copy, key, { value: clone(value[key]), enumerable: true, writable: true, configurable: true });
    return copy;
  }
  return value;
}

type Edit = { kind: 'replace'; value: unknown } | { kind: 'delete' } | { kind: 'extra'; key: string; value: unknown } | { kind: 'emptyArray' };

function apply(seed: unknown, path: Path, edit: Edit): unknown {
  const root = clone(seed);
  let parent = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (edit.kind === 'replace') parent[last] = edit.value;
  if (edit.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  }
  if (edit.kind === 'extra') Object.defineProperty(parent, edit.key, { value: edit.value, enumerable: true, writable: true, configurable: true });
  if (edit.kind === 'emptyArray' && Array.isArray(parent[last])) parent[last] = [];
  return root;
}

/**
 * A copy of a valid seed with one or two things wrong somewhere inside it (a replaced, missing
 * or extra field, an emptied list): the near misses a real bug or a hand-edited file makes.
 */
export function withOneFieldBroken(seed: unknown): fc.Arbitrary<unknown> {
  const all = paths(seed);
  if (all.length === 0) return hostile;
  const edit: fc.Arbitrary<Edit> = fc.oneof(
    { arbitrary: hostile.map((value): Edit => ({ kind: 'replace', value })), weight: 6 },
    { arbitrary: fc.constant<Edit>({ kind: 'delete' }), weight: 2 },
    { arbitrary: fc.tuple(fc.constantFrom('__proto__', 'constructor', 'extra', 'id'), hostile).map(([key, value]): Edit => ({ kind: 'extra', key, value })), weight: 1 },
    { arbitrary: fc.constant<Edit>({ kind: 'emptyArray' }), weight: 1 },
  );
  const once = (value: unknown) => fc.tuple(fc.constantFrom(...paths(value)), edit).map(([path, e]) => apply(value, path, e));
  return fc.oneof({ arbitrary: once(seed), weight: 4 }, { arbitrary: once(seed).chain((first) => (paths(first).length ? once(first) : fc.constant(first))), weight: 1 });
}
