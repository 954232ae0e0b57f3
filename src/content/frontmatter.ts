/**
 * Front matter with positions: the YAML between the opening `---` lines of an
 * MDX file, parsed so that every field can be traced back to its line.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

export interface PositionedYaml {
  data: unknown;
  /** The file line of the YAML at a field path; the nearest parent's line when the field is absent. */
  lineOf(path: readonly PropertyKey[]): number;
  /** YAML syntax errors, with their file lines. */
  errors: { line: number; message: string }[];
}

export interface FrontMatter extends PositionedYaml {
  /** The file line where the body starts. */
  bodyLine: number;
  body: string;
}

const fence = /^---\r?\n([\s\S]*?)\r?\n---\r?(?:\n|$)/;

/** Splits and parses an MDX file's front matter; `undefined` when the file has none. */
export function readFrontMatter(source: string): FrontMatter | undefined {
  const match = fence.exec(source);
  if (!match) return undefined;
  return {
    ...parseYaml(match[1], 2), // the YAML begins on the line after the opening `---`
    bodyLine: match[0].split('\n').length,
    body: source.slice(match[0].length),
  };
}

/** Parses YAML that starts at `firstLine` of its file, keeping positions. */
export function parseYaml(text: string, firstLine = 1): PositionedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  return {
    data: doc.toJS(),
    lineOf: (path) => lineAt(offsetOf(doc, path)),
    errors: doc.errors.map((error) => ({ line: lineAt(error.pos[0]), message: error.message.split('\n')[0] })),
  };
}

/** The offset of the key (or item) at a path, walking down as far as the path exists. */
function offsetOf(doc: Document, path: readonly PropertyKey[]): number {
  let node: Node | null | undefined = doc.contents as Node | null;
  let offset = node?.range?.[0] ?? 0;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === step);
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof step === 'number' && node.items[step]) {
      node = node.items[step] as Node;
      offset = node.range?.[0] ?? offset;
    } else break;
  }
  return offset;
}
