/**
 * The presenter window's clocks: elapsed time since the talk started (kept in the tab's
 * sessionStorage by talk, so a reload or the next figure of a deck keeps counting) and the time of day.
 */
import type { Lang } from '../../i18n/lang';

const key = (lang: Lang, talk: string) => `hotpatch-explained:talk-start:${lang}:${talk}`;

/** When this talk started in this tab, if it did (a stored time in the future or garbage: none). */
export function readTalkStart(lang: Lang, talk: string, now = Date.now()): number | null {
  try {
    const value = Number(sessionStorage.getItem(key(lang, talk)));
    return Number.isFinite(value) && value > 0 && value <= now ? value : null;
  } catch {
    return null;
  }
}

export function writeTalkStart(lang: Lang, talk: string, at: number): void {
  try {
    sessionStorage.setItem(key(lang, talk), String(at));
  } catch {
    // No storage (privacy mode): the timer still counts, from this page's start.
  }
}

/** "mm:ss", or "h:mm:ss" from an hour on. */
export function elapsedText(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const mm = String(Math.floor((total % 3600) / 60)).padStart(2, '0');
  const ss = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** The time of day as the language writes it: "3:05 PM", "15:05". */
export function wallClock(ms: number, lang: Lang): string {
  return new Date(ms).toLocaleTimeString(lang === 'ja' ? 'ja-JP' : 'en-US', { hour: 'numeric', minute: '2-digit' });
}
