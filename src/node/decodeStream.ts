import { isUtf8 } from 'node:buffer';
import { Transform, type TransformCallback } from 'node:stream';
import { TextDecoder } from 'node:util';
import { ServqualError } from '../errors.js';

/** Text encodings servqual reads. `auto` looks at the byte-order mark, else sniffs the first MiB (see {@link sniffEncoding}). */
export type InputEncoding = 'auto' | 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Every encoding name the CLI accepts. */
export const INPUT_ENCODINGS: readonly InputEncoding[] = ['auto', 'utf-8', 'utf-16le', 'utf-16be', 'gb18030'];

/**
 * How many bytes the encoding is decided on: the first MiB, or the whole input when shorter. Every
 * reader collects exactly this prefix before deciding, whether the bytes come from a file (in 1 MiB
 * reads) or a pipe (in 64 KiB ones), so the decision does not depend on how they arrive.
 */
export const SNIFF_BYTES = 1 << 20;

/** What to do with bytes that are not valid UTF-8 in UTF-8 input. */
export type InvalidUtf8 = 'error' | 'mark';

/**
 * A transform from bytes to text. With `auto`, the first {@link SNIFF_BYTES} bytes decide the encoding
 * ({@link sniffEncoding}); `onWarning` says when it is GB18030 or UTF-16 without a byte-order mark. A
 * BOM is dropped. Bytes that are not valid in the encoding fail with `E_ENCODING` naming the byte
 * offset — or, in UTF-8 with `invalidUtf8: 'mark'`, become marks (U+FDD1–U+FDD3, noncharacters, one
 * per ill-formed sequence: see MarkingUtf8Decoder), so a reader can report the rows that hold them
 * (see {@link hasMarkedBytes}, {@link unmark}).
 */
export class DecodeStream extends Transform {
  private decoder: { decode(chunk: Buffer, final: boolean): string } | null = null;
  private offset = 0;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  chosen: Exclude<InputEncoding, 'auto'> | null = null;

  constructor(
    private readonly encoding: InputEncoding,
    private readonly onWarning: (message: string) => void = () => undefined,
    private readonly invalidUtf8: InvalidUtf8 = 'error',
  ) {
    super({ decodeStrings: true, readableObjectMode: false, encoding: 'utf8' });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      if (this.decoder === null) {
        // Collect the prefix the encoding is decided on.
        this.pending.push(chunk);
        this.pendingBytes += chunk.length;
        if (this.encoding === 'auto' && this.pendingBytes < SNIFF_BYTES) {
          done();
          return;
        }
        done(null, this.start(false));
        return;
      }
      done(null, this.decode(chunk, false));
    } catch (error) {
      done(this.failure(error));
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      const text = this.decoder === null ? this.start(true) : '';
      done(null, text + (this.decoder === null ? '' : this.decode(Buffer.alloc(0), true)));
    } catch (error) {
      done(this.failure(error));
    }
  }

  /** Decides the encoding on the bytes collected and decodes them. */
  private start(ended: boolean): string {
    const head = Buffer.concat(this.pending);
    this.pending = [];
    let encoding = this.encoding;
    if (encoding === 'auto') {
      const sniffed = sniffEncoding(head.subarray(0, SNIFF_BYTES), ended && head.length < SNIFF_BYTES);
      encoding = sniffed.encoding;
      if (sniffed.warning !== null) this.onWarning(sniffed.warning);
    }
    this.chosen = encoding;
    if (encoding === 'utf-8' && this.invalidUtf8 === 'mark') this.decoder = new MarkingUtf8Decoder();
    else {
      const decoder = new TextDecoder(encoding, { fatal: true });
      this.decoder = { decode: (chunk, final) => decoder.decode(chunk, { stream: !final }) };
    }
    return this.decode(head, false);
  }

  private decode(chunk: Buffer, final: boolean): string {
    let text: string;
    try {
      text = (this.decoder as { decode(chunk: Buffer, final: boolean): string }).decode(chunk, final);
    } catch {
      // In UTF-8, the first bad byte of the chunk; elsewhere, the chunk's start.
      const at = this.offset + (this.chosen === 'utf-8' ? firstInvalid(chunk) : 0);
      throw new ServqualError(
        'E_ENCODING',
        `the input is not valid ${this.chosen ?? 'text'} near byte ${at}${this.chosen === 'utf-8' ? '; if it comes from Chinese Excel, use --encoding gb18030' : ''}`,
      );
    }
    this.offset += chunk.length;
    return text;
  }

  private failure(error: unknown): Error {
    if (error instanceof ServqualError) return error;
    return new ServqualError('E_ENCODING', `the input could not be decoded as ${this.chosen ?? 'text'} near byte ${this.offset}`);
  }
}

