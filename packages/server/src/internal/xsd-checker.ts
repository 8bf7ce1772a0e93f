import { validateXml, type XmlValidationProblem } from '@efa-forms/xoev';
import type { SchemaResolver } from '../create-intake.js';

/** Validates documents against one XSD in one run: the problems, each with its document's index. */
export type BatchValidator = (xsd: string, documents: string[]) => Promise<XmlValidationProblem[]>;

/** The portable engine: xmllint-wasm (xoev's `validateXml`), each imported schema loaded once. */
export function wasmValidator(resolve: SchemaResolver): BatchValidator {
  const cache = new Map<string, Promise<string | Uint8Array>>();
  // The library schemas do not change while the server runs: load each once.
  const cached: SchemaResolver = (url) => {
    let loaded = cache.get(url);
    if (!loaded) {
      loaded = Promise.resolve().then(() => resolve(url));
      loaded.catch(() => cache.delete(url));
      cache.set(url, loaded);
    }
    return loaded;
  };
  return async (xsd, documents) => (await validateXml(documents, xsd, { resolve: cached })).errors;
}

interface Pending {
  xml: string;
  resolve: (problems: XmlValidationProblem[]) => void;
  reject: (error: unknown) => void;
}

interface Queue {
  xsd: string;
  pending: Pending[];
  running: number;
}

/**
 * Checks messages against their XSD, in batches. One xmllint run costs about the same for one
 * document as for fifty (xmllint-wasm starts a worker thread, instantiates the WebAssembly module and
 * compiles the schemas each time; the command line starts a process and compiles them), so messages that arrive while runs are busy wait for the next
 * run and share it: at most `maxRuns` runs per XSD at a time, at most `maxBatch` documents each.
 */
export class XsdChecker {
  readonly #queues = new Map<object, Queue>();
  readonly #validate: BatchValidator;
  readonly #maxBatch: number;
  readonly #maxRuns: number;

  constructor(validate: BatchValidator, maxBatch = 64, maxRuns = 2) {
    this.#validate = validate;
    this.#maxBatch = maxBatch;
    this.#maxRuns = maxRuns;
  }

  /** xmllint's problems with `xml` (none when it is valid). `key` identifies the XSD (its service). */
  check(key: object, xsd: string, xml: string): Promise<XmlValidationProblem[]> {
    let queue = this.#queues.get(key);
    if (!queue) this.#queues.set(key, (queue = { xsd, pending: [], running: 0 }));
    const result = new Promise<XmlValidationProblem[]>((resolve, reject) =>
      queue.pending.push({ xml, resolve, reject }),
    );
    this.#run(queue);
    return result;
  }

  #run(queue: Queue): void {
    if (queue.running >= this.#maxRuns || queue.pending.length === 0) return;
    queue.running++;
    const batch = queue.pending.splice(0, this.#maxBatch);
    this.#validate(
      queue.xsd,
      batch.map((entry) => entry.xml),
    )
      .then(
        (errors) =>
          batch.forEach((entry, index) => entry.resolve(errors.filter((error) => error.document === index))),
        (error: unknown) => batch.forEach((entry) => entry.reject(error)),
      )
      .finally(() => {
        queue.running--;
        this.#run(queue);
      });
  }
}
