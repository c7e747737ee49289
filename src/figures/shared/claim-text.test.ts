import { describe, expect, it } from 'vitest';
import { CLAIMS, type ClaimId } from '../../model/vbs/index';
import { CLAIM_TEXT, claimText, claimViews } from './claim-text';

describe('claim text', () => {
  it('gives every modelled claim words in both languages', () => {
    for (const id of Object.keys(CLAIMS) as ClaimId[]) {
      const text = CLAIM_TEXT[id];
      expect(text?.en, id).toBeTruthy();
      expect(text?.ja, id).toBeTruthy();
      expect(text?.ja, id).not.toBe(text?.en);
    }
  });

  it('falls back to the model’s source note for a claim without words', () => {
    expect(claimText('not-a-claim', 'the note')).toEqual({ en: 'the note', ja: 'the note' });
  });

  it('keeps the model’s provenance and sources next to the words', () => {
    const [view] = claimViews(['hpat']);
    expect(view).toMatchObject({
      id: 'hpat',
      provenance: CLAIMS.hpat.provenance,
      sources: CLAIMS.hpat.sources,
      text: CLAIM_TEXT.hpat,
    });
  });
});
