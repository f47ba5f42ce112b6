// fontkit (the font engine pdfkit uses) ships no types; Lekha only opens fonts with it and hands
// them to pdfkit, which takes a fontkit font in place of the font file's bytes.
declare module 'fontkit' {
  export function create(buffer: Uint8Array, postscriptName?: string): object;
}
