/**
 * The kinds of document the knowledge base publishes, as data: how a
 * document of each kind is cited (GB/T 7714-2015 document type code) and
 * what its landing page calls the one who wrote it. A document's
 * description file names one of these in `docType`; a new document of an
 * existing kind needs no code.
 */
export interface DocTypeInfo {
  /** GB/T 7714-2015 document type code used in the landing page's citation. */
  citation: string;
  /** Why that code. */
  reason: string;
  /** Label of the publisher row on the landing page. */
  publisherLabel: string;
}

export const DOC_TYPE_INFO = {
  报告: { citation: 'R', reason: 'R: 报告', publisherLabel: '发布或编写' },
  简报: { citation: 'N', reason: 'N: 报纸, the nearest kind for a periodical newsletter', publisherLabel: '发布或编写' },
  统计指引: { citation: 'R', reason: 'R: a guide issued as a report', publisherLabel: '发布或编写' },
  讲话: { citation: 'R', reason: 'R: a speech published in a training pack or report', publisherLabel: '发布或编写' },
  统计数据: { citation: 'R', reason: 'R: statistics released as a report', publisherLabel: '发布或编写' },
  论文: { citation: 'J', reason: 'J: 期刊 article', publisherLabel: '作者与刊物' },
  政策文件: { citation: 'Z', reason: 'Z: 其他, GB/T 7714 has no code of its own for a notice, opinion or measure of a government body', publisherLabel: '发文机关' },
} as const satisfies Record<string, DocTypeInfo>;

export type DocType = keyof typeof DOC_TYPE_INFO;
export const DOC_TYPES = Object.keys(DOC_TYPE_INFO) as [DocType, ...DocType[]];
