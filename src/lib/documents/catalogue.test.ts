import { describe, expect, it } from 'vitest';
import { facetValues, filtersFromQuery, filtersToQuery, matches } from './catalogue.ts';

const entries = [
  { type: '报告', year: 2019, publisher: '商务部' },
  { type: '简报', year: 2019, publisher: '杨金高科' },
  { type: '报告', year: 2016, publisher: '商务部' },
  { type: '论文', year: 2021, publisher: '某大学' },
];

describe('facetValues', () => {
  it('counts each value; years newest first, other facets by count', () => {
    const facets = facetValues(entries);
    expect(facets.year).toEqual([['2021', 1], ['2019', 2], ['2016', 1]]);
    expect(facets.type[0]).toEqual(['报告', 2]);
    expect(facets.publisher[0]).toEqual(['商务部', 2]);
    expect(facets.type.map(([, n]) => n).reduce((a, b) => a + b)).toBe(entries.length);
  });
});

describe('matches', () => {
  it('keeps what every chosen facet allows and everything when nothing is chosen', () => {
    expect(entries.filter((e) => matches(e, {})).length).toBe(4);
    expect(entries.filter((e) => matches(e, { type: '报告' })).length).toBe(2);
    expect(entries.filter((e) => matches(e, { type: '报告', year: '2019' }))).toEqual([entries[0]]);
    expect(entries.filter((e) => matches(e, { publisher: '商务部', year: '2021' }))).toEqual([]);
  });
});

describe('URL query', () => {
  const known = { type: ['报告', '简报'], year: ['2019', '2016'], publisher: ['商务部'] };

  it('round-trips a choice', () => {
    const filters = { type: '简报', year: '2019' };
    expect(filtersFromQuery(filtersToQuery(filters), known)).toEqual(filters);
    expect(filtersToQuery({})).toBe('');
  });

  it('drops values no document has and unknown parameters', () => {
    expect(filtersFromQuery('?type=讲话&year=2019&utm_source=x', known)).toEqual({ year: '2019' });
  });
});
