import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { BOM, parseTidyCsv, tableSchema, tidyCsv, type FieldSpec } from './tidy.ts';

const fields: FieldSpec[] = [
  { name: 'category', title: '项目', type: 'string', description: '横轴上的类别', required: true },
  { name: 'value', title: '数值', type: 'number', description: '数值' },
  { name: 'source_line', title: '来源行', type: 'integer', description: '行号' },
  { name: 'derived', title: '是否推算', type: 'boolean', description: '推算值为是' },
];

describe('tidy CSV', () => {
  const csv = tidyCsv(fields, [
    { category: '东部地区, 含 "京津冀"', value: 1310.2, source_line: 2748, derived: false },
    { category: '在岸', value: -2.2, source_line: null, derived: true },
  ]);
  it('starts with a BOM, uses Chinese headers and CRLF line ends', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe('项目,数值,来源行,是否推算');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
  it('quotes commas and quotes so that d3-dsv reads one value per field', () => {
    const rows = csvParse(csv.slice(1));
    expect(rows[0]).toEqual({ 项目: '东部地区, 含 "京津冀"', 数值: '1310.2', 来源行: '2748', 是否推算: '否' });
    expect(rows[1]!['来源行']).toBe('');
  });
  it('round-trips typed values through parseTidyCsv', () => {
    expect(parseTidyCsv(fields, csv)).toEqual([
      { category: '东部地区, 含 "京津冀"', value: 1310.2, source_line: 2748, derived: false },
      { category: '在岸', value: -2.2, source_line: null, derived: true },
    ]);
  });
  it('rejects unknown fields, wrong types and missing required values', () => {
    expect(() => tidyCsv(fields, [{ category: 'a', colour: 'red' }])).toThrow(/"colour" is not a field/);
    expect(() => tidyCsv(fields, [{ category: 'a', source_line: 1.5 }])).toThrow(/whole number/);
    expect(() => tidyCsv(fields, [{ value: 1 }])).toThrow(/required field category/);
    expect(() => parseTidyCsv(fields, 'a,b\r\n')).toThrow(/byte-order mark/);
  });
  it('describes the fields as a Table Schema mapped by position', () => {
    const schema = tableSchema(fields);
    // Fields are mapped by position (the default, "exact"), so the Chinese header row matches the machine names.
    expect('fieldsMatch' in schema).toBe(false);
    expect(schema.fields.map((f) => [f.name, f.title, f.type])).toEqual([
      ['category', '项目', 'string'],
      ['value', '数值', 'number'],
      ['source_line', '来源行', 'integer'],
      ['derived', '是否推算', 'boolean'],
    ]);
    expect(schema.fields[3]).toMatchObject({ trueValues: ['是'], falseValues: ['否'] });
  });
});
