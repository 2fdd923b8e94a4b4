import { fixed, formatP } from '../_lib/format.js';
import type { Lang } from './labels.js';
import type { DiagnosisReport, GapDiagnosis } from '../gaps/diagnose.js';


const L = {
  title: { en: '# Five-gap diagnosis of service quality', zh: '# 服务质量差距模型诊断' },
  surveys: {
    en: (r: DiagnosisReport) =>
      `Surveys: ${r.surveys.customers} customers; ${r.surveys.managers === null ? 'no management survey' : `${r.surveys.managers} managers`}; ${r.surveys.staff === null ? 'no staff survey' : `${r.surveys.staff} staff`}. Gaps are ordered by severity, widest first.`,
    zh: (r: DiagnosisReport) =>
      `调查样本：顾客 ${r.surveys.customers} 人；${r.surveys.managers === null ? '无管理层调查' : `管理者 ${r.surveys.managers} 人`}；${r.surveys.staff === null ? '无员工调查' : `员工 ${r.surveys.staff} 人`}。各差距按严重程度由大到小排列。`,
  },
  severity: { en: 'Severity', zh: '严重程度' },
  remedies: { en: 'What to do', zh: '改进建议' },
  weakest: { en: 'Weakest', zh: '最薄弱' },
  overall: { en: 'Overall SERVQUAL gap (P − E)', zh: '总体 SERVQUAL 差距（P − E）' },
  dimension: { en: 'Dimension', zh: '维度' },
  customers: { en: 'Customers', zh: '顾客' },
  managers: { en: 'Managers', zh: '管理者' },
  difference: { en: 'Difference', zh: '差异' },
  construct: { en: 'Construct', zh: '构念' },
  score: { en: 'Score', zh: '得分' },
  significant: { en: 'managers misjudge what customers expect', zh: '管理者对顾客期望的判断有偏差' },
};

function gapSection(g: GapDiagnosis, lang: Lang): string[] {
  const out = [`## ${lang === 'zh' ? `差距 ${g.gap}：${g.name.zh}` : `Gap ${g.gap}: ${g.name.en}`}`, '', g.definition[lang], ''];
  if (!g.measured) {
    out.push(`*${g.notMeasured?.reason[lang] ?? ''}*`, '');
    return out;
  }
  out.push(`${L.severity[lang]}${lang === 'zh' ? '：' : ': '}${fixed((g.severity ?? 0) * 100, 1)}%`, '');
  if (g.customer !== undefined) {
    const o = g.customer.overall;
    out.push(`${L.overall[lang]}${lang === 'zh' ? '：' : ': '}${fixed(o.mean)} (95% CI [${fixed(o.ci95?.[0])}, ${fixed(o.ci95?.[1])}], p ${formatP(o.p).replace(/^(?!<)/, '= ')})`, '');
  }
  if (g.dimensions !== undefined) {
    out.push(`| ${L.dimension[lang]} | ${L.customers[lang]} | ${L.managers[lang]} | ${L.difference[lang]} | p (adj.) |`, '|:--|--:|--:|--:|--:|');
    for (const d of g.dimensions) {
      out.push(`| ${d.id} | ${fixed(d.customer.mean)} | ${fixed(d.management.mean)} | ${fixed(d.difference.mean)}${d.difference.significant ? ' ⚑' : ''} | ${formatP(d.difference.pAdjusted)} |`);
    }
    out.push('', `⚑ ${L.significant[lang]}.`, '');
  }
  if (g.staff !== undefined) {
    out.push(`| ${L.construct[lang]} | ${L.score[lang]} | α |`, '|:--|--:|--:|');
    for (const c of g.staff.constructs) out.push(`| ${c.name[lang]}${g.staff.weakest.includes(c) ? ` (${L.weakest[lang]})` : ''} | ${fixed(c.score.mean)} | ${fixed(c.reliability?.alpha, 2)} |`);
    out.push('');
  }
  if (g.remedies.length > 0) out.push(`**${L.remedies[lang]}${lang === 'zh' ? '：' : ':'}**`, ...g.remedies.map((r) => `- ${r[lang]}`), '');
  return out;
}

/** The five-gap report as Markdown, in English or Chinese. */
export function renderDiagnosisMarkdown(report: DiagnosisReport, lang: Lang = 'en'): string {
  const out = [L.title[lang], '', L.surveys[lang](report), ''];
  for (const g of report.gaps) out.push(...gapSection(g, lang));
  return `${out.join('\n').trimEnd()}\n`;
}
