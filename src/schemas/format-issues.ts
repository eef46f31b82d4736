import type { z } from 'astro/zod';

/** Renders a field path the way authors see it in YAML: `questions[2].choices[0].id`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

/**
 * One line per schema issue, naming the file, the field and the fix:
 * `content/quizzes/x.yaml: questions[1].choices: single-choice questions need …`.
 */
export function formatIssues(file: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = formatPath(issue.path);
    return `${file}: ${field === '' ? '' : `${field}: `}${issue.message}`;
  });
}
