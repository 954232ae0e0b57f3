/**
 * Draws the demo site's illustrations: stylised SVG scenes (karst, lakes,
 * Khmer pagodas, border gates, festivals…) rendered to JPEG with sharp and
 * written beside the content items that use them.
 *
 * Every image is original work for the Sen demo (credit “Minh họa: trang mẫu
 * Sen” / “Illustration: Sen demo”, licence CC BY 4.0). The drawing is
 * deterministic: each image has its own seed, so re-running the script
 * reproduces the same files.
 *
 * Run: npx node scripts/draw-demo-images.mjs [filter]
 *   filter — optional substring; only images whose path contains it are drawn.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const W = 1600;
const H = 1000;
const contentDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'content');

// ---------------------------------------------------------------- utilities

/** A small deterministic pseudo-random generator (mulberry32). */
function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.range = (lo, hi) => lo + (hi - lo) * next();
  next.int = (lo, hi) => Math.floor(next.range(lo, hi + 1));
  next.pick = (list) => list[Math.floor(next() * list.length)];
  return next;
}

/** A string's seed, so that every file gets its own stable randomness. */
const seedOf = (text) => [...text].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0, 2166136261);

const f1 = (n) => Math.round(n * 10) / 10;
const pts = (list) => list.map(([x, y]) => `${f1(x)},${f1(y)}`).join(' ');

/** Mixes two hex colours; t = 0 gives a, t = 1 gives b. */
function mix(a, b, t) {
  const pa = a.match(/\w\w/g).map((h) => parseInt(h, 16));
  const pb = b.match(/\w\w/g).map((h) => parseInt(h, 16));
  return '#' + pa.map((v, i) => Math.round(v + (pb[i] - v) * t).toString(16).padStart(2, '0')).join('');
}

