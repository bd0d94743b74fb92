import { describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import {
  applyPermissionPolicy,
  denyDevicePermission,
  denyPermissionCheck,
  denyPermissionRequest,
} from '../../../main/electron/permissions';

const permissions = [
  'media',
  'geolocation',
  'notifications',
  'clipboard-read',
  'clipboard-sanitized-write',
  'fullscreen',
  'openExternal',
  'pointerLock',
  'hid',
  'serial',
  'usb',
  'midiSysex',
  'display-capture',
  'fileSystem',
  'unknown',
];

describe('permissions', () => {
  it.each(permissions)('denies the request for %s', (permission) => {
    const callback = vi.fn();
    denyPermissionRequest({}, permission, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('denies every check and every device', () => {
    expect(denyPermissionCheck()).toBe(false);
    expect(denyDevicePermission()).toBe(false);
  });

  it('installs all three handlers on the session', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    };
    applyPermissionPolicy(session as unknown as Session);
    expect(session.setPermissionRequestHandler).toHaveBeenCalledWith(denyPermissionRequest);
    expect(session.setPermissionCheckHandler).toHaveBeenCalledWith(denyPermissionCheck);
    expect(session.setDevicePermissionHandler).toHaveBeenCalledWith(denyDevicePermission);
  });
});
