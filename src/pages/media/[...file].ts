/** The originals of the media kits, byte for byte: `/media/<page key>/<file>` (src/press/media-files.ts). */
import fs from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedMediaFiles } from '../../press/media-files.ts';

export const getStaticPaths = (async () =>
  (await publishedMediaFiles()).map((file) => ({ params: { file: file.path.slice('/media/'.length) }, props: { source: file.source, mediaType: file.mediaType } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(fs.readFileSync(props.source), { headers: { 'Content-Type': props.mediaType } });