/**
 * The encoding of an input from its first bytes (`complete`: they are the whole input):
 *
 * 1. A byte-order mark: UTF-16LE, UTF-16BE (or UTF-8).
 * 2. UTF-16 without a mark (ASCII text with a zero byte in every other position), with a warning.
 * 3. Valid UTF-8: UTF-8.
 * 4. Valid GB18030 (Chinese Excel's CSV) with more invalid UTF-8 sequences than valid multi-byte ones:
 *    GB18030, with a warning. Chinese text in GB18030 is mostly invalid as UTF-8.
 * 5. Otherwise UTF-8 with a few bad bytes (a stray Windows-1252 byte in a UTF-8 file): UTF-8, and the
 *    rows holding bad bytes are reported where they are read.
 *
 * @param head - the first {@link SNIFF_BYTES} bytes (or all, when fewer)
 * @param complete - whether `head` is the whole input (else a sequence cut at its end is allowed)
 * @returns the encoding, and the warning to give (or `null`)
 */
export function sniffEncoding(head: Buffer, complete: boolean): { encoding: Exclude<InputEncoding, 'auto'>; warning: string | null } {
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', warning: null };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', warning: null };
  const utf16 = looksUtf16(head);
  if (utf16 !== null)
    return {
      encoding: utf16,
      warning: `the input has no byte-order mark but looks like ${utf16.toUpperCase()}; read it so (give --encoding to choose another)`,
    };
  const { valid, invalid } = utf8Sequences(head, complete);
  if (invalid === 0) return { encoding: 'utf-8', warning: null };
  if (invalid > valid && isGb18030(head, complete))
    return { encoding: 'gb18030', warning: 'the input is not valid UTF-8; read it as GB18030 (give --encoding to choose another)' };
  return { encoding: 'utf-8', warning: null };
}

function isGb18030(bytes: Buffer, complete: boolean): boolean {
  try {
    new TextDecoder('gb18030', { fatal: true }).decode(bytes, { stream: !complete });
    return true;
  } catch {
    return false;
  }
}

/**
 * The UTF-8 sequence at `i`: its length (1–4) when it is well-formed (Unicode's Table 3-7: no
 * overlongs, surrogates or values past U+10FFFF), else minus the length of its maximal ill-formed
 * subpart (1–3) — the bytes a decoder replaces with one U+FFFD, as TextDecoder does. A sequence cut
 * off by `end` is ill-formed.
 */
function sequenceAt(b: Buffer, i: number, end: number): number {
  const b0 = b[i] as number;
  if (b0 < 0x80) return 1;
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b0 >= 0xc2 && b0 <= 0xdf) need = 1;
  else if (b0 >= 0xe0 && b0 <= 0xef) {
    need = 2;
    if (b0 === 0xe0) lo = 0xa0;
    else if (b0 === 0xed) hi = 0x9f;
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    need = 3;
    if (b0 === 0xf0) lo = 0x90;
    else if (b0 === 0xf4) hi = 0x8f;
  } else return -1;
  for (let k = 1; k <= need; k++) {
    const x = i + k < end ? (b[i + k] as number) : -1;
    if (x < lo || x > hi) return -k;
    lo = 0x80;
    hi = 0xbf;
  }
  return need + 1;
}

/** The offset of the first byte that starts no valid UTF-8 sequence (or the length). */
function firstInvalid(b: Buffer): number {
  for (let i = 0; i < b.length; ) {
    const n = sequenceAt(b, i, b.length);
    if (n < 0) return i;
    i += n;
  }
  return b.length;
}

/** Where a chunk's complete UTF-8 can end: before a sequence its last bytes begin but do not finish. */
function completeEnd(b: Buffer): number {
  for (let i = b.length - 1; i >= Math.max(0, b.length - 3); i--) {
    const x = b[i] as number;
    if (x < 0x80) return b.length;
    if (x >= 0xc0) {
      const need = x >= 0xf0 ? 4 : x >= 0xe0 ? 3 : 2;
      return i + need > b.length ? i : b.length;
    }
  }
  return b.length;
}

