/** Where `efa` writes: results to `out` (stdout), messages and progress to `err` (stderr). */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}
