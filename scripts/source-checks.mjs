// Bibliography checks: every entry of content/sources.yaml must be findable by a reader. Each
// failure names the file, the entry id and the field, and fails the build (called from
// scripts/content-checks.mjs). The schema (src/content.config.ts) checks the shape of each field;
// this file checks what a schema can't say: which fields must come together.

const FILE = 'content/sources.yaml';

const present = (v) => (typeof v === 'string' ? v.trim().length > 0 : v !== undefined && v !== null);

/** ISBN-10 or ISBN-13 with a valid check digit; hyphens and spaces are ignored. */
export function isValidIsbn(value) {
  const s = String(value).replace(/[\s-]/g, '').toUpperCase();
  if (/^\d{9}[\dX]$/.test(s)) {
    const sum = [...s].reduce((acc, c, i) => acc + (c === 'X' ? 10 : Number(c)) * (10 - i), 0);
    return sum % 11 === 0;
  }
  if (/^\d{13}$/.test(s)) {
    const sum = [...s].reduce((acc, c, i) => acc + Number(c) * (i % 2 === 0 ? 1 : 3), 0);
    return sum % 10 === 0;
  }
  return false;
}

/**
 * Checks the parsed entries of content/sources.yaml; returns a list of messages (empty when all is
 * well). An entry needs a locator (a URL, or an ISBN with the page or pages), an author or a
 * publisher, and a date; "n.d." is allowed only with a note that says why the source has no date.
 */
export function checkSources(entries, file = FILE) {
  const problems = [];
  if (!Array.isArray(entries)) return [`${file}: must be a list of entries`];
  for (const [i, s] of entries.entries()) {
    if (!s || typeof s !== 'object') {
      problems.push(`${file}: entry ${i + 1}: not a mapping`);
      continue;
    }
    const where = typeof s.id === 'string' && s.id ? `${file}: id "${s.id}"` : `${file}: entry ${i + 1}`;

    if (!present(s.url)) {
      if (!present(s.isbn))
        problems.push(`${where}: no locator: field "url" is missing (or, for a book, "isbn" with "pages")`);
      else if (!present(s.pages))
        problems.push(`${where}: field "pages" is missing (an ISBN needs the page or pages cited)`);
    }
    if (present(s.isbn) && !isValidIsbn(s.isbn))
      problems.push(`${where}: field "isbn": "${s.isbn}" is not a valid ISBN-10 or ISBN-13`);
    if (present(s.pages) && !present(s.isbn) && !present(s.url))
      problems.push(`${where}: field "pages" without "isbn" or "url"`);

    if (!present(s.author) && !present(s.publisher))
      problems.push(`${where}: field "author" or "publisher" is missing`);

    if (!present(s.date))
      problems.push(`${where}: field "date" is missing (use "n.d." with a "note" if the source has none)`);
    else if (String(s.date).trim() === 'n.d.' && !present(s.note)) {
      problems.push(`${where}: field "date" is "n.d.": add a "note" saying why the source has no date`);
    }
  }
  return problems;
}
