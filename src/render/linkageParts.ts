import { fixed, formatP, interval } from '../_lib/format.js';
import type { LinkageReport, LinkPair, LinkSide } from '../link/linkUnits.js';
import { LINK_LABELS as L, nameIn, type Lang } from './labels.js';

/** How many staff–customer links the Markdown and HTML tables show (the JSON and CSV have all). */
export const LINKS_SHOWN = 20;

/**
 * The cells of the linkage's tables, as text for the page (not yet escaped), shared by the Markdown
 * and HTML renderers: the links shown (the strongest staff–customer links by |r|, then every
 * customer–business link), the units, and the lines of the units left out.
 *
 * @param report - a report of `linkUnits`
 * @param lang - `en` or `zh`
 * @returns the headers and rows of each table
 */
export function linkageTables(report: LinkageReport, lang: Lang) {
  const names = new Map<string, string>(
    (Object.keys(report.measures) as LinkSide[]).flatMap((side) =>
      report.measures[side].map((m) => [`${side}:${m.id}`, m.id === 'overall' ? L.overall[lang] : nameIn(m.name, lang)] as const),
    ),
  );
  const measure = (side: LinkSide, id: string): string => `${names.get(`${side}:${id}`) ?? id} (${L.sides[side][lang]})`;
  const strength = (p: LinkPair): number => (p.r === null ? -1 : Math.abs(p.r));
  const staffLinks = report.pairs.filter((p) => p.from.side === 'staff').sort((a, b) => strength(b) - strength(a));
  const shown = [...staffLinks.slice(0, LINKS_SHOWN), ...report.pairs.filter((p) => p.from.side !== 'staff')];
  const links = {
    header: [L.from[lang], L.to[lang], L.unitCount[lang], 'r', '95% CI', 'ρ', 'p', L.slope[lang]],
    rows: shown.map((p) => [
      measure(p.from.side, p.from.id),
      measure(p.to.side, p.to.id),
      String(p.units),
      fixed(p.r),
      interval(p.ci95),
      fixed(p.rho),
      formatP(p.p),
      fixed(p.slope, 3),
    ]),
    note: staffLinks.length > LINKS_SHOWN ? L.linksShown[lang](LINKS_SHOWN, staffLinks.length) : null,
  };
  const business = report.measures.business;
  const units = {
    header: [
      L.unit[lang],
      L.staffN[lang],
      L.customerN[lang],
      L.staffOverall[lang],
      L.customersOverall[lang],
      ...business.map((b) => nameIn(b.name, lang)),
      L.bothBelow[lang],
    ],
    rows: report.units.map((u) => [
      u.unit,
      String(u.staffN),
      String(u.customerN),
      fixed(u.staff.overall),
      fixed(u.customers.overall),
      ...business.map((b) => fixed(u.business[b.id] ?? null)),
      u.bothBelowMedian ? L.yes[lang] : '',
    ]),
  };
  const excluded = report.excluded.map((e) => {
    const reason = e.code === 'SMALL' ? L.reasons.SMALL[lang](report.minUnit) : L.reasons[e.code][lang];
    return L.excludedLine[lang](e.unit, reason, e.staffN === null ? '–' : String(e.staffN), e.customerN === null ? '–' : String(e.customerN));
  });
  return { links, units, excluded };
}
