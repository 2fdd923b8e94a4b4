import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inside, overlaps, placeLabels, textWidth, type Box } from '../src/render/placeLabels.js';
import { ipaChart } from '../src/render/svg.js';

// Issue 17: the IPA chart's labels ran past the plot frame and over each other. The placer's promise,
// checked on many generated point sets: no two label boxes overlap, no label covers a point's marker
// or a reserved box, every label lies inside the frame. Labels of any width are asked for (a class
// suffix such as "Reliability · basic" is coming), Latin and Chinese.

const FRAME: Box = { x: 70, y: 30, width: 460, height: 330 }; // the IPA chart's plot area
const words = [
  'Tangibles',
  'Reliability',
  'Responsiveness',
  'Assurance',
  'Empathy',
  '有形性',
  '可靠性',
  '响应性',
  'Reliability · basic',
  'Online booking and payment · attractive',
  'A',
];
const label = fc.oneof(fc.constantFrom(...words), fc.string({ minLength: 1, maxLength: 24 }));
const point = fc.record({
  x: fc.double({ min: FRAME.x, max: FRAME.x + FRAME.width, noNaN: true }),
  y: fc.double({ min: FRAME.y, max: FRAME.y + FRAME.height, noNaN: true }),
  label,
});

function markers(points: ReadonlyArray<{ x: number; y: number }>, r = 6): Box[] {
  return points.map((p) => ({ x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r }));
}

describe('placeLabels', () => {
  it('never overlaps, never covers a marker or a reserved box, never leaves the frame; places all of up to 10 labels', () => {
    const reserved: Box[] = [{ x: 76, y: 33, width: 90, height: 14 }];
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 10 }), (pts) => {
        const placed = placeLabels(
          pts.map((p) => ({ x: p.x, y: p.y, width: textWidth(p.label, 12), height: 15 })),
          FRAME,
          { reserved },
        );
        const boxes = placed.map((p) => p.box);
        // up to 10 labels of at most 24 wide characters always find room in a 460 × 330 frame
        expect(boxes.every((b) => b !== null)).toBe(true);
        const real = boxes.filter((b): b is Box => b !== null);
        for (const [i, b] of real.entries()) {
          expect(inside(b, FRAME)).toBe(true);
          for (const other of real.slice(i + 1)) expect(overlaps(b, other)).toBe(false);
          for (const m of [...markers(pts), ...reserved]) expect(overlaps(b, m)).toBe(false);
        }
      }),
      { numRuns: 300, seed: 17 },
    );
  });

  it('is deterministic, and puts a label right of its point when there is room', () => {
    const req = [{ x: 100, y: 100, width: 50, height: 15 }];
    const a = placeLabels(req, FRAME);
    expect(placeLabels(req, FRAME)).toEqual(a);
    // marker radius 6 + gap 3 to the right, centred on the point: 100 + 9, 100 − 15/2
    expect(a[0]).toEqual({ box: { x: 109, y: 92.5, width: 50, height: 15 }, displaced: false });
  });

  it('gives up on a label, rather than overlap, when the frame has no room', () => {
    // Markers at x 5 and 95 (radius 6) leave 11 to 89 free: the first label takes 14 to 54, leaving 35 units, too few for a second 40.
    const small: Box = { x: 0, y: 0, width: 100, height: 20 };
    const placed = placeLabels(
      [
        { x: 5, y: 10, width: 40, height: 15 },
        { x: 95, y: 10, width: 40, height: 15 },
      ],
      small,
    );
    expect(placed[0]).toEqual({ box: { x: 14, y: 2.5, width: 40, height: 15 }, displaced: false });
    expect(placed[1]).toEqual({ box: null, displaced: false });
  });
});

/** The boxes of an SVG's <text> elements whose content is one of `labels`: x to x + estimated width, baseline − 12 to baseline + 3. */
function labelBoxes(svg: string, labels: readonly string[]): Box[] {
  const out: Box[] = [];
  for (const m of svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)) {
    const text = (m[2] ?? '').replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&#39;', "'");
    if (!labels.includes(text)) continue;
    const x = Number(/ x="([^"]+)"/.exec(m[1] ?? '')?.[1]);
    const y = Number(/ y="([^"]+)"/.exec(m[1] ?? '')?.[1]);
    const anchor = /text-anchor="(\w+)"/.exec(m[1] ?? '')?.[1];
    const w = textWidth(text, 12);
    out.push({ x: anchor === 'end' ? x - w : anchor === 'middle' ? x - w / 2 : x, y: y - 12, width: w, height: 15 });
  }
  return out;
}

describe('ipaChart labels', () => {
  it('stay inside the plot frame and apart, for many generated charts', () => {
    const dims = fc.uniqueArray(fc.constantFrom(...words.filter((w) => w !== 'A')), { minLength: 2, maxLength: 8 });
    fc.assert(
      fc.property(
        dims,
        fc.array(fc.double({ min: 1, max: 7, noNaN: true }), { minLength: 8, maxLength: 8 }),
        fc.array(fc.double({ min: 0.02, max: 0.5, noNaN: true }), { minLength: 8, maxLength: 8 }),
        (names, xs, ys) => {
          const points = names.map((label, i) => ({ label, x: xs[i] ?? 4, y: ys[i] ?? 0.2 }));
          const svg = ipaChart(
            'c',
            't',
            'd',
            points,
            { x: 4, y: 0.2 },
            { x: 'P', y: 'I', quadrants: ['concentrate here', 'keep up the good work', 'low priority', 'possible overkill'] },
          );
          const frame = /<rect x="(\d+)" y="(\d+)" width="(\d+)" height="(\d+)" fill="none"/.exec(svg);
          const plot: Box = { x: Number(frame?.[1]), y: Number(frame?.[2]), width: Number(frame?.[3]), height: Number(frame?.[4]) };
          const boxes = labelBoxes(svg, names);
          expect(boxes).toHaveLength(names.length);
          for (const [i, b] of boxes.entries()) {
            expect(inside(b, plot), `${names[i]} inside the frame`).toBe(true);
            for (const other of boxes.slice(i + 1)) expect(overlaps(b, other)).toBe(false);
          }
        },
      ),
      { numRuns: 100, seed: 4 },
    );
  });
});
