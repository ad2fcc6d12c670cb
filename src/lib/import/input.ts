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
  const magic = new TextDecoder('latin1').decode(bytes.subarray(0, 5));
  const nul = bytes.indexOf(0);
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
