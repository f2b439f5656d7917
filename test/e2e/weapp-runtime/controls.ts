/**
 * Negative controls: copies of dist/weapp with one defect each, which the journeys must fail on.
 * - empty text template: Taro's text node template `tmpl_0_9` renders nothing (`<block></block>`);
 * - broken event bindings: every `bindtap="eh"` in base.wxml names a method no page has;
 * - invalid WXML: base.wxml's first template loses its closing tag, which wcc rejects;
 * - no aria attributes: base.wxml as Taro writes it without config/weapp-aria (no `aria-*` on any element).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type Breakage = 'empty text template' | 'broken event bindings' | 'invalid WXML' | 'no aria attributes';

const EDITS: Record<Breakage, (wxml: string) => string> = {
  'empty text template': (wxml) =>
    wxml.replace(/(<template name="tmpl_0_9">\s*)<block>\{\{i\.v\}\}<\/block>/, '$1<block></block>'),
  'broken event bindings': (wxml) => wxml.replace(/bindtap="eh"/g, 'bindtap="onTapMissing"'),
  'invalid WXML': (wxml) => wxml.replace(/<\/view>\s*<\/template>/, '</template>'),
  'no aria attributes': (wxml) => wxml.replace(/ aria-[a-z]+="\{\{i\.p\d+\}\}"/g, ''),
};

export function brokenBuild(dist: string, breakage: Breakage): { path: string; remove: () => void } {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'weapp-control-'));
  fs.cpSync(dist, copy, { recursive: true, filter: (src) => !src.endsWith('.map') });
  const base = path.join(copy, 'base.wxml');
  const before = fs.readFileSync(base, 'utf8');
  const after = EDITS[breakage](before);
  if (after === before) throw new Error(`the "${breakage}" edit no longer matches base.wxml: update controls.ts`);
  fs.writeFileSync(base, after);
  return { path: copy, remove: () => fs.rmSync(copy, { recursive: true, force: true }) };
}
