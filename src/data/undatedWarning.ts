import type { DataIssue } from '../errors.js';
import { guessDateFormat } from './guessDateFormat.js';

/** What {@link undatedWarning} is told: the date column and how many used rows it left undated. */
export interface UndatedCount {
  /** The date column as named in the file. */
  column: string;
  /** Rows used. */
  used: number;
  /** Used rows without a readable date: left out of the periods only. */
  undated: number;
  /** The data-quality log's kept issues: its `E_DATE` ones are the sample of unread values. */
  issues: readonly DataIssue[];
  /** Warn when more than this share of the used rows is undated (`DEFAULTS.maxUndatedShare`). */
  maxShare: number;
}

/** The warning of a date column that left many rows out of the periods, in English and Chinese. */
export interface UndatedWarning {
  code: 'UNDATED';
  message: { en: string; zh: string };
}

const quote = (patterns: readonly string[], and: string): string => {
  const q = patterns.map((p) => `"${p}"`);
  return q.length <= 1 ? (q[0] ?? '') : `${q.slice(0, -1).join(', ')} ${and} ${q[q.length - 1] as string}`;
};

/**
 * A warning when more than a small share of the used rows has no readable date: it names the column,
 * shows an unread value and its row, and says which `--date-format` reads the unread values (tried on
 * the `E_DATE` issues the log kept, so only on undated values, and the same for any thread count, as
 * the log is). Two formats that both read them (day first, month first) are named, neither picked.
 *
 * @returns the warning, or `null` when the undated share is at most `maxShare` (or no row was used)
 *
 * @example
 * undatedWarning({ column: 'date', used: 10, undated: 0, issues: [], maxShare: 0.05 })
 * //=> null
 */
export function undatedWarning(count: UndatedCount): UndatedWarning | null {
  const { column, used, undated, maxShare } = count;
  if (used === 0 || undated / used <= maxShare) return null;
  const unread = count.issues.filter((i) => i.code === 'E_DATE' && i.row > 0 && i.column === column && i.value !== null);
  const percent = Math.round((100 * undated) / used);
  const en = `${column}: ${undated} of ${used} rows (${percent}%) have no date servqual can read, and are left out of the periods`;
  const zh = `${column}：${used} 行中有 ${undated} 行（${percent}%）没有可读取的日期，未计入各期`;
  const first = unread[0];
  if (first === undefined) {
    return { code: 'UNDATED', message: { en: `${en}; their date cells are blank`, zh: `${zh}；这些行的日期单元格为空` } };
  }
  const example = { en: `; e.g. "${first.value}" (row ${first.row})`, zh: `；例如第 ${first.row} 行的“${first.value}”` };
  const values = unread.map((i) => i.value as string);
  const tried = new Set(values).size;
  const guess = guessDateFormat(values);
  let hint: { en: string; zh: string };
  if (guess.format !== null) {
    hint = {
      en: `. --date-format "${guess.format}" reads ${tried === 1 ? 'it' : `the ${tried} values tried`}`,
      zh: `。--date-format "${guess.format}" 可以读取${tried === 1 ? '该值' : `所检查的 ${tried} 个值`}`,
    };
  } else if (guess.formats.length > 1) {
    hint = {
      en: `. ${quote(guess.formats, 'and')} ${guess.formats.length === 2 ? 'both' : 'all'} read ${tried === 1 ? 'it' : `the ${tried} values tried`}, which do not tell them apart (day or month first?): give the one the file uses with --date-format`,
      zh: `。${quote(guess.formats, '和')} 都能读取${tried === 1 ? '该值' : `所检查的 ${tried} 个值`}，无法据此区分（日在前还是月在前？）：请用 --date-format 指定文件所用的格式`,
    };
  } else {
    hint = {
      en: `. No common format reads ${tried === 1 ? 'it' : 'them all'}: give the file's date-fns pattern with --date-format (e.g. "dd.MM.yyyy")`,
      zh: `。常见格式都无法读取：请用 --date-format 给出文件的 date-fns 格式（如 "dd.MM.yyyy"）`,
    };
  }
  return { code: 'UNDATED', message: { en: en + example.en + hint.en, zh: zh + example.zh + hint.zh } };
}
