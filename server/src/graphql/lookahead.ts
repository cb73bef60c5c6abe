import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the query asks, below the current field, for the path of field names
 * (through inline fragments and named fragments), e.g. `['nodes', 'person']`.
 * Lets a list read a relation in its own statement only when the query shows it.
 */
export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  const walk = (set: SelectionSetNode | undefined, rest: readonly string[]): boolean => {
    if (!set) return false;
    if (rest.length === 0) return true;
    return set.selections.some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === rest[0] && walk(s.selectionSet, rest.slice(1));
      if (s.kind === Kind.INLINE_FRAGMENT) return walk(s.selectionSet, rest);
      return walk(info.fragments[s.name.value]?.selectionSet, rest);
    });
  };
  return info.fieldNodes.some((node) => walk(node.selectionSet, path));
}

/** Whether a connection's items select `field`, as `nodes { field }` or `edges { node { field } }`. */
export function itemsSelect(info: GraphQLResolveInfo, field: string): boolean {
  return selects(info, ['nodes', field]) || selects(info, ['edges', 'node', field]);
}
