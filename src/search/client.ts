/**
 * The search page in the browser: loads Pagefind on arrival, searches as the
 * reader types, filters by section, locality and year, sorts by date.
 */
import { fromIndexForm, toIndexForm } from './stroke.ts';

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    query: string | null,
    options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

const PAGE_SIZE = 10;

export async function startSearchPage(root: HTMLElement): Promise<void> {
  root.querySelector('[data-search-nojs]')?.remove();
  const strings: Record<string, string> = JSON.parse(root.dataset.strings!);
  const plural = new Intl.PluralRules(root.dataset.intl);
  const say = (key: string, values: Record<string, string | number> = {}) => {
    const count = values.count;
    const text = typeof count === 'number' ? strings[`${key}_${plural.select(count)}`] ?? strings[`${key}_other`] : strings[key];
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
  };
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const filterSet = root.querySelector<HTMLFieldSetElement>('[data-search-filters]')!;
  const selects = [...root.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const sort = root.querySelector<HTMLSelectElement>('select[data-sort]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  sort.value = params.get('sort') ?? '';

  let pagefind: Pagefind;
  try {
    const url = '/pagefind/pagefind.js';
    pagefind = await import(/* @vite-ignore */ url);
    // Unaccented Vietnamese folds many words together ("hoi": hội, hới, hỏi…): damp repeats and page length
    // so that a page about the place outranks pages that say "hội" often.
    await pagefind.options({ excerptLength: 24, ranking: { termFrequency: 0.3, termSaturation: 0.3, pageLength: 0.5 } });
    await fillFilters(pagefind, selects, params, say('any'));
    filterSet.hidden = false;
  } catch {
    status.textContent = say('failed');
    return;
  }

  let shown: { data(): Promise<PagefindResult> }[] = [];
  let generation = 0;

  async function run(): Promise<void> {
    const mine = ++generation;
    const query = input.value.trim();
    const filters = Object.fromEntries(selects.filter((select) => select.value).map((select) => [select.dataset.filter!, select.value]));
    syncUrl(query, filters, sort.value);
    if (!query && !Object.keys(filters).length) {
      list.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      return;
    }
    status.textContent = say('searching');
    const search = await pagefind.search(query ? toIndexForm(query) : null, {
      filters: Object.fromEntries(Object.entries(filters).map(([name, value]) => [name, toIndexForm(value)])),
      sort: sort.value === 'newest' || !query ? { date: 'desc' } : undefined,
    });
    if (mine !== generation) return;
    shown = search.results;
    list.replaceChildren();
    await showMore();
    if (mine !== generation) return;
    const count = shown.length;
    status.textContent = count ? (query ? say('results', { count, query }) : say('browse', { count })) : say('none', { query });
  }

  async function showMore(): Promise<void> {
    const start = list.children.length;
    const page = await Promise.all(shown.slice(start, start + PAGE_SIZE).map((result) => result.data()));
    list.append(...page.map(renderResult));
    more.hidden = list.children.length >= shown.length;
  }

  let timer: number | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(run, 150);
  });
  for (const select of [...selects, sort]) select.addEventListener('change', run);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  more.addEventListener('click', showMore);
  await run();
}

/** Options for each filter from the index, as readers write them; years newest first. */
async function fillFilters(pagefind: Pagefind, selects: HTMLSelectElement[], params: URLSearchParams, any: string): Promise<void> {
  const available = await pagefind.filters();
  for (const select of selects) {
    const name = select.dataset.filter!;
    const values = Object.keys(available[name] ?? {}).sort((a, b) => (name === 'year' ? b.localeCompare(a) : a.localeCompare(b)));
    select.replaceChildren(new Option(any, ''), ...values.map((value) => new Option(`${fromIndexForm(value)} (${available[name][value]})`, fromIndexForm(value))));
    select.value = params.get(name) ?? '';
  }
}

/** Keeps the search in the address bar, and the query when the reader switches language. */
function syncUrl(query: string, filters: Record<string, string>, sort: string): void {
  const params = new URLSearchParams({ ...(query && { q: query }), ...filters, ...(sort && { sort }) });
  history.replaceState(null, '', params.size ? `?${params}` : location.pathname);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-language-switch]')) {
    link.search = query ? `?${new URLSearchParams({ q: query })}` : '';
  }
}

function renderResult(result: PagefindResult): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const title = document.createElement('h2');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = fromIndexForm(result.meta.title ?? result.url);
  title.append(link);
  const meta = document.createElement('p');
  meta.className = 'search-result__meta';
  meta.textContent = [result.meta.section, result.meta.date].filter(Boolean).map(fromIndexForm).join(' · ');
  const excerpt = document.createElement('p');
  // Pagefind escapes the page text and adds only <mark> elements around matches.
  excerpt.innerHTML = fromIndexForm(result.excerpt);
  item.append(title, meta, excerpt);
  return item;
}
