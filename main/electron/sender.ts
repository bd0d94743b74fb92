import { isAppUrl } from './origin';

/** The parts of Electron's WebFrameMain the sender check reads. */
export interface SenderFrameLike {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * Whether an IPC message comes from the app's own top-level page (checklist item 17; VS Code's
 * validatedIpcMain does the same). Refused: a missing frame (navigated away or destroyed),
 * any sub-frame, any page not on app://panelis/.
 */
export function isTrustedSender(frame: SenderFrameLike | null | undefined): boolean {
  if (frame === null || frame === undefined) return false;
  try {
    if (frame.parent !== null) return false;
    return isAppUrl(frame.url);
  } catch {
    // WebFrameMain throws when read after its render frame was disposed.
    return false;
  }
}