/** An SVG document collecting definitions and layers. */
class Canvas {
  constructor(seed) {
    this.r = rng(seed);
    this.defs = [];
    this.layers = [];
    this.n = 0;
    this.defs.push(
      ...[8, 24].map((sd) => `<filter id="blur${sd}" filterUnits="userSpaceOnUse" x="-200" y="-200" width="${W + 400}" height="${H + 400}"><feGaussianBlur stdDeviation="${sd}"/></filter>`),
    );
  }
  id(prefix) {
    this.n += 1;
    return `${prefix}${this.n}`;
  }
  /** A vertical linear gradient from stops [[offset, colour, opacity?], …]; returns `url(#id)`. */
  vgrad(stops, x1 = 0, y1 = 0, x2 = 0, y2 = 1) {
    const id = this.id('g');
    const s = stops.map(([o, c, op = 1]) => `<stop offset="${o}" stop-color="${c}" stop-opacity="${op}"/>`).join('');
    this.defs.push(`<linearGradient id="${id}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}">${s}</linearGradient>`);
    return `url(#${id})`;
  }
  rgrad(stops) {
    const id = this.id('r');
    const s = stops.map(([o, c, op = 1]) => `<stop offset="${o}" stop-color="${c}" stop-opacity="${op}"/>`).join('');
    this.defs.push(`<radialGradient id="${id}">${s}</radialGradient>`);
    return `url(#${id})`;
  }
  add(...svg) {
    this.layers.push(...svg);
    return this;
  }
  svg() {
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><defs>${this.defs.join('')}</defs>${this.layers.join('')}</svg>`;
  }
}

// ---------------------------------------------------------------- palettes

const skies = {
  day: ['#7fb8e6', '#bfe0f5', '#eef7fb'],
  morning: ['#8fb9dc', '#d7e6ee', '#f7efe0'],
  dawn: ['#5d6fa8', '#e7a98f', '#f8dcae'],
  sunset: ['#3e4d87', '#d9776b', '#f6c27a'],
  dusk: ['#1d2b53', '#5a4f83', '#c9827b'],
  night: ['#070d24', '#14234d', '#2c3f70'],
  mist: ['#a9bcc6', '#d5e0e3', '#eef2ef'],
};

// ---------------------------------------------------------------- landscape pieces

function sky(c, kind, { sun = null, moon = null } = {}) {
  const [a, b, d] = skies[kind];
  c.add(`<rect width="${W}" height="${H}" fill="${c.vgrad([[0, a], [0.55, b], [1, d]])}"/>`);
  if (sun) {
    const [x, y, rad = 70, col = '#fff4c9'] = sun;
    c.add(`<circle cx="${x}" cy="${y}" r="${rad * 3}" fill="${c.rgrad([[0, col, 0.55], [1, col, 0]])}"/>`);
    c.add(`<circle cx="${x}" cy="${y}" r="${rad}" fill="${col}"/>`);
  }
  if (moon) {
    const [x, y, rad = 60] = moon;
    c.add(`<circle cx="${x}" cy="${y}" r="${rad * 4}" fill="${c.rgrad([[0, '#fff6d8', 0.35], [1, '#fff6d8', 0]])}"/>`);
    c.add(`<circle cx="${x}" cy="${y}" r="${rad}" fill="#fff3cf"/>`);
    c.add(`<circle cx="${x - rad * 0.3}" cy="${y - rad * 0.2}" r="${rad * 0.18}" fill="#efe0b4" opacity="0.6"/>`);
    c.add(`<circle cx="${x + rad * 0.25}" cy="${y + rad * 0.3}" r="${rad * 0.12}" fill="#efe0b4" opacity="0.5"/>`);
  }
  if (kind === 'night' || kind === 'dusk') {
    const stars = [];
    for (let i = 0; i < 90; i += 1) stars.push(`<circle cx="${f1(c.r.range(0, W))}" cy="${f1(c.r.range(0, H * 0.5))}" r="${f1(c.r.range(0.8, 2.2))}" fill="#fff" opacity="${f1(c.r.range(0.3, 0.9))}"/>`);
    c.add(`<g>${stars.join('')}</g>`);
  }
}

/** A smooth mountain ridge from left to right; fills down to `bottom`. */
function ridge(c, { y, amp, color, n = 9, bottom = H, seed = 0, sharp: pointed = false }) {
  const r = seed ? rng(seed) : c.r;
  const xs = [];
  for (let i = 0; i <= n; i += 1) xs.push([-80 + ((W + 160) * i) / n, y - r.range(0, amp)]);
  let d = `M${xs[0][0]},${bottom} L${xs[0][0]},${f1(xs[0][1])}`;
  for (let i = 1; i < xs.length; i += 1) {
    const [px, py] = xs[i - 1];
    const [x, yy] = xs[i];
    if (pointed) d += ` L${f1((px + x) / 2)},${f1(Math.min(py, yy) - amp * 0.25)} L${f1(x)},${f1(yy)}`;
    else d += ` C${f1(px + (x - px) / 2)},${f1(py)} ${f1(px + (x - px) / 2)},${f1(yy)} ${f1(x)},${f1(yy)}`;
  }
  d += ` L${xs[xs.length - 1][0]},${bottom} Z`;
  c.add(`<path d="${d}" fill="${color}"/>`);
}

/** A row of limestone towers (karst), rounded tops and steep flanks. */
function karst(c, { base, hMin, hMax, wMin, wMax, color, count, x0 = -100, x1 = W + 100, light = null }) {
  const r = c.r;
  let out = '';
  for (let i = 0; i < count; i += 1) {
    const cx = x0 + ((x1 - x0) * (i + r.range(0.1, 0.9))) / count;
    const w = r.range(wMin, wMax);
    const h = r.range(hMin, hMax);
    const lean = r.range(-0.25, 0.25) * w;
    const top = base - h;
    out += `<path d="M${f1(cx - w / 2)},${base} C${f1(cx - w * 0.45)},${f1(base - h * 0.55)} ${f1(cx - w * 0.35 + lean)},${f1(top)} ${f1(cx + lean)},${f1(top)} C${f1(cx + w * 0.35 + lean)},${f1(top)} ${f1(cx + w * 0.45)},${f1(base - h * 0.55)} ${f1(cx + w / 2)},${base} Z" fill="${color}"/>`;
    if (light) out += `<path d="M${f1(cx + lean)},${f1(top + 4)} C${f1(cx + w * 0.3 + lean)},${f1(top + 4)} ${f1(cx + w * 0.42)},${f1(base - h * 0.5)} ${f1(cx + w * 0.47)},${base} L${f1(cx + w * 0.2)},${base} C${f1(cx + w * 0.18)},${f1(base - h * 0.5)} ${f1(cx + w * 0.1 + lean)},${f1(top + h * 0.2)} ${f1(cx + lean)},${f1(top + 4)} Z" fill="${light}" opacity="0.35"/>`;
  }
  const left = Math.max(-10, x0 + (wMax / 2));
  const right = Math.min(W + 10, x1 - (wMax / 2));
  const fullWidth = x0 <= 0 && x1 >= W;
  const fill = fullWidth
    ? `<rect x="-10" y="${base - 2}" width="${W + 20}" height="${H - base + 2}" fill="${color}"/>`
    : `<rect x="${f1(left)}" y="${base - 2}" width="${f1(right - left)}" height="${H - base + 2}" fill="${color}"/>`;
  c.add(`<g>${out}${fill}</g>`);
}

/** Soft horizontal mist bands. */
function mist(c, { y, h = 80, opacity = 0.6, color = '#ffffff', count = 4 }) {
  let out = '';
  for (let i = 0; i < count; i += 1) {
    out += `<ellipse cx="${f1(c.r.range(0, W))}" cy="${f1(y + c.r.range(-h / 2, h / 2))}" rx="${f1(c.r.range(300, 700))}" ry="${f1(h * c.r.range(0.4, 0.9))}" fill="${color}" opacity="${opacity}"/>`;
  }
  c.add(`<g filter="url(#blur24)">${out}</g>`);
}

function water(c, { y, top = '#6fa8c9', bottom = '#2f5f80', sparkle = '#ffffff', streaks = 40, x = 0, w = W, h = H }) {
  c.add(`<rect x="${x}" y="${y}" width="${w}" height="${h - y}" fill="${c.vgrad([[0, top], [1, bottom]])}"/>`);
  let out = '';
  for (let i = 0; i < streaks; i += 1) {
    const yy = y + 6 + Math.pow(c.r(), 1.6) * (h - y - 10);
    const len = c.r.range(20, 120) * (0.5 + (yy - y) / (h - y));
    const xx = x + c.r.range(0, w);
    out += `<rect x="${f1(xx)}" y="${f1(yy)}" width="${f1(len)}" height="${f1(1.5 + (yy - y) / 250)}" rx="1" fill="${sparkle}" opacity="${f1(c.r.range(0.15, 0.45))}"/>`;
  }
  c.add(`<g>${out}</g>`);
}

function pine(x, y, h, color = '#1f4d3a', trunk = '#4a3525') {
  const w = h * 0.42;
  let s = `<rect x="${f1(x - h * 0.03)}" y="${f1(y - h * 0.2)}" width="${f1(h * 0.06)}" height="${f1(h * 0.2)}" fill="${trunk}"/>`;
  for (let i = 0; i < 3; i += 1) {
    const ty = y - h * 0.15 - i * h * 0.25;
    const tw = w * (1 - i * 0.25);
    s += `<polygon points="${pts([[x - tw / 2, ty], [x + tw / 2, ty], [x, ty - h * 0.42]])}" fill="${color}"/>`;
  }
  return s;
}

function roundTree(x, y, rad, color = '#2f6b3f', trunk = '#5a4030', light = '#4f8f55') {
  return `<rect x="${f1(x - rad * 0.1)}" y="${f1(y - rad * 1.1)}" width="${f1(rad * 0.2)}" height="${f1(rad * 1.1)}" fill="${trunk}"/>` +
    `<circle cx="${f1(x)}" cy="${f1(y - rad * 1.5)}" r="${f1(rad)}" fill="${color}"/>` +
    `<circle cx="${f1(x - rad * 0.6)}" cy="${f1(y - rad * 1.2)}" r="${f1(rad * 0.7)}" fill="${color}"/>` +
    `<circle cx="${f1(x + rad * 0.6)}" cy="${f1(y - rad * 1.25)}" r="${f1(rad * 0.75)}" fill="${color}"/>` +
    `<circle cx="${f1(x - rad * 0.25)}" cy="${f1(y - rad * 1.85)}" r="${f1(rad * 0.45)}" fill="${light}" opacity="0.6"/>`;
}

function palm(x, y, h, lean = 0.15, color = '#2d6b35', trunk = '#7a5a3a') {
  const tx = x + h * lean;
  const ty = y - h;
  let s = `<path d="M${f1(x)},${f1(y)} Q${f1(x + h * lean * 0.2)},${f1(y - h * 0.6)} ${f1(tx)},${f1(ty)}" stroke="${trunk}" stroke-width="${f1(h * 0.05)}" fill="none" stroke-linecap="round"/>`;
  for (let i = 0; i < 8; i += 1) {
    const a = (Math.PI * 2 * i) / 8 + 0.3;
    const len = h * 0.38;
    const ex = tx + Math.cos(a) * len;
    const ey = ty + Math.sin(a) * len * 0.55 + len * 0.35;
    const mx = tx + Math.cos(a) * len * 0.5;
    const my = ty + Math.sin(a) * len * 0.3 - len * 0.15;
    s += `<path d="M${f1(tx)},${f1(ty)} Q${f1(mx)},${f1(my)} ${f1(ex)},${f1(ey)}" stroke="${color}" stroke-width="${f1(h * 0.035)}" fill="none" stroke-linecap="round"/>`;
  }
  s += `<circle cx="${f1(tx)}" cy="${f1(ty + 6)}" r="${f1(h * 0.035)}" fill="#6b4a2a"/>`;
  return s;
}

/** An old dipterocarp with roots spreading over the ground. */
function oldTree(x, y, h, color = '#2e5e35') {
  let s = '';
  for (let i = 0; i < 7; i += 1) {
    const dx = (i - 3) * h * 0.09;
    s += `<path d="M${f1(x + dx * 0.2)},${f1(y - h * 0.12)} Q${f1(x + dx * 0.8)},${f1(y - h * 0.02)} ${f1(x + dx * 1.6)},${f1(y + 6)}" stroke="#6d5a48" stroke-width="${f1(h * 0.035)}" fill="none" stroke-linecap="round"/>`;
  }
  s += `<path d="M${f1(x - h * 0.06)},${f1(y)} L${f1(x - h * 0.035)},${f1(y - h * 0.75)} L${f1(x + h * 0.035)},${f1(y - h * 0.75)} L${f1(x + h * 0.06)},${f1(y)} Z" fill="#7b6a58"/>`;
  s += `<ellipse cx="${f1(x)}" cy="${f1(y - h * 0.85)}" rx="${f1(h * 0.42)}" ry="${f1(h * 0.2)}" fill="${color}"/>`;
  s += `<ellipse cx="${f1(x - h * 0.2)}" cy="${f1(y - h * 0.95)}" rx="${f1(h * 0.25)}" ry="${f1(h * 0.14)}" fill="${mix(color, '#88b06a', 0.3)}"/>`;
  s += `<ellipse cx="${f1(x + h * 0.18)}" cy="${f1(y - h * 1.0)}" rx="${f1(h * 0.22)}" ry="${f1(h * 0.12)}" fill="${mix(color, '#000000', 0.15)}"/>`;
  return s;
}

function forestBand(c, { y, count, rMin, rMax, color, light }) {
  let out = '';
  for (let i = 0; i < count; i += 1) {
    const x = c.r.range(-40, W + 40);
    const rad = c.r.range(rMin, rMax);
    out += `<circle cx="${f1(x)}" cy="${f1(y + c.r.range(-rad * 0.4, rad * 0.4))}" r="${f1(rad)}" fill="${c.r() < 0.3 ? light : color}"/>`;
  }
  c.add(`<g>${out}<rect x="0" y="${y}" width="${W}" height="${H - y}" fill="${color}"/></g>`);
}

// ---------------------------------------------------------------- buildings and objects

/** A Khmer pagoda: stepped base, cream walls, three steep roof tiers with naga finials and a spire. */
function khmerPagoda(cx, base, w, { roof = '#c0392b', roof2 = '#e67e22', trim = '#f1c40f', wall = '#f6e7c8' } = {}) {
  const h = w * 0.35;
  let s = '';
  s += `<rect x="${f1(cx - w * 0.62)}" y="${f1(base - w * 0.05)}" width="${f1(w * 1.24)}" height="${f1(w * 0.05)}" fill="#d9cdb4"/>`;
  s += `<rect x="${f1(cx - w * 0.56)}" y="${f1(base - w * 0.09)}" width="${f1(w * 1.12)}" height="${f1(w * 0.045)}" fill="#e8dcc2"/>`;
  s += `<rect x="${f1(cx - w * 0.48)}" y="${f1(base - w * 0.09 - h)}" width="${f1(w * 0.96)}" height="${f1(h)}" fill="${wall}"/>`;
  for (let i = 0; i < 7; i += 1) {
    const x = cx - w * 0.44 + (i * w * 0.88) / 6;
    s += `<rect x="${f1(x - w * 0.018)}" y="${f1(base - w * 0.09 - h)}" width="${f1(w * 0.036)}" height="${f1(h)}" fill="${mix(wall, '#b08850', 0.35)}"/>`;
  }
  s += `<rect x="${f1(cx - w * 0.07)}" y="${f1(base - w * 0.09 - h * 0.65)}" width="${f1(w * 0.14)}" height="${f1(h * 0.65)}" rx="${f1(w * 0.06)}" fill="#7a4b2a"/>`;
  const eave = base - w * 0.09 - h;
  const tiers = [
    [w * 0.62, w * 0.36, w * 0.1, roof2],
    [w * 0.48, w * 0.26, w * 0.16, roof],
    [w * 0.32, w * 0.14, w * 0.2, roof],
  ];
  let y = eave;
  for (const [bw, tw, th, col] of tiers) {
    s += `<polygon points="${pts([[cx - bw, y], [cx + bw, y], [cx + tw, y - th], [cx - tw, y - th]])}" fill="${col}"/>`;
    s += `<polyline points="${pts([[cx - bw, y], [cx - tw, y - th], [cx + tw, y - th], [cx + bw, y]])}" fill="none" stroke="${trim}" stroke-width="${f1(w * 0.012)}"/>`;
    for (const sgn of [-1, 1]) {
      const ex = cx + sgn * bw;
      s += `<path d="M${f1(ex)},${f1(y)} q${f1(sgn * w * 0.05)},${f1(-w * 0.01)} ${f1(sgn * w * 0.06)},${f1(-w * 0.08)}" stroke="${trim}" stroke-width="${f1(w * 0.016)}" fill="none" stroke-linecap="round"/>`;
    }
    y -= th * 0.85;
  }
  s += `<polygon points="${pts([[cx - w * 0.05, y + w * 0.02], [cx + w * 0.05, y + w * 0.02], [cx, y - w * 0.28]])}" fill="${trim}"/>`;
  return s;
}

/** A stilt house of the Tay and Nung. */
function stiltHouse(x, base, w, { roof = '#5b4a45', wall = '#a77b50' } = {}) {
  const post = w * 0.22;
  let s = '';
  for (let i = 0; i < 5; i += 1) s += `<rect x="${f1(x + (i * w) / 4 - 4)}" y="${f1(base - post)}" width="8" height="${f1(post)}" fill="#5d4330"/>`;
  s += `<rect x="${f1(x - 8)}" y="${f1(base - post - 10)}" width="${f1(w + 16)}" height="12" fill="#6d4c35"/>`;
  s += `<rect x="${f1(x)}" y="${f1(base - post - w * 0.28)}" width="${f1(w)}" height="${f1(w * 0.28)}" fill="${wall}"/>`;
  for (let i = 1; i < 4; i += 1) s += `<rect x="${f1(x + (i * w) / 4 - w * 0.05)}" y="${f1(base - post - w * 0.2)}" width="${f1(w * 0.1)}" height="${f1(w * 0.1)}" fill="#3d2b20"/>`;
  const ry = base - post - w * 0.28;
  s += `<polygon points="${pts([[x - w * 0.12, ry + 4], [x + w * 1.12, ry + 4], [x + w * 0.8, ry - w * 0.3], [x + w * 0.2, ry - w * 0.3]])}" fill="${roof}"/>`;
  for (let i = 1; i < 8; i += 1) s += `<line x1="${f1(x - w * 0.12 + (i * w * 1.24) / 8)}" y1="${f1(ry + 4)}" x2="${f1(x + w * 0.2 + (i * w * 0.6) / 8)}" y2="${f1(ry - w * 0.3)}" stroke="#3e312d" stroke-width="2" opacity="0.5"/>`;
  return s;
}

/** A communal rong house of the Central Highlands: stilts and a tall axe-blade roof. */
function rongHouse(cx, base, w) {
  let s = '';
  const post = w * 0.25;
  for (let i = 0; i < 4; i += 1) s += `<rect x="${f1(cx - w * 0.35 + (i * w * 0.7) / 3 - 5)}" y="${f1(base - post)}" width="10" height="${f1(post)}" fill="#5b3f2a"/>`;
  s += `<rect x="${f1(cx - w * 0.42)}" y="${f1(base - post - w * 0.18)}" width="${f1(w * 0.84)}" height="${f1(w * 0.18)}" fill="#9b7045"/>`;
  const ry = base - post - w * 0.18;
  s += `<path d="M${f1(cx - w * 0.55)},${f1(ry + 6)} C${f1(cx - w * 0.35)},${f1(ry - w * 0.4)} ${f1(cx - w * 0.12)},${f1(ry - w * 0.95)} ${f1(cx)},${f1(ry - w * 1.05)} C${f1(cx + w * 0.12)},${f1(ry - w * 0.95)} ${f1(cx + w * 0.35)},${f1(ry - w * 0.4)} ${f1(cx + w * 0.55)},${f1(ry + 6)} Z" fill="#6b5a3a"/>`;
  s += `<path d="M${f1(cx - w * 0.3)},${f1(ry - w * 0.2)} C${f1(cx - w * 0.15)},${f1(ry - w * 0.55)} ${f1(cx - w * 0.05)},${f1(ry - w * 0.8)} ${f1(cx)},${f1(ry - w * 0.85)} C${f1(cx + w * 0.05)},${f1(ry - w * 0.8)} ${f1(cx + w * 0.15)},${f1(ry - w * 0.55)} ${f1(cx + w * 0.3)},${f1(ry - w * 0.2)} Z" fill="#8a7650"/>`;
  s += `<polygon points="${pts([[cx - w * 0.1, ry - w * 0.5], [cx + w * 0.1, ry - w * 0.5], [cx, ry - w * 0.7]])}" fill="#c0392b" opacity="0.8"/>`;
  s += `<line x1="${f1(cx - w * 0.04)}" y1="${f1(ry - w * 1.03)}" x2="${f1(cx - w * 0.12)}" y2="${f1(ry - w * 1.15)}" stroke="#3b2f20" stroke-width="5"/><line x1="${f1(cx + w * 0.04)}" y1="${f1(ry - w * 1.03)}" x2="${f1(cx + w * 0.12)}" y2="${f1(ry - w * 1.15)}" stroke="#3b2f20" stroke-width="5"/>`;
  return s;
}

/** A five-pointed star polygon. */
function star(cx, cy, rad, color) {
  const p = [];
  for (let i = 0; i < 10; i += 1) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 === 0 ? rad : rad * 0.4;
    p.push([cx + Math.cos(a) * rr, cy + Math.sin(a) * rr]);
  }
  return `<polygon points="${pts(p)}" fill="${color}"/>`;
}

/** The national flag of Viet Nam on a pole. */
function vnFlag(x, base, h) {
  const fw = h * 0.36;
  const fh = fw * (2 / 3);
  return `<rect x="${f1(x - 3)}" y="${f1(base - h)}" width="6" height="${f1(h)}" fill="#cfd6dc"/>` +
    `<rect x="${f1(x + 3)}" y="${f1(base - h + 4)}" width="${f1(fw)}" height="${f1(fh)}" fill="#da251d"/>` +
    star(x + 3 + fw / 2, base - h + 4 + fh / 2, fh * 0.3, '#ffff00');
}

/** A border-gate building: a wide hall over the road with two towers and curved roofs. */
function borderGate(cx, base, w, { wall = '#f2ead8', roof = '#b5462e', flag = true } = {}) {
  const h = w * 0.24;
  let s = '';
  s += `<rect x="${f1(cx - w / 2)}" y="${f1(base - h)}" width="${f1(w)}" height="${f1(h)}" fill="${wall}"/>`;
  s += `<rect x="${f1(cx - w * 0.22)}" y="${f1(base - h * 0.72)}" width="${f1(w * 0.44)}" height="${f1(h * 0.72)}" fill="#2e3a46"/>`;
  s += `<rect x="${f1(cx - w * 0.5)}" y="${f1(base - h - 10)}" width="${f1(w)}" height="14" fill="${mix(wall, '#8a7a60', 0.4)}"/>`;
  for (const sgn of [-1, 1]) {
    const tx = cx + sgn * w * 0.36;
    s += `<rect x="${f1(tx - w * 0.09)}" y="${f1(base - h * 1.9)}" width="${f1(w * 0.18)}" height="${f1(h * 1.9)}" fill="${wall}"/>`;
    for (let k = 0; k < 3; k += 1) s += `<rect x="${f1(tx - w * 0.05)}" y="${f1(base - h * 1.7 + k * h * 0.45)}" width="${f1(w * 0.1)}" height="${f1(h * 0.22)}" fill="#5d7d96"/>`;
    s += `<path d="M${f1(tx - w * 0.13)},${f1(base - h * 1.9)} Q${f1(tx)},${f1(base - h * 2.05)} ${f1(tx + w * 0.13)},${f1(base - h * 1.9)} L${f1(tx + w * 0.07)},${f1(base - h * 2.3)} L${f1(tx - w * 0.07)},${f1(base - h * 2.3)} Z" fill="${roof}"/>`;
  }
  s += `<path d="M${f1(cx - w * 0.3)},${f1(base - h - 10)} Q${f1(cx)},${f1(base - h - 40)} ${f1(cx + w * 0.3)},${f1(base - h - 10)} L${f1(cx + w * 0.2)},${f1(base - h * 1.65)} L${f1(cx - w * 0.2)},${f1(base - h * 1.65)} Z" fill="${roof}"/>`;
  if (flag) s += vnFlag(cx, base - h * 1.65, h * 1.1);
  return s;
}

function truck(x, base, len, color = '#2f80c1', cargo = '#e7e2d6', dir = 1) {
  const h = len * 0.38;
  const cab = len * 0.22;
  const bx = dir > 0 ? x : x + cab;
  const cx = dir > 0 ? x + len - cab : x;
  return `<rect x="${f1(bx)}" y="${f1(base - h)}" width="${f1(len - cab)}" height="${f1(h * 0.85)}" rx="3" fill="${cargo}"/>` +
    `<rect x="${f1(cx)}" y="${f1(base - h * 0.75)}" width="${f1(cab)}" height="${f1(h * 0.6)}" rx="5" fill="${color}"/>` +
    `<rect x="${f1(cx + (dir > 0 ? cab * 0.45 : cab * 0.1))}" y="${f1(base - h * 0.68)}" width="${f1(cab * 0.45)}" height="${f1(h * 0.22)}" fill="#bfe1f2"/>` +
    `<circle cx="${f1(x + len * 0.18)}" cy="${f1(base - h * 0.12)}" r="${f1(h * 0.14)}" fill="#222"/>` +
    `<circle cx="${f1(x + len * 0.42)}" cy="${f1(base - h * 0.12)}" r="${f1(h * 0.14)}" fill="#222"/>` +
    `<circle cx="${f1(x + len * 0.85)}" cy="${f1(base - h * 0.12)}" r="${f1(h * 0.14)}" fill="#222"/>`;
}

function container(x, y, w, h, color) {
  let s = `<rect x="${f1(x)}" y="${f1(y)}" width="${f1(w)}" height="${f1(h)}" fill="${color}"/>`;
  for (let i = 1; i < 10; i += 1) s += `<line x1="${f1(x + (i * w) / 10)}" y1="${f1(y + 3)}" x2="${f1(x + (i * w) / 10)}" y2="${f1(y + h - 3)}" stroke="#000" stroke-opacity="0.18" stroke-width="2"/>`;
  return s;
}

/** A simple standing person seen from afar, optionally with a camera. */
function person(x, base, h, color = '#34495e', { camera = false, hat = false, head = '#e0b48c' } = {}) {
  let s = `<rect x="${f1(x - h * 0.11)}" y="${f1(base - h * 0.78)}" width="${f1(h * 0.22)}" height="${f1(h * 0.45)}" rx="${f1(h * 0.06)}" fill="${color}"/>` +
    `<rect x="${f1(x - h * 0.09)}" y="${f1(base - h * 0.36)}" width="${f1(h * 0.08)}" height="${f1(h * 0.36)}" fill="#2c3e50"/>` +
    `<rect x="${f1(x + h * 0.01)}" y="${f1(base - h * 0.36)}" width="${f1(h * 0.08)}" height="${f1(h * 0.36)}" fill="#2c3e50"/>` +
    `<circle cx="${f1(x)}" cy="${f1(base - h * 0.88)}" r="${f1(h * 0.1)}" fill="${head}"/>`;
  if (hat) s += `<polygon points="${pts([[x - h * 0.2, base - h * 0.9], [x + h * 0.2, base - h * 0.9], [x, base - h * 1.06]])}" fill="#e8d39a"/>`;
  if (camera) s += `<rect x="${f1(x + h * 0.05)}" y="${f1(base - h * 0.95)}" width="${f1(h * 0.24)}" height="${f1(h * 0.14)}" rx="3" fill="#222"/><circle cx="${f1(x + h * 0.31)}" cy="${f1(base - h * 0.88)}" r="${f1(h * 0.05)}" fill="#555"/>`;
  return s;
}

/** Heads and shoulders of an audience, rows receding to the back. */
function audience(c, { yBack, yFront, rows = 5, colors = ['#2c3e50', '#34495e', '#5d6d7e', '#1b2631', '#7b241c'] }) {
  let out = '';
  for (let r = 0; r < rows; r += 1) {
    const t = r / (rows - 1);
    const y = yBack + (yFront - yBack) * t;
    const s = 22 + 40 * t;
    const n = Math.round(W / (s * 2.3));
    for (let i = 0; i < n; i += 1) {
      const x = (i + 0.5 + (r % 2) * 0.5) * (W / n) + c.r.range(-s * 0.2, s * 0.2);
      out += `<ellipse cx="${f1(x)}" cy="${f1(y + s * 0.9)}" rx="${f1(s * 0.95)}" ry="${f1(s * 0.7)}" fill="${c.r.pick(colors)}"/>`;
      out += `<circle cx="${f1(x)}" cy="${f1(y)}" r="${f1(s * 0.45)}" fill="${c.r.pick(['#2b1d16', '#3b2a20', '#1c1410', '#4a3628'])}"/>`;
    }
  }
  c.add(`<g>${out}</g>`);
}

function lotus(cx, cy, s) {
  let out = '';
  const petals = [[-70, '#f4a6c0'], [70, '#f4a6c0'], [-40, '#f7b9cf'], [40, '#f7b9cf'], [0, '#fbd3e1']];
  for (const [a, col] of petals) out += `<ellipse cx="${f1(cx)}" cy="${f1(cy - s * 0.45)}" rx="${f1(s * 0.22)}" ry="${f1(s * 0.5)}" fill="${col}" transform="rotate(${a} ${f1(cx)} ${f1(cy)})"/>`;
  out += `<ellipse cx="${f1(cx)}" cy="${f1(cy)}" rx="${f1(s * 0.25)}" ry="${f1(s * 0.1)}" fill="#f1c40f"/>`;
  return out;
}

function lantern(x, y, s, color = '#ffb347') {
  return `<circle cx="${f1(x)}" cy="${f1(y)}" r="${f1(s * 2.2)}" fill="${color}" opacity="0.18"/>` +
    `<ellipse cx="${f1(x)}" cy="${f1(y)}" rx="${f1(s * 0.8)}" ry="${f1(s)}" fill="${color}"/>` +
    `<rect x="${f1(x - s * 0.35)}" y="${f1(y - s * 1.15)}" width="${f1(s * 0.7)}" height="${f1(s * 0.2)}" fill="#7a2e1a"/>`;
}

// ---------------------------------------------------------------- scenes

const scenes = {
  karstRiver(c, { time = 'day' } = {}) {
    sky(c, time, { sun: time === 'day' ? [1250, 180, 60] : [1200, 420, 80, '#ffd9a0'] });
    mist(c, { y: 430, opacity: 0.5 });
    karst(c, { base: 560, hMin: 160, hMax: 300, wMin: 160, wMax: 260, color: '#9db7a9', count: 10 });
    karst(c, { base: 640, hMin: 180, hMax: 340, wMin: 150, wMax: 260, color: '#5f8a6b', count: 8, light: '#b5d3a8' });
    mist(c, { y: 620, opacity: 0.45 });
    karst(c, { base: 730, hMin: 150, hMax: 330, wMin: 180, wMax: 300, color: '#2f5e43', count: 6, light: '#7fb07a' });
    c.add(`<path d="M0,${H} L0,760 C300,720 500,790 700,740 C860,700 1000,735 1200,720 C1400,705 1500,740 ${W},730 L${W},${H} Z" fill="#3f7a47"/>`);
    c.add(`<path d="M520,${H} C600,900 760,860 820,800 C880,750 980,745 1100,736 L1180,740 C1040,760 960,800 940,850 C910,920 860,960 900,${H} Z" fill="${c.vgrad([[0, '#7fb8b8'], [1, '#3e8a8f']])}"/>`);
    c.add(`<g opacity="0.5">${[0, 1, 2, 3, 4].map((i) => `<rect x="${660 + i * 40}" y="${880 + i * 20}" width="${60 + i * 10}" height="3" fill="#fff"/>`).join('')}</g>`);
  },

  karstLayers(c, { time = 'sunset' } = {}) {
    sky(c, time, { sun: [800, 560, 90, time === 'sunset' ? '#ffd38a' : '#fff4c9'] });
    const cols = time === 'sunset' ? ['#c98b8b', '#9a6f86', '#6d5378', '#433a5e', '#252640'] : ['#b7cbc3', '#8fb09f', '#5f8a6b', '#3d6b4e', '#21432f'];
    cols.forEach((col, i) => {
      karst(c, { base: 470 + i * 110, hMin: 120 + i * 30, hMax: 230 + i * 45, wMin: 130 + i * 20, wMax: 220 + i * 30, color: col, count: 12 - i });
      if (i < 4) mist(c, { y: 470 + i * 110, h: 50, opacity: 0.35, color: time === 'sunset' ? '#f5c9a3' : '#ffffff', count: 3 });
    });
  },

  caveMouth(c) {
    sky(c, 'morning');
    karst(c, { base: 420, hMin: 160, hMax: 260, wMin: 200, wMax: 300, color: '#a3bdb0', count: 8 });
    mist(c, { y: 400, opacity: 0.45 });
    c.add(`<path d="M-20,720 L-20,300 C40,180 160,120 260,140 C340,60 480,40 560,110 C640,60 760,50 840,120 C920,70 1060,60 1140,140 C1240,90 1400,110 1460,200 C1540,220 1600,260 ${W + 20},300 L${W + 20},720 Z" fill="${c.vgrad([[0, '#7f9c86'], [0.45, '#62806b'], [1, '#48604f']])}"/>`);
    for (let i = 0; i < 60; i += 1) c.add(`<circle cx="${f1(c.r.range(0, W))}" cy="${f1(c.r.range(120, 330))}" r="${f1(c.r.range(18, 46))}" fill="${c.r.pick(['#2f6b3f', '#3d7a47', '#4f8a55'])}"/>`);
    for (let i = 0; i < 14; i += 1) c.add(`<path d="M${f1(c.r.range(0, W))},${f1(c.r.range(330, 420))} l${f1(c.r.range(-10, 10))},${f1(c.r.range(80, 220))}" stroke="#3f5647" stroke-width="${f1(c.r.range(4, 10))}" opacity="0.5"/>`);
    c.add(`<path d="M440,720 C450,560 620,450 800,450 C980,450 1150,560 1160,720 Z" fill="${c.vgrad([[0, '#1b1f22'], [1, '#05080a']])}"/>`);
    c.add(`<path d="M500,720 C510,590 650,500 800,500 C950,500 1090,590 1100,720 Z" fill="#020304" opacity="0.7"/>`);
    for (let i = 0; i < 9; i += 1) { const x = 520 + i * 70; c.add(`<polygon points="${pts([[x - 10, 470 + Math.abs(4 - i) * 14], [x + 10, 470 + Math.abs(4 - i) * 14], [x, 540 + Math.abs(4 - i) * 14]])}" fill="#4a5a50"/>`); }
    water(c, { y: 700, top: '#3f7f78', bottom: '#1f4f55', streaks: 50 });
    c.add(`<path d="M640,820 L960,820 L920,850 L680,850 Z" fill="#b8412b"/><rect x="700" y="790" width="120" height="30" fill="#e7d3a8"/><rect x="840" y="795" width="70" height="25" fill="#d9c08a"/>`);
    for (let i = 0; i < 5; i += 1) c.add(`<circle cx="${720 + i * 40}" cy="782" r="11" fill="${c.r.pick(['#f39c12', '#e74c3c', '#3498db', '#27ae60'])}"/>`);
    c.add(`<path d="M600,870 q200,18 400,0" stroke="#d6f0ea" stroke-width="3" fill="none" opacity="0.5"/>`);
  },

  caveInterior(c) {
    c.add(`<rect width="${W}" height="${H}" fill="#0c0f10"/>`);
    c.add(`<ellipse cx="1000" cy="120" rx="260" ry="140" fill="#cfe8d8"/>`);
    c.add(`<polygon points="760,160 1240,160 1350,${H} 560,${H}" fill="${c.vgrad([[0, '#f6fbe8', 0.75], [1, '#f6fbe8', 0]])}"/>`);
    c.add(`<ellipse cx="1000" cy="140" rx="220" ry="90" fill="#6fa86a"/>`);
    c.add(`<path d="M0,0 L${W},0 L${W},420 C1400,300 1300,260 1250,160 C1150,40 850,40 750,160 C650,300 300,320 0,460 Z" fill="#1b1f1c"/>`);
    for (let i = 0; i < 26; i += 1) {
      const x = c.r.range(0, W);
      const len = c.r.range(40, 180);
      const top = x > 700 && x < 1300 ? 40 : c.r.range(0, 200);
      c.add(`<polygon points="${pts([[x - 12, top], [x + 12, top], [x, top + len]])}" fill="#2a2f2b"/>`);
    }
    c.add(`<path d="M0,${H} L0,800 C300,760 500,820 800,790 C1100,760 1300,800 ${W},780 L${W},${H} Z" fill="#2c302c"/>`);
    for (let i = 0; i < 6; i += 1) {
      const x = 420 + i * 70;
      const base = 830 + (i % 2) * 12;
      c.add(`<circle cx="${x + 8}" cy="${base - 118}" r="40" fill="#fff6c0" opacity="0.12"/>`);
      c.add(person(x, base, 120, c.r.pick(['#c0392b', '#2980b9', '#27ae60', '#f39c12']), { head: '#c89b76' }));
      c.add(`<circle cx="${x + 8}" cy="${base - 118}" r="5" fill="#fffbe0"/>`);
    }
  },

  forestStream(c) {
    sky(c, 'mist');
    forestBand(c, { y: 300, count: 60, rMin: 40, rMax: 90, color: '#6d9b78', light: '#86b38c' });
    forestBand(c, { y: 430, count: 50, rMin: 60, rMax: 120, color: '#3f7550', light: '#5a9464' });
    mist(c, { y: 470, opacity: 0.35 });
    forestBand(c, { y: 600, count: 40, rMin: 80, rMax: 150, color: '#22503a', light: '#3c7a4c' });
    c.add(`<path d="M700,600 C720,700 640,780 600,${H} L1000,${H} C920,800 820,720 760,600 Z" fill="${c.vgrad([[0, '#bfe3dc'], [1, '#5fa8a0']])}"/>`);
    for (let i = 0; i < 9; i += 1) c.add(`<ellipse cx="${f1(c.r.range(600, 1000))}" cy="${f1(c.r.range(700, 960))}" rx="${f1(c.r.range(20, 50))}" ry="${f1(c.r.range(10, 22))}" fill="#6b7a6e"/>`);
    for (let i = 0; i < 14; i += 1) c.add(`<rect x="${f1(c.r.range(640, 950))}" y="${f1(c.r.range(700, 980))}" width="${f1(c.r.range(20, 60))}" height="3" fill="#fff" opacity="0.5"/>`);
    for (let i = 0; i < 7; i += 1) c.add(`<path d="M${f1(c.r.range(0, 500))},${H} q20,-140 ${f1(c.r.range(-40, 40))},-260" stroke="#1a3b2a" stroke-width="${f1(c.r.range(8, 18))}" fill="none"/>`);
  },

  riverMouthTown(c) {
    sky(c, 'day', { sun: [300, 170, 55] });
    c.add(`<rect x="0" y="420" width="${W}" height="120" fill="${c.vgrad([[0, '#4d9cc7'], [1, '#7ec0d9']])}"/>`);
    ridge(c, { y: 400, amp: 40, color: '#8bab9a', n: 6, bottom: 430 });
    c.add(`<path d="M900,${H} C950,780 1100,620 1200,540 L1340,540 C1260,640 1180,800 1250,${H} Z" fill="${c.vgrad([[0, '#6fb3cf'], [1, '#3f87a8']])}"/>`);
    c.add(`<path d="M1340,540 L${W},520 L${W},${H} L1250,${H} C1180,800 1260,640 1340,540 Z" fill="#eedcae"/>`);
    c.add(`<path d="M0,540 L1200,540 C1100,620 950,780 900,${H} L0,${H} Z" fill="#e8d7a8"/>`);
    for (let i = 0; i < 14; i += 1) {
      const x = 40 + i * 62;
      const h = c.r.range(60, 160);
      c.add(`<rect x="${x}" y="${f1(620 - h)}" width="54" height="${f1(h)}" fill="${c.r.pick(['#f3efe6', '#e9dcc3', '#f6e3b4', '#dfe8ec'])}"/>`);
      for (let k = 0; k < Math.floor(h / 30); k += 1) c.add(`<rect x="${x + 10}" y="${f1(620 - h + 12 + k * 30)}" width="34" height="10" fill="#7aa6c2" opacity="0.7"/>`);
    }
    c.add(`<rect x="0" y="615" width="900" height="12" fill="#c9b27a"/>`);
    for (let i = 0; i < 9; i += 1) c.add(palm(60 + i * 100 + c.r.range(-20, 20), 700 + c.r.range(0, 60), c.r.range(120, 170), c.r.range(-0.2, 0.2)));
    for (let i = 0; i < 4; i += 1) {
      const x = 1000 + i * 70;
      const y = 700 + i * 50;
      c.add(`<path d="M${x},${y} l70,0 l-12,16 l-46,0 Z" fill="${c.r.pick(['#2e86c1', '#c0392b', '#16a085'])}"/><rect x="${x + 24}" y="${y - 18}" width="20" height="18" fill="#f5f5f5"/>`);
    }
    water(c, { y: 540, top: '#73b7d6', bottom: '#3b88aa', streaks: 0, x: 1340, w: 0 });
  },

  pondTrees(c) {
    sky(c, 'morning', { sun: [1350, 200, 50] });
    forestBand(c, { y: 420, count: 40, rMin: 40, rMax: 80, color: '#5c8f5e', light: '#7aab6f' });
    c.add(`<polygon points="160,520 1440,520 1600,760 0,760" fill="#6a9a5c"/>`);
    c.add(`<polygon points="260,540 1340,540 1470,730 130,730" fill="${c.vgrad([[0, '#9cc8c4'], [1, '#4f8f95']])}"/>`);
    for (let i = 0; i < 30; i += 1) c.add(`<rect x="${f1(c.r.range(250, 1300))}" y="${f1(c.r.range(555, 720))}" width="${f1(c.r.range(20, 90))}" height="2" fill="#fff" opacity="0.45"/>`);
    c.add(`<rect x="0" y="740" width="${W}" height="${H - 740}" fill="${c.vgrad([[0, '#6e9a55'], [1, '#4c7440']])}"/>`);
    c.add(oldTree(250, 880, 520));
    c.add(oldTree(1330, 900, 560, '#356a3a'));
    c.add(oldTree(820, 760, 300, '#3f7444'));
    for (let i = 0; i < 5; i += 1) c.add(person(520 + i * 160, 860 + (i % 2) * 20, 90, c.r.pick(['#e67e22', '#2980b9', '#8e44ad', '#16a085'])));
  },

  khmerPagoda(c, { palms = false, banners = false } = {}) {
    sky(c, 'day', { sun: [1380, 160, 50] });
    forestBand(c, { y: 520, count: 40, rMin: 50, rMax: 100, color: '#4f8a55', light: '#6aa466' });
    c.add(`<rect x="0" y="700" width="${W}" height="${H - 700}" fill="${c.vgrad([[0, '#8fbf6a'], [1, '#5e8f4a']])}"/>`);
    c.add(khmerPagoda(800, 760, 560));
    if (palms) for (const x of [120, 260, 1340, 1480]) c.add(palm(x, 820, c.r.range(300, 380), x < 800 ? 0.12 : -0.12));
    else {
      c.add(oldTree(170, 820, 420, '#2f6b3f'));
      c.add(oldTree(1440, 830, 440, '#356f3f'));
    }
    if (banners) {
      const cols = ['#e74c3c', '#f1c40f', '#27ae60', '#3498db', '#9b59b6'];
      for (let i = 0; i < 14; i += 1) {
        const x = 60 + i * 110;
        c.add(`<line x1="${x}" y1="920" x2="${x}" y2="640" stroke="#8b6b4a" stroke-width="5"/><path d="M${x},650 l34,10 l-6,70 l-28,8 Z" fill="${cols[i % cols.length]}"/>`);
      }
    }
    c.add(`<rect x="640" y="780" width="320" height="${H - 780}" fill="#d8c9a6"/>`);
  },

  delta(c) {
    sky(c, 'morning', { sun: [1240, 230, 60] });
    forestBand(c, { y: 470, count: 30, rMin: 20, rMax: 40, color: '#6f9d6a', light: '#86b27c' });
    c.add(khmerPagoda(1150, 480, 220));
    water(c, { y: 500, top: '#b9c9a8', bottom: '#7c8f63', streaks: 60, sparkle: '#fff7dd' });
    c.add(`<path d="M0,${H} L0,720 C200,700 400,740 600,760 C700,780 720,${H} 720,${H} Z" fill="#4b7c3f"/>`);
    for (let i = 0; i < 7; i += 1) c.add(palm(40 + i * 95, 760 + c.r.range(-20, 40), c.r.range(240, 330), c.r.range(0.05, 0.3)));
    for (let i = 0; i < 5; i += 1) c.add(palm(300 + i * 220, 520, c.r.range(90, 120), c.r.range(-0.2, 0.2), '#3f7a3f'));
    for (let i = 0; i < 3; i += 1) {
      const x = 820 + i * 230;
      const y = 640 + i * 70;
      c.add(`<path d="M${x},${y} q90,20 180,0 l-20,22 q-70,12 -140,0 Z" fill="#6b3e26"/><path d="M${x + 60},${y - 4} q30,-30 60,0 Z" fill="#d8c08a"/>`);
    }
  },

  borderValley(c) {
    sky(c, 'morning', { sun: [420, 200, 55] });
    karst(c, { base: 560, hMin: 150, hMax: 260, wMin: 160, wMax: 240, color: '#9ab4b0', count: 10 });
    mist(c, { y: 540, opacity: 0.45 });
    karst(c, { base: 650, hMin: 140, hMax: 280, wMin: 160, wMax: 280, color: '#5e8a72', count: 8, light: '#b5d3a8' });
    c.add(`<rect x="0" y="640" width="${W}" height="${H - 640}" fill="${c.vgrad([[0, '#8cb865'], [1, '#5d8d45']])}"/>`);
    for (let i = 0; i < 8; i += 1) c.add(`<path d="M0,${700 + i * 40} C400,${680 + i * 42} 1200,${720 + i * 40} ${W},${690 + i * 42}" stroke="#a8c97b" stroke-width="3" fill="none" opacity="0.6"/>`);
    c.add(`<path d="M600,${H} C700,880 980,820 1000,740 C1010,700 960,680 930,660 L960,660 C1010,690 1060,720 1040,760 C1010,840 820,900 820,${H} Z" fill="#bfb7a6"/>`);
    c.add(borderGate(950, 665, 260));
    for (let i = 0; i < 6; i += 1) c.add(stiltHouse(80 + i * 70 + c.r.range(-10, 10), 760 + (i % 2) * 30, 80));
  },

  teaHills(c, { pickers = 0, pan = false } = {}) {
    sky(c, 'morning', { sun: [1300, 170, 55] });
    ridge(c, { y: 430, amp: 90, color: '#a7bfc0', n: 7 });
    mist(c, { y: 440, opacity: 0.5 });
    const hills = [[520, '#8fbf5f'], [640, '#6fa64a'], [780, '#4f8d3a']];
    for (const [y, col] of hills) {
      const cx = c.r.range(200, 1400);
      const w = c.r.range(900, 1300);
      c.add(`<ellipse cx="${f1(cx)}" cy="${y + 260}" rx="${f1(w)}" ry="330" fill="${col}"/>`);
      for (let k = 0; k < 11; k += 1) {
        const ry = 330 - k * 28;
        if (ry < 40) break;
        c.add(`<ellipse cx="${f1(cx)}" cy="${y + 260}" rx="${f1(w - k * 40)}" ry="${ry}" fill="none" stroke="${mix(col, '#1f4d22', 0.45)}" stroke-width="12" stroke-dasharray="18 10" opacity="0.8"/>`);
      }
    }
    for (let i = 0; i < pickers; i += 1) c.add(person(300 + i * 330, 860 + (i % 2) * 40, 120, c.r.pick(['#2e86c1', '#c0392b', '#7d3c98']), { hat: true }));
    if (pan) {
      c.add(`<ellipse cx="1220" cy="900" rx="230" ry="70" fill="#2b2b2b"/><ellipse cx="1220" cy="890" rx="200" ry="55" fill="#3f5f2a"/>`);
      for (let i = 0; i < 60; i += 1) c.add(`<ellipse cx="${f1(1220 + c.r.range(-170, 170))}" cy="${f1(890 + c.r.range(-40, 40))}" rx="9" ry="4" fill="#6e9a3a" transform="rotate(${f1(c.r.range(0, 180))} ${f1(1220)} ${f1(890)})"/>`);
    }
  },

  highlandToCoast(c) {
    sky(c, 'day', { sun: [1380, 170, 55] });
    ridge(c, { y: 360, amp: 150, color: '#8aa795', n: 5, bottom: 620 });
    c.add(`<rect x="0" y="470" width="${W}" height="${H - 470}" fill="${c.vgrad([[0, '#4aa3c9'], [1, '#2a6f98']])}"/>`);
    c.add(`<path d="M0,470 L0,${H} L1180,${H} C1160,820 1120,640 980,540 C860,480 500,440 0,470 Z" fill="#4f7d4f"/>`);
    c.add(`<path d="M1180,${H} C1160,820 1120,640 980,540 C1000,520 1020,520 1040,530 C1190,620 1240,820 1270,${H} Z" fill="#ecdcae"/>`);
    for (let i = 0; i < 22; i += 1) c.add(pine(c.r.range(20, 760), c.r.range(520, 700), c.r.range(90, 170), c.r.pick(['#1f4d3a', '#28573f'])));
    c.add(`<path d="M80,${H} C260,860 560,760 820,700 C940,672 1030,650 1100,640" stroke="#d9d0bd" stroke-width="26" fill="none"/>`);
    c.add(`<path d="M80,${H} C260,860 560,760 820,700 C940,672 1030,650 1100,640" stroke="#fff" stroke-width="3" stroke-dasharray="20 18" fill="none"/>`);
    for (let i = 0; i < 3; i += 1) c.add(`<path d="M${1360 + i * 70},${620 + i * 90} l70,0 l-12,16 l-46,0 Z" fill="#c0392b"/><rect x="${1384 + i * 70}" y="${604 + i * 90}" width="20" height="16" fill="#f4f6f6"/>`);
    c.add(`<ellipse cx="1480" cy="500" rx="70" ry="14" fill="#5f8a5a"/>`);
  },

  coastKarst(c) {
    sky(c, 'morning', { sun: [1250, 220, 65] });
    c.add(`<rect x="0" y="520" width="${W}" height="${H - 520}" fill="${c.vgrad([[0, '#5aa9cf'], [1, '#2b6d94']])}"/>`);
    karst(c, { base: 600, hMin: 160, hMax: 330, wMin: 160, wMax: 260, color: '#6f9780', count: 5, x0: -100, x1: 800, light: '#b5d3a8' });
    c.add(`<path d="M0,${H} L0,620 C300,600 600,640 820,620 C900,640 980,700 1100,${H} Z" fill="#4e8552"/>`);
    c.add(`<path d="M820,620 C900,640 980,700 1100,${H} L1250,${H} C1120,760 1000,660 900,610 Z" fill="#eedcae"/>`);
    c.add(`<path d="M300,${H} C360,860 520,760 700,700 L760,710 C600,780 460,880 430,${H} Z" fill="#6fb3cf"/>`);
    for (let i = 0; i < 4; i += 1) c.add(`<path d="M${1250 + i * 70},${640 + i * 60} l70,0 l-12,16 l-46,0 Z" fill="#f0f0f0"/>`);
  },

  cloudSea(c) {
    sky(c, 'dawn', { sun: [1200, 330, 70, '#ffe3a8'] });
    ridge(c, { y: 380, amp: 110, color: '#6a6f95', n: 6, bottom: 700 });
    c.add(`<rect x="0" y="470" width="${W}" height="300" fill="${c.vgrad([[0, '#f8e7d6', 0], [0.3, '#f8e7d6'], [1, '#fff6ee']])}"/>`);
    mist(c, { y: 480, h: 90, opacity: 0.9, color: '#fff6ee', count: 8 });
    ridge(c, { y: 560, amp: 160, color: '#3d5a52', n: 5, bottom: H, sharp: true });
    mist(c, { y: 700, h: 80, opacity: 0.85, color: '#fffaf3', count: 7 });
    c.add(`<path d="M0,${H} L0,760 C300,700 700,720 1000,800 C1200,860 1400,860 ${W},840 L${W},${H} Z" fill="#2c4a3b"/>`);
    const vx = 340;
    const vy = 770;
    c.add(`<rect x="${vx}" y="${vy - 120}" width="240" height="120" fill="#8c8579"/><rect x="${vx + 30}" y="${vy - 90}" width="40" height="55" fill="#2b2a28"/><rect x="${vx + 110}" y="${vy - 90}" width="40" height="55" fill="#2b2a28"/><rect x="${vx + 180}" y="${vy - 60}" width="36" height="60" fill="#2b2a28"/><polygon points="${pts([[vx, vy - 120], [vx + 30, vy - 160], [vx + 90, vy - 150], [vx + 120, vy - 120]])}" fill="#7d766b"/>`);
    c.add(`<path d="M${vx},${vy - 120} l240,0" stroke="#5e7d4c" stroke-width="10" stroke-dasharray="16 12"/>`);
    for (let i = 0; i < 10; i += 1) c.add(pine(c.r.range(700, 1550), c.r.range(840, 960), c.r.range(90, 150), '#1d3a2c'));
  },

  station(c) {
    sky(c, 'day', { sun: [1400, 150, 45] });
    karst(c, { base: 520, hMin: 120, hMax: 220, wMin: 180, wMax: 260, color: '#93b29f', count: 9 });
    c.add(`<rect x="0" y="510" width="${W}" height="${H - 510}" fill="#8fae6f"/>`);
    c.add(`<rect x="150" y="360" width="900" height="200" fill="#f1e4c3"/><polygon points="120,360 1080,360 1000,300 200,300" fill="#a94432"/>`);
    for (let i = 0; i < 9; i += 1) c.add(`<rect x="${190 + i * 96}" y="400" width="56" height="100" rx="26" fill="#6b4b2f"/>`);
    c.add(`<rect x="520" y="250" width="160" height="60" fill="#f1e4c3"/><polygon points="500,250 700,250 660,215 540,215" fill="#a94432"/>`);
    c.add(`<rect x="0" y="560" width="${W}" height="40" fill="#c9c3b5"/>`);
    c.add(`<rect x="0" y="600" width="${W}" height="400" fill="#7a715f"/>`);
    for (let i = 0; i < 40; i += 1) c.add(`<rect x="${i * 42}" y="760" width="24" height="70" fill="#5a4636"/>`);
    c.add(`<rect x="0" y="772" width="${W}" height="10" fill="#c8ccd0"/><rect x="0" y="812" width="${W}" height="10" fill="#c8ccd0"/>`);
    const cars = [[80, '#1f618d'], [420, '#1f618d'], [760, '#1f618d'], [1100, '#b03a2e']];
    for (const [x, col] of cars) {
      const isLoco = col === '#b03a2e';
      c.add(`<rect x="${x}" y="620" width="${isLoco ? 380 : 320}" height="150" rx="${isLoco ? 30 : 10}" fill="${col}"/>`);
      c.add(`<rect x="${x}" y="700" width="${isLoco ? 380 : 320}" height="14" fill="#f4d03f"/>`);
      if (!isLoco) for (let k = 0; k < 5; k += 1) c.add(`<rect x="${x + 20 + k * 60}" y="640" width="44" height="44" fill="#d6eaf8"/>`);
      else c.add(`<rect x="${x + 270}" y="640" width="90" height="50" rx="10" fill="#d6eaf8"/>`);
      c.add(`<circle cx="${x + 60}" cy="785" r="22" fill="#222"/><circle cx="${x + (isLoco ? 320 : 260)}" cy="785" r="22" fill="#222"/>`);
    }
    for (let i = 0; i < 5; i += 1) c.add(person(300 + i * 180, 600, 70, c.r.pick(['#c0392b', '#2e86c1', '#229954', '#7d3c98'])));
  },

  lake(c, { boat = true, island = false, cliffs = false, houses = false, time = 'morning' } = {}) {
    sky(c, time, { sun: [1250, 200, 55] });
    if (cliffs) {
      c.add(`<path d="M0,0 L520,0 C560,200 520,420 600,600 L0,600 Z" fill="#4d6e57"/><path d="M${W},0 L1080,0 C1040,220 1100,440 1000,600 L${W},600 Z" fill="#3f6049"/>`);
      c.add(`<path d="M0,0 L430,0 C470,200 440,420 520,600 L0,600 Z" fill="#2f5a3c"/><path d="M${W},0 L1180,0 C1140,220 1190,440 1100,600 L${W},600 Z" fill="#2a5236"/>`);
      karst(c, { base: 600, hMin: 80, hMax: 160, wMin: 120, wMax: 200, color: '#7f9f8d', count: 3, x0: 560, x1: 1040 });
    } else {
      karst(c, { base: 540, hMin: 160, hMax: 260, wMin: 180, wMax: 260, color: '#9cb5a8', count: 9 });
      mist(c, { y: 520, opacity: 0.4 });
      karst(c, { base: 600, hMin: 140, hMax: 280, wMin: 160, wMax: 280, color: '#4e7a5c', count: 7, light: '#9cc48e' });
    }
    water(c, { y: 600, top: '#5fa39a', bottom: '#1f5b5e', streaks: 70, sparkle: '#eafff8' });
    c.add(`<g opacity="0.25" transform="translate(0 1200) scale(1 -1)"><rect x="0" y="600" width="${W}" height="0" fill="none"/></g>`);
    if (island) {
      c.add(`<ellipse cx="800" cy="720" rx="260" ry="40" fill="#3b6a45"/>`);
      c.add(roundTree(700, 720, 50, '#2f6b3f') + roundTree(820, 715, 65, '#356f3f') + roundTree(920, 722, 45, '#2b5f36'));
      c.add(`<ellipse cx="800" cy="760" rx="240" ry="18" fill="#0e3a3a" opacity="0.35"/>`);
    }
    if (houses) {
      c.add(`<path d="M0,${H} L0,700 C300,680 600,690 900,720 C1100,740 1200,800 1250,${H} Z" fill="#5b8a48"/>`);
      for (let i = 0; i < 5; i += 1) c.add(stiltHouse(60 + i * 190, 820 + (i % 2) * 30, 150, { roof: '#6a4a3a' }));
      c.add(roundTree(1050, 880, 70) + roundTree(1180, 960, 60));
    }
    if (boat) {
      const bx = cliffs ? 680 : 900;
      const by = cliffs ? 800 : 820;
      c.add(`<path d="M${bx},${by} q130,30 260,0 l-18,18 q-110,24 -224,0 Z" fill="#5b3a22"/>`);
      c.add(person(bx + 80, by + 2, 70, '#2e4053', { hat: true }) + person(bx + 170, by + 2, 70, '#c0392b'));
      c.add(`<line x1="${bx + 60}" y1="${by - 40}" x2="${bx + 10}" y2="${by + 30}" stroke="#3b2a1a" stroke-width="5"/>`);
      c.add(`<path d="M${bx - 20},${by + 26} q150,20 300,0" stroke="#eafff8" stroke-width="3" fill="none" opacity="0.5"/>`);
    }
  },

  pineLake(c, { cabins = false } = {}) {
    sky(c, 'mist', { sun: [1200, 240, 50, '#fff8e1'] });
    ridge(c, { y: 420, amp: 80, color: '#9fb4ad', n: 6 });
    for (let i = 0; i < 40; i += 1) c.add(pine(c.r.range(0, W), c.r.range(460, 520), c.r.range(60, 90), '#7a9a8a'));
    mist(c, { y: 500, opacity: 0.6, count: 6 });
    c.add(`<rect x="0" y="540" width="${W}" height="120" fill="#52806a"/>`);
    for (let i = 0; i < 45; i += 1) c.add(pine(c.r.range(0, W), c.r.range(560, 640), c.r.range(90, 150), '#2d5a45'));
    water(c, { y: 640, top: '#9fc2bd', bottom: '#5a8d8c', streaks: 50 });
    c.add(`<path d="M0,${H} L0,820 C300,800 500,840 700,880 C800,900 820,${H} 820,${H} Z" fill="#3f6b48"/>`);
    for (let i = 0; i < 8; i += 1) c.add(pine(c.r.range(20, 700), c.r.range(860, 980), c.r.range(180, 300), '#1f4535'));
    if (cabins) {
      for (let i = 0; i < 4; i += 1) {
        const x = 900 + i * 170;
        const y = 620 - (i % 2) * 12;
        c.add(`<rect x="${x}" y="${y - 60}" width="110" height="60" fill="#a0714a"/><polygon points="${pts([[x - 14, y - 58], [x + 124, y - 58], [x + 55, y - 120]])}" fill="#5b3b2a"/><rect x="${x + 42}" y="${y - 40}" width="26" height="40" fill="#3b2a1f"/><rect x="${x + 12}" y="${y - 48}" width="20" height="18" fill="#fbe7a1"/>`);
      }
      c.add(`<path d="M820,${H} C900,900 1000,800 1120,700" stroke="#d6c7a8" stroke-width="14" fill="none"/>`);
    }
  },

  marker(c) {
    sky(c, 'day', { sun: [1350, 170, 50] });
    ridge(c, { y: 420, amp: 100, color: '#9db3b8', n: 7 });
    mist(c, { y: 430, opacity: 0.5 });
    ridge(c, { y: 520, amp: 120, color: '#6f9479', n: 6 });
    c.add(`<path d="M0,${H} L0,760 C300,700 520,520 800,440 C1080,520 1300,700 ${W},760 L${W},${H} Z" fill="${c.vgrad([[0, '#6aa456'], [1, '#3f7a3c']])}"/>`);
    for (let i = 0; i < 22; i += 1) {
      const t = i / 21;
      const y = 470 + t * 520;
      const w = 50 + t * 260;
      c.add(`<rect x="${f1(800 - w / 2)}" y="${f1(y)}" width="${f1(w)}" height="${f1(8 + t * 14)}" fill="#cfc8b8"/><rect x="${f1(800 - w / 2)}" y="${f1(y + 8 + t * 14)}" width="${f1(w)}" height="${f1(6 + t * 8)}" fill="#a39c8c"/>`);
    }
    c.add(`<polygon points="770,460 800,260 830,460" fill="#d9d4cc"/><polygon points="800,260 830,460 860,440" fill="#b8b2a8"/>`);
    c.add(`<rect x="740" y="455" width="130" height="22" fill="#c8c1b4"/>`);
    c.add(`<circle cx="795" cy="330" r="12" fill="#c9a227"/>`);
    for (let i = 0; i < 12; i += 1) {
      const side = i % 2 ? 1 : -1;
      c.add(roundTree(800 + side * c.r.range(220, 720), c.r.range(640, 900), c.r.range(30, 60), '#2f6b3f'));
    }
  },

  rongMountains(c) {
    sky(c, 'morning', { sun: [300, 200, 50] });
    ridge(c, { y: 330, amp: 200, color: '#7d8fa6', n: 6, sharp: true });
    mist(c, { y: 420, opacity: 0.7, count: 6 });
    ridge(c, { y: 500, amp: 180, color: '#4d6f62', n: 7 });
    mist(c, { y: 560, opacity: 0.5 });
    c.add(`<path d="M0,${H} L0,720 C400,680 800,700 1200,730 C1400,740 1500,720 ${W},720 L${W},${H} Z" fill="#5f8a4c"/>`);
    c.add(rongHouse(800, 860, 300));
    for (let i = 0; i < 9; i += 1) c.add(roundTree(c.r.pick([c.r.range(40, 560), c.r.range(1040, 1560)]), c.r.range(800, 960), c.r.range(40, 70)));
    c.add(person(620, 940, 90, '#7b241c') + person(1000, 950, 90, '#1f3a5f'));
  },

  stiltVillage(c) {
    sky(c, 'day', { sun: [1300, 160, 50] });
    karst(c, { base: 520, hMin: 180, hMax: 300, wMin: 180, wMax: 260, color: '#8faf9c', count: 9 });
    karst(c, { base: 600, hMin: 160, hMax: 300, wMin: 180, wMax: 280, color: '#4f7d5e', count: 7, light: '#a3c893' });
    c.add(`<rect x="0" y="590" width="${W}" height="${H - 590}" fill="#7aa85a"/>`);
    for (let i = 0; i < 6; i += 1) c.add(stiltHouse(100 + i * 240 + c.r.range(-20, 20), 700 + (i % 2) * 20, 170, { roof: '#4e3f3a' }));
    for (let i = 0; i < 7; i += 1) c.add(`<path d="M0,${760 + i * 36} C400,${740 + i * 38} 1200,${780 + i * 36} ${W},${750 + i * 38} L${W},${790 + i * 38} C1200,${815 + i * 36} 400,${775 + i * 38} 0,${795 + i * 36} Z" fill="${i % 2 ? '#a9c95a' : '#c9d86a'}" opacity="0.9"/>`);
  },

  boatRace(c) {
    sky(c, 'night', { moon: [1250, 170, 70] });
    c.add(`<path d="M0,420 C300,400 600,430 900,410 C1200,395 1400,420 ${W},410 L${W},470 L0,470 Z" fill="#0d1a2e"/>`);
    for (let i = 0; i < 10; i += 1) c.add(palm(c.r.range(0, W), 450, c.r.range(120, 180), c.r.range(-0.2, 0.2), '#0b1526', '#0b1526'));
    water(c, { y: 460, top: '#1d2f5a', bottom: '#0b1530', streaks: 50, sparkle: '#ffe9a8' });
    c.add(`<rect x="1235" y="470" width="30" height="260" fill="#fff3cf" opacity="0.25" filter="url(#blur8)"/>`);
    const boats = [[80, 600, '#d4ac0d'], [180, 720, '#c0392b'], [40, 850, '#27ae60']];
    for (const [x, y, col] of boats) {
      const len = 1300;
      c.add(`<path d="M${x},${y} C${x + 200},${y + 30} ${x + len - 200},${y + 30} ${x + len},${y - 40} L${x + len - 40},${y + 8} C${x + len - 300},${y + 50} ${x + 300},${y + 50} ${x + 10},${y + 20} Z" fill="${col}"/>`);
      c.add(`<path d="M${x + len},${y - 40} q20,-30 50,-30" stroke="${col}" stroke-width="10" fill="none"/>`);
      for (let k = 0; k < 18; k += 1) {
        const rx = x + 120 + k * 62;
        c.add(`<circle cx="${rx}" cy="${y - 16}" r="11" fill="#1b1b1b"/><rect x="${rx - 9}" y="${y - 8}" width="18" height="18" fill="${k % 2 ? '#f4f6f7' : '#f9e79f'}"/><line x1="${rx}" y1="${y}" x2="${rx - 30}" y2="${y + 44}" stroke="#8b5a2b" stroke-width="5"/>`);
      }
    }
    for (let i = 0; i < 25; i += 1) c.add(lantern(c.r.range(0, W), c.r.range(500, 980), c.r.range(6, 12), c.r.pick(['#ffb347', '#ff7f50', '#ffd166'])));
  },

  lanternNight(c, { sky: skyLanterns = false } = {}) {
    sky(c, 'night', { moon: [skyLanterns ? 400 : 1200, 180, 75] });
    c.add(`<path d="M0,520 C300,480 700,500 1000,490 C1300,480 1500,500 ${W},500 L${W},560 L0,560 Z" fill="#0a1322"/>`);
    for (let i = 0; i < 6; i += 1) c.add(oldTree(c.r.range(0, W), 560, c.r.range(220, 320), '#0b1a24'));
    water(c, { y: 560, top: '#1a2b52', bottom: '#09122b', streaks: 40, sparkle: '#ffe9a8' });
    for (let i = 0; i < 40; i += 1) {
      const x = c.r.range(0, W);
      const y = c.r.range(600, 980);
      const s = 6 + ((y - 600) / 380) * 12;
      c.add(`<circle cx="${f1(x)}" cy="${f1(y)}" r="${f1(s * 3)}" fill="#ffb347" opacity="0.15"/><path d="M${f1(x - s)},${f1(y)} l${f1(s)},${f1(-s * 1.4)} l${f1(s)},${f1(s * 1.4)} Z" fill="#ffcf6e"/><ellipse cx="${f1(x)}" cy="${f1(y + 2)}" rx="${f1(s * 1.3)}" ry="${f1(s * 0.35)}" fill="#b35d1f"/>`);
    }
    if (skyLanterns) {
      for (let i = 0; i < 26; i += 1) {
        const x = c.r.range(500, W);
        const y = c.r.range(60, 480);
        const s = c.r.range(10, 26);
        c.add(`<circle cx="${f1(x)}" cy="${f1(y)}" r="${f1(s * 2.5)}" fill="#ffa94d" opacity="0.2"/><path d="M${f1(x - s * 0.7)},${f1(y - s)} L${f1(x + s * 0.7)},${f1(y - s)} L${f1(x + s * 0.5)},${f1(y + s)} L${f1(x - s * 0.5)},${f1(y + s)} Z" fill="#ffbf69"/>`);
      }
    } else {
      for (let i = 0; i < 12; i += 1) c.add(`<line x1="${80 + i * 130}" y1="0" x2="${80 + i * 130}" y2="${60 + (i % 3) * 30}" stroke="#333" stroke-width="2"/>` + lantern(80 + i * 130, 80 + (i % 3) * 30, 22, i % 2 ? '#e74c3c' : '#f39c12'));
    }
  },

  fireworksStage(c) {
    sky(c, 'night');
    const cols = ['#ff6b6b', '#ffd166', '#06d6a0', '#4cc9f0', '#f72585'];
    for (let i = 0; i < 6; i += 1) {
      const x = c.r.range(150, 1450);
      const y = c.r.range(120, 360);
      const col = cols[i % cols.length];
      let rays = '';
      for (let k = 0; k < 24; k += 1) {
        const a = (Math.PI * 2 * k) / 24;
        const len = c.r.range(70, 130);
        rays += `<line x1="${f1(x + Math.cos(a) * 15)}" y1="${f1(y + Math.sin(a) * 15)}" x2="${f1(x + Math.cos(a) * len)}" y2="${f1(y + Math.sin(a) * len)}" stroke="${col}" stroke-width="3" stroke-linecap="round"/>`;
      }
      c.add(`<g opacity="0.9">${rays}</g><circle cx="${f1(x)}" cy="${f1(y)}" r="90" fill="${col}" opacity="0.12"/>`);
    }
    c.add(`<rect x="200" y="540" width="1200" height="200" fill="#7b1f1f"/><rect x="160" y="740" width="1280" height="40" fill="#3b0f0f"/>`);
    c.add(`<rect x="300" y="560" width="1000" height="150" fill="${c.vgrad([[0, '#c0392b'], [1, '#922b21']])}"/>`);
    c.add(lotus(800, 650, 90));
    for (let i = 0; i < 30; i += 1) c.add(`<polygon points="${pts([[200 + i * 40, 540], [240 + i * 40, 540], [220 + i * 40, 580]])}" fill="${cols[i % cols.length]}"/>`);
    c.add(`<line x1="200" y1="540" x2="1400" y2="540" stroke="#ddd" stroke-width="3"/>`);
    audience(c, { yBack: 800, yFront: 930, rows: 3, colors: ['#1b2631', '#212f3d', '#283747'] });
  },

  pressRoom(c, { cameras = false, speaker = false } = {}) {
    c.add(`<rect width="${W}" height="${H}" fill="${c.vgrad([[0, '#e9eef2'], [1, '#c9d3da']])}"/>`);
    c.add(`<rect x="260" y="120" width="1080" height="420" rx="8" fill="${c.vgrad([[0, '#1f4e79'], [1, '#163a5c']])}"/>`);
    c.add(lotus(800, 300, 120));
    c.add(`<rect x="420" y="420" width="760" height="16" rx="8" fill="#ffffff" opacity="0.5"/><rect x="520" y="456" width="560" height="12" rx="6" fill="#ffffff" opacity="0.35"/>`);
    c.add(`<rect x="200" y="560" width="1200" height="30" fill="#8d6e4e"/>`);
    if (speaker) c.add(`<rect x="740" y="420" width="120" height="110" rx="40" fill="#2c3e50"/><circle cx="800" cy="400" r="46" fill="#d9a77d"/><path d="M754,390 q46,-60 92,0 q-10,-40 -46,-40 q-36,0 -46,40 Z" fill="#2b1d16"/>`);
    c.add(`<polygon points="690,520 910,520 880,760 720,760" fill="#6e4b2f"/><rect x="740" y="560" width="120" height="60" rx="30" fill="#f4d03f" opacity="0.8"/>`);
    for (let i = 0; i < 5; i += 1) c.add(`<line x1="${760 + i * 20}" y1="520" x2="${740 + i * 30}" y2="${470 - (i % 2) * 20}" stroke="#222" stroke-width="5"/><rect x="${730 + i * 30}" y="${450 - (i % 2) * 20}" width="20" height="28" rx="8" fill="${['#c0392b', '#2980b9', '#27ae60', '#f39c12', '#8e44ad'][i]}"/>`);
    c.add(`<rect x="160" y="520" width="6" height="260" fill="#bbb"/>${vnFlag(163, 780, 260)}`);
    if (cameras) {
      for (const x of [260, 1340]) c.add(`<line x1="${x}" y1="760" x2="${x - 60}" y2="960" stroke="#333" stroke-width="8"/><line x1="${x}" y1="760" x2="${x + 60}" y2="960" stroke="#333" stroke-width="8"/><line x1="${x}" y1="760" x2="${x}" y2="960" stroke="#333" stroke-width="8"/><rect x="${x - 70}" y="690" width="150" height="80" rx="10" fill="#222"/><rect x="${x + 80}" y="705" width="50" height="50" rx="8" fill="#444"/>`);
    }
    audience(c, { yBack: 800, yFront: 930, rows: 3 });
  },

  conferenceHall(c) {
    c.add(`<rect width="${W}" height="${H}" fill="${c.vgrad([[0, '#1b2838'], [1, '#2c3e50']])}"/>`);
    for (let i = 0; i < 10; i += 1) c.add(`<circle cx="${100 + i * 155}" cy="40" r="10" fill="#fff9e0"/><polygon points="${pts([[90 + i * 155, 40], [110 + i * 155, 40], [160 + i * 155, 400], [40 + i * 155, 400]])}" fill="#fff9e0" opacity="0.05"/>`);
    c.add(`<rect x="360" y="110" width="880" height="420" rx="6" fill="${c.vgrad([[0, '#2e86c1'], [1, '#1a5276']])}"/>`);
    const bars = [120, 170, 150, 220, 260, 310];
    bars.forEach((h, i) => c.add(`<rect x="${470 + i * 115}" y="${480 - h}" width="70" height="${h}" rx="6" fill="${i === bars.length - 1 ? '#f5b041' : '#aed6f1'}"/>`));
    c.add(`<path d="M480,420 C600,380 760,360 900,300 C1000,260 1080,220 1140,170" stroke="#f9e79f" stroke-width="6" fill="none"/>`);
    c.add(`<rect x="0" y="560" width="${W}" height="90" fill="#5d4037"/><rect x="300" y="580" width="1000" height="40" fill="#8e1b1b"/>`);
    for (let i = 0; i < 8; i += 1) c.add(`<circle cx="${360 + i * 125}" cy="548" r="22" fill="#2b1d16"/><rect x="${336 + i * 125}" y="560" width="48" height="24" fill="#34495e"/>`);
    for (let i = 0; i < 6; i += 1) c.add(`<ellipse cx="${330 + i * 190}" cy="592" rx="30" ry="14" fill="#f4d03f"/>`);
    audience(c, { yBack: 700, yFront: 930, rows: 4 });
  },

  classroom(c) {
    c.add(`<rect width="${W}" height="${H}" fill="${c.vgrad([[0, '#f4efe6'], [1, '#ddd3c2']])}"/>`);
    c.add(`<rect x="0" y="0" width="260" height="${H}" fill="#e6dccb"/><rect x="40" y="120" width="180" height="300" fill="#bfe0f5"/><rect x="40" y="470" width="180" height="300" fill="#bfe0f5"/>`);
    c.add(`<rect x="480" y="100" width="760" height="420" fill="#ffffff"/><rect x="480" y="100" width="760" height="40" fill="#1f4e79"/>`);
    c.add(`<rect x="540" y="190" width="300" height="24" rx="6" fill="#aab7b8"/><rect x="540" y="240" width="420" height="16" rx="6" fill="#d5dbdb"/><rect x="540" y="276" width="380" height="16" rx="6" fill="#d5dbdb"/>`);
    c.add(`<rect x="980" y="180" width="200" height="150" fill="#d6eaf8"/>${lotus(1080, 300, 70)}`);
    c.add(`<rect x="540" y="360" width="200" height="110" fill="#d5f5e3"/><rect x="770" y="360" width="200" height="110" fill="#fdebd0"/>`);
    for (let r = 0; r < 3; r += 1) {
      const y = 640 + r * 120;
      c.add(`<rect x="${300 - r * 60}" y="${y + 40}" width="${1100 + r * 120}" height="26" fill="#a0785a"/>`);
    }
    audience(c, { yBack: 600, yFront: 880, rows: 3, colors: ['#1f618d', '#7d3c98', '#229954', '#ba4a00', '#2e4053'] });
  },

  lotusScreens(c) {
    c.add(`<rect width="${W}" height="${H}" fill="${c.vgrad([[0, '#e8f6f3'], [1, '#a3e4d7']])}"/>`);
    water(c, { y: 700, top: '#76b6b0', bottom: '#3e8a86', streaks: 30 });
    for (let i = 0; i < 6; i += 1) c.add(`<ellipse cx="${f1(c.r.range(100, 1500))}" cy="${f1(c.r.range(760, 960))}" rx="${f1(c.r.range(60, 110))}" ry="${f1(c.r.range(18, 30))}" fill="#3f8f4f"/>`);
    c.add(`<line x1="300" y1="900" x2="320" y2="660" stroke="#3f7f3f" stroke-width="10"/>${lotus(320, 660, 200)}`);
    c.add(`<rect x="640" y="160" width="760" height="480" rx="20" fill="#2c3e50"/><rect x="670" y="190" width="700" height="400" fill="#fdfefe"/><rect x="980" y="640" width="80" height="70" fill="#566573"/><rect x="900" y="700" width="240" height="20" rx="8" fill="#566573"/>`);
    c.add(`<rect x="670" y="190" width="700" height="60" fill="#b03a2e"/>${lotus(720, 232, 40)}`);
    c.add(`<rect x="700" y="280" width="300" height="180" fill="#a9cce3"/><rect x="1030" y="280" width="310" height="24" rx="6" fill="#aab7b8"/><rect x="1030" y="320" width="280" height="14" rx="6" fill="#d5dbdb"/><rect x="1030" y="350" width="300" height="14" rx="6" fill="#d5dbdb"/><rect x="700" y="480" width="200" height="90" fill="#f9e79f"/><rect x="920" y="480" width="200" height="90" fill="#d5f5e3"/><rect x="1140" y="480" width="200" height="90" fill="#fadbd8"/>`);
    c.add(`<rect x="1300" y="420" width="190" height="360" rx="26" fill="#1c2833"/><rect x="1314" y="450" width="162" height="300" fill="#fdfefe"/><rect x="1314" y="450" width="162" height="40" fill="#b03a2e"/><rect x="1330" y="510" width="130" height="80" fill="#a9cce3"/><rect x="1330" y="605" width="120" height="12" rx="5" fill="#aab7b8"/><rect x="1330" y="630" width="100" height="12" rx="5" fill="#d5dbdb"/>`);
  },

  roastPork(c) {
    c.add(`<rect width="${W}" height="${H}" fill="#7b5236"/>`);
    for (let i = 0; i < 14; i += 1) c.add(`<rect x="0" y="${i * 75}" width="${W}" height="3" fill="#5e3c26" opacity="0.6"/>`);
    c.add(`<ellipse cx="820" cy="520" rx="560" ry="380" fill="#3d2a1d" opacity="0.35" filter="url(#blur24)"/>`);
    c.add(`<ellipse cx="800" cy="500" rx="540" ry="360" fill="#f4f1ea"/><ellipse cx="800" cy="500" rx="470" ry="300" fill="#ffffff"/><ellipse cx="800" cy="500" rx="470" ry="300" fill="none" stroke="#2e86c1" stroke-width="8" opacity="0.5"/>`);
    for (let i = 0; i < 7; i += 1) c.add(`<ellipse cx="${f1(500 + c.r.range(-60, 620))}" cy="${f1(330 + c.r.range(-40, 360))}" rx="80" ry="28" fill="#3f8f3f" transform="rotate(${f1(c.r.range(-40, 40))} 800 500)"/>`);
    for (let i = 0; i < 9; i += 1) {
      const x = 470 + (i % 3) * 210 + c.r.range(-15, 15);
      const y = 330 + Math.floor(i / 3) * 110 + c.r.range(-10, 10);
      c.add(`<g transform="rotate(${f1(c.r.range(-12, 12))} ${f1(x + 90)} ${f1(y + 40)})"><rect x="${f1(x)}" y="${f1(y)}" width="180" height="90" rx="14" fill="#f1c6a8"/><rect x="${f1(x)}" y="${f1(y)}" width="180" height="30" rx="12" fill="#b5651d"/><rect x="${f1(x)}" y="${f1(y + 24)}" width="180" height="10" fill="#f6e1c6"/><rect x="${f1(x + 10)}" y="${f1(y + 48)}" width="160" height="6" rx="3" fill="#e8a98a" opacity="0.7"/></g>`);
    }
    c.add(`<circle cx="1380" cy="200" r="110" fill="#f4f1ea"/><circle cx="1380" cy="200" r="85" fill="#8e3b1c"/><circle cx="1360" cy="185" r="20" fill="#a9522c" opacity="0.8"/>`);
    c.add(`<rect x="180" y="820" width="420" height="18" rx="9" fill="#d9b77b" transform="rotate(-12 390 829)"/><rect x="180" y="860" width="420" height="18" rx="9" fill="#d9b77b" transform="rotate(-10 390 869)"/>`);
  },

  aerialZone(c) {
    c.add(`<rect width="${W}" height="${H}" fill="#7fa65c"/>`);
    for (let i = 0; i < 30; i += 1) c.add(`<circle cx="${f1(c.r.range(0, W))}" cy="${f1(c.r.range(0, H))}" r="${f1(c.r.range(30, 80))}" fill="#5f8f46" opacity="0.6"/>`);
    c.add(`<path d="M0,820 C400,760 700,900 1100,840 C1300,810 1450,860 ${W},830 L${W},900 C1450,930 1300,880 1100,910 C700,970 400,830 0,890 Z" fill="#5aa0b8"/>`);
    c.add(`<path d="M760,${H} L800,0" stroke="#cfc7b5" stroke-width="46"/><path d="M760,${H} L800,0" stroke="#fff" stroke-width="3" stroke-dasharray="26 20"/>`);
    c.add(`<path d="M0,420 L${W},380" stroke="#cfc7b5" stroke-width="30"/>`);
    const cols = ['#d5d8dc', '#f5cba7', '#aed6f1', '#d7bde2', '#a9dfbf', '#f9e79f'];
    for (let gx = 0; gx < 6; gx += 1) {
      for (let gy = 0; gy < 4; gy += 1) {
        const x = 100 + gx * 230 + (gx >= 3 ? 60 : 0);
        const y = 120 + gy * 160 + (gy >= 2 ? 40 : 0);
        if (y > 700) continue;
        c.add(`<rect x="${x}" y="${y}" width="180" height="120" fill="#e5e8e8" stroke="#b3b6b7" stroke-width="4"/>`);
        if (c.r() < 0.75) c.add(`<rect x="${x + 20}" y="${y + 20}" width="${f1(c.r.range(80, 140))}" height="${f1(c.r.range(50, 80))}" fill="${c.r.pick(cols)}"/>`);
        if (c.r() < 0.3) for (let k = 0; k < 4; k += 1) c.add(container(x + 30 + k * 36, y + 80, 30, 18, c.r.pick(['#c0392b', '#2874a6', '#229954', '#d68910'])));
      }
    }
    c.add(`<rect x="730" y="20" width="140" height="60" fill="#f2ead8" stroke="#b5462e" stroke-width="8"/>`);
  },

  industrySunrise(c) {
    sky(c, 'dawn', { sun: [800, 520, 90, '#ffe0a3'] });
    c.add(`<rect x="0" y="520" width="${W}" height="${H - 520}" fill="#3b5b44"/>`);
    for (let i = 0; i < 7; i += 1) {
      const x = 60 + i * 220;
      const h = c.r.range(90, 170);
      c.add(`<rect x="${x}" y="${f1(540 - h)}" width="180" height="${f1(h)}" fill="#4a5d6a"/>`);
      for (let k = 0; k < 4; k += 1) c.add(`<polygon points="${pts([[x + k * 45, 540 - h], [x + k * 45 + 45, 540 - h], [x + k * 45 + 45, 540 - h - 26]])}" fill="#5d7382"/>`);
      if (i % 3 === 0) c.add(`<rect x="${x + 140}" y="${f1(540 - h - 120)}" width="20" height="120" fill="#566573"/>`);
    }
    forestBand(c, { y: 600, count: 40, rMin: 20, rMax: 40, color: '#2f5e3a', light: '#3f7a4a' });
    const bars = [120, 180, 250, 320, 400];
    bars.forEach((h, i) => c.add(`<rect x="${300 + i * 220}" y="${960 - h}" width="130" height="${h}" rx="14" fill="${c.vgrad([[0, i === 4 ? '#f7dc6f' : '#a9dfbf'], [1, i === 4 ? '#d4ac0d' : '#52be80']])}"/>`));
    c.add(`<path d="M330,800 C600,760 900,660 1300,520" stroke="#fdfefe" stroke-width="8" fill="none" stroke-linecap="round"/><polygon points="1300,520 1262,520 1290,552" fill="#fdfefe"/>`);
  },

  logistics(c) {
    sky(c, 'day', { sun: [1420, 140, 45] });
    karst(c, { base: 430, hMin: 100, hMax: 200, wMin: 180, wMax: 260, color: '#a8c0b4', count: 9 });
    c.add(`<rect x="0" y="420" width="${W}" height="${H - 420}" fill="#b9b4a8"/>`);
    c.add(`<rect x="60" y="260" width="760" height="240" fill="#d6dbdf"/><path d="M40,270 Q440,170 840,270 Z" fill="#85929e"/>`);
    for (let i = 0; i < 6; i += 1) c.add(`<rect x="${100 + i * 120}" y="380" width="90" height="120" fill="#5d6d7e"/>`);
    const cols = ['#c0392b', '#2874a6', '#229954', '#d68910', '#7d3c98', '#17a589'];
    for (let s = 0; s < 3; s += 1) for (let i = 0; i < 5; i += 1) c.add(container(900 + i * 130 - s * 10, 420 - s * 56, 124, 52, c.r.pick(cols)));
    c.add(`<rect x="0" y="600" width="${W}" height="160" fill="#7f7b72"/>`);
    for (let i = 0; i < 40; i += 1) c.add(`<rect x="${i * 60}" y="676" width="34" height="6" fill="#f4f6f6"/>`);
    for (let i = 0; i < 4; i += 1) c.add(truck(60 + i * 380, 700, 330, c.r.pick(['#2e86c1', '#c0392b', '#27ae60', '#f39c12']), c.r.pick(cols)));
    c.add(`<rect x="0" y="760" width="${W}" height="${H - 760}" fill="#a7a193"/>`);
    for (let i = 0; i < 3; i += 1) c.add(truck(200 + i * 480, 930, 380, '#34495e', '#ecf0f1', -1));
  },

  coconutFactory(c) {
    sky(c, 'day', { sun: [260, 160, 50] });
    c.add(`<rect x="0" y="480" width="${W}" height="220" fill="#6c9c55"/>`);
    c.add(`<rect x="520" y="300" width="620" height="220" fill="#ecf0f1"/><path d="M500,310 L1160,310 L1120,250 L540,250 Z" fill="#1e8449"/><rect x="980" y="160" width="40" height="150" fill="#aab7b8"/>`);
    for (let i = 0; i < 5; i += 1) c.add(`<rect x="${560 + i * 110}" y="380" width="70" height="90" fill="#85c1e9"/>`);
    c.add(`<rect x="680" y="430" width="140" height="90" fill="#7f8c8d"/>`);
    for (let i = 0; i < 12; i += 1) c.add(palm(c.r.pick([c.r.range(0, 480), c.r.range(1180, W)]), c.r.range(520, 620), c.r.range(220, 320), c.r.range(-0.25, 0.25)));
    water(c, { y: 700, top: '#a1b97f', bottom: '#6f8a50', streaks: 40, sparkle: '#fff7dd' });
    c.add(`<path d="M420,820 q120,24 240,0 l-16,18 q-104,22 -208,0 Z" fill="#6b3e26"/>`);
    for (let i = 0; i < 9; i += 1) c.add(`<circle cx="${470 + (i % 5) * 28}" cy="${806 - Math.floor(i / 5) * 18}" r="14" fill="#5d8a2f"/>`);
  },

  greenPlant(c) {
    sky(c, 'day', { sun: [1350, 150, 50] });
    ridge(c, { y: 460, amp: 80, color: '#a3bfae', n: 6 });
    c.add(`<rect x="0" y="480" width="${W}" height="${H - 480}" fill="#86b36a"/>`);
    c.add(`<rect x="380" y="330" width="840" height="230" fill="#f4f6f7"/><rect x="960" y="190" width="60" height="160" fill="#d0d3d4"/>`);
    for (let i = 0; i < 8; i += 1) c.add(`<polygon points="${pts([[390 + i * 104, 330], [486 + i * 104, 330], [470 + i * 104, 290], [406 + i * 104, 290]])}" fill="#1f3a5f"/><line x1="${438 + i * 104}" y1="292" x2="${438 + i * 104}" y2="328" stroke="#5dade2" stroke-width="2"/>`);
    for (let i = 0; i < 6; i += 1) c.add(`<rect x="${420 + i * 130}" y="430" width="90" height="130" fill="#a9cce3"/>`);
    c.add(`<ellipse cx="1240" cy="520" rx="90" ry="40" fill="#d5dbdb"/><rect x="1150" y="440" width="180" height="80" fill="#d5dbdb"/><ellipse cx="1240" cy="440" rx="90" ry="40" fill="#eaeded"/>`);
    for (let i = 0; i < 16; i += 1) c.add(roundTree(40 + i * 100 + c.r.range(-20, 20), 700 + (i % 2) * 30, c.r.range(40, 60), '#2e7d32'));
    c.add(`<rect x="0" y="760" width="${W}" height="${H - 760}" fill="#6a9a50"/><path d="M700,${H} L760,560" stroke="#cfc7b5" stroke-width="40"/>`);
  },

  borderGateScene(c, { trucks = false, journalists = false, screen = false, filming = false } = {}) {
    sky(c, 'morning', { sun: [1380, 180, 50] });
    ridge(c, { y: 360, amp: 140, color: '#90aab0', n: 6 });
    mist(c, { y: 430, opacity: 0.5 });
    ridge(c, { y: 470, amp: 140, color: '#557f63', n: 7 });
    c.add(`<rect x="0" y="560" width="${W}" height="${H - 560}" fill="#86a96a"/>`);
    c.add(`<polygon points="640,600 960,600 1300,${H} 300,${H}" fill="#a9a498"/><path d="M800,600 L800,${H}" stroke="#fdfefe" stroke-width="6" stroke-dasharray="30 24"/>`);
    c.add(borderGate(800, 610, 560));
    if (trucks) {
      c.add(`<rect x="0" y="840" width="${W}" height="130" fill="#9d988c"/><path d="M0,955 L${W},955" stroke="#fdfefe" stroke-width="5" stroke-dasharray="30 24"/>`);
      for (let i = 0; i < 6; i += 1) c.add(truck(-60 + i * 290, 935, 250, c.r.pick(['#2e86c1', '#c0392b', '#27ae60', '#f39c12']), c.r.pick(['#f39c12', '#e74c3c', '#a9dfbf', '#f5b7b1', '#f9e79f'])));
    }
    if (screen) c.add(`<rect x="1120" y="560" width="24" height="300" fill="#7f8c8d"/><rect x="1010" y="380" width="300" height="190" rx="10" fill="#1c2833"/><rect x="1024" y="394" width="272" height="162" fill="${c.vgrad([[0, '#5dade2'], [1, '#2e86c1']])}"/>${lotus(1100, 500, 60)}<rect x="1150" y="430" width="120" height="16" rx="6" fill="#fdfefe"/><rect x="1150" y="460" width="100" height="12" rx="5" fill="#d6eaf8"/><rect x="1150" y="486" width="110" height="12" rx="5" fill="#d6eaf8"/>`);
    if (journalists) for (let i = 0; i < 6; i += 1) c.add(person(520 + i * 110, 960, 170, c.r.pick(['#1f618d', '#7b241c', '#196f3d', '#4a235a']), { camera: i % 2 === 0 }));
    if (filming) c.add(person(1300, 840, 220, '#1f3a5f', { camera: true }) + `<line x1="1330" y1="840" x2="1390" y2="700" stroke="#333" stroke-width="6"/>`);
  },

  conPole(c) {
    sky(c, 'morning', { sun: [300, 180, 45] });
    karst(c, { base: 560, hMin: 200, hMax: 300, wMin: 180, wMax: 260, color: '#7ea28c', count: 8 });
    water(c, { y: 560, top: '#6fb0a6', bottom: '#3c7f7c', streaks: 40, h: 700 });
    c.add(`<rect x="0" y="700" width="${W}" height="${H - 700}" fill="#8cbf5c"/>`);
    c.add(`<line x1="800" y1="960" x2="800" y2="200" stroke="#7a5a3a" stroke-width="14"/><circle cx="800" cy="200" r="50" fill="none" stroke="#e74c3c" stroke-width="12"/><circle cx="800" cy="200" r="30" fill="#fdfefe"/>`);
    const cols = ['#e74c3c', '#f1c40f', '#27ae60', '#3498db', '#9b59b6'];
    for (let i = 0; i < 10; i += 1) {
      const x = 80 + i * 160;
      if (Math.abs(x - 800) < 80) continue;
      c.add(`<line x1="${x}" y1="940" x2="${x}" y2="680" stroke="#8b6b4a" stroke-width="6"/><path d="M${x},690 l80,20 l-80,22 Z" fill="${cols[i % 5]}"/>`);
    }
    for (let i = 0; i < 12; i += 1) c.add(person(c.r.range(100, 1500), c.r.range(880, 990), 110, c.r.pick(['#1b4f72', '#1a237e', '#0b3d91', '#263238']), { head: '#d9a77d' }));
    for (let i = 0; i < 3; i += 1) c.add(`<circle cx="${720 + i * 60}" cy="${420 + i * 40}" r="12" fill="${cols[i]}"/><path d="M${720 + i * 60},${432 + i * 40} q-10,30 6,50" stroke="${cols[i]}" stroke-width="4" fill="none"/>`);
  },

  handshake(c) {
    sky(c, 'day', { sun: [1380, 150, 45] });
    c.add(`<rect x="0" y="520" width="${W}" height="${H - 520}" fill="#7faf63"/>`);
    for (let i = 0; i < 8; i += 1) c.add(`<rect x="${40 + i * 200}" y="${f1(520 - c.r.range(80, 150))}" width="160" height="160" fill="#dfe6e9"/>`);
    c.add(`<path d="M0,640 C500,600 1100,700 ${W},620" stroke="#cfc7b5" stroke-width="60" fill="none"/><path d="M0,640 C500,600 1100,700 ${W},620" stroke="#fff" stroke-width="4" stroke-dasharray="30 24" fill="none"/>`);
    c.add(`<path d="M-20,940 L520,700 L600,820 L60,${H + 40} Z" fill="#1f3a5f"/><path d="M${W + 20},940 L1080,700 L1000,820 L${W - 60},${H + 40} Z" fill="#4a4a4a"/>`);
    c.add(`<path d="M500,690 L580,660 L620,770 L540,800 Z" fill="#fdfefe"/><path d="M1100,690 L1020,660 L980,770 L1060,800 Z" fill="#fdfefe"/>`);
    c.add(`<path d="M580,660 C660,610 760,600 840,640 C880,660 880,700 840,710 L760,720 C720,770 660,790 620,770 Z" fill="#e0ac84"/>`);
    c.add(`<path d="M1020,660 C950,620 860,620 780,650 C740,670 760,720 800,720 L860,760 C900,790 950,790 980,770 Z" fill="#c68d62"/>`);
    for (let i = 0; i < 4; i += 1) c.add(`<path d="M${800 - i * 30},${652 + i * 4} q20,30 -6,60" stroke="#a8734c" stroke-width="4" fill="none" opacity="0.6"/>`);
  },

  phoneFalse(c) {
    sky(c, 'morning');
    karst(c, { base: 700, hMin: 260, hMax: 420, wMin: 260, wMax: 360, color: '#5f8a6b', count: 5, light: '#b5d3a8' });
    c.add(`<path d="M80,700 C90,560 200,480 300,480 C400,480 510,560 520,700 Z" fill="#0d1010"/>`);
    water(c, { y: 700, top: '#5fa39a', bottom: '#25595a', streaks: 40 });
    c.add(`<rect x="860" y="90" width="460" height="860" rx="60" fill="#1c2833"/><rect x="890" y="160" width="400" height="720" rx="10" fill="#fdfefe"/>`);
    c.add(`<circle cx="940" cy="220" r="30" fill="#aab7b8"/><rect x="990" y="200" width="200" height="18" rx="8" fill="#aab7b8"/><rect x="990" y="230" width="140" height="12" rx="6" fill="#d5dbdb"/>`);
    c.add(`<rect x="910" y="280" width="360" height="220" fill="#2f2f2f"/><path d="M950,500 C960,400 1030,340 1090,340 C1150,340 1220,400 1230,500 Z" fill="#000"/>`);
    for (let i = 0; i < 4; i += 1) c.add(`<rect x="910" y="${530 + i * 34}" width="${360 - i * 50}" height="16" rx="7" fill="#d5dbdb"/>`);
    c.add(`<circle cx="1200" cy="330" r="110" fill="#c0392b" opacity="0.92"/><path d="M1150,280 L1250,380 M1250,280 L1150,380" stroke="#fff" stroke-width="24" stroke-linecap="round"/>`);
    c.add(`<rect x="930" y="720" width="320" height="110" rx="14" fill="#e8f8f5" stroke="#27ae60" stroke-width="6"/><path d="M960,775 l30,30 l60,-60" stroke="#27ae60" stroke-width="14" fill="none" stroke-linecap="round" stroke-linejoin="round"/><rect x="1080" y="750" width="140" height="14" rx="6" fill="#a9dfbf"/><rect x="1080" y="784" width="110" height="14" rx="6" fill="#a9dfbf"/>`);
  },
};

// ---------------------------------------------------------------- the images and where they go

/** Every image the demo content references: path under content/, scene and options. */
const images = [
  ['localities/quang-tri/quang-tri.jpg', 'coastKarst'],
  ['localities/vinh-long/vinh-long.jpg', 'delta'],
  ['localities/lang-son/lang-son.jpg', 'borderValley'],
  ['localities/thai-nguyen/thai-nguyen.jpg', 'teaHills'],
  ['localities/quang-ngai/quang-ngai.jpg', 'highlandToCoast'],

  ['destinations/phong-nha-ke-bang/song-son.jpg', 'karstRiver'],
  ['destinations/phong-nha-ke-bang/hang-phong-nha.jpg', 'caveMouth'],
  ['destinations/phong-nha-ke-bang/nui-da-voi.jpg', 'karstLayers', { time: 'day' }],
  ['destinations/phong-nha-ke-bang/rung-nguyen-sinh.jpg', 'forestStream'],
  ['destinations/dong-hoi/bien-nhat-le.jpg', 'riverMouthTown'],
  ['destinations/cua-khau-cha-lo/cha-lo.jpg', 'borderGateScene'],
  ['destinations/ao-ba-om/ao-ba-om.jpg', 'pondTrees'],
  ['destinations/chua-ang/chua-ang.jpg', 'khmerPagoda'],
  ['destinations/cua-khau-tan-thanh/tan-thanh.jpg', 'borderGateScene', { trucks: true }],
  ['destinations/mau-son/mau-son.jpg', 'cloudSea'],
  ['destinations/dong-dang/ga-dong-dang.jpg', 'station'],
  ['destinations/ho-ba-be/ho-ba-be.jpg', 'lake'],
  ['destinations/ho-ba-be/ho-ba-be-thuyen.jpg', 'lake', { cliffs: true }],
  ['destinations/ho-ba-be/ho-ba-be-dao.jpg', 'lake', { boat: false, island: true, time: 'day' }],
  ['destinations/ho-ba-be/ban-pac-ngoi.jpg', 'lake', { boat: false, houses: true, time: 'day' }],
  ['destinations/mang-den/mang-den.jpg', 'pineLake'],
  ['destinations/cot-moc-ba-bien-gioi/cot-moc.jpg', 'marker'],
  ['destinations/dak-glei/dak-glei.jpg', 'rongMountains'],

  ['culture/ok-om-bok/dua-ghe-ngo.jpg', 'boatRace'],
  ['culture/lon-quay-lang-son/lon-quay.jpg', 'roastPork'],
  ['culture/che-tan-cuong/doi-che.jpg', 'teaHills', { pickers: 3, pan: true }],
  ['culture/di-san-phong-nha-ke-bang/di-san-karst.jpg', 'karstLayers', { time: 'sunset' }],
  ['culture/nguoi-khmer-vinh-long/cong-dong-khmer.jpg', 'khmerPagoda', { palms: true, banners: true }],
  ['culture/nguoi-tay-nung-lang-son/ban-tay-nung.jpg', 'stiltVillage'],

  ['events/le-hoi-ok-om-bok-2026/le-hoi-ok-om-bok.jpg', 'lanternNight'],
  ['events/hop-bao-dinh-ky-thang-10-2026/hop-bao.jpg', 'pressRoom'],
  ['events/hop-bao-dinh-ky-thang-12-2026/hop-bao-cuoi-nam.jpg', 'pressRoom', { cameras: true }],
  ['events/hoi-nghi-xuc-tien-dau-tu-2026/hoi-nghi.jpg', 'conferenceHall'],
  ['events/doan-phong-vien-nuoc-ngoai-2026/doan-phong-vien.jpg', 'borderGateScene', { journalists: true }],
  ['events/ky-niem-65-nam-quan-he-viet-nam-lao/giao-luu-huu-nghi.jpg', 'fireworksStage'],

  ['investment/khu-kinh-te-cua-khau-dong-dang-lang-son/khu-kinh-te.jpg', 'aerialZone'],
  ['investment/uu-dai-dau-tu/uu-dai.jpg', 'industrySunrise'],
  ['investment/trung-tam-logistics-dong-dang/logistics.jpg', 'logistics'],
  ['investment/khu-du-lich-sinh-thai-mang-den/resort-mang-den.jpg', 'pineLake', { cabins: true }],
  ['investment/nha-may-che-bien-dua/che-bien-dua.jpg', 'coconutFactory'],
  ['investment/nha-may-xu-ly-chat-thai-ran/xu-ly-chat-thai.jpg', 'greenPlant'],

  ['news/thong-cao-hop-bao-thang-10-2026/hop-bao-thang-10.jpg', 'pressRoom', { speaker: true }],
  ['news/thong-cao-le-hoi-ok-om-bok-2026/thong-cao-ok-om-bok.jpg', 'lanternNight', { sky: true }],
  ['news/thong-cao-hoi-nghi-xuc-tien-dau-tu-2026/thong-cao-xuc-tien.jpg', 'handshake'],
  ['news/mua-du-lich-hang-dong-2026/mua-hang-dong.jpg', 'caveInterior'],
  ['news/phong-vien-nuoc-ngoai-tham-lang-son/phong-vien-cua-khau.jpg', 'borderGateScene', { trucks: true, filming: true }],
  ['news/le-hoi-dau-xuan-ba-be/le-hoi-ba-be.jpg', 'conPole'],
  ['news/ra-mat-trang-thong-tin-doi-ngoai/ra-mat.jpg', 'lotusScreens'],
  ['news/diem-thong-tin-dien-tu-cua-khau-cha-lo/man-hinh-cua-khau.jpg', 'borderGateScene', { screen: true }],
  ['news/tap-huan-thong-tin-doi-ngoai-cap-xa/tap-huan.jpg', 'classroom'],

  ['clarifications/tour-hang-dong-phong-nha/dinh-chinh.jpg', 'phoneFalse'],
];

/** Draws one image and writes it as a JPEG; returns its size in bytes. */
async function draw([file, scene, options = {}]) {
  const canvas = new Canvas(seedOf(file));
  scenes[scene](canvas, options);
  const target = path.join(contentDir, file);
  await fs.mkdir(path.dirname(target), { recursive: true });
  const info = await sharp(Buffer.from(canvas.svg()))
    .jpeg({ quality: 70, mozjpeg: true, chromaSubsampling: '4:2:0' })
    .toFile(target);
  return info.size;
}

const filter = process.argv[2] ?? '';
let total = 0;
for (const image of images.filter(([file]) => file.includes(filter))) {
  const size = await draw(image);
  total += size;
  console.log(`${image[0]}  ${Math.round(size / 1024)} KB`);
}
console.log(`total ${Math.round(total / 1024)} KB`);
