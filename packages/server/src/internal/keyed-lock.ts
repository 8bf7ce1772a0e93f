/**
 * Runs tasks with the same key one after another, tasks with different keys concurrently. In-process
 * only: it makes concurrent identical requests (same idempotency key) queue behind the first one.
 */
export class KeyedLock {
  readonly #tails = new Map<string, Promise<unknown>>();

  /** Runs `task` once every earlier task with `key` has settled; resolves or rejects as `task` does. */
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    const current = previous.then(task, task);
    const tail = current.then(
      () => undefined,
      () => undefined,
    );
    this.#tails.set(key, tail);
    // The map holds a key only while something is queued on it.
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return current;
  }

  /** Number of keys with queued or running tasks (for tests). */
  get size(): number {
    return this.#tails.size;
  }
}
