/**
 * Site-level theme and motion preferences. "system" defers to the OS (prefers-color-scheme,
 * prefers-reduced-motion); the choice is stored and mirrored on <html data-theme / data-motion>,
 * which theme-init.js applies before first paint. Figures listen for `hx-motion-change`.
 */
export type PreferenceName = 'theme' | 'motion';

const STORAGE_KEY: Record<PreferenceName, string> = { theme: 'hx-theme', motion: 'hx-motion' };
const VALUES: Record<PreferenceName, readonly string[]> = {
  theme: ['system', 'light', 'dark'],
  motion: ['system', 'allow', 'reduce'],
};

export function readPreference(name: PreferenceName): string {
  const value = document.documentElement.dataset[name];
  return value && VALUES[name].includes(value) ? value : 'system';
}

export function applyPreference(name: PreferenceName, value: string): void {
  const safe = VALUES[name].includes(value) ? value : 'system';
  if (safe === 'system') delete document.documentElement.dataset[name];
  else document.documentElement.dataset[name] = safe;
  try {
    if (safe === 'system') localStorage.removeItem(STORAGE_KEY[name]);
    else localStorage.setItem(STORAGE_KEY[name], safe);
  } catch {
    /* storage unavailable: the preference lasts for this page only */
  }
  document.dispatchEvent(new CustomEvent('hx-preference-change', { detail: { name, value: safe } }));
}
