import { fixed, formatP } from '../_lib/format.js';
import { DIAGNOSIS_LABELS as D, LABELS as L, STANDARDS_LABELS as S, type Lang } from './labels.js';
import type { DiagnosisReport, GapDiagnosis } from '../gaps/diagnose.js';
import { escapeMarkdown } from './escapeMarkdown.js';

function gapSection(g: GapDiagnosis, lang: Lang): string[] {
  const out = [`## ${D.gap[lang](g.gap, g.name[lang])}`, '', g.definition[lang], ''];
  if (!g.measured) {
    out.push(`*${g.notMeasured?.reason[lang] ?? ''}*`, '');
    return out;
  }
  out.push(`${D.severity[lang]}${lang === 'zh' ? '：' : ': '}${fixed((g.severity ?? 0) * 100, 1)}%`, '');
  if (g.observed !== undefined) {
    const o = g.observed;
    const weakest = o.weakest.map((w) => `${w.id} ${fixed(w.rate * 100, 1)}%`).join(', ');
    out.push(escapeMarkdown(S.observedGap3[lang](`${fixed(o.index * 100, 1)}%`, o.visits, o.criticalFailed, weakest)), '');
  }
  if (g.customer !== undefined) {
    const o = g.customer.overall;
    out.push(
      `${D.overall[lang]}${lang === 'zh' ? '：' : ': '}${fixed(o.mean)} (95% CI [${fixed(o.ci95?.[0])}, ${fixed(o.ci95?.[1])}], p ${formatP(o.p).replace(/^(?!<)/, '= ')})`,
      '',
    );
  }
  if (g.dimensions !== undefined) {
    out.push(`| ${L.dimension[lang]} | ${D.customers[lang]} | ${D.managers[lang]} | ${D.difference[lang]} | p (adj.) |`, '|:--|--:|--:|--:|--:|');
    for (const d of g.dimensions) {
      out.push(
        `| ${escapeMarkdown(d.id).replaceAll('|', '\\|')} | ${fixed(d.customer.mean)} | ${fixed(d.management.mean)} | ${fixed(d.difference.mean)}${d.difference.significant ? ' ⚑' : ''} | ${formatP(d.difference.pAdjusted)} |`,
      );
    }
    out.push('', `⚑ ${D.significant[lang]}.`, '');
  }
  if (g.staff !== undefined) {
    out.push(`| ${D.construct[lang]} | ${L.score[lang]} | α |`, '|:--|--:|--:|');
    for (const c of g.staff.constructs)
      out.push(`| ${c.name[lang]}${g.staff.weakest.includes(c) ? ` (${D.weakest[lang]})` : ''} | ${fixed(c.score.mean)} | ${fixed(c.reliability?.alpha, 2)} |`);
    out.push('');
  }
  if (g.remedies.length > 0) out.push(`**${D.remedies[lang]}${lang === 'zh' ? '：' : ':'}**`, ...g.remedies.map((r) => `- ${r[lang]}`), '');
  return out;
}

/** The five-gap report as Markdown, in English or Chinese. */
export function renderDiagnosisMarkdown(report: DiagnosisReport, lang: Lang = 'en'): string {
  const { customers, managers, staff } = report.surveys;
  const out = [`# ${D.title[lang]}`, '', D.surveys[lang](customers, managers, staff), ''];
  for (const g of report.gaps) out.push(...gapSection(g, lang));
  return `${out.join('\n').trimEnd()}\n`;
}
