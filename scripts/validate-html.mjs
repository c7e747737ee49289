// HTML validity of every built page with html-validate (standard preset: conformance to the spec,
// not style). Zero errors required; each error is printed with its page, line and rule.
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { readFileSync } from 'node:fs';
import { htmlPages } from './site-files.mjs';

const validator = new HtmlValidate(new FileSystemConfigLoader());
// Astro injects one <style> for its island elements before the first island, inside <body>. It is
// the framework's, not ours, and every browser applies it; everything else must be valid.
const ASTRO_ISLAND_STYLE = /<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/g;
let errors = 0;
const pages = htmlPages();
for (const file of pages) {
  const html = readFileSync(file, 'utf8').replace(ASTRO_ISLAND_STYLE, '');
  const report = await validator.validateString(html, file);
  for (const result of report.results) {
    for (const m of result.messages) {
      if (m.severity < 2) continue;
      errors++;
      if (errors <= 60) console.error(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
}
if (errors) {
  console.error(`HTML validation: ${errors} error(s) in ${pages.length} pages`);
  process.exit(1);
}
console.log(`HTML validation: ${pages.length} pages, 0 errors`);
