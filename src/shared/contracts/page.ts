import { z } from 'zod';

/** One page of a list answer: the items of the page, the total over every page, the page number and size. */
export const pageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number(), page: z.number(), pageSize: z.number() });

/** The type of a `pageOf(X)` answer, for the web: `Page<OrgUnit>`. */
export type Page<T> = Omit<z.infer<ReturnType<typeof pageOf>>, 'items'> & { items: T[] };
