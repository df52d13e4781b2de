import fc from 'fast-check';

// Bad inputs for the route fuzz suite: values that are wrong in type, size, depth, encoding or range, and ways to
// put them into an otherwise valid request (a body field replaced, removed or added, a path parameter, a query
// parameter). All text is made up; nothing here is about a real person.

/** One request the fuzz suite sends, with a short description that says what was bad. */
export interface FuzzRequest {
  readonly what: string;
  readonly method: string;
  readonly url: string;
  readonly payload?: string | Buffer;
  readonly contentType?: string;
}

/** A valid request of an operation, which the bad inputs are put into. */
export interface ValidRequest {
  readonly method: string;
  readonly pattern: string;
  /** Path parameter values that name the owner's own records. */
  readonly params: Readonly<Record<string, string>>;
  /** The valid query string, without `?` ('' when none). */
  readonly query: string;
  readonly queryParams: readonly string[];
  /** The valid body, or undefined when the operation takes none. */
  readonly body: unknown;
  readonly hasBody: boolean;
}

// Stand-ins replaced in the JSON text: JSON.stringify itself would recurse 100,000 levels or refuse the key.
const DEEP = '@@fuzz-deep@@';
const PROTO_KEY = '@@fuzz-proto@@';
const DEEP_LEVELS = 100_000;
const DEEP_JSON = '['.repeat(DEEP_LEVELS) + ']'.repeat(DEEP_LEVELS);

/** Nearly the 1 MB body limit in one field, and just over it. */
const BIG_TEXT = 'x'.repeat(900_000);
const HUGE_TEXT = 'y'.repeat(1_100_000);

const WEIRD_TEXT = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '\u202eevil\u202c',
  '\u200fשלום עולם',
  'مرحبا',
  '😀👩‍👩‍👧‍👦',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '"; DROP TABLE students; --',
  '../../../etc/passwd',
  '%00',
  '\r\n\t',
  'null',
  'NaN',
  '-Infinity',
  '1e308',
] as const;

const BAD_DATES = ['2026-02-30', '2026-13-01', '0000-00-00', '0000-01-01', '9999-12-31', '2026-1-1', '20260101'];

const BAD_NUMBERS = [1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, -Number.MAX_SAFE_INTEGER - 2, 5e-324, -0, -1, 0, 1.5];

/** A bad JSON value (or a stand-in for one that JSON.stringify cannot make). */
export const badValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, true, false, [], {}, [[]], [null], { a: 1 }, DEEP, BIG_TEXT),
  fc.constantFrom<unknown>(...WEIRD_TEXT),
  fc.constantFrom<unknown>(...BAD_DATES),
  fc.constantFrom<unknown>(...BAD_NUMBERS),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.double(),
  fc.integer(),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 4 }),
);

/** JSON text of a value, with the stand-ins put in. */
export function renderJson(value: unknown): string {
  // JSON.stringify answers undefined for undefined itself, whatever its declared type says.
  const text = (JSON.stringify(value) as string | undefined) ?? 'null';
  return text.replaceAll(`"${DEEP}"`, DEEP_JSON).replaceAll(`"${PROTO_KEY}"`, '"__proto__"');
}

type Path = readonly (string | number)[];

/** Every place in a JSON value a bad value can go: the root, each field and each item. */
export function pathsOf(value: unknown): Path[] {
  const paths: Path[] = [];
  const stack: { value: unknown; path: Path }[] = [{ value, path: [] }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    paths.push(item.path);
    if (Array.isArray(item.value)) {
      item.value.forEach((child: unknown, i) => stack.push({ value: child, path: [...item.path, i] }));
    } else if (typeof item.value === 'object' && item.value !== null) {
      for (const [key, child] of Object.entries(item.value)) stack.push({ value: child, path: [...item.path, key] });
    }
  }
  return paths;
}

function pathName(path: Path): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.');
}

/** A copy of `value` with `change` applied to what is at `path` (structuredClone: the bodies are plain JSON). */
function edit(value: unknown, path: Path, change: (parent: unknown, key: string | number) => void): unknown {
  const copy = structuredClone(value);
  let parent: unknown = copy;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key];
  const last = path.at(-1);
  if (last !== undefined) change(parent, last);
  return copy;
}

type BodyChange = { readonly what: string; readonly body: unknown };

