/** The trail from the home page to a page: home, then the section listing, then the page itself. */
import { homePath, listingPath, type Route, type RoutingOptions } from './routes.ts';
import { hasListing } from '../content/sections.ts';

export interface Crumb {
  label: string;
  path: string;
}

export function breadcrumbs(
  route: Route,
  routing: RoutingOptions,
  labels: { home: string; section: (section: Extract<Route, { section: unknown }>['section']) => string; page?: string },
): Crumb[] {
  const trail: Crumb[] = [{ label: labels.home, path: homePath(route.locale) }];
  if (route.kind === 'listing' || (route.kind === 'item' && hasListing(route.section))) {
    trail.push({ label: labels.section(route.section), path: listingPath(routing, route.section, route.locale) });
  }
  if (labels.page) trail.push({ label: labels.page, path: route.path });
  return trail;
}
