/**
 * Types of validated content, inferred from the schemas (type-only: nothing from the
 * content config runs here).
 */
import type { z } from 'astro/zod';
import type { methodSchema, resultRowSchema, sourceSchema } from '../content.config';

/** A method page's frontmatter after validation. */
export type MethodData = z.output<typeof methodSchema>;
/** A method with its slug (the file name). */
export interface Method {
  slug: string;
  data: MethodData;
}
/** One results row after validation. */
export type RowData = z.output<typeof resultRowSchema>;
/** A results row together with the method it belongs to. */
export type ResultRow = RowData & { method: string };
/** Where a number was read. */
export type Source = z.output<typeof sourceSchema>;
