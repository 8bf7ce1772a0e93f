/**
 * File references in `$ref`: which references name a file, and where that file is. Pure string work,
 * no `node:path`, because core runs unchanged in the browser (there the base is a URL).
 */

/** A URI scheme (`https:`, `urn:`, `file:`); a Windows drive (`C:\`) is a path, not a scheme. */
const SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]+:/;

/**
 * Whether `ref` names a file beside the referring one: a relative reference (`anschrift.json`,
 * `../_bausteine/anschrift.json#/$defs/ort`). Local references (`#...`), absolute URIs (`https:`,
 * `urn:`) and network paths (`//host/...`) are not files; the linter reports those it cannot resolve.
 */
export function isFileRef(ref: string): boolean {
  return ref !== '' && !ref.startsWith('#') && !ref.startsWith('//') && !SCHEME.test(ref);
}

/** Splits a reference at its fragment: `a.json#/$defs/x` -> [`a.json`, `/$defs/x`]; no `#` -> ''. */
export function splitFragment(ref: string): [path: string, fragment: string] {
  const hash = ref.indexOf('#');
  return hash === -1 ? [ref, ''] : [ref.slice(0, hash), ref.slice(hash + 1)];
}

/**
 * The file a relative reference names, seen from `base` (the referring file: a path or a URL). A URL
 * base gives a URL (`new URL` semantics); a path base gives a normalised path with `/` separators
 * (`..` kept at the start of a relative path). `undefined` when the reference is not decodable.
 */
export function resolveFilePath(base: string, path: string): string | undefined {
  if (SCHEME.test(base) && !/^[a-zA-Z]:[\\/]/.test(base)) {
    try {
      return new URL(path, base).href;
    } catch (error) {
      if (error instanceof TypeError) return undefined;
      throw error;
    }
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch (error) {
    if (error instanceof URIError) return undefined;
    throw error;
  }
  const directory = base.replace(/\\/g, '/').replace(/[^/]*$/, '');
  return normalise(decoded.startsWith('/') ? decoded : directory + decoded);
}

function normalise(path: string): string {
  const absolute = path.startsWith('/');
  const drive = /^[a-zA-Z]:\//.exec(path)?.[0] ?? '';
  const parts: string[] = [];
  for (const part of path.slice(drive.length).split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else if (part !== '..' || !(absolute || drive)) parts.push(part);
  }
  return drive + (absolute ? '/' : '') + parts.join('/');
}

/** A `$defs` name for a block, from its file name: `../_bausteine/anschrift-inland.json` -> `anschrift-inland`. */
export function blockStem(file: string): string {
  const name =
    file
      .replace(/[?#].*$/, '')
      .split('/')
      .pop() ?? '';
  const stem = name.replace(/\.json$/i, '').replace(/[^A-Za-z0-9_.-]+/g, '-');
  return stem === '' || stem === '.' || stem === '..' ? 'baustein' : stem;
}
