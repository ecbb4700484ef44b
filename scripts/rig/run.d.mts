// Types of run.mjs for the TypeScript tests.
export declare function lastLines(text: string, count?: number): string[];
export declare function describeFailure(failure: {
  command: string; args?: string[]; cwd?: string; status?: number | null; signal?: string | null;
  error?: Error; output?: string; logPath?: string; lines?: number;
}): string;
export declare function run(command: string, args: string[], options?: { cwd?: string; env?: Record<string, string> }): string;
export declare function runLogged(command: string, args: string[], options: { cwd?: string; env?: Record<string, string>; logPath: string }): void;
