// Writes a synthetic Sen content folder: N items in Vietnamese and English (and the five localities
// their projects belong to), for benchmarks.
// Usage: node scripts/bench/generate-site.mjs --out /tmp/sen-bench/content --items 5000 [--images [--photos N]]
// With --images every item has a 1600×1000 JPEG photo in front matter; --photos N draws N distinct
// photos (each in the folder of one of the first N items) that the other items share, so that a
// benchmark encodes N photos' AVIF and WebP rather than one per item (hours on two cores).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const places = ['Đồng Hới', 'Phong Nha', 'Ba Bể', 'Đắk Glei', 'Măng Đen', 'Mẫu Sơn', 'Đồng Đăng', 'Ao Bà Om', 'Cha Lo', 'Tân Thanh', 'Ngọc Hồi', 'Trà Vinh', 'Kon Tum', 'Bắc Kạn', 'Quảng Bình'];
const viWords = 'du lịch đầu tư văn hóa lễ hội cửa khẩu hợp tác quốc tế phát triển kinh tế người dân cộng đồng truyền thống sông núi rừng biển hang động di sản bảo tồn xúc tiến thương mại nông nghiệp công nghiệp hạ tầng giao thông cảng hàng không đường cao tốc khu kinh tế doanh nghiệp nhà đầu tư chính sách ưu đãi thủ tục hành chính báo chí phóng viên họp báo thông cáo đối ngoại hữu nghị'.split(' ');
const enWords = 'tourism investment culture festival border gate cooperation international development economy people community tradition river mountain forest sea cave heritage conservation promotion trade agriculture industry infrastructure transport airport expressway economic zone enterprise investor policy incentive procedure press journalist briefing release foreign friendship'.split(' ');
const sections = ['destinations', 'culture', 'news', 'events', 'investment'];
/** The localities that projects calling for investment belong to, as in content/localities/. */
const localities = [
  { key: 'quang-binh', vi: 'Quảng Bình', en: 'Quang Binh', lat: 17.4689, lon: 106.6223, area: 8000, population: 910000 },
  { key: 'kon-tum', vi: 'Kon Tum', en: 'Kon Tum', lat: 14.3545, lon: 108.0076, area: 9677, population: 568000 },
  { key: 'bac-kan', vi: 'Bắc Kạn', en: 'Bac Kan', lat: 22.147, lon: 105.8348, area: 4860, population: 320000 },
  { key: 'tra-vinh', vi: 'Trà Vinh', en: 'Tra Vinh', lat: 9.9347, lon: 106.3453, area: 2391, population: 1010000 },
  { key: 'lang-son', vi: 'Lạng Sơn', en: 'Lang Son', lat: 21.8537, lon: 106.7615, area: 8310, population: 800000 },
];

