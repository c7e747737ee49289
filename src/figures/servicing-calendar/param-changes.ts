/**
 * How the calendar's controls change the parameters. The scene normalises whatever it gets, but the
 * browser does not load the scene until a parameter changes, so the controls keep the parameters
 * valid themselves from the options that arrive with the states (data.productOptions).
 */
import type { CalendarProductOption, ServicingCalendarParams } from './data';

/**
 * Another product: keep the year if it offers it, else the nearest year it offers (its last when
 * there is a gap). A reported plan cannot be edited, so choosing it drops unplanned baselines.
 */
export function withProduct(
  params: ServicingCalendarParams,
  productId: string,
  options: readonly CalendarProductOption[],
): ServicingCalendarParams {
  const option = options.find((candidate) => candidate.id === productId);
  if (!option) return params;
  const first = option.years[0] ?? params.year;
  const last = option.years[option.years.length - 1] ?? params.year;
  let year = Math.min(Math.max(params.year, first), last);
  if (!option.years.includes(year)) year = last;
  return { ...params, product: option.id, year, unplanned: option.acceptsUnplanned ? params.unplanned : [] };
}

/** Marks or unmarks one month as an unplanned baseline; the list stays sorted and free of repeats. */
export function withUnplanned(params: ServicingCalendarParams, month: number, on: boolean): ServicingCalendarParams {
  const rest = params.unplanned.filter((m) => m !== month);
  return { ...params, unplanned: (on ? [...rest, month] : rest).sort((a, b) => a - b) };
}
