import type { Plugin } from 'vite';

const GENERATED = '/src/gql/';
const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;

/**
 * What the GraphQL Code Generator's client preset asks a bundler plugin to do (its babel and
 * swc plugins; see src/gql/gql.ts): each `graphql(`…`)` call becomes an import of that one
 * document from src/gql/graphql.ts. The `graphql()` lookup map holds every document of the SPA
 * and is not tree-shaken, so without this every page's first load carried all of them.
 */
export function graphqlDocuments(): Plugin {
  let generated = '';
  return {
    name: 'lintas-graphql-documents',
    enforce: 'pre',
    configResolved(config) {
      generated = `${config.root}/src/gql/graphql.ts`;
    },
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (!/\.(vue|ts)$/.test(file) || file.includes(GENERATED) || file.includes('/node_modules/') || !code.includes('graphql(`')) return null;
      const names = new Set<string>();
      const out = code.replace(CALL, (whole, body: string) => {
        const op = /(?:^|\s)(query|mutation|subscription)\s+(\w+)/.exec(body);
        const fragment = /(?:^|\s)fragment\s+(\w+)\s+on\s/.exec(body);
        const name = op ? `${op[2]}Document` : fragment ? `${fragment[1]}FragmentDoc` : null;
        if (!name) return whole;
        names.add(name);
        return `__gql_${name}`;
      });
      if (names.size === 0) return null;
      const imports = `import { ${[...names].map((n) => `${n} as __gql_${n}`).join(', ')} } from ${JSON.stringify(generated)};\n`;
      if (file.endsWith('.ts')) return { code: imports + out, map: null };
      const script = /<script\b[^>]*>\n?/.exec(out);
      if (!script) return null;
      const at = script.index + script[0].length;
      return { code: out.slice(0, at) + imports + out.slice(at), map: null };
    },
  };
}
