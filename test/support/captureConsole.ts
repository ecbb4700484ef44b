// Runs a command-line entry point with console.log and console.error captured.
export function captureConsole(run: () => number): { code: number; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const log = console.log;
  const error = console.error;
  console.log = (...a: unknown[]) => void out.push(a.join(' '));
  console.error = (...a: unknown[]) => void err.push(a.join(' '));
  try {
    return { code: run(), out, err };
  } finally {
    console.log = log;
    console.error = error;
  }
}
