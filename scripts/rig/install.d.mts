// Types of install.mjs for the TypeScript tests.
export declare const NODE_VERSION: string;
export declare const CODE_SERVER_VERSION: string;
export declare const cacheRoot: string;
export declare function ensureNode(): string;
export declare function codeServerInstalled(): boolean;
export declare function ensureCodeServer(): { node: string; entry: string };
export declare function npmInstall(dir: string, specs: string[], options: {
  nodeDir: string; outerEnv?: Record<string, string | undefined>; logPath?: string; globalConfig?: string;
}): Record<string, string>;
export declare const CHROMIUM: string;
export declare function ensureChromium(): string;
