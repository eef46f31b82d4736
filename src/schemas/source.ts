import { z } from 'astro/zod';

/** A citation that backs a lesson or a question: where a reviewer can check the fact. */
export const SourceSchema = z.object({
  /** Title of the page or document as its publisher names it, e.g. "AWS Shared Responsibility Model". */
  title: z.string().trim().min(1, 'add the title of the cited page'),
  /** Address of the cited page. Must be https so learners are not sent to an insecure copy. */
  url: z.url({ protocol: /^https$/, error: 'use the full https:// address of the cited page' }),
});

export type Source = z.infer<typeof SourceSchema>;
