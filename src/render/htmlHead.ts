import { esc } from './svg.js';
import type { Lang } from './labels.js';

/** The style every report page shares: type, headings, figures, tables and notes. */
const BASE_CSS = `body { font-family: system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 2rem auto; max-width: 1000px; padding: 0 1rem; color: #222; line-height: 1.45; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; border-bottom: 1px solid #ddd; padding-bottom: .2rem; margin-top: 2rem; }
figure { margin: 1.5rem 0; } figcaption { font-size: .9rem; color: #555; }
svg.chart { max-width: 100%; height: auto; }
table { border-collapse: collapse; } th, td { padding: .25rem .6rem; border-bottom: 1px solid #eee; text-align: right; } th[scope=row], thead th:first-child { text-align: left; }
.note { font-size: .85rem; color: #555; } footer { margin-top: 3rem; font-size: .8rem; color: #777; }`;

/**
 * The start of a self-contained report page, up to and including `<body>`: the language, a content
 * security policy that allows no script, no network and no font (inline style and data images only),
 * the escaped title, and the shared style followed by the page's own.
 *
 * @param lang - the page's language
 * @param title - the title, as text (escaped here)
 * @param css - the page's own rules, after the shared ones
 */
export function htmlHead(lang: Lang, title: string, css = ''): string {
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(title)}</title>
<style>
${BASE_CSS}${css === '' ? '' : `\n${css}`}
</style>
</head>
<body>
`;
}
