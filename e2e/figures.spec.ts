/** Figure-specific controls: the address editor, the race branch, the refused base, presenter sync for
 *  the new figures, and the calendar and timeline by keyboard only. */
import { expect, test } from '@playwright/test';
import { encodeJmpRel32 } from '../src/model/x86/encode';
import { hexBytes } from '../src/model/x86/hex';
import { figure, hydrated } from './support';

test('old-patch-bytes: editing the addresses re-encodes the long jump', async ({ page }) => {
  await page.goto('/en/embed/old-patch-bytes/#old-patch-bytes-step-4');
  await hydrated(page, 'old-patch-bytes');
  const f = figure(page, 'old-patch-bytes');
  const expected = hexBytes(encodeJmpRel32(0x00476c79, 0x20002000));
  await expect(f.status).not.toContainText(expected);
  await f.root.getByLabel('Replacement function in the patch (hex)').fill('20002000');
  await f.root.getByRole('button', { name: 'Apply' }).click();
  await expect(f.status).toContainText(expected);
  await f.root.getByLabel('Replacement function in the patch (hex)').fill('not hex');
  await f.root.getByRole('button', { name: 'Apply' }).click();
  await expect(f.status).toContainText(expected);
  await f.root.getByRole('button', { name: 'Reset' }).click();
  await expect(f.status).toContainText(hexBytes(encodeJmpRel32(0x00476c79, 0x10001000)));
});

test('old-patch-bytes: the x64 layout flips the entry to EB F8', async ({ page }) => {
  await page.goto('/en/embed/old-patch-bytes/#old-patch-bytes-step-5');
  await hydrated(page, 'old-patch-bytes');
  const f = figure(page, 'old-patch-bytes');
  await expect(f.status).toContainText('EB F9');
  await f.root.getByLabel('x64 (64-bit)').check();
  await expect(f.status).toContainText('EB F8');
});

test('old-race: the naive overwrite branch shows a torn instruction', async ({ page }) => {
  await page.goto('/en/embed/old-race/');
  await hydrated(page, 'old-race');
  const f = figure(page, 'old-race');
  const steps = f.root.locator('li[id^="old-race-step-"]');
  const twoStep = Number(await f.range.getAttribute('max'));
  await expect(steps.filter({ hasText: /torn instruction/ })).toHaveCount(0);
  await f.root.getByLabel('naive 5-byte overwrite of the entry').check();
  await expect(f.range).not.toHaveAttribute('max', String(twoStep));
  // A thread left at entry+2 fetches the tail of the jump written over the entry as an instruction.
  const tail = hexBytes(encodeJmpRel32(0x00476c7e, 0x10001000).slice(2));
  await expect(steps.filter({ hasText: `decodes ${tail}` })).toHaveCount(1);
  await expect(steps.filter({ hasText: /torn instruction/ })).not.toHaveCount(0);
});

test('new-redirect: a mismatched base is refused and the story stops', async ({ page }) => {
  await page.goto('/en/embed/new-redirect/');
  await hydrated(page, 'new-redirect');
  const f = figure(page, 'new-redirect');
  await f.root.getByLabel('mismatched base (refused)').check();
  await expect(f.range).toHaveAttribute('max', '3');
  await f.button('Last step').click();
  await expect(f.status).toContainText(/refuse/i);
});

for (const id of ['new-redirect', 'new-lifecycle'] as const) {
  test(`${id}: presenter and audience windows stay in step`, async ({ context }) => {
    const audience = await context.newPage();
    const notes = await context.newPage();
    await audience.goto(`/ja/present/${id}/`);
    await hydrated(audience, id);
    await notes.goto(`/ja/present/${id}/notes/`);
    await expect(notes.getByRole('status')).toContainText('ステップ 1 /');
    await audience.keyboard.press('PageDown');
    await expect(notes.getByRole('status')).toContainText('ステップ 2 /');
    await notes.keyboard.press('PageDown');
    await expect(figure(audience, id).range).toHaveValue('3');
  });
}

test('servicing-calendar: marking an unplanned baseline works from the keyboard', async ({ page }) => {
  await page.goto('/en/calendar/#servicing-calendar');
  await hydrated(page, 'servicing-calendar');
  const f = figure(page, 'servicing-calendar');
  const february = f.root.getByRole('checkbox', { name: /unplanned baseline in February/ });
  await february.focus();
  await page.keyboard.press('Space');
  await expect(february).toBeChecked();
  const row = f.root.locator('table tbody tr', { has: page.locator('th', { hasText: 'February' }) });
  await expect(row).toContainText('unplanned baseline');
  await f.root.getByLabel('Year').focus();
  await page.keyboard.press('ArrowUp');
  await expect(f.root.getByLabel('Year')).not.toHaveValue('2025');
});

test('hotpatch-timeline: zoom and era filter from the keyboard', async ({ page }) => {
  await page.goto('/en/timeline/#hotpatch-timeline');
  await hydrated(page, 'hotpatch-timeline');
  const f = figure(page, 'hotpatch-timeline');
  const level = f.root.locator('.level');
  await expect(level).toContainText('1×');
  await f.root.getByRole('button', { name: 'Zoom in' }).focus();
  await page.keyboard.press('Enter');
  await expect(level).toContainText('2×');
  const all = Number(await f.range.getAttribute('max'));
  await f.stage.focus();
  await page.keyboard.press('End');
  await expect(f.range).toHaveValue(String(all));
});
