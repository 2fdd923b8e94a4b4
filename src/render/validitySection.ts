import type { Validity } from '../report/ValiditySchema.js';
import type { LocalizedText } from '../instrument/schema.js';
import { fixed, formatP } from '../_lib/format.js';
import { escapeMarkdown } from './escapeMarkdown.js';
import { type Lang, VALIDITY_LABELS as V } from './labels.js';
import { esc } from './svg.js';

/** One fit index: its value, its good-fit cut-off (Hu & Bentler 1999) and whether it is met. */
interface FitRow {
  name: string;
  value: string;
  cutoff: string;
  met: boolean | null;
}

function fitRows(v: Validity, lang: Lang): FitRow[] {
  const cfa = v.cfa;
  if (cfa === null) return [];
  const atLeast = (x: number | null, cut: number) => (x === null ? null : x >= cut);
  const atMost = (x: number | null, cut: number) => (x === null ? null : x <= cut);
  return [
    { name: V.chisq[lang], value: `${fixed(cfa.chisq, 1)} (${cfa.df}), p ${formatP(cfa.pvalue)}`, cutoff: '–', met: null },
    { name: 'CFI', value: fixed(cfa.cfi, 3), cutoff: '≥ .95', met: atLeast(cfa.cfi, 0.95) },
    { name: 'TLI', value: fixed(cfa.tli, 3), cutoff: '≥ .95', met: atLeast(cfa.tli, 0.95) },
    {
      name: 'RMSEA',
      value: `${fixed(cfa.rmsea, 3)}${cfa.rmseaCi === null ? '' : ` [${fixed(cfa.rmseaCi[0], 3)}, ${fixed(cfa.rmseaCi[1], 3)}]`}`,
      cutoff: '≤ .06',
      met: atMost(cfa.rmsea, 0.06),
    },
    { name: 'SRMR', value: fixed(cfa.srmr, 3), cutoff: '≤ .08', met: atMost(cfa.srmr, 0.08) },
  ];
}

const metWord = (met: boolean | null, lang: Lang) => (met === null ? '' : met ? V.met[lang] : V.notMet[lang]);

/**
 * The Measurement section in Markdown: the fit table with its cut-offs, each dimension's loadings,
 * CR and AVE, the HTMT pairs and the Fornell–Larcker check, and the notes (every cell escaped).
 *
 * @param v - the report's validity
 * @param names - dimension names by id
 * @param lang - the language
 * @returns the section's lines
 */
export function validityMarkdown(v: Validity, names: ReadonlyMap<string, LocalizedText>, lang: Lang): string[] {
  // Names and ids only appear in table cells here, where a "|" would end the cell.
  const cell = (text: string) => escapeMarkdown(text).replaceAll('|', '\\|');
  const name = (id: string) => cell(lang === 'zh' ? (names.get(id)?.zh ?? names.get(id)?.en ?? id) : (names.get(id)?.en ?? id));
  const out = [`## ${V.title[lang]}`, '', V.intro[lang](V.scales[v.scale][lang], v.n), ''];
  out.push(...v.notes.map((note) => `- ${escapeMarkdown(note[lang])}`));
  if (v.notes.length > 0) out.push('');
  const rows = fitRows(v, lang);
  if (rows.length > 0) {
    out.push(`### ${V.fit[lang]}`, '', `| ${V.measure[lang]} | ${V.value[lang]} | ${V.cutoff[lang]} |`, '|---|--:|--:|');
    out.push(...rows.map((r) => `| ${r.name} | ${r.value} | ${`${r.cutoff} ${metWord(r.met, lang)}`.trim()} |`), '');
  }
  if (v.dimensions.length > 0) {
    out.push(`### ${V.convergent[lang]}`, '', `| ${V.dimension[lang]} | ${V.cr[lang]} | ${V.ave[lang]} | ${V.loadings[lang]} |`, '|---|--:|--:|---|');
    out.push(
      ...v.dimensions.map(
        (d) => `| ${name(d.id)} | ${fixed(d.cr, 2)} | ${fixed(d.ave, 2)} | ${d.loadings.map((l) => `${cell(l.id)}: ${fixed(l.std, 2)}`).join(', ')} |`,
      ),
      '',
    );
  }
  if (v.htmt.length > 0) {
    out.push(`### ${V.htmt[lang]}`, '', `| ${V.pair[lang]} | HTMT | ${V.correlation[lang]} | ${V.fornellLarcker[lang]} |`, '|---|--:|--:|---|');
    v.htmt.forEach((h, i) => {
      const fl = v.fornellLarcker[i];
      const flag = h.above90 ? ' **> .90**' : h.above85 ? ' **> .85**' : '';
      out.push(
        `| ${name(h.a)} – ${name(h.b)} | ${fixed(h.value, 2)}${flag} | ${fl === undefined ? '–' : fixed(fl.correlation, 2)} | ${fl === undefined ? '–' : fl.holds ? V.holds[lang] : V.fails[lang]} |`,
      );
    });
    out.push('');
  }
  out.push(V.cutoffNote[lang], '');
  return out;
}

