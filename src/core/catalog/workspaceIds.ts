// The `ws:` namespace of a learner's own bank ids, on its own: code that only asks whether an id is
// the learner's must not load the bank parser (workspaceCatalog.ts) with it.
export const WORKSPACE_PREFIX = 'ws:';

export const isWorkspaceId = (id: string) => id.startsWith(WORKSPACE_PREFIX);
