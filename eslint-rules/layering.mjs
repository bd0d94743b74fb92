import { builtinModules } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { layers, sealed } from './layers.mjs';

const root = resolve(import.meta.dirname, '..');
const builtins = new Set(builtinModules);

function rel(file) {
  return relative(root, file).split('\\').join('/');
}

function layerOf(path) {
  return layers.find((l) => path.startsWith(l.prefix) || path === l.prefix.replace(/\/$/, '') + '.ts');
}

function inLayer(path, name) {
  return path === `${name}.ts` || path.startsWith(`${name}/`) || path.startsWith(`${name}.`);
}

function packageForbidden(spec, list) {
  const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
  return list.some((p) => p === pkg || (p === 'node:*' && spec.startsWith('node:')) || (p === '<builtin>' && builtins.has(pkg)));
}

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the layer rules of eslint-rules/layers.mjs' },
    schema: [],
  },
  create(context) {
    const file = rel(context.filename);
    const layer = layerOf(file);
    function check(node, spec) {
      if (typeof spec !== 'string') return;
      if (spec.startsWith('.')) {
        const target = rel(resolve(dirname(context.filename), spec));
        for (const s of sealed) {
          if (target.startsWith(s.prefix) && !s.except.some((e) => file.startsWith(e))) {
            context.report({ node, message: `Nothing outside main/electron may import it (${spec}).` });
            return;
          }
        }
        if (layer && !layer.may.some((m) => inLayer(target, m))) {
          context.report({ node, message: `${layer.name} may not import ${target} (allowed: ${layer.may.join(', ')}).` });
        }
      } else if (layer && packageForbidden(spec, layer.packages)) {
        context.report({ node, message: `${layer.name} may not import the package '${spec}'.` });
      }
    }
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') {
          check(node, node.arguments[0].value);
        }
      },
    };
  },
};