/** A deterministic pseudo-random sequence, so that every run writes the same site. */
function random(seed) {
  let state = seed >>> 0;
  return () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function paragraph(next, words, count) {
  const out = [];
  for (let i = 0; i < count; i++) out.push(i % 17 === 0 ? places[Math.floor(next() * places.length)] : words[Math.floor(next() * words.length)]);
  const text = out.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

/** The folder of an item, relative to the content folder. */
const itemPath = (index) => `${sections[index % sections.length]}/item-${String(index).padStart(5, '0')}`;

function frontMatter(section, index, locale, next, photo) {
  const place = places[index % places.length];
  const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(next() * 6 * 365) * 86_400_000).toISOString().slice(0, 10);
  const title = locale === 'vi' ? `${place}: ${paragraph(next, viWords, 5).slice(0, -1)} ${index}` : `${place}: ${paragraph(next, enWords, 5).slice(0, -1)} ${index}`;
  const lines = [`title: "${title}"`, `summary: "${paragraph(next, locale === 'vi' ? viWords : enWords, 14)}"`, `publishedAt: ${day}`];
  if (section === 'destinations') lines.push('kind: nature', `coordinates: { lat: ${(10 + next() * 12).toFixed(4)}, lon: ${(104 + next() * 5).toFixed(4)} }`);
  if (section === 'culture') lines.push('category: festival');
  if (section === 'events') lines.push('kind: festival', `startDate: ${day}`, `venue: { name: "${place}" }`);
  if (section === 'investment') {
    lines.push('kind: project', `locality: ${localities[index % localities.length].key}`, 'sector: Ecotourism', 'area: { value: 50, unit: ha }');
    lines.push('capital: { vnd: 1000000000000, usd: 40000000 }', 'form: Foreign private capital', 'status: Calling for investment', 'contact: { name: Sen benchmark, email: bench@sen.example }');
  }
  if (photo) lines.push(`image: { src: ${photo}, alt: "${place}", credit: "Sen benchmark", licence: CC BY 4.0 }`);
  return lines.join('\n');
}

/** Writes the site; `photos` (with `images`) is the number of distinct photos, one per item unless fewer. */
export async function generateSite({ out, items, images = false, photos = items }) {
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  fs.copyFileSync(new URL('../../content/site.yaml', import.meta.url), path.join(out, 'site.yaml'));
  for (const locality of localities) writeLocality(out, locality);
  const sharp = images ? (await import('sharp')).default : undefined;
  for (let index = 0; index < items; index++) {
    const section = sections[index % sections.length];
    const dir = path.join(out, itemPath(index));
    fs.mkdirSync(dir, { recursive: true });
    const next = random(index + 1);
    const hue = sharp && Math.floor(next() * 360);
    const owner = index % photos;
    const photo = sharp && (owner === index ? './image.jpg' : `../../${itemPath(owner)}/image.jpg`);
    if (sharp && owner === index) {
      await sharp({ create: { width: 1600, height: 1000, channels: 3, background: `hsl(${hue}, 45%, 55%)` } })
        .composite([{ input: Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000"><circle cx="${400 + (index % 800)}" cy="400" r="220" fill="hsl(${(hue + 180) % 360}, 50%, 70%)"/><rect y="700" width="1600" height="300" fill="hsl(${hue}, 40%, 30%)"/></svg>`) }])
        .jpeg({ quality: 70 })
        .toFile(path.join(dir, 'image.jpg'));
    }
    for (const [locale, words] of [['vi', viWords], ['en', enWords]]) {
      const body = Array.from({ length: 4 }, () => `## ${paragraph(next, words, 4).slice(0, -1)}\n\n${paragraph(next, words, 60)}`).join('\n\n');
      fs.writeFileSync(path.join(dir, `${locale}.mdx`), `---\n${frontMatter(section, index, locale, next, photo)}\n---\n${body}\n`);
    }
  }
}

function writeLocality(out, { key, lat, lon, area, population, ...names }) {
  const dir = path.join(out, 'localities', key);
  fs.mkdirSync(dir, { recursive: true });
  const labels = { vi: ['Diện tích', 'Dân số'], en: ['Natural area', 'Population'] };
  for (const locale of ['vi', 'en']) {
    const figure = (id, label, value, unit) => `  - { id: ${id}, label: ${label}, value: ${value}, unit: ${unit}, year: 2025, source: Sen benchmark }`;
    const lines = [`title: ${names[locale]}`, `summary: ${names[locale]}.`, 'publishedAt: 2025-07-01', 'kind: province', `coordinates: { lat: ${lat}, lon: ${lon} }`, 'keyFigures:'];
    lines.push(figure('area', labels[locale][0], area, 'km²'), figure('population', labels[locale][1], population, 'persons'));
    fs.writeFileSync(path.join(dir, `${locale}.mdx`), `---\n${lines.join('\n')}\n---\n${names[locale]}.\n`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { out: { type: 'string' }, items: { type: 'string', default: '5000' }, images: { type: 'boolean', default: false }, photos: { type: 'string' } } });
  const items = Number(values.items);
  await generateSite({ out: path.resolve(values.out), items, images: values.images, photos: Number(values.photos ?? items) });
  console.log(`Wrote ${values.items} items × 2 locales to ${values.out}`);
}
