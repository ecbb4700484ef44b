// Types of prerequisites.mjs for the TypeScript tests.
export interface Prerequisite { what: string; kind: 'file' | 'command'; path?: string; pkg: string; for: 'chromium' | 'buildTools' }
export interface Needs { chromium?: boolean; buildTools?: boolean }
export interface Probe { file(path: string): boolean; command(name: string): boolean }
export declare const CHROMIUM: string;
export declare const PREREQUISITES: Prerequisite[];
export declare function missingPrerequisites(needs: Needs, probe?: Probe): Prerequisite[];
export declare function packagesFor(missing: Prerequisite[]): string[];
export declare function remedyLine(missing: Prerequisite[], options?: { root?: boolean }): string;
export declare function preflight(needs: Needs): void;
export declare function ensureChromium(): string;
