import { fixed } from '../_lib/format.js';
import type { JourneyReport } from '../journey/journey.js';

const pct = (x: number): string => `${fixed(x * 100, 1)}%`;

/** A journey report as Markdown, in English or Chinese. */
export function renderJourneyMarkdown(report: JourneyReport, lang: 'en' | 'zh' = 'en'): string {
  const zh = lang === 'zh';
  const lines = [
    zh ? '# 关键时刻：服务旅程满意度' : '# Moments of truth: the service journey',
    '',
    zh
      ? `全程满意的顾客比例为 ${pct(report.satisfaction)}（各环节满意率之积）。最薄弱的环节是「${report.weakest}」。`
      : `${pct(report.satisfaction)} of customers are satisfied at every stage (the product of the stage shares). The weakest stage is "${report.weakest}".`,
    '',
    zh ? `| 环节 | 满意率 | 若提升至 ${pct(report.target)} | 增益 |` : `| Stage | Satisfied | If raised to ${pct(report.target)} | Gain |`,
    '|:--|--:|--:|--:|',
    ...report.stages.map((s) => `| ${s.stage.replaceAll('|', '\\|')} | ${pct(s.satisfied)} | ${pct(s.ifRaised)} | ${s.gain > 0 ? '+' : ''}${fixed(s.gain * 100, 1)} pp |`),
    '',
  ];
  return lines.join('\n');
}
