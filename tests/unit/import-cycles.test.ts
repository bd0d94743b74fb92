import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * No import cycles in the application code. A cycle makes a module's exports undefined
 * while the cycle initialises, depending on which file happened to load first. Type-only
 * imports count too: a type import today is a value import after the next refactor, and a
 * cycle of types still means two modules that cannot be understood apart.
 */
const root = resolve(__dirname, '../..');
const folders = ['main', 'shared', 'renderer/src'];
const options: ts.CompilerOptions = {
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  module: ts.ModuleKind.ESNext,
  allowJs: false,
  jsx: ts.JsxEmit.ReactJSX,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every file's relative imports (static, type-only, re-exports, import()) resolved to files. */
function importGraph(): Map<string, string[]> {
  const files = folders.flatMap((f) => sourceFiles(join(root, f)));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .filter((i) => i.fileName.startsWith('.'))
      .map((i) => ts.resolveModuleName(i.fileName, file, options, ts.sys).resolvedModule?.resolvedFileName)
      .filter((t): t is string => t !== undefined && !t.includes('node_modules'));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** One shortest cycle through each strongly connected group of files (Tarjan, then a search inside it). */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    for (let w = stack.pop(); w !== undefined; w = stack.pop()) {
      onStack.delete(w);
      group.push(w);
      if (w === v) break;
    }
    if (group.length > 1 || (graph.get(v) ?? []).includes(v)) groups.push(group);
  };
  for (const file of [...graph.keys()].sort()) if (!index.has(file)) visit(file);

  const shortest = groups.map((group) => {
    const inGroup = new Set(group);
    const start = [...group].sort()[0] ?? '';
    const previous = new Map<string, string>();
    const queue = [start];
    while (queue.length > 0) {
      const v = queue.shift() ?? '';
      for (const w of graph.get(v) ?? []) {
        if (!inGroup.has(w)) continue;
        if (w === start) {
          const path = [v];
          for (let x = v; x !== start;) {
            x = previous.get(x) ?? start;
            path.push(x);
          }
          return [...path.reverse(), start];
        }
        if (!previous.has(w)) {
          previous.set(w, v);
          queue.push(w);
        }
      }
    }
    return group;
  });
  return shortest.map((cycle, i) => {
    const others = (groups[i]?.length ?? 0) - (cycle.length - 1);
    return others > 0 ? [...cycle, `(and ${others} more files in the same tangle)`] : cycle;
  });
}

describe('no import cycles', () => {
  const found = cycles(importGraph()).map((c) =>
    c.map((f) => (f.startsWith('(') ? f : relative(root, f).split('\\').join('/'))).join(' -> '),
  );

  it.each(folders)('in %s', (folder) => {
    expect(found.filter((c) => c.startsWith(`${folder}/`))).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c', 'a']]);
  });
});
