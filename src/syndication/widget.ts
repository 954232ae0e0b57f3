/** What a partner pastes to embed a widget: an iframe that needs no script and no style sheet of theirs. */
export function widgetSnippet(url: string, title: string): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${escape(url)}" title="${escape(title)}" width="100%" height="480" loading="lazy" style="border:0;max-width:40rem"></iframe>`;
}
