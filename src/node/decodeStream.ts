import { Transform, type TransformCallback } from 'node:stream';
import { TextDecoder } from 'node:util';
import { ServqualError } from '../errors.js';

/** Text encodings servqual reads. `auto` looks at the byte-order mark, else tries UTF-8, else GB18030. */
export type InputEncoding = 'auto' | 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Every encoding name the CLI accepts. */
export const INPUT_ENCODINGS: readonly InputEncoding[] = ['auto', 'utf-8', 'utf-16le', 'utf-16be', 'gb18030'];

/**
 * A transform from bytes to text. With `auto`: a UTF-16 byte-order mark (as Excel's "Unicode text"
 * writes) selects UTF-16LE or BE; otherwise the first chunk is tried as UTF-8 and, if it is not valid
 * UTF-8, the file is read as GB18030 (Chinese Excel's usual export) and `onWarning` says so. A BOM is
 * dropped. Invalid bytes later in a UTF-8 file fail with `E_ENCODING` naming the byte offset.
 */
export class DecodeStream extends Transform {
  private decoder: TextDecoder | null = null;
  private offset = 0;
  chosen: Exclude<InputEncoding, 'auto'> | null = null;

  constructor(
    private readonly encoding: InputEncoding,
    private readonly onWarning: (message: string) => void = () => undefined,
  ) {
    super({ decodeStrings: true, readableObjectMode: false, encoding: 'utf8' });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      if (this.decoder === null) this.start(chunk);
      const text = (this.decoder as TextDecoder).decode(chunk, { stream: true });
      this.offset += chunk.length;
      done(null, text);
    } catch (error) {
      done(this.failure(error));
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      done(null, this.decoder === null ? '' : this.decoder.decode());
    } catch (error) {
      done(this.failure(error));
    }
  }

  private start(chunk: Buffer): void {
    let encoding = this.encoding;
    if (encoding === 'auto') {
      if (chunk[0] === 0xff && chunk[1] === 0xfe) encoding = 'utf-16le';
      else if (chunk[0] === 0xfe && chunk[1] === 0xff) encoding = 'utf-16be';
      else if (looksUtf16(chunk) !== null) {
        encoding = looksUtf16(chunk) ?? 'utf-16le';
        this.onWarning(`the input has no byte-order mark but looks like ${encoding.toUpperCase()}; read it so (give --encoding to choose another)`);
      } else if (isUtf8Prefix(chunk)) encoding = 'utf-8';
      else {
        encoding = 'gb18030';
        this.onWarning('the input is not valid UTF-8; read it as GB18030 (give --encoding to choose another)');
      }
    }
    this.chosen = encoding;
    this.decoder = new TextDecoder(encoding, { fatal: true });
  }

  private failure(error: unknown): Error {
    if (error instanceof ServqualError) return error;
    return new ServqualError(
      'E_ENCODING',
      `the input is not valid ${this.chosen ?? 'text'} near byte ${this.offset}${this.chosen === 'utf-8' ? '; if it comes from Chinese Excel, use --encoding gb18030' : ''}`,
    );
  }
}

/** Whether the bytes are valid UTF-8, allowing a sequence cut off at the end of the chunk. */
export function isUtf8Prefix(chunk: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(chunk, { stream: true });
    return true;
  } catch {
    return false;
  }
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
