/** A problem found in content, told to an editor as `file:line — field — what is wrong — how to fix`. */
export interface Problem {
  /** Path relative to the project, e.g. `content/news/ok-om-bok/en.mdx`. */
  file: string;
  line?: number;
  field?: string;
  message: string;
  fix: string;
  /** A warning is reported but does not stop the build. */
  severity?: 'warning';
}

export const isError = (problem: Problem) => problem.severity !== 'warning';

export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const message = isError(problem) ? problem.message : `warning: ${problem.message}`;
  return [where, problem.field, message, problem.fix].filter(Boolean).join(' — ');
}

/** All problems, one per line, sorted by file and line, with a count at the end. */
export function formatProblems(problems: Problem[]): string {
  const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  const errors = problems.filter(isError);
  const warnings = problems.length - errors.length;
  const files = new Set(errors.map((problem) => problem.file)).size;
  const count = `${errors.length} problem${errors.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`;
  return [...sorted.map(formatProblem), '', warnings ? `${count}, and ${warnings} warning${warnings === 1 ? '' : 's'}` : count].join('\n');
}
