import { describe, expect, it } from 'vitest';
import { breadcrumbs } from './breadcrumbs.ts';

const titles: Record<string, string> = { 'report-2019': '2019 年发展报告' };
const cities: Record<string, string> = { wuxi: '无锡' };
const trail = (path: string) => breadcrumbs(path, { document: (id) => titles[id], city: (slug) => cities[slug] }).map((c) => `${c.label} ${c.href}`);

describe('breadcrumbs', () => {
  it("leads from a document's page through the catalogue to its landing page", () => {
    expect(trail('/reports/report-2019/ch1/')).toEqual(['首页 /', '报告与资料 /reports/', '2019 年发展报告 /reports/report-2019/']);
  });

  it("leads from a document's landing page and the errata to the catalogue", () => {
    expect(trail('/reports/report-2019/')).toEqual(['首页 /', '报告与资料 /reports/']);
    expect(trail('/reports/errata/')).toEqual(['首页 /', '报告与资料 /reports/']);
  });

  it('gives a section overview only the home page', () => {
    expect(trail('/reports/')).toEqual(['首页 /']);
    expect(trail('/glossary/')).toEqual(['首页 /']);
  });

  it('sends regions and economic circles to the cities overview', () => {
    expect(trail('/regions/east/')).toEqual(['首页 /', '示范城市 /cities/']);
    expect(trail('/circles/jing-jin-ji/')).toEqual(['首页 /', '示范城市 /cities/']);
    expect(trail('/glossary/kpo/')).toEqual(['首页 /', '术语表 /glossary/']);
    expect(trail('/data/unknown/fig-1/')).toEqual(['首页 /', '数据目录 /data/']);
  });

  it("leads from a dataset through its document's data page, and from a document's errata through the errata overview", () => {
    expect(trail('/data/report-2019/fig-1/')).toEqual(['首页 /', '数据目录 /data/', '2019 年发展报告 /data/report-2019/']);
    expect(trail('/data/report-2019/')).toEqual(['首页 /', '数据目录 /data/']);
    expect(trail('/reports/errata/report-2019/')).toEqual(['首页 /', '报告与资料 /reports/', '勘误与编者注 /reports/errata/']);
  });

  it("leads from a city's mentions list through the city's profile, and from its later pages through its first page", () => {
    expect(trail('/cities/wuxi/')).toEqual(['首页 /', '示范城市 /cities/']);
    expect(trail('/cities/wuxi/mentions/')).toEqual(['首页 /', '示范城市 /cities/', '无锡 /cities/wuxi/']);
    expect(trail('/cities/wuxi/mentions/page/2/')).toEqual(['首页 /', '示范城市 /cities/', '无锡 /cities/wuxi/', '全部提及 /cities/wuxi/mentions/']);
    expect(trail('/cities/unknown/mentions/')).toEqual(['首页 /', '示范城市 /cities/']);
  });

  it('has nothing on the home page and on pages outside the sections', () => {
    expect(trail('/')).toEqual([]);
    expect(trail('/search/')).toEqual([]);
    expect(trail('/404/')).toEqual([]);
  });

  it('leaves out a document it cannot name rather than linking an unknown page', () => {
    expect(trail('/reports/unknown/page/')).toEqual(['首页 /', '报告与资料 /reports/']);
  });
});