/** A bad body made from the valid one: one field replaced, removed, wrapped, or a field added. */
function bodyChange(valid: unknown): fc.Arbitrary<BodyChange> {
  const paths = pathsOf(valid);
  const objectPaths = paths.filter((p) => {
    let at: unknown = valid;
    for (const key of p) at = (at as Record<string | number, unknown>)[key];
    return typeof at === 'object' && at !== null && !Array.isArray(at);
  });
  const replace = fc.tuple(fc.constantFrom(...paths), badValue).map(([path, bad]): BodyChange => {
    if (path.length === 0) return { what: `body = ${describe(bad)}`, body: bad };
    return {
      what: `body ${pathName(path)} = ${describe(bad)}`,
      body: edit(valid, path, (parent, key) => {
        (parent as Record<string | number, unknown>)[key] = bad;
      }),
    };
  });
  const removable = paths.filter((p) => p.length > 0);
  const remove = (removable.length === 0 ? fc.constant<Path>([]) : fc.constantFrom(...removable)).map(
    (path): BodyChange => ({
      what: `body without ${pathName(path)}`,
      body: edit(valid, path, (parent, key) => {
        if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else Reflect.deleteProperty(parent as object, key);
      }),
    }),
  );
  const wrap = fc.constantFrom(...paths).map((path): BodyChange => {
    const wrapIt = (inner: unknown): unknown => (Array.isArray(inner) ? { 0: inner[0] as unknown } : [inner]);
    if (path.length === 0) return { what: 'body wrapped in a list', body: wrapIt(valid) };
    return {
      what: `body ${pathName(path)} wrapped`,
      body: edit(valid, path, (parent, key) => {
        const record = parent as Record<string | number, unknown>;
        record[key] = wrapIt(record[key]);
      }),
    };
  });
  const add =
    objectPaths.length === 0
      ? replace
      : fc
          .tuple(
            fc.constantFrom(...objectPaths),
            fc.constantFrom(PROTO_KEY, 'constructor', 'prototype', 'unknownField', 'id', 'studentId'),
            badValue,
          )
          .map(([path, key, bad]): BodyChange => ({
            what: `body ${pathName([...path, key === PROTO_KEY ? '__proto__' : key])} added = ${describe(bad)}`,
            body: edit(valid, [...path, key], (parent, k) => {
              Object.defineProperty(parent, k, { value: bad, enumerable: true, writable: true, configurable: true });
            }),
          }));
  return fc.oneof(
    { arbitrary: replace, weight: 5 },
    { arbitrary: remove, weight: 2 },
    { arbitrary: wrap, weight: 1 },
    { arbitrary: add, weight: 2 },
  );
}

/** Bodies that are wrong before any field is read: not JSON, empty, too large, the wrong media type. */
const rawBodies: readonly { what: string; payload: string | Buffer; contentType: string }[] = [
  { what: 'empty JSON body', payload: '', contentType: 'application/json' },
  { what: 'truncated JSON', payload: '{"a":', contentType: 'application/json' },
  { what: 'JSON with a trailing comma', payload: '{"a":1,}', contentType: 'application/json' },
  { what: 'a bare __proto__ body', payload: '{"__proto__":{"isAdmin":true}}', contentType: 'application/json' },
  {
    what: 'constructor.prototype body',
    payload: '{"constructor":{"prototype":{"x":1}}}',
    contentType: 'application/json',
  },
  { what: '100,000 levels of nesting', payload: DEEP_JSON, contentType: 'application/json' },
  { what: 'a body over 1 MB', payload: JSON.stringify({ text: HUGE_TEXT }), contentType: 'application/json' },
  {
    what: 'bytes that are not UTF-8',
    payload: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
    contentType: 'application/json',
  },
  { what: 'an escaped NUL', payload: '{"a":"\\u0000"}', contentType: 'application/json' },
  { what: 'an escaped lone surrogate', payload: '{"a":"\\ud800"}', contentType: 'application/json' },
  { what: 'text/plain with NUL', payload: 'a\u0000b', contentType: 'text/plain' },
  { what: 'a form body', payload: 'a=1&b=2', contentType: 'application/x-www-form-urlencoded' },
  { what: 'XML', payload: '<a>1</a>', contentType: 'application/xml' },
];

