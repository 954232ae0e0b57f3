/** Where a map's labels go so that they neither overlap each other nor leave the frame. */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  /** The label's lines, first to last. */
  lines: string[];
  /** The point labelled, in the viewBox. */
  at: [number, number];
  /** The radius of the point's marker. */
  radius: number;
  fontSize: number;
}

export interface PlacedLabel {
  /** The first line's anchor point and alignment, as SVG `<text x y text-anchor>` takes them. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

/** An estimate of a text's width: Be Vietnam Pro averages a little over half an em per character. */
export const textWidth = (text: string, fontSize: number): number => text.length * fontSize * 0.6;

/** A text broken into lines of at most `maxChars` characters, at spaces (a longer word keeps its own line). */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

const overlap = (a: Box, b: Box): number =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

const outside = (box: Box, frame: Box): number => box.width * box.height - overlap(box, frame);

/** The distance from one line's baseline to the next. */
export const lineHeight = (fontSize: number): number => fontSize * 1.15;

/** The positions tried around a point, in order of preference: right, left, above, below, then diagonals. */
function candidates({ lines, at: [px, py], radius, fontSize }: LabelRequest): PlacedLabel[] {
  const width = Math.max(...lines.map((line) => textWidth(line, fontSize)));
  const height = fontSize + lineHeight(fontSize) * (lines.length - 1);
  const gap = radius + 2;
  // Baselines of the first line: centred on the point, wholly above it, wholly below it.
  const centred = py + fontSize * 0.35 - (height - fontSize) / 2;
  const above = py - gap - 1 - (height - fontSize);
  const below = py + gap + fontSize * 0.8;
  const place = (x: number, y: number, anchor: PlacedLabel['anchor']): PlacedLabel => {
    const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
    return { x, y, anchor, box: { x: left, y: y - fontSize * 0.8, width, height } };
  };
  return [
    place(px + gap, centred, 'start'),
    place(px - gap, centred, 'end'),
    place(px, above, 'middle'),
    place(px, below, 'middle'),
    place(px + gap, above + fontSize * 0.4, 'start'),
    place(px + gap, below - fontSize * 0.4, 'start'),
    place(px - gap, above + fontSize * 0.4, 'end'),
    place(px - gap, below - fontSize * 0.4, 'end'),
  ];
}

/**
 * Places labels one after another, each at the first position that overlaps
 * nothing placed before, no obstacle (markers, other texts) and stays in the
 * frame, else at the position that overlaps least.
 */
export function placeLabels(requests: LabelRequest[], obstacles: Box[], frame: Box): PlacedLabel[] {
  const taken = boxGrid();
  obstacles.forEach(taken.add);
  return requests.map((request) => {
    let best: { label: PlacedLabel; cost: number } | undefined;
    for (const label of candidates(request)) {
      const cost = taken.overlap(label.box) + 4 * outside(label.box, frame);
      if (!best || cost < best.cost) best = { label, cost };
      if (cost === 0) break;
    }
    taken.add(best!.label.box);
    return best!.label;
  });
}

/**
 * Boxes filed under the cells of a grid they cover. The map of every
 * destination labels a thousand points on a large site: each label is
 * measured against the boxes near it, not against every box placed.
 */
function boxGrid(cellSize = 24) {
  const boxes: Box[] = [];
  const cells = new Map<string, number[]>();
  // Which query last counted each box: a box filed under several cells is counted once.
  const countedBy: number[] = [];
  let query = 0;
  const cellsOf = (box: Box): string[] => {
    const keys: string[] = [];
    for (let column = Math.floor(box.x / cellSize); column <= Math.floor((box.x + box.width) / cellSize); column++) {
      for (let row = Math.floor(box.y / cellSize); row <= Math.floor((box.y + box.height) / cellSize); row++) keys.push(`${column},${row}`);
    }
    return keys;
  };
  return {
    add(box: Box): void {
      const index = boxes.push(box) - 1;
      for (const key of cellsOf(box)) {
        const filed = cells.get(key);
        if (filed) filed.push(index);
        else cells.set(key, [index]);
      }
    },
    /** The area `box` shares with the boxes added, summed in the order they were added (as over every box: the same number). */
    overlap(box: Box): number {
      query++;
      const near: number[] = [];
      for (const key of cellsOf(box)) {
        for (const index of cells.get(key) ?? []) {
          if (countedBy[index] !== query) {
            countedBy[index] = query;
            near.push(index);
          }
        }
      }
      return near.sort((a, b) => a - b).reduce((sum, index) => sum + overlap(box, boxes[index]), 0);
    },
  };
}
