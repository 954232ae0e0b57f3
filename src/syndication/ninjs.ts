/**
 * IPTC ninjs 3.1 (https://iptc.org/standards/ninjs/): one document per item,
 * and an index of a locale's documents for partners that poll.
 */
import type { FeedChannel, FeedItem } from './feed-item.ts';

export const ninjsSchemaUrl = 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#';

/** The ninjs document of one item, under the channel's publisher and licence. */
export function ninjsItem(item: FeedItem, channel: Pick<FeedChannel, 'publisher' | 'licence'>): Record<string, unknown> {
  return {
    uri: item.url,
    standard: { name: 'ninjs', version: '3.1', schema: ninjsSchemaUrl },
    type: 'text',
    representationType: 'full',
    firstCreated: item.publishedAt.toISOString(),
    versionCreated: item.updatedAt.toISOString(),
    pubStatus: 'usable',
    language: item.language,
    title: item.title,
    headlines: [{ role: 'main', contentType: 'text/plain', value: item.title }],
    descriptions: [{ role: 'summary', contentType: 'text/plain', value: item.summary }],
    bodies: [{ role: 'main', contentType: 'text/html', value: item.html }],
    ...(item.byline && { by: item.byline }),
    copyrightHolder: channel.publisher.name,
    copyrightNotice: channel.licence.credit,
    usageTerms: `${channel.licence.name}: ${channel.licence.url}`,
    rightsInfo: { linkedRights: channel.licence.url },
    subjects: [{ name: item.category, literal: item.section, rel: 'section' }],
    infoSources: [{ name: channel.publisher.name, role: 'originator', uri: channel.publisher.url }],
    renditions: [{ name: 'html', href: item.url, contentType: 'text/html' }],
    ...(item.place && {
      places: [
        {
          name: item.place.name,
          ...(item.place.lat !== undefined && item.place.lon !== undefined && {
            geoJSON: { type: 'Point', coordinates: [item.place.lon, item.place.lat] },
          }),
        },
      ],
    }),
    ...(item.startDate && {
      eventDetails: {
        dates: { startDate: item.startDate.toISOString(), ...(item.endDate && { endDate: item.endDate.toISOString() }) },
      },
    }),
    associations: [
      ...(item.image
        ? [
            {
              name: 'featureimage',
              rel: 'illustration',
              uri: item.image.url,
              type: 'picture',
              by: item.image.credit,
              usageTerms: item.image.licence,
              descriptions: [{ role: 'alt', contentType: 'text/plain', value: item.image.alt }],
              renditions: [{ name: 'original', href: item.image.url, contentType: item.image.type, width: item.image.width, height: item.image.height }],
            },
          ]
        : []),
      ...item.translations.map((translation) => ({
        name: `translation-${translation.language}`,
        rel: 'translation',
        uri: translation.url,
        type: 'text',
        language: translation.language,
      })),
    ],
  };
}

/** A locale's index: every item's ninjs document, newest first. */
export function ninjsIndex(channel: FeedChannel): Record<string, unknown> {
  return {
    language: channel.language,
    title: channel.title,
    updated: channel.updatedAt.toISOString(),
    licence: channel.licence,
    documentation: channel.guideUrl,
    items: channel.items.map((item) => ({
      uri: item.url,
      ninjs: item.ninjsUrl,
      title: item.title,
      section: item.section,
      versionCreated: item.updatedAt.toISOString(),
    })),
  };
}
