// The result of reading a source in any supported format. `text` is what the engine analyses: every fact
// offset and every evidence range of a converted source points into this text (not into the original bytes).

export type SourceFormat = 'text' | 'markdown' | 'html' | 'docx' | 'pdf';

export interface ConvertedSource {
  /** Plain text (format 'text') or Markdown (all other formats), with YAML front matter for converted formats. */
  text: string;
  format: SourceFormat;
  title?: string;
  byline?: string;
  /** Publication (or document creation) date as found, ISO 8601 when it could be parsed. */
  date?: string;
  url?: string;
  /** Site name of a web page, when the page names one. */
  site?: string;
  /** Non-fatal problems met while converting, one sentence each. */
  warnings: string[];
}

export interface ConvertError {
  error: string;
}

export type ConvertResult = ConvertedSource | ConvertError;

export const isConvertError = (r: ConvertResult): r is ConvertError => 'error' in r;

export interface ConvertOptions {
  /** Largest input accepted, in bytes (default 20 MB for text and HTML, 50 MB for .docx and .pdf). */
  maxBytes?: number;
  /** Charset from a Content-Type header (web pages): it wins over a <meta> declaration, as in browsers. */
  charset?: string;
  /** The address the source was downloaded from (recorded in front matter). */
  url?: string;
  /** When it was downloaded (ISO 8601; recorded in front matter as `fetched`). */
  fetched?: string;
}
