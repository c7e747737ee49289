/** Citation order for an article: ids in order of first `<Cite id="…" />` in the MDX source. */
export function citationOrder(body: string): string[] {
  const seen: string[] = [];
  for (const m of body.matchAll(/<Cite\b[^>]*?\bid="([^"]+)"/g)) {
    const id = m[1];
    if (id && !seen.includes(id)) seen.push(id);
  }
  return seen;
}
