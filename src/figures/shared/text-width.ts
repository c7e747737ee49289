/**
 * A rough width for SVG text, so badges and labels can be laid out during server rendering, where
 * nothing can be measured. CJK characters are about 1 em wide, Latin ones a little over half.
 */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export function approxTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += WIDE.test(char) ? 1 : 0.58;
  return ems * fontSize;
}
