// The YAML tree the bank reader walks: small plain nodes (a kind, where the node starts, a value or
// items). The quick way builds them straight from js-yaml's events, for a tenth of the cost of the
// yaml library's nodes; the careful way converts the yaml library's document into them, so the
// reader sees the very same shapes whichever way read the file.
import { isAlias, isMap, isScalar, isSeq } from 'yaml';

export type YamlKind = 'scalar' | 'map' | 'seq' | 'alias';

export class YamlNode {
  constructor(
    readonly kind: YamlKind,
    /** offset of the node's first character (a quote, a block header, an indicator); -1 when unknown */
    readonly start: number,
    /** a scalar's value as the core schema resolves it (string, number, boolean or null) */
    readonly value: unknown,
    /** a sequence's items; a mapping's keys and values, alternating (a missing one is null) */
    readonly items: (YamlNode | null)[],
  ) {}
}

const NO_ITEMS: (YamlNode | null)[] = [];

export const scalarNode = (start: number, value: unknown): YamlNode => new YamlNode('scalar', start, value, NO_ITEMS);

/**
 * The value of a mapping's first key equal to `key`, as the yaml library's `YAMLMap.get(key, true)`
 * answers: undefined when there is no such key or its value is missing.
 */
export function mapGet(map: YamlNode, key: string): YamlNode | undefined {
  const items = map.items;
  for (let i = 0; i < items.length; i += 2) {
    const k = items[i];
    if (k !== null && k.kind === 'scalar' && k.value === key) return items[i + 1] ?? undefined;
  }
  return undefined;
}

/** A scalar value of a mapping, as `YAMLMap.get(key)` answers (undefined for a missing or null one). */
export function mapValue(map: YamlNode, key: string): unknown {
  const node = mapGet(map, key);
  return (node?.kind === 'scalar' ? node.value : node) ?? undefined;
}

/**
 * The yaml library's node as a tree node. Only documents without errors get here, so they nest at
 * most 64 levels deep (the careful reader's cap) and the recursion stays shallow.
 */
export function fromYamlNode(node: unknown): YamlNode | null {
  const start = (node as { range?: [number, number, number] } | null)?.range?.[0] ?? -1;
  if (isScalar(node)) return scalarNode(start, node.value);
  if (isMap(node)) {
    const items: (YamlNode | null)[] = [];
    for (const pair of node.items) items.push(fromYamlNode(pair.key), fromYamlNode(pair.value));
    return new YamlNode('map', start, undefined, items);
  }
  if (isSeq(node)) return new YamlNode('seq', start, undefined, node.items.map(fromYamlNode));
  if (isAlias(node)) return new YamlNode('alias', start, undefined, NO_ITEMS);
  return null;
}
