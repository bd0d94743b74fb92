/**
 * Electron main entry (bundled to out/main/index.js). Only wiring: real modules in,
 * startShell does the rest. Paths are relative to out/main/.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createApp } from '../api/app';
import { startShell } from './lifecycle';

const outDir = path.resolve(__dirname, '..');

startShell({
  app,
  protocol,
  defaultSession: () => session.defaultSession,
  ipcMain,
  dialog,
  shell,
  writePrivateFile: (filePath, bytes) => writeFile(filePath, bytes, { mode: 0o600 }),
  makePrivateDir: async (dir) => {
    await mkdir(dir, { recursive: true, mode: 0o700 });
  },
  menu: Menu,
  screen: () => screen,
  createWindow: (options) => new BrowserWindow(options),
  createApp,
  paths: {
    preload: path.join(outDir, 'preload', 'preload.js'),
    rendererRoot: path.join(outDir, 'renderer'),
    repoRoot: path.resolve(outDir, '..'),
  },
  readFile: (filePath) => readFile(filePath),
  exists: existsSync,
  readText: (filePath) => {
    try {
      return readFileSync(filePath, 'utf8');
    } catch {
      return undefined;
    }
  },
  platform: process.platform,
  electronVersion: process.versions.electron ?? '',
  log: {
    warn: (message) => console.warn(message),
    error: (message, error) => console.error(message, error),
  },
});

// Ctrl+C in a terminal or a session logout: quit properly so the vault is locked and backed up.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => app.quit());
