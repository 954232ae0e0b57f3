/**
 * What MDX content may contain: text, Markdown, the registered components with
 * valid props, and a small list of inline HTML. Nothing that runs code at build
 * time (import, export, expressions) or in the browser (script, event handlers).
 * The content check and the MDX compiler (src/markdown/safe-mdx.ts) both apply it.
 */
import { contentComponents, safeGlobalAttributes, safeHtml, type ContentComponent } from './mdx-components.ts';
import { lineOf, walk, type BodyAttribute, type BodyFinding, type BodyNode } from './mdx-body.ts';

const componentNames = Object.keys(contentComponents).join(', ');
const isComment = (code: string) => /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(code);
const isComponent = (name: string): name is ContentComponent => Object.hasOwn(contentComponents, name);

export function mdxFindings(tree: BodyNode): BodyFinding[] {
  const findings: BodyFinding[] = [];
  walk(tree, (node) => findings.push(...mdxNodeFindings(node)));
  return findings;
}

type Finding = Omit<BodyFinding, 'line'>;

const expression = (node: BodyNode): Finding[] =>
  isComment(String(node.value)) ? [] : [{ message: `{${String(node.value)}} is a JavaScript expression, which content cannot contain`, fix: 'write the text itself; for a literal brace write \\{' }];
const linkTarget = (node: BodyNode): Finding[] =>
  /^\s*(?:javascript|vbscript|data):/i.test(node.url ?? '') ? [{ field: 'link', message: `the link "${node.url}" would run code`, fix: 'link to a page: /vi/… or https://…' }] : [];

/** The rule of each node type that can hold code or unknown markup; no other node can. */
const rules = {
  mdxjsEsm: () => [{ message: '`import` and `export` are not allowed: content cannot run code', fix: `remove the line; ${componentNames} are available without import` }],
  mdxFlowExpression: expression,
  mdxTextExpression: expression,
  mdxJsxFlowElement: elementFindings,
  mdxJsxTextElement: elementFindings,
  html: () => [{ message: 'raw HTML is not allowed here', fix: 'use Markdown or one of the components' }],
  image: () => [{ field: 'image', message: 'a Markdown image has no credit or licence', fix: 'write <Figure src="./name.jpg" alt="…" credit="…" licence="…" /> instead' }],
  link: linkTarget,
  definition: linkTarget,
} satisfies Record<string, (node: BodyNode) => Finding[]>;

/** The node types the rules look at, for the MDX compiler to hand over (src/markdown/safe-mdx.ts). */
export const checkedNodeTypes = Object.keys(rules) as (keyof typeof rules)[];

/** What is wrong with one node itself, its children aside. */
export function mdxNodeFindings(node: BodyNode): BodyFinding[] {
  const rule = Object.hasOwn(rules, node.type) ? rules[node.type as keyof typeof rules] : undefined;
  return (rule?.(node) ?? []).map((finding) => ({ line: lineOf(node), ...finding }));
}

function elementFindings(node: BodyNode): Finding[] {
  const name = node.name;
  if (!name) return [{ message: 'a <> fragment is not allowed', fix: 'remove the <> and </>' }];
  const attributes = node.attributes ?? [];
  const code = attributes.flatMap((attribute) => codeInAttribute(name, attribute));
  if (isComponent(name)) return [...code, ...propFindings(name, attributes)];
  if (Object.hasOwn(safeHtml, name)) {
    const allowed = [...safeGlobalAttributes, ...safeHtml[name]];
    const unsafe = attributes.filter((attribute) => attribute.type === 'mdxJsxAttribute' && !/^on/i.test(attribute.name) && !allowed.includes(attribute.name));
    return [
      ...code,
      ...unsafe.map((attribute) => ({
        field: `<${name}>`,
        message: `the attribute ${(attribute as { name: string }).name} is not allowed`,
        fix: allowed.length ? `remove it; <${name}> may carry ${allowed.join(', ')}` : 'remove it',
      })),
    ];
  }
  return [{ field: `<${name}>`, ...unknownElement(name) }];
}

function unknownElement(name: string): Omit<Finding, 'field'> {
  if (name === 'script') return { message: '<script> would run code in readers’ browsers', fix: 'remove it; for a video write <Video youtube="…" title="…" />' };
  if (name === 'style') return { message: '<style> would change the design of the whole site', fix: 'remove it; the site’s design styles content' };
  if (/^[A-Z]/.test(name)) return { message: `<${name}> is not a known component`, fix: `use one of: ${componentNames}` };
  return { message: `<${name}> is not allowed in content`, fix: `use Markdown (## headings, lists, **bold**, [links](/vi/…)) or a component; the HTML allowed is ${Object.keys(safeHtml).join(', ')}` };
}

function codeInAttribute(element: string, attribute: BodyAttribute): Finding[] {
  if (attribute.type === 'mdxJsxExpressionAttribute') {
    return [{ field: element, message: `{${attribute.value}} spreads code into the element`, fix: 'write each prop as name="text"' }];
  }
  if (/^on/i.test(attribute.name)) {
    return [{ field: `${element} ${attribute.name}`, message: 'event handler attributes run code in readers’ browsers', fix: 'remove it' }];
  }
  if (attribute.name === 'style') {
    return [{ field: `${element} style`, message: 'style attributes are not allowed', fix: 'remove it; the site’s design styles content' }];
  }
  if (attribute.value && typeof attribute.value === 'object') {
    return [{ field: `${element} ${attribute.name}`, message: `the value {${attribute.value.value}} is a JavaScript expression`, fix: `write it as text in quotes: ${attribute.name}="…"` }];
  }
  return [];
}

/** A component's props, checked against its schema; props written as code were reported already. */
function propFindings(name: ContentComponent, attributes: BodyAttribute[]): Finding[] {
  const named = attributes.filter((attribute) => attribute.type === 'mdxJsxAttribute');
  const written = named.filter((attribute) => typeof attribute.value !== 'object' || attribute.value === null);
  const props = Object.fromEntries(written.map((attribute) => [attribute.name, attribute.value ?? true]));
  const asCode = new Set(named.map((attribute) => attribute.name).filter((prop) => /^on/i.test(prop) || prop === 'style' || !Object.hasOwn(props, prop)));
  const schema = contentComponents[name];
  const result = schema.safeParse(props);
  if (result.success) return [];
  const takes = Object.keys(schema.shape).join(', ');
  return result.error.issues.flatMap((issue): Finding[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys
        .filter((key) => !asCode.has(key))
        .map((key) => ({ field: `${name} ${key}`, message: `<${name}> has no prop "${key}"`, fix: `remove it or correct its spelling; <${name}> takes ${takes}` }));
    }
    const prop = String(issue.path[0]);
    if (asCode.has(prop)) return [];
    if (props[prop] === undefined) return [{ field: `${name} ${prop}`, message: `<${name}> has no ${prop}`, fix: `add ${prop}="…" to the <${name}>` }];
    return [{ field: `${name} ${prop}`, message: issue.message, fix: issue.code === 'invalid_value' ? `use one of: ${issue.values.join(', ')}` : `correct ${prop}="…"` }];
  });
}
