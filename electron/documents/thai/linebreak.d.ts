// The `linebreak` package (UAX #14, the line breaker pdfkit uses) ships no types.
declare module 'linebreak' {
  export interface Break {
    /** A line may start at this string index. */
    position: number;
    /** A mandatory break (after a newline character). */
    required: boolean;
  }

  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}