/** Counts the valid multi-byte UTF-8 sequences and the ill-formed ones (maximal subparts). */
function utf8Sequences(b: Buffer, complete: boolean): { valid: number; invalid: number } {
  const end = complete ? b.length : completeEnd(b);
  if (isUtf8(b.subarray(0, end))) return { valid: 0, invalid: 0 };
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < end; ) {
    const n = sequenceAt(b, i, end);
    if (n < 0) invalid++;
    else if (n > 1) valid++;
    i += Math.abs(n);
  }
  return { valid, invalid };
}

/**
 * A streaming UTF-8 decoder that keeps going past bytes that are not UTF-8: each ill-formed sequence
 * (maximal subpart, where TextDecoder puts one U+FFFD) becomes the noncharacter U+FDD0 + its length
 * (U+FDD1–U+FDD3). Noncharacters are Unicode's code points for a program's internal use; csv-parse
 * passes them through, where it would turn a lone surrogate into U+FFFD. A leading
 * byte-order mark is dropped.
 */
class MarkingUtf8Decoder {
  private tail: Buffer = Buffer.alloc(0);
  private started = false;

  decode(chunk: Buffer, final: boolean): string {
    let buf = this.tail.length === 0 ? chunk : Buffer.concat([this.tail, chunk]);
    if (!this.started) {
      if (!final && buf.length < 3 && buf.every((x, i) => x === [0xef, 0xbb, 0xbf][i])) {
        this.tail = Buffer.from(buf);
        return '';
      }
      this.started = true;
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
    }
    const end = final ? buf.length : completeEnd(buf);
    this.tail = Buffer.from(buf.subarray(end));
    if (isUtf8(buf.subarray(0, end))) return buf.toString('utf8', 0, end);
    let out = '';
    let run = 0;
    for (let i = 0; i < end; ) {
      const n = sequenceAt(buf, i, end);
      if (n > 0) {
        i += n;
        continue;
      }
      out += buf.toString('utf8', run, i) + String.fromCharCode(MARK - n);
      i -= n;
      run = i;
    }
    return out + buf.toString('utf8', run, end);
  }
}

/** U+FDD0: a mark for an ill-formed UTF-8 sequence of k bytes is U+FDD0 + k. */
const MARK = 0xfdd0;

/** The bytes a character stands for when it is a mark of ill-formed UTF-8 (1–3), else 0. */
export function markedBytes(c: number): number {
  return c > MARK && c <= MARK + 3 ? c - MARK : 0;
}

/** Whether `text` holds a mark of bytes that were not UTF-8 (see `invalidUtf8: 'mark'`). */
export function hasMarkedBytes(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (markedBytes(text.charCodeAt(i)) > 0) return true;
  return false;
}

/** Text with marks of bad bytes as a person reads it (and TextDecoder gives it): each a U+FFFD. */
export function unmark(text: string): string {
  return text.replace(/[\uFDD1-\uFDD3]/g, '\uFFFD');
}

/**
 * UTF-16 without a byte-order mark: ASCII text then has a zero byte in every other position. Says which
 * order when at least 90% of the first 200 odd (LE) or even (BE) bytes are zero and the others are not.
 */
export function looksUtf16(chunk: Buffer): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(chunk.length - (chunk.length % 2), 400);
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (chunk[i] === 0) evenZero++;
    if (chunk[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero >= 0.9 * pairs && evenZero <= 0.1 * pairs) return 'utf-16le';
  if (evenZero >= 0.9 * pairs && oddZero <= 0.1 * pairs) return 'utf-16be';
  return null;
}

/**
 * The delimiter a UTF-16 file with a byte-order mark implies: Excel's "Unicode text" is UTF-16 with a
 * BOM and tabs between fields, so a tab — unless its header line has commas and no tab, when the file
 * says otherwise. `null` for input without a UTF-16 BOM.
 *
 * @param head - the input's first bytes
 */
export function utf16BomDelimiter(head: Buffer): '\t' | ',' | null {
  const le = head[0] === 0xff && head[1] === 0xfe;
  if (!le && !(head[0] === 0xfe && head[1] === 0xff)) return null;
  const text = new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(head.subarray(2, 2 + 2 * 4096));
  const line = text.split(/\r?\n/, 1)[0] ?? '';
  return !line.includes('\t') && line.includes(',') ? ',' : '\t';
}
