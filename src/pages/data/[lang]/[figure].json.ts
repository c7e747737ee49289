/**
 * One scene file per figure and language: the states for the figure's default parameters and the
 * words its view draws, as the browser reads them (scene-payload.ts: page language only, no speaker
 * notes, delta-encoded). Reading pages fetch it just before the figure hydrates (client:figure), so
 * the article's HTML does not carry it. The figures are the registry's (one per folder).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { FIGURE_IDS, figureById } from '../../../figures/registry';
import { payloadFor, payloadJson } from '../../../figures/player/scene-payload';
import { FIGURE_TEXT } from '../../../figures/text-tables';
import { LANGS, type Lang } from '../../../i18n/lang';

export const getStaticPaths = (() =>
  LANGS.flatMap((lang) => FIGURE_IDS.map((figure) => ({ params: { lang, figure } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const id = params['figure'] as string;
  const definition = figureById(id)!;
  const json = payloadJson(payloadFor(definition, params['lang'] as Lang, false, FIGURE_TEXT[id]));
  return new Response(json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
