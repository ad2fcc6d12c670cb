import { describe, expect, it } from 'vitest';
import { figureLocations } from './figure-locations.ts';

describe('figureLocations', () => {
  it('maps figure and table anchors to their page', () => {
    const map = figureLocations([
      { document: 'r', page: 'ch1-overview', body: 'text\n<Figure id="fig-1-1">\n\n图 1-1\n\n</Figure>\n<TableBlock id="table-1-1">' },
      { document: 'r', page: 'index', body: '<Figure id="fig-0">' },
    ]);
    expect(map.get('r/fig-1-1')).toBe('/reports/r/ch1-overview/#fig-1-1');
    expect(map.get('r/table-1-1')).toBe('/reports/r/ch1-overview/#table-1-1');
    expect(map.get('r/fig-0')).toBe('/reports/r/#fig-0');
  });
});
