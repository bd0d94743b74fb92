/**
 * What may import what. Layers are folders; the first matching prefix names a file's layer.
 * Read it as: a file in <layer> may import files of the layers listed, and no others.
 * (docs/architecture.md, "Layers"; VS Code's code-layering rule is the model.)
 */
export const layers = [
  // prefix            may import (relative files)                                         forbidden packages
  { name: 'main/electron', prefix: 'main/electron/', may: ['main/electron', 'main/api', 'shared'], packages: [] },
  { name: 'main/vault', prefix: 'main/vault/', may: ['main/vault', 'shared'], packages: ['electron'] },
  { name: 'main/domain', prefix: 'main/domain/', may: ['main/domain', 'main/vault', 'shared'], packages: ['electron'] },
  { name: 'main/config', prefix: 'main/config/', may: ['main/config', 'shared'], packages: ['electron'] },
  { name: 'main/io', prefix: 'main/io/', may: ['main/io', 'shared'], packages: ['electron'] },
  {
    name: 'main/documents',
    prefix: 'main/documents/',
    may: ['main/documents', 'main/domain', 'main/vault', 'main/io', 'shared'],
    packages: ['electron'],
  },
  {
    name: 'main/api',
    prefix: 'main/api/',
    may: ['main/api', 'main/domain', 'main/vault', 'main/config', 'main/io', 'main/documents', 'shared'],
    packages: ['electron'],
  },
  { name: 'main/host', prefix: 'main/host/', may: ['main/host', 'main/api', 'shared'], packages: ['electron'] },
  { name: 'main/demo', prefix: 'main/demo/', may: ['main/demo', 'main/api', 'shared'], packages: ['electron'] },
  {
    name: 'main/cli',
    prefix: 'main/cli',
    may: ['main/cli', 'main/demo', 'main/api', 'main/domain', 'main/vault', 'main/config', 'main/io', 'main/documents', 'shared'],
    packages: ['electron'],
  },
  { name: 'main', prefix: 'main/', may: ['main', 'shared'], packages: ['electron'] },
  {
    name: 'renderer',
    prefix: 'renderer/',
    may: ['renderer', 'shared'],
    packages: ['electron', 'better-sqlite3-multiple-ciphers', 'kysely', 'node:*', '<builtin>'],
  },
  {
    name: 'shared',
    prefix: 'shared/',
    may: ['shared'],
    packages: ['electron', 'react', 'react-dom', 'better-sqlite3-multiple-ciphers', 'kysely', 'node:*', '<builtin>'],
  },
];

/** Layers nobody outside may import, whatever their own rule says (tests may, to test them). */
export const sealed = [{ prefix: 'main/electron/', except: ['main/electron/', 'tests/'] }];
