/**
 * The body of an MDX file as a Markdown syntax tree (mdast, parsed by Sätteri
 * like the build does), with the few walks the content check needs.
 */
import { mdxToMdast } from 'satteri';

export interface BodyNode {
  type: string;
  children?: BodyNode[];
  value?: unknown;
  /** JSX elements: the tag name (`Figure`, `span`), `null` for a fragment. */
  name?: string | null;
  attributes?: BodyAttribute[];
  url?: string;
  depth?: number;
  position?: { start: { line: number } };
}

export type BodyAttribute =
  | { type: 'mdxJsxAttribute'; name: string; value?: string | null | { type: string; value: string } }
  | { type: 'mdxJsxExpressionAttribute'; value: string };

/** A finding in a body, at a line of the body (1 = the first line after the front matter). */
export interface BodyFinding {
  line: number;
  field?: string;
  message: string;
  fix: string;
}

export type ParsedBody = { tree: BodyNode } | { error: BodyFinding };

export function parseBody(body: string): ParsedBody {
  try {
    return { tree: mdxToMdast(body) as unknown as BodyNode };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const [, line, reason] = /^(\d+):\d+: ([\s\S]*?)(?: \([\w:-]+\))?$/.exec(message) ?? [undefined, '1', message];
    return {
      error: {
        line: Number(line),
        message: `the MDX cannot be read: ${reason}`,
        fix: 'close every <Component> and {, or write \\{ and \\< for a literal brace or angle bracket',
      },
    };
  }
}

/** Calls `visit` for every node under `tree`, with its ancestors (nearest last). */
export function walk(tree: BodyNode, visit: (node: BodyNode, ancestors: readonly BodyNode[]) => void, ancestors: BodyNode[] = []): void {
  visit(tree, ancestors);
  for (const child of tree.children ?? []) walk(child, visit, [...ancestors, tree]);
}

/** The plain text of a node, as a reader sees it. */
export function textOf(node: BodyNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value);
  return (node.children ?? []).map(textOf).join('');
}

export const lineOf = (node: BodyNode) => node.position?.start.line ?? 1;

/** The string value of a JSX attribute, `undefined` when absent or not a plain string. */
export function attributeValue(node: BodyNode, name: string): string | undefined {
  const attribute = node.attributes?.find((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}
