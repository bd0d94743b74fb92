import type { Session } from 'electron';

/**
 * Panelis needs no camera, microphone, location, notifications, clipboard-read, HID, USB,
 * serial, fullscreen API or anything else a web page can ask for. Every request and every
 * check is refused (security checklist item 5). Both handlers are needed: most web APIs
 * check first and only request when the check fails.
 */
export function denyPermissionRequest(_webContents: unknown, _permission: string, callback: (granted: boolean) => void): void {
  callback(false);
}

export function denyPermissionCheck(): boolean {
  return false;
}

/** WebHID / WebUSB / Web Serial device grants. */
export function denyDevicePermission(): boolean {
  return false;
}

type PermissionSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>;

export function applyPermissionPolicy(session: PermissionSession): void {
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
  session.setDevicePermissionHandler(denyDevicePermission);
}
