/** JSON-LD as the text of a `<script>` element. */
import type { Graph } from 'schema-dts';

/**
 * The graph as JSON in which no `<` appears: content can then never close
 * the script (`</script>`) or open a comment in it, whatever an editor writes.
 */
export const jsonLdText = (graph: Graph): string => JSON.stringify(graph).replace(/</g, '\\u003c');
