// Types of env.mjs for the TypeScript tests.
export declare const NODE_VERSION: string;
export declare const NODE_MAJOR: string;
export declare const CODE_SERVER_VERSION: string;
export declare function isOuterVariable(name: string): boolean;
export declare function withoutOuterNpm(outer: Record<string, string | undefined>): Record<string, string>;
export declare function installEnv(outer: Record<string, string | undefined>, options: { nodeDir: string; globalConfig?: string }): Record<string, string>;
export declare function droppedVariables(outer: Record<string, string | undefined>): string[];
