// Where a scatter plot's point labels go: beside their point where there is room, further away with a
// leader line where there is not, never over another label, a point or a reserved box, never outside
// the plot frame. Deterministic: the same points give the same places, so a report's bytes do not change.

/** A rectangle in SVG user units: top-left corner, width and height. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A label to place: the point it names (its centre) and the size of its text. */
export interface LabelRequest {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a label went: its box, and whether it sits away from its point (then draw a leader line); `box` is `null` when no room was left. */
export interface PlacedLabel {
  box: Box | null;
  displaced: boolean;
}

/** Options of {@link placeLabels}. */
export interface PlaceLabelsOptions {
  /** Radius of each point's marker: labels keep off every marker. Default 6. */
  marker?: number;
  /** Space between a marker and a label beside it. Default 3. */
  gap?: number;
  /** Boxes no label may cover (quadrant names, a legend). */
  reserved?: readonly Box[];
}

/** Whether two boxes share any area (touching edges do not). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Whether `inner` lies wholly within `outer`. */
export function inside(inner: Box, outer: Box): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/**
 * About how wide a line of text is drawn: CJK and full-width characters one em, others 0.62 em (a
 * little over DejaVu Sans' and Arial's average, so the estimate errs wide). The placer needs only a
 * box at least as large as the text, never the exact glyphs.
 *
 * @param text - The label.
 * @param fontSize - Its font size in user units.
 * @returns The estimated width in user units.
 * @example
 * [textWidth('Reliability', 12), textWidth('可靠性', 12)]
 * //=> [81.84, 36]
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      c >= 0x20000;
    ems += wide ? 1 : 0.62;
  }
  return Math.round(ems * fontSize * 100) / 100;
}

/**
 * Places point labels inside a frame so that no two labels overlap, no label covers a point's marker
 * or a reserved box, and every label lies wholly inside the frame. Labels are placed in the order
 * given. Each first tries the eight places around its marker (right, left, above, below, then the
 * corners); where none is free it takes the free place nearest its point, searched on rings of growing
 * radius, and is marked `displaced` (the chart then draws a leader line). A label with no free place
 * anywhere gets `box: null`: the chart leaves it out rather than draw it over another, and the point
 * keeps its name in its tooltip and in the chart's text alternative.
 *
 * @param labels - The points and the sizes of their labels, in user units.
 * @param frame - The box every label must stay inside (the plot area).
 * @param options - `marker` radius, `gap` beside the marker, `reserved` boxes.
 * @returns One placement per label, in the order given.
 * @example
 * const frame = { x: 0, y: 0, width: 200, height: 100 };
 * placeLabels([{ x: 20, y: 50, width: 40, height: 14 }, { x: 190, y: 50, width: 40, height: 14 }], frame).map((p) => p.box?.x)
 * //=> [29, 141]
 */
export function placeLabels(labels: readonly LabelRequest[], frame: Box, options: PlaceLabelsOptions = {}): PlacedLabel[] {
  const r = options.marker ?? 6;
  const gap = options.gap ?? 3;
  const taken: Box[] = [...(options.reserved ?? []), ...labels.map((l) => ({ x: l.x - r, y: l.y - r, width: 2 * r, height: 2 * r }))];
  const free = (b: Box): boolean => inside(b, frame) && taken.every((t) => !overlaps(b, t));
  const reach = Math.hypot(frame.width, frame.height);
  return labels.map((l) => {
    const { width: w, height: h } = l;
    const d = r + gap;
    const beside: Box[] = [
      { x: l.x + d, y: l.y - h / 2, width: w, height: h },
      { x: l.x - d - w, y: l.y - h / 2, width: w, height: h },
      { x: l.x - w / 2, y: l.y - d - h, width: w, height: h },
      { x: l.x - w / 2, y: l.y + d, width: w, height: h },
      { x: l.x + d * 0.7, y: l.y - d * 0.7 - h, width: w, height: h },
      { x: l.x - d * 0.7 - w, y: l.y - d * 0.7 - h, width: w, height: h },
      { x: l.x + d * 0.7, y: l.y + d * 0.7, width: w, height: h },
      { x: l.x - d * 0.7 - w, y: l.y + d * 0.7, width: w, height: h },
    ];
    let box = beside.find(free);
    let displaced = false;
    // Rings 4 units apart, points on each about 4 units apart along the ring: the nearest free place
    // to within a few units; the box is centred on the ring point.
    for (let radius = d + 4; box === undefined && radius <= reach + Math.max(w, h); radius += 4) {
      const steps = Math.max(8, Math.ceil((2 * Math.PI * radius) / 4));
      for (let k = 0; k < steps; k++) {
        const a = (2 * Math.PI * k) / steps;
        const b = { x: l.x + radius * Math.cos(a) - w / 2, y: l.y + radius * Math.sin(a) - h / 2, width: w, height: h };
        if (free(b)) {
          box = b;
          displaced = true;
          break;
        }
      }
    }
    if (box === undefined) return { box: null, displaced: false };
    taken.push(box);
    return { box, displaced };
  });
}

/**
 * Where a leader line from a point to its displaced label ends: the point of the label's box nearest
 * the point.
 *
 * @param x - The point's x.
 * @param y - The point's y.
 * @param box - The label's box.
 * @returns The end of the leader on the box's edge.
 * @example
 * nearestOnBox(0, 0, { x: 10, y: -5, width: 20, height: 10 })
 * //=> { x: 10, y: 0 }
 */
export function nearestOnBox(x: number, y: number, box: Box): { x: number; y: number } {
  return { x: Math.min(Math.max(x, box.x), box.x + box.width), y: Math.min(Math.max(y, box.y), box.y + box.height) };
}
