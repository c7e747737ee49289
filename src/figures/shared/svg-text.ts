/**
 * The one text-width estimator for SVG text, and line wrapping on top of it. Done by estimate
 * because figures are laid out on the server, where nothing can be measured. English wraps at
 * spaces; Japanese wraps between characters, never inside an ASCII word (`LdrLoadDll`,
 * `/hotpatch:enable`) and never starting a line with closing punctuation (kinsoku).
 *
 * Tokens come from one regular expression, not `Intl.Segmenter`: word segmentation of Japanese
 * depends on the ICU data of the runtime, and the server (Node) and the browser must produce the
 * same lines, or hydration redraws the figure.
 */

/** CJK ideographs, kana, Hangul, full-width forms: about one em wide each. */
const WIDE_RANGES =
  '\\u1100-\\u115f\\u2e80-\\ua4cf\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6';
const WIDE = new RegExp(`[${WIDE_RANGES}]`, 'u');
/** Break points: a run of spaces, a word of non-wide non-space characters, or one other character. */
const TOKEN = new RegExp(` +|[^\\s${WIDE_RANGES}]+|\\S`, 'gu');
const NARROW = /[iljtfr.,:;'’!|()[\]` ]/;
const VERY_WIDE = /[MWmw@%]/;
/** Japanese characters that must not begin a line. */
const NO_START = /[、。，．）」』】〕〉》・ー：；？！ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮ]/u;
/** Japanese characters that must not end a line. */
const NO_END = /[（「『【〔〈《]/u;

/**
 * Approximate advance width of `text` at `fontSize`: slightly generous, calibrated against DejaVu
 * Sans (the widest common fallback for system-ui), so text stays inside its box with any font.
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) {
    if (WIDE.test(char)) ems += 1;
    else if (NARROW.test(char)) ems += 0.34;
    else if (VERY_WIDE.test(char)) ems += 0.88;
    else if (char >= 'A' && char <= 'Z') ems += 0.72;
    else ems += 0.62;
  }
  return ems * fontSize;
}

/**
 * Drop-in for the former `shared/text-width.ts`: same signature, now the calibrated table (a little
 * wider for Latin text than the old flat 0.58 em, so labels sized with it get a few px more room).
 */
export const approxTextWidth = textWidth;

/**
 * Splits a word too long for one line, preferring to break after `!`, `.`, `_`, `/` or `:`, then
 * between camelCase parts (`NtSetSystem` + `Information`), and only then anywhere.
 */
function splitLongWord(word: string, maxWidth: number, fontSize: number): string[] {
  const parts: string[] = [];
  let rest = word;
  while (textWidth(rest, fontSize) > maxWidth) {
    let fit = 1;
    while (fit < rest.length && textWidth(rest.slice(0, fit + 1), fontSize) <= maxWidth) fit += 1;
    let cut = fit;
    const punct = Math.max(...['!', '.', '_', '/', ':'].map((c) => rest.lastIndexOf(c, fit - 1) + 1));
    if (punct > 0 && punct >= fit / 3) cut = punct;
    else {
      for (let i = fit - 1; i > 1; i -= 1) {
        if (/[A-Z]/.test(rest[i] as string) && /[a-z]/.test(rest[i - 1] as string)) {
          cut = i;
          break;
        }
      }
    }
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest) parts.push(rest);
  return parts;
}

/** Greedy wrap of `text` into lines no wider than `maxWidth` (as estimated by `textWidth`). */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[][] = [[]];
  const width = (line: readonly string[]) => textWidth(line.join(''), fontSize);
  for (const raw of text.trim().match(TOKEN) ?? []) {
    const pieces = raw.trim() && textWidth(raw, fontSize) > maxWidth ? splitLongWord(raw, maxWidth, fontSize) : [raw];
    for (const token of pieces) {
      const line = lines[lines.length - 1] as string[];
      if (line.length === 0 && token.trim() === '') continue;
      if (width([...line, token]) <= maxWidth || token.trim() === '') {
        line.push(token);
        continue;
      }
      // Move a closing mark together with the character before it; keep an opening mark with what follows.
      const carried: string[] = [];
      if (NO_START.test(token) && line.length > 1) carried.unshift(line.pop() as string);
      while (line.length > 1 && NO_END.test(line[line.length - 1] as string)) carried.unshift(line.pop() as string);
      lines.push([...carried, token]);
    }
  }
  avoidWidow(lines);
  return lines.map((l) => l.join('').trim()).filter((l) => l !== '');
}

/** A last line of one Japanese character looks like a mistake: take a character down with it. */
function avoidWidow(lines: string[][]): void {
  const last = lines[lines.length - 1];
  const previous = lines[lines.length - 2];
  if (!last || !previous || last.length !== 1 || !WIDE.test(last[0] as string) || previous.length < 4) return;
  let moved = 1;
  // Never leave a line starting with a mark that must not begin one.
  while (moved < previous.length - 2 && NO_START.test(previous[previous.length - moved] as string)) moved += 1;
  last.unshift(...previous.splice(previous.length - moved, moved));
}
