/**
 * Renders the server's highlighted HTML (escaped text plus `<mark>` tags) as React text and <mark> elements —
 * never as HTML — so even a server bug could not inject markup.
 */
const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

function unescapeHtml(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39);/g, (e) => entities[e] ?? e);
}

export function Marked({ html }: { html: string }) {
  const parts = html.split(/<mark>|<\/mark>/);
  return (
    <>
      {parts.map((p, i) =>
        i % 2 === 1 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts never reorder
          <mark key={i}>{unescapeHtml(p)}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts never reorder
          <span key={i}>{unescapeHtml(p)}</span>
        ),
      )}
    </>
  );
}
