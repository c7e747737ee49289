/**
 * How sure the site is of a claim: one vocabulary for the articles' <Tag>, the figures' badges and
 * the model's claim data. Only `documented` goes unlabelled; every other kind is shown with its mark
 * and its word (never colour alone).
 */
import type { Lang } from './lang';

export const PROVENANCES = [
  'documented',
  'reverse-engineered',
  'inference',
  'unverified',
  'illustrative',
  'conflict',
] as const;
export type Provenance = (typeof PROVENANCES)[number];

interface ProvenanceWords {
  /** A short mark drawn before the word (text, so it survives print and high-contrast modes). */
  readonly mark: string;
  readonly short: Readonly<Record<Lang, string>>;
  readonly long: Readonly<Record<Lang, string>>;
}

export const PROVENANCE_WORDS: Readonly<Record<Provenance, ProvenanceWords>> = {
  documented: {
    mark: '✓',
    short: { en: 'documented', ja: '文書化済み' },
    long: { en: 'Stated by the cited source.', ja: '引用した出典に書かれています。' },
  },
  'reverse-engineered': {
    mark: '⚙',
    short: { en: 'reverse-engineered', ja: 'リバースエンジニアリング' },
    long: {
      en: 'Found by third-party reverse engineering or a debugger, not documented by Microsoft.',
      ja: '第三者のリバースエンジニアリングやデバッガーでの観察によるもので、Microsoft の文書にはありません。',
    },
  },
  inference: {
    mark: '∴',
    short: { en: 'inference', ja: '推測' },
    long: {
      en: 'Our deduction from the documented facts, not a statement by Microsoft.',
      ja: '文書化された事実からの推測で、Microsoft の説明ではありません。',
    },
  },
  unverified: {
    mark: '?',
    short: { en: 'unconfirmed', ja: '未確認' },
    long: { en: 'Could not be confirmed in public sources.', ja: '公開情報では確認できませんでした。' },
  },
  illustrative: {
    mark: '†',
    short: { en: 'illustrative', ja: '例示' },
    long: { en: 'A made-up value chosen for the example.', ja: '説明のために仮に決めた値です。' },
  },
  conflict: {
    mark: '≠',
    short: { en: 'sources disagree', ja: '出典により異なる' },
    long: {
      en: 'Sources give different values; both are shown.',
      ja: '出典によって値が異なるため、両方を示しています。',
    },
  },
};

export const isProvenance = (value: unknown): value is Provenance =>
  (PROVENANCES as readonly unknown[]).includes(value);
