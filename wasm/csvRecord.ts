// The CSV tokenizer's kernel for plain records, in AssemblyScript (compiled by scripts/build-wasm.mjs
// into src/node/csvRecordWasm.ts; a test checks that the two agree).
//
// It reads one record of unquoted fields ending in LF or CRLF, 16 bytes at a time: SIMD compares find
// the delimiters and line ends, and each field's start, end and integer value (as FieldView.ints
// holds it) are written where the tokenizer's FieldView reads them. Anything else — a quote, a lone
// CR, a limit that could be passed (-1), or a record the bytes do not finish (-2) — the tokenizer's
// JavaScript reads instead, so every error and every odd shape keeps the one implementation that has
// them.
//
// Memory: what the last record was (INFO), the starts (i32) and ends (i32) of up to FIELDS fields, their
// values (f64), the columns `gather` reads (PLANS, i32) and what it read (GATHERED, f64), then the
// bytes, with 16 bytes to spare after them (a load may read past the last byte; those bits are masked
// off). The tokenizer reads all but the bytes through typed arrays, not calls:
// a call from JavaScript into WebAssembly costs more than the read.

const FIELDS: usize = 4096;
/** i32 slots: the last record's field count, then 0x80 when a byte of 0x80 or more may lie in it (the tokenizer then checks its UTF-8), else 0. */
const INFO: usize = 0;
const STARTS: usize = 16;
const ENDS: usize = STARTS + FIELDS * 4;
const INTS: usize = ENDS + FIELDS * 4;
const PLANS: usize = INTS + FIELDS * 8;
const GATHERED: usize = PLANS + FIELDS * 4;
const BYTES: usize = GATHERED + FIELDS * 8;
const QUOTE: i32 = 0x22;
const CR: i32 = 0x0d;
const LF: i32 = 0x0a;

/** Where the bytes begin in memory (the tokenizer's buffer is a view from here). */
export function bytesOffset(): usize {
  return BYTES;
}

/** Where the last record's INFO, and the starts, ends and values of its fields lie, and how many fit. */
export function infoOffset(): usize {
  return INFO;
}
export function startsOffset(): usize {
  return STARTS;
}
export function endsOffset(): usize {
  return ENDS;
}
export function intsOffset(): usize {
  return INTS;
}
export function fieldCapacity(): i32 {
  return <i32>FIELDS;
}
export function plansOffset(): usize {
  return PLANS;
}
export function gatheredOffset(): usize {
  return GATHERED;
}

// The field's value as the scan reads it: a plain unsigned integer of 1–15 digits, else -1.
@inline function valueOf(bytes: usize, start: i32, end: i32): f64 {
  const len = end - start;
  if (len == 1) {
    const d = <i32>load<u8>(bytes + <usize>start) - 0x30;
    return <u32>d <= 9 ? <f64>d : -1;
  }
  if (len < 2 || len > 15) return -1;
  let v: f64 = 0;
  for (let p = start; p < end; p++) {
    const d = <i32>load<u8>(bytes + <usize>p) - 0x30;
    if (<u32>d > 9) return -1;
    v = v * 10 + <f64>d;
  }
  return v;
}

/**
 * Reads the record at byte `p` of the `n` bytes that start at byte `base` of the bytes: returns the
 * offset after its line end, with its fields and INFO written (offsets from `base`, as all
 * here); or, for the JavaScript path to read it, -1 when it is not plain and -2 when the bytes end
 * before it does. A field may take `maxField` bytes, a record
 * `maxFields` fields (at most FIELDS), and no field may end past `recordLimit`: the JavaScript path
 * reads any record that comes near them, and fails it as it always has.
 */
export function record(base: i32, p: i32, n: i32, delimiter: i32, maxFields: i32, maxField: i32, recordLimit: i32): i32 {
  const bytes = BYTES + <usize>base;
  const vd = i8x16.splat(<i8>delimiter);
  const vlf = i8x16.splat(<i8>LF);
  const vcr = i8x16.splat(<i8>CR);
  const vq = i8x16.splat(<i8>QUOTE);
  let k: i32 = 0;
  let start = p;
  let signs: i32 = 0;
  for (let at = p; at < n; at += 16) {
    const v = v128.load(bytes + <usize>at);
    signs |= i8x16.bitmask(v);
    let m = i8x16.bitmask(v128.or(v128.or(i8x16.eq(v, vd), i8x16.eq(v, vlf)), v128.or(i8x16.eq(v, vcr), i8x16.eq(v, vq))));
    if (n - at < 16) m &= (1 << (n - at)) - 1;
    while (m != 0) {
      const q = at + ctz(m);
      m &= m - 1;
      const c = <i32>load<u8>(bytes + <usize>q);
      if (c == QUOTE || q - start > maxField || q > recordLimit || k >= maxFields) return -1;
      store<i32>(STARTS + (<usize>k << 2), start);
      store<i32>(ENDS + (<usize>k << 2), q);
      store<f64>(INTS + (<usize>k << 3), valueOf(bytes, start, q));
      k++;
      if (c == delimiter) {
        start = q + 1;
        continue;
      }
      store<i32>(INFO, k);
      // Bytes of the next record may be in the last load: 0x80 here is only "check", never "ASCII" when it is not.
      store<i32>(INFO + 4, signs != 0 ? 0x80 : 0);
      if (c == LF) return q + 1;
      if (q + 1 >= n) return -2; // a CR the bytes end on: an LF may follow
      return <i32>load<u8>(bytes + <usize>q + 1) == LF ? q + 2 : -1; // else a lone CR
    }
  }
  return -2;
}

/**
 * Reads the last record's fields at the `count` columns listed from slot `plan` of PLANS into the same
 * slots of GATHERED, as FieldView.numbersWithin reads them (the record has `length` fields, whichever
 * path tokenized it): a plain integer from `lo` to `hi` as itself, an empty field as NaN when
 * `emptyIsMissing`. Returns how many are numbers; or -1 at the first field that is anything else (a
 * decimal, a word, a quote, a column past the record, a number off the scale), for the JavaScript
 * path to read them all and to name what is wrong.
 */
export function gather(plan: i32, count: i32, length: i32, lo: f64, hi: f64, emptyIsMissing: i32): i32 {
  let numbers: i32 = 0;
  for (let k = plan; k < plan + count; k++) {
    const c = load<i32>(PLANS + (<usize>k << 2));
    if (<u32>c >= <u32>length) return -1;
    const v = load<f64>(INTS + (<usize>c << 3));
    let x: f64;
    if (v >= 0) {
      if (v < lo || v > hi) return -1;
      x = v;
      numbers++;
    } else if (emptyIsMissing != 0 && load<i32>(STARTS + (<usize>c << 2)) == load<i32>(ENDS + (<usize>c << 2))) x = NaN;
    else return -1;
    store<f64>(GATHERED + (<usize>k << 3), x);
  }
  return numbers;
}
