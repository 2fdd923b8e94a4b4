import { parseArgs, type ParseArgsConfig } from 'node:util';
import { editDistance } from '../_lib/editDistance.js';

/** A usage error: exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * One flag of a command, declared as data: `parseArgs`' configuration, the checks of its value and
 * its line of help are all derived from this, so the three cannot disagree.
 */
export interface FlagSpec {
  /** The long name, without the dashes: `p-adjust`. */
  readonly name: string;
  readonly short?: string;
  /** A switch, free text, one of `choices`, a whole number or a number. */
  readonly type: 'boolean' | 'string' | 'choice' | 'integer' | 'number';
  readonly choices?: readonly string[];
  /** Bounds of a number (inclusive). */
  readonly min?: number;
  readonly max?: number;
  /** May be given more than once (the values are collected in order). */
  readonly multiple?: boolean;
  /** The value's placeholder in the help: `FILE`, `N`, `METHOD`. */
  readonly placeholder?: string;
  /** The value used when the flag is absent (from `DEFAULTS`); shown in the help as `(default)`. */
  readonly default?: string | number;
  /**
   * The help text. `{choices}` stands for the choices joined by ` | `, the default marked
   * `(default)`; `{default}` for the default value. A `\n` continues the text on the next line.
   */
  readonly help: string;
  /** The library option this flag sets: errors the library raises about that option name this flag. */
  readonly option?: string;
  /** Other spellings of choices (lower case), mapped to the choice: `{ utf8: 'utf-8' }`. Choices match in any case. */
  readonly aliases?: Readonly<Record<string, string>>;
}

/** The value a flag gives after parsing. */
type FlagValue<F extends FlagSpec> = F['type'] extends 'boolean'
  ? boolean
  : F['type'] extends 'integer' | 'number'
    ? number
    : F['multiple'] extends true
      ? string[]
      : F['choices'] extends readonly (infer C)[]
        ? C
        : string;

/** The parsed values of a command's flags, by long name. */
export type FlagValues<Fs extends readonly FlagSpec[]> = { [F in Fs[number] as F['name']]?: FlagValue<F> };

/** `parseArgs`' configuration of a list of flags. */
function parseConfig(flags: readonly FlagSpec[]): NonNullable<ParseArgsConfig['options']> {
  const options: NonNullable<ParseArgsConfig['options']> = {};
  for (const f of flags) {
    options[f.name] = {
      type: f.type === 'boolean' ? 'boolean' : 'string',
      ...(f.short === undefined ? {} : { short: f.short }),
      ...(f.multiple === true ? { multiple: true } : {}),
    };
  }
  return options;
}

/**
 * Parses a command's arguments strictly: unknown flags, missing values and values that break a
 * flag's rule are usage errors naming the flag. Absent flags take their declared default.
 */
export function parseFlags<const Fs extends readonly FlagSpec[]>(args: readonly string[], flags: Fs): { values: FlagValues<Fs>; positionals: string[] } {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...args], allowPositionals: true, strict: true, options: parseConfig(flags) });
  } catch (error) {
    const message = (error as Error).message;
    const unknown = /^Unknown option '--([^']+)'/.exec(message)?.[1];
    const near =
      unknown === undefined
        ? undefined
        : closest(
            unknown,
            flags.map((f) => f.name),
          );
    throw new UsageError(near === undefined ? message : `unknown option --${unknown}: did you mean --${near}?`);
  }
  const values: Record<string, unknown> = {};
  for (const f of flags) {
    const raw = parsed.values[f.name];
    if (raw === undefined) {
      if (f.default !== undefined) values[f.name] = f.default;
    } else if (typeof raw === 'boolean' || Array.isArray(raw)) {
      values[f.name] = raw;
    } else if (typeof raw === 'string') {
      values[f.name] = checkValue(f, raw);
    }
  }
  return { values: values as FlagValues<Fs>, positionals: parsed.positionals };
}

/** A flag's text as its type: the choice, the number, or the text. */
function checkValue(f: FlagSpec, text: string): string | number {
  const flag = `--${f.name}`;
  if (f.type === 'choice') {
    const choices = f.choices ?? [];
    const lower = text.toLowerCase();
    const value = choices.includes(text) ? text : (choices.find((c) => c.toLowerCase() === lower) ?? f.aliases?.[lower]);
    if (value === undefined) throw new UsageError(`${flag}: "${text}" is not one of ${choices.join(', ')}`);
    return value;
  }
  if (f.type === 'integer' || f.type === 'number') {
    const x = Number(text);
    const whole = f.type === 'integer';
    const { min = Number.NEGATIVE_INFINITY, max = Number.POSITIVE_INFINITY } = f;
    if (text.trim() === '' || !Number.isFinite(x) || (whole && !Number.isInteger(x)) || x < min || x > max) {
      const kind = whole ? (min >= 1 ? 'a positive whole number' : 'a whole number') : 'a number';
      const range = Number.isFinite(min) && Number.isFinite(max) ? ` between ${min} and ${max}` : '';
      throw new UsageError(`${flag}: "${text}" is not ${kind}${range}`);
    }
    return x;
  }
  return text;
}

/** The column where help texts start: after the longest `--flag PLACEHOLDER` of every command. */
const HELP_COLUMN = 27;

/** The help lines of a list of flags, aligned. */
export function flagHelp(flags: readonly FlagSpec[]): string {
  const lines: string[] = [];
  for (const f of flags) {
    const head = `  ${f.short === undefined ? '' : `-${f.short}, `}--${f.name}${f.placeholder === undefined ? '' : ` ${f.placeholder}`}`;
    const choices = (f.choices ?? []).map((c) => (c === f.default ? `${c} (default)` : c)).join(' | ');
    const text = f.help.replaceAll('{choices}', choices).replaceAll('{default}', String(f.default ?? ''));
    const [first = '', ...more] = text.split('\n');
    lines.push(head.length < HELP_COLUMN ? `${head.padEnd(HELP_COLUMN)}${first}` : `${head}\n${' '.repeat(HELP_COLUMN)}${first}`);
    for (const line of more) lines.push(`${' '.repeat(HELP_COLUMN)}${line}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The name nearest `word` by edit distance, if it is near enough to be a likely typo. */
function closest(word: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const name of names) {
    const d = editDistance(word, name);
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}
