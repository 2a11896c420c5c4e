import ts from 'typescript';
import type { Plugin } from 'vite';

const STRIPPED = new Set(['examples', 'nearMisses']);

/**
 * Empties every `examples: [...]` and `nearMisses: [...]` array literal in data/ for the shipped
 * build. They document each pattern and tests run them; users never see them. data/examples.ts
 * relaxes the schemas when __KTK_EXAMPLES__ is false.
 */
export function stripExamples(dataDir: string): Plugin {
  return {
    name: 'ktk-strip-examples',
    enforce: 'pre',
    apply: 'build',
    config: () => ({ define: { __KTK_EXAMPLES__: 'false' } }),
    transform(code, id) {
      if (!id.startsWith(dataDir) || !id.endsWith('.ts')) return null;
      const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const cuts: [number, number][] = [];
      const visit = (node: ts.Node) => {
        if (
          ts.isPropertyAssignment(node) &&
          ts.isIdentifier(node.name) &&
          STRIPPED.has(node.name.text) &&
          ts.isArrayLiteralExpression(node.initializer)
        ) {
          cuts.push([node.initializer.getStart(file), node.initializer.getEnd()]);
          return;
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      if (cuts.length === 0) return null;
      let out = code;
      for (const [start, end] of cuts.reverse()) out = `${out.slice(0, start)}[]${out.slice(end)}`;
      return { code: out, map: null };
    },
  };
}
