import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL } from '../../../shared/contract';

const repo = path.resolve(__dirname, '../../..');
const preloadFile = path.join(repo, 'main/electron/preload.ts');
const source = readFileSync(preloadFile, 'utf8');
const sf = ts.createSourceFile(preloadFile, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);

function walk(node: ts.Node, visit: (n: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

describe('preload (static)', () => {
  it("loads only 'electron' and the dependency-free channel module at run time", () => {
    const runtime: string[] = [];
    const typeOnly: string[] = [];
    walk(sf, (n) => {
      if (ts.isImportDeclaration(n) && ts.isStringLiteral(n.moduleSpecifier)) {
        const clause = n.importClause;
        const allTypes =
          clause !== undefined &&
          (clause.isTypeOnly ||
            (clause.name === undefined &&
              clause.namedBindings !== undefined &&
              ts.isNamedImports(clause.namedBindings) &&
              clause.namedBindings.elements.every((e) => e.isTypeOnly)));
        (allTypes ? typeOnly : runtime).push(n.moduleSpecifier.text);
      }
      if (ts.isExportDeclaration(n) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) {
        runtime.push(n.moduleSpecifier.text);
      }
      if (
        ts.isCallExpression(n) &&
        (n.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(n.expression) && n.expression.text === 'require'))
      ) {
        runtime.push(n.arguments[0] && ts.isStringLiteral(n.arguments[0]) ? n.arguments[0].text : '<dynamic>');
      }
    });
    expect(runtime).toEqual(['electron', '../../shared/contract/channel']);
    // The channel module must stay dependency-free (the sandbox cannot load packages).
    expect(readFileSync(path.join(repo, 'shared/contract/channel.ts'), 'utf8')).not.toMatch(/\bimport\b|\brequire\(/);
    for (const s of typeOnly) expect(s).toMatch(/^(\.\.\/)+shared\/contract(\/[\w-]+)?$/);
  });

  it('calls exposeInMainWorld once, as "panelis", with an object whose only key is invoke', () => {
    const calls: ts.CallExpression[] = [];
    walk(sf, (n) => {
      if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === 'exposeInMainWorld') {
        calls.push(n);
      }
    });
    expect(calls).toHaveLength(1);
    const [call] = calls;
    const [key, value] = call?.arguments ?? [];
    expect(key && ts.isStringLiteral(key) ? key.text : undefined).toBe('panelis');
    // The value is an object literal, or an identifier bound to one in this file.
    let literal: ts.ObjectLiteralExpression | undefined;
    if (value && ts.isObjectLiteralExpression(value)) literal = value;
    if (value && ts.isIdentifier(value)) {
      walk(sf, (n) => {
        if (
          ts.isVariableDeclaration(n) &&
          ts.isIdentifier(n.name) &&
          n.name.text === value.text &&
          n.initializer &&
          ts.isObjectLiteralExpression(n.initializer)
        ) {
          literal = n.initializer;
        }
      });
    }
    expect(literal).toBeDefined();
    const keys = literal?.properties.map((p) => (p.name && ts.isIdentifier(p.name) ? p.name.text : '<computed or spread>'));
    expect(keys).toEqual(['invoke']);
  });

  it('uses ipcRenderer only to call invoke, never hands it out', () => {
    walk(sf, (n) => {
      if (ts.isIdentifier(n) && n.text === 'ipcRenderer') {
        const parent = n.parent;
        if (ts.isImportSpecifier(parent)) return;
        expect(ts.isPropertyAccessExpression(parent) && parent.expression === n && parent.name.text === 'invoke').toBe(true);
      }
    });
    expect(source).not.toMatch(/webFrame|webUtils|process\.|require\(/);
  });
});

describe('preload (behaviour, electron mocked)', () => {
  it('exposes { invoke } that forwards to the one channel with exactly two arguments', async () => {
    const exposeInMainWorld = vi.fn();
    const invoke = vi.fn(async () => ({ ok: true, value: 1 }));
    vi.doMock('electron', () => ({ contextBridge: { exposeInMainWorld }, ipcRenderer: { invoke } }));
    await import('../../../main/electron/preload');
    expect(exposeInMainWorld).toHaveBeenCalledOnce();
    const [name, api] = exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>];
    expect(name).toBe('panelis');
    expect(Object.keys(api)).toEqual(['invoke']);
    const bridge = api as { invoke: (method: string, args: unknown, extra?: unknown) => Promise<unknown> };
    await expect(bridge.invoke('app.status', {}, 'smuggled')).resolves.toEqual({ ok: true, value: 1 });
    expect(invoke).toHaveBeenCalledExactlyOnceWith(IPC_CHANNEL, 'app.status', {});
    vi.doUnmock('electron');
  });
});

describe('built preload (out/preload/preload.js)', () => {
  const built = path.join(repo, 'out/preload/preload.js');
  // Only meaningful after `npm run build`; the sandbox lets a preload require 'electron' and
  // nothing else from node_modules, so any other require would break the app at start-up.
  it.skipIf(!existsSync(built))("requires nothing but 'electron'", () => {
    const code = readFileSync(built, 'utf8');
    const required = [...code.matchAll(/require\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
    expect(required.filter((r) => r !== 'electron')).toEqual([]);
  });
});