/** A cell colour for an HTMT value: white at 0, deepening to red at 1 and above, so flagged pairs stand out. */
function heat(value: number | null): string {
  if (value === null) return '#fff';
  const t = Math.max(0, Math.min(1, value));
  const channel = Math.round(255 - t * t * 175);
  return `rgb(255,${channel},${channel})`;
}

/**
 * The Measurement section as HTML: the fit table with the usual cut-offs named, the dimensions'
 * loadings, CR and AVE, the HTMT matrix as a heat map (pairs above .85 outlined), the
 * Fornell–Larcker check, and the notes.
 *
 * @param v - the report's validity
 * @param names - dimension names by id
 * @param lang - the language
 * @returns the `<section>`
 */
export function validityHtml(v: Validity, names: ReadonlyMap<string, LocalizedText>, lang: Lang): string {
  const name = (id: string) => esc(lang === 'zh' ? (names.get(id)?.zh ?? names.get(id)?.en ?? id) : (names.get(id)?.en ?? id));
  const parts = [`<section id="measurement"><h2>${esc(V.title[lang])}</h2><p>${esc(V.intro[lang](V.scales[v.scale][lang], v.n))}</p>`];
  if (v.notes.length > 0) parts.push(`<ul class="validity-notes">${v.notes.map((n) => `<li>${esc(n[lang])}</li>`).join('')}</ul>`);
  const rows = fitRows(v, lang);
  if (rows.length > 0) {
    parts.push(
      `<h3>${esc(V.fit[lang])}</h3><div class="scroll"><table><thead><tr><th>${esc(V.measure[lang])}</th><th>${esc(V.value[lang])}</th><th>${esc(V.cutoff[lang])}</th></tr></thead><tbody>${rows
        .map((r) => `<tr><th scope="row">${esc(r.name)}</th><td>${esc(r.value)}</td><td>${esc(`${r.cutoff} ${metWord(r.met, lang)}`.trim())}</td></tr>`)
        .join('')}</tbody></table></div>`,
    );
  }
  if (v.dimensions.length > 0) {
    parts.push(
      `<h3>${esc(V.convergent[lang])}</h3><div class="scroll"><table><thead><tr><th>${esc(V.dimension[lang])}</th><th>${esc(V.cr[lang])}</th><th>${esc(V.ave[lang])}</th><th class="text">${esc(V.loadings[lang])}</th></tr></thead><tbody>${v.dimensions
        .map(
          (d) =>
            `<tr><th scope="row">${name(d.id)}</th><td>${fixed(d.cr, 2)}</td><td>${fixed(d.ave, 2)}</td><td class="text">${d.loadings.map((l) => `${esc(l.id)}: ${fixed(l.std, 2)}`).join(', ')}</td></tr>`,
        )
        .join('')}</tbody></table></div>`,
    );
  }
  if (v.htmt.length > 0) {
    const ids = [...new Set(v.htmt.flatMap((h) => [h.a, h.b]))];
    const at = new Map(v.htmt.map((h) => [`${h.a}\u0000${h.b}`, h]));
    const cell = (a: string, b: string) => {
      if (a === b) return '<td>–</td>';
      const h = at.get(`${a}\u0000${b}`) ?? at.get(`${b}\u0000${a}`);
      if (h === undefined) return '<td></td>';
      const outline = h.above85 ? ';outline:2px solid #b00;outline-offset:-2px;font-weight:600' : '';
      return `<td style="background:${heat(h.value)}${outline}">${fixed(h.value, 2)}</td>`;
    };
    parts.push(
      `<h3>${esc(V.htmt[lang])}</h3><div class="scroll"><table class="htmt"><thead><tr><th></th>${ids.map((id) => `<th>${name(id)}</th>`).join('')}</tr></thead><tbody>${ids
        .map((a) => `<tr><th scope="row">${name(a)}</th>${ids.map((b) => cell(a, b)).join('')}</tr>`)
        .join('')}</tbody></table></div>`,
    );
  }
  if (v.fornellLarcker.length > 0) {
    parts.push(
      `<h3>${esc(V.fornellLarcker[lang])}</h3><div class="scroll"><table><thead><tr><th>${esc(V.pair[lang])}</th><th>${esc(V.correlation[lang])}</th><th>√AVE</th><th></th></tr></thead><tbody>${v.fornellLarcker
        .map(
          (f) =>
            `<tr><th scope="row">${name(f.a)} – ${name(f.b)}</th><td>${fixed(f.correlation, 2)}</td><td>${fixed(f.sqrtAveA, 2)} / ${fixed(f.sqrtAveB, 2)}</td><td>${esc(f.holds ? V.holds[lang] : V.fails[lang])}</td></tr>`,
        )
        .join('')}</tbody></table></div>`,
    );
  }
  parts.push(`<p class="note">${esc(V.cutoffNote[lang])}</p></section>`);
  return parts.join('');
}
