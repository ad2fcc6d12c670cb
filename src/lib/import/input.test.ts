import { describe, expect, it } from 'vitest';
import { decodeDump, documentIdFor } from './input.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeDump', () => {
  it('reads UTF-8 text, dropping a byte-order mark and Windows line ends', () => {
    expect(decodeDump(utf8('\uFEFF第一章 总则\r\n正文。\r\n'), 'a.txt')).toBe('第一章 总则\n正文。\n');
  });
  it('refuses an empty file', () => {
    expect(() => decodeDump(bytes(), 'a.txt')).toThrow('a.txt is empty');
  });
  it('refuses a file of blank lines', () => {
    expect(() => decodeDump(utf8(' \n\n \n'), 'a.txt')).toThrow('a.txt has only blank lines');
  });
  it('refuses a PDF and says how to extract its text', () => {
    expect(() => decodeDump(utf8('%PDF-1.7\n...'), 'report.pdf')).toThrow(/report\.pdf is a PDF file, not a text dump.*pdftotext/);
  });
  it('refuses binary data', () => {
    expect(() => decodeDump(bytes(0x50, 0x4b, 0x03, 0x04, 0x00, 0x01), 'a.docx')).toThrow(/a\.docx is binary data \(a NUL byte at byte 4\)/);
  });
  it('refuses GBK text, naming the line of the first bad byte and the conversion', () => {
    // “第一行\n服务” with 服务 in GBK (B7 FE CE F1).
    const text = [...utf8('第一行\n'), 0xb7, 0xfe, 0xce, 0xf1];
    expect(() => decodeDump(new Uint8Array(text), 'gbk.txt')).toThrow(/gbk\.txt is not UTF-8 text \(invalid byte 0xB7 at line 2\).*iconv -f GB18030 -t UTF-8/);
  });
});

describe('documentIdFor', () => {
  it('makes a lower-case ASCII id from the file name', () => {
    expect(documentIdFor('annual-report-2021.txt')).toBe('annual-report-2021');
    expect(documentIdFor('Annual Report 2021.TXT')).toBe('annual-report-2021');
    expect(documentIdFor('2021年报告.txt')).toBe('document-2021');
    expect(documentIdFor('年报.txt')).toBe('document');
  });
});
