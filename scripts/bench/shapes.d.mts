export declare const LONG_LINES: readonly (readonly [string, string])[];
export declare const DEEP_HEADINGS: readonly (readonly [string, string])[];
export declare function lineDocument(line: string): string;
export declare function headingDocument(head: string): string;
