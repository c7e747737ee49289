import { describe, expect, it } from 'vitest';
import { approxTextWidth, textWidth, wrapText } from './svg-text';

const squash = (s: string) => s.replace(/\s+/g, '');

describe('textWidth', () => {
  it('counts Japanese characters as a full em and Latin ones as less', () => {
    expect(textWidth('ホットパッチ', 10)).toBe(60);
    expect(textWidth('hotpatch', 10)).toBeLessThan(60);
    expect(textWidth('MW', 10)).toBeGreaterThan(textWidth('il', 10));
  });

  it('scales with the font size', () => {
    expect(textWidth('mov edi, edi', 20)).toBeCloseTo(2 * textWidth('mov edi, edi', 10));
  });

  it('keeps the old approxTextWidth name for its callers', () => {
    expect(approxTextWidth('Server 2025', 13)).toBe(textWidth('Server 2025', 13));
  });
});

describe('wrapText', () => {
  it('wraps English at spaces, within the width, losing no text', () => {
    const text = 'Take the loader lock, check the target DLL is loaded, load the patch';
    const lines = wrapText(text, 150, 15);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 15)).toBeLessThanOrEqual(150);
    expect(lines.join(' ')).toBe(text);
  });

  it('keeps a short text on one line', () => {
    expect(wrapText('call 3', 150, 13)).toEqual(['call 3']);
  });

  it('wraps Japanese between characters but keeps ASCII words whole', () => {
    const text = 'パッケージを /hotpatch:enable 付きで実行';
    const lines = wrapText(text, 150, 15);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.some((l) => l.includes('/hotpatch:enable'))).toBe(true);
    expect(squash(lines.join(''))).toBe(squash(text));
  });

  it('never starts a Japanese line with closing punctuation', () => {
    // At 5 characters a line, "、" and "。" would land at line starts without kinsoku.
    const lines = wrapText('あいうえお、かきくけこ。さしすせそ）たちつてと', 5 * 13, 13);
    for (const line of lines) expect(line).not.toMatch(/^[、。）]/u);
    expect(lines.join('')).toBe('あいうえお、かきくけこ。さしすせそ）たちつてと');
  });

  it('never ends a Japanese line with an opening bracket', () => {
    const lines = wrapText('あいうえ「かきくけこさしすせそ」', 5 * 13, 13);
    for (const line of lines) expect(line).not.toMatch(/[「（]$/u);
    expect(lines.join('')).toBe('あいうえ「かきくけこさしすせそ」');
  });

  it('never leaves one Japanese character alone on the last line', () => {
    // Six characters a line would leave "す" alone on a third line.
    const lines = wrapText('あいうえおかきくけこさしす', 6 * 13, 13);
    expect(lines).toHaveLength(3);
    expect([...(lines.at(-1) ?? '')].length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('あいうえおかきくけこさしす');
  });

  it('splits an identifier too long for a line at a sensible place', () => {
    const lines = wrapText('ntdll!LdrHotPatchRoutine', 130, 15);
    expect(lines.join('')).toBe('ntdll!LdrHotPatchRoutine');
    for (const line of lines) expect(textWidth(line, 15)).toBeLessThanOrEqual(130);
    expect(lines[0]).toMatch(/!$|[a-z]$/);
    expect(lines[1]).toMatch(/^[A-Z]/);
  });
});
