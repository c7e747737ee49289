/** The reader's language choice, remembered for the root page (`/?choose` shows the picker anyway). */
const KEY = 'hx-lang';

export function rememberedLanguage(): 'en' | 'ja' | null {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'en' || value === 'ja' ? value : null;
  } catch {
    return null;
  }
}

export function rememberLanguage(lang: string): void {
  if (lang !== 'en' && lang !== 'ja') return;
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    /* storage unavailable: nothing to remember */
  }
}
