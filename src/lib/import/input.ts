/**
 * Checks that an import input is a text dump the engine can read, with a
 * message saying what is wrong and what to do: empty files, binary files
 * (a PDF or Word file passed by mistake) and text that is not UTF-8 (GBK
 * exports are common for Chinese documents). Pure functions, no I/O.
 */

export class ImportInputError extends Error {}

/** Decodes a dump; throws ImportInputError naming `name` and the fix. */
export function decodeDump(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new ImportInputError(`${name} is empty: there is nothing to import. Export the document's text into it first.`);
  // UTF-16 (Notepad's and Word's “Unicode” text) is text, but every other byte of ASCII is a NUL:
  // recognise it by its byte-order mark, or by NULs at every other byte, before calling it binary.
  const magic = new TextDecoder('latin1').decode(bytes.subarray(0, 5));
  const nul = bytes.indexOf(0);
  const word = magic.startsWith('PK\x03\x04') ? 'a Word (.docx) or other ZIP file' : bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0 ? 'a Word 97–2003 (.doc) file' : undefined;
  if (word) {
    throw new ImportInputError(`${name} is ${word}, not a text dump. Save the document as plain text (UTF-8) first and import the .txt file.`);
  }
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || looksUtf16(bytes);
  if (utf16) {
    throw new ImportInputError(
      `${name} is UTF-16 text (a “Unicode” export), not UTF-8. Convert it first: iconv -f UTF-16 -t UTF-8 ${name} > converted.txt (or save it again as “UTF-8” text).`,
    );
  }
  if (magic === '%PDF-' || nul !== -1) {
    const what = magic === '%PDF-' ? 'a PDF file' : `binary data (a NUL byte at byte ${nul})`;
    throw new ImportInputError(
      `${name} is ${what}, not a text dump. Extract its text first (for a PDF: pdftotext -layout file.pdf file.txt) and import the .txt file.`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const { offset, line } = firstInvalidUtf8(bytes);
    throw new ImportInputError(
      `${name} is not UTF-8 text (invalid byte 0x${bytes[offset]!.toString(16).toUpperCase().padStart(2, '0')} at line ${line}). ` +
        `Convert it first, e.g. for a GBK/GB18030 export: iconv -f GB18030 -t UTF-8 ${name} > converted.txt`,
    );
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new ImportInputError(`${name} has only blank lines: there is nothing to import.`);
  const controls = [...text].filter((ch) => /[\u0000-\u0008\u000E-\u001F\u007F]/.test(ch)).length;
  if (controls > Math.max(8, text.length / 100)) {
    throw new ImportInputError(`${name} has ${controls} control characters: it looks like binary data, not a text dump. Import the document's text export instead.`);
  }
  return text;
}

/**
 * UTF-16 without a byte-order mark: in its first 400 bytes, the high byte of every ASCII character (spaces,
 * digits, line ends) is a NUL, so NULs fill one byte of many pairs and almost never the other (a few CJK
 * characters, such as 一 U+4E00, have a NUL low byte).
 */
function looksUtf16(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 400);
  if (head.length < 16) return false;
  let even = 0;
  let odd = 0;
  head.forEach((b, i) => {
    if (b === 0) i % 2 === 0 ? even++ : odd++;
  });
  const pairs = Math.floor(head.length / 2);
  return Math.max(even, odd) >= pairs * 0.2 && Math.min(even, odd) <= pairs * 0.05;
}

/** Byte offset and 1-based line of the first byte that breaks UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): { offset: number; line: number } {
  let line = 1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need === -1) return { offset: i, line };
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < 0x80 || c > 0xbf) return { offset: i, line };
    }
    if (b === 0x0a) line++;
    i += need + 1;
  }
  return { offset: 0, line };
}

/** A document id from a file name: lower-case ASCII words joined by hyphens. */
export function documentIdFor(fileName: string): string {
  const id = fileName
    .replace(/\.[^.]*$/, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return /^[a-z]/.test(id) ? id : `document${id ? `-${id}` : ''}`;
}
