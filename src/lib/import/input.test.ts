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
    expect(() => decodeDump(bytes(0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00), 'a.out')).toThrow(/a\.out is binary data \(a NUL byte at byte 7\)/);
  });
  it('refuses a Word file and says to save it as UTF-8 text', () => {
    expect(() => decodeDump(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00), 'a.docx')).toThrow(/a\.docx is a Word \(\.docx\) or other ZIP file, not a text dump\. Save the document as plain text \(UTF-8\)/);
    expect(() => decodeDump(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), 'a.doc')).toThrow(/a\.doc is a Word 97–2003 \(\.doc\) file/);
  });
  it('tells UTF-16 text (with or without a byte-order mark) from binary data and says how to convert it', () => {
    const utf16le = (text: string, bom: boolean) => {
      const out = bom ? [0xff, 0xfe] : [];
      for (const ch of text) out.push(ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8);
      return new Uint8Array(out);
    };
    for (const bom of [true, false]) {
      expect(() => decodeDump(utf16le('第一章 总则\n2021 年，服务外包执行额 100 亿美元。\n', bom), 'u.txt')).toThrow(/u\.txt is UTF-16 text .*iconv -f UTF-16 -t UTF-8 u\.txt/);
    }
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
