/** Where each benchmark's table of every row lives: ImageNet's at /compare/, every other benchmark's under it. */
import type { BenchmarkId } from './benchmarks';

/** The compare table of a benchmark, as a path from the site root. */
export const comparePath = (b: BenchmarkId): string => (b === 'imagenet-cc' ? '/compare/' : `/compare/${b}/`);
