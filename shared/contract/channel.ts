/** The one IPC channel Electron uses. Dependency-free, so the sandboxed preload can bundle it. */
export const IPC_CHANNEL = 'panelis';
