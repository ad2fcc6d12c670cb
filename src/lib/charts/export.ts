/**
 * A chart dataset as tidy data: one row per value, one value per field, with
 * the number as printed and its source line, or how it was derived. Written
 * by the generic writers in src/lib/open-data/tidy.ts.
 */
import type { FieldSpec, TidyRow } from '../open-data/tidy.ts';
import { sourceLineUrl } from '../provenance/source-links.ts';
import type { Dataset } from './dataset.ts';

export function sourceFileOf(dataset: Pick<Dataset, 'document'>): string {
  return `${dataset.document}.txt`;
}

/** The columns of a chart's CSV: stable machine names, Chinese headers. */
export const CHART_FIELDS: readonly FieldSpec[] = [
  { name: 'figure', title: '图表编号', type: 'string', description: '原文的图号或表号，如“图 1-1”', required: true },
  { name: 'category', title: '项目', type: 'string', description: '横轴（或纵轴）上的类别或年份', required: true },
  { name: 'series', title: '系列', type: 'string', description: '图例中的系列名；只有一个系列时为空' },
  { name: 'value', title: '数值', type: 'number', description: '数值（以“下降”等字样表示的负值已取负号）', required: true },
  { name: 'unit', title: '单位', type: 'string', description: '数值的单位', required: true },
  { name: 'printed', title: '原文数字', type: 'string', description: '原文印出的数字，照录；推算值为空' },
  { name: 'derived', title: '是否推算', type: 'boolean', description: '“是”：原文未直接给出，由原文数值计算得出', required: true },
  { name: 'derivation', title: '推算方法', type: 'string', description: '推算值的计算方法；所用原文数值及行号见元数据 JSON 的 values[].inputs' },
  { name: 'source_file', title: '来源文件', type: 'string', description: '本站所收原文文本的文件名', required: true },
  { name: 'source_line', title: '来源行', type: 'integer', description: '数字在原文文本中所在的行号（从 1 起）；推算值为空' },
  { name: 'source_url', title: '来源链接', type: 'string', description: '原文阅读器中该行的网址；推算值为空' },
];

/** The chart's values as tidy rows keyed by CHART_FIELDS names. */
export function chartRows(dataset: Dataset, site: string): TidyRow[] {
  const file = sourceFileOf(dataset);
  return dataset.rows.map((row) => ({
    figure: dataset.figure,
    category: String(row.x),
    series: row.series ?? null,
    value: row.value,
    unit: row.unit ?? dataset.unit,
    printed: row.source ? `${row.source.negated ? '−' : ''}${row.source.text}` : null,
    derived: row.derived !== undefined,
    derivation: row.derived ? row.derived.description : null,
    source_file: file,
    source_line: row.source ? row.source.line : null,
    source_url: row.source ? `${site}${sourceLineUrl(file, row.source.line)}` : null,
  }));
}

/** Every value with where it comes from, for the metadata JSON: the printed line, or the inputs of a derivation. */
export function chartValueSources(dataset: Dataset, site: string) {
  const file = sourceFileOf(dataset);
  const at = (line: number) => `${site}${sourceLineUrl(file, line)}`;
  return dataset.rows.map((row) => ({
    category: String(row.x),
    series: row.series ?? null,
    value: row.value,
    unit: row.unit ?? dataset.unit,
    ...(row.source
      ? { sourceFile: file, sourceLine: row.source.line, sourceUrl: at(row.source.line), printed: row.source.text, ...(row.source.negated ? { negated: true } : {}) }
      : {
          sourceFile: file,
          derived: {
            formula: row.derived!.formula,
            description: row.derived!.description,
            decimals: row.derived!.decimals,
            inputs: row.derived!.inputs.map((i) => ({ printed: i.text, sourceLine: i.line, sourceUrl: at(i.line) })),
          },
        }),
  }));
}
