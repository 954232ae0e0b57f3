/**
 * Which event pages have a calendar file, and which file a page offers.
 * An untranslated copy gets none of its own: it would repeat the original
 * under another UID, so it offers the original's.
 */
import { eventCalendarPath, type Route } from '../routing/routes.ts';

export type ItemRoute = Extract<Route, { kind: 'item' }>;

/** The event pages that are real translations: one calendar file each, and the entries of their locale's calendar. */
export const calendarPages = (routes: Route[]): ItemRoute[] =>
  routes.filter((route): route is ItemRoute => route.kind === 'item' && route.section === 'events' && !route.fallback);

/** The calendar file an event page links to: its own, or its original's when it is an untranslated copy. */
export const calendarFileOf = (route: ItemRoute): string => eventCalendarPath(route.translations[route.contentLocale]);
