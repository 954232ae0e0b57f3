/** What a partner pastes to embed a widget: an iframe that needs no script and no style sheet of theirs. */
export function widgetSnippet(url: string, title: string): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${escape(url)}" title="${escape(title)}" loading="lazy" style="display:block;width:100%;max-width:40rem;height:480px;border:0"></iframe>`;
}
