/** A function under measurement, run `batch` times per sample. */
export interface Candidate {
  name: string;
  run: () => unknown;
}

/** ops/s of each candidate: median of interleaved samples, so machine noise hits all alike. */
export function measure(candidates: Candidate[], { samples = 15, sampleMs = 100 } = {}): Map<string, number> {
  const rates = new Map<string, number[]>(candidates.map((candidate) => [candidate.name, []]));
  for (const candidate of candidates) for (let i = 0; i < 200; i++) candidate.run(); // warm-up (JIT)
  for (let sample = 0; sample < samples; sample++) {
    for (const candidate of candidates) {
      let operations = 0;
      const start = performance.now();
      let elapsed = 0;
      while (elapsed < sampleMs) {
        for (let i = 0; i < 50; i++) candidate.run();
        operations += 50;
        elapsed = performance.now() - start;
      }
      rates.get(candidate.name)?.push((operations / elapsed) * 1000);
    }
  }
  return new Map([...rates].map(([name, values]) => [name, median(values)]));
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export function formatRate(rate: number): string {
  return Math.round(rate).toLocaleString('en-GB').padStart(12);
}

/** The 95th percentile (nearest rank). */
export function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] as number;
}

/** Median, min and max of a sample. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function spread(values: number[]): Spread {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}