/** Path parameter values: as sent in the URL (already encoded where they need it). */
const badIds: readonly string[] = [
  '%00',
  'a%00b',
  '%ED%A0%80',
  '%',
  '%zz',
  encodeURIComponent('\u200fשלום'),
  encodeURIComponent('😀'),
  encodeURIComponent("' OR 1=1 --"),
  encodeURIComponent('../../etc/passwd'),
  'x'.repeat(10_000),
  '1e308',
  '-1',
  '00000000-0000-0000-0000-000000000000',
  'null',
  '__proto__',
  'constructor',
];

/** Query values as sent (encoded), then whole query strings that are wrong in shape. */
const badQueryValues: readonly string[] = [
  '',
  '%00',
  '%ED%A0%80',
  '%',
  '1e308',
  '-1e308',
  '-1',
  '0',
  '9007199254740993',
  '1.5',
  'NaN',
  '2026-02-30',
  '0000-01-01',
  '9999-12-31',
  encodeURIComponent('\u202eevil'),
  encodeURIComponent('😀'),
  'z'.repeat(10_000),
];

function describe(value: unknown): string {
  if (value === DEEP) return '100,000 levels of nesting';
  if (typeof value === 'string' && value.length > 40) return `a string of ${String(value.length)} characters`;
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

function urlOf(valid: ValidRequest, params: Readonly<Record<string, string>>, query: string): string {
  let path = valid.pattern;
  for (const [name, value] of Object.entries(params)) path = path.replace(`:${name}`, value);
  return query === '' ? path : `${path}?${query}`;
}

/** The query string with `name` set to `value` (or added). */
function withQuery(query: string, name: string, value: string): string {
  const parts = query === '' ? [] : query.split('&').filter((p) => !p.startsWith(`${name}=`));
  return [...parts, `${name}=${value}`].join('&');
}

/**
 * Bad requests for one operation: a body changed (when it takes one), a raw body, a path parameter replaced,
 * a query parameter replaced, repeated, removed or added. Each is one change from the valid request, so the
 * request gets as far as it can before the bad part is met.
 */
export function badRequests(valid: ValidRequest): fc.Arbitrary<FuzzRequest> {
  const base = (what: string, url: string, body?: { payload: string | Buffer; contentType: string }): FuzzRequest => ({
    what,
    method: valid.method,
    url,
    ...(body === undefined ? {} : body),
  });
  const validBody =
    valid.body === undefined ? undefined : { payload: renderJson(valid.body), contentType: 'application/json' };
  const validUrl = urlOf(valid, valid.params, valid.query);
  const choices: { arbitrary: fc.Arbitrary<FuzzRequest>; weight: number }[] = [];
  if (valid.hasBody) {
    const changed = bodyChange(valid.body ?? {}).map((change) =>
      base(change.what, validUrl, { payload: renderJson(change.body), contentType: 'application/json' }),
    );
    choices.push({ arbitrary: changed, weight: 8 });
  }
  if (valid.method !== 'GET') {
    const raw = fc.constantFrom(...rawBodies).map((r) => base(r.what, validUrl, r));
    choices.push({ arbitrary: raw, weight: 2 });
  }
  const paramNames = Object.keys(valid.params);
  if (paramNames.length > 0) {
    const param = fc
      .tuple(fc.constantFrom(...paramNames), fc.constantFrom(...badIds))
      .map(([name, id]) =>
        base(
          `path ${name} = ${id.slice(0, 40)}`,
          urlOf(valid, { ...valid.params, [name]: id }, valid.query),
          validBody,
        ),
      );
    choices.push({ arbitrary: param, weight: 3 });
  }
  const names = [...valid.queryParams, '__proto__', 'constructor[prototype]', 'unknown'];
  const query = fc
    .tuple(fc.constantFrom(...names), fc.constantFrom(...badQueryValues), fc.constantFrom('set', 'repeat', 'remove'))
    .map(([name, value, how]) => {
      const q =
        how === 'set'
          ? withQuery(valid.query, name, value)
          : how === 'repeat'
            ? `${withQuery(valid.query, name, value)}&${name}=${value}`
            : valid.query
                .split('&')
                .filter((p) => p !== '' && !p.startsWith(`${name}=`))
                .join('&');
      return base(`query ${how} ${name}=${value.slice(0, 40)}`, urlOf(valid, valid.params, q), validBody);
    });
  choices.push({ arbitrary: query, weight: valid.queryParams.length > 0 ? 3 : 1 });
  return fc.oneof(...choices);
}
