import { describe, expect, it } from 'vitest';
import { hashId, movedTarget } from './moved-anchor.ts';

const moved = [
  { id: 'old-anchor', to: '/glossary/new/#new-anchor' },
  { id: '旧锚点', to: '/glossary/x/#y' },
];

describe('moved glossary anchors', () => {
  it('follows an old anchor, also percent-encoded', () => {
    expect(movedTarget('#old-anchor', moved)).toBe('/glossary/new/#new-anchor');
    expect(movedTarget(`#${encodeURIComponent('旧锚点')}`, moved)).toBe('/glossary/x/#y');
  });
  it('leaves the page alone for any other hash, however it is written', () => {
    for (const hash of ['', '#', '#other', '#%E4', '#%', '#"]', "#'); alert(1); ('", '#old-anchor"]', '#a\\"b', '#[data-moved-to]', '#*']) {
      expect(() => movedTarget(hash, moved)).not.toThrow();
      expect(movedTarget(hash, moved)).toBeUndefined();
    }
    expect(hashId('#%E4')).toBeUndefined();
  });
});
