/** The iCalendar files of events, from src/calendar/files.ts: `/vi/su-kien/<slug>.ics` and `/vi/su-kien.ics`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarFiles } from '../calendar/files.ts';

export const getStaticPaths = (async () =>
  (await calendarFiles()).map(({ path, body }) => ({ params: { calendar: path.slice(1, -'.ics'.length) }, props: { body } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
