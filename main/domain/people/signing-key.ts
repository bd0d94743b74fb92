import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  generateKeyPairSync,
  randomBytes,
  scryptSync,
  type KeyObject,
} from 'node:crypto';

/**
 * Each person's Ed25519 key pair: they sign their submitted score sheets with it. The
 * private key is stored encrypted under a key derived from their own password, so not even
 * someone holding the vault passphrase can sign in their name.
 */
export interface SealedKeyPair {
  publicKey: string; // SPKI DER, base64
  privateKeyEnc: string; // salt$iv$tag$ciphertext, base64 parts
}

function wrappingKey(password: string, salt: Buffer): Buffer {
  return scryptSync(password.normalize('NFC'), salt, 32, { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
}

export function sealPrivateKey(privateKey: KeyObject, password: string): string {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', wrappingKey(password, salt), iv);
  const der = privateKey.export({ format: 'der', type: 'pkcs8' });
  const ct = Buffer.concat([cipher.update(der), cipher.final()]);
  return [salt, iv, cipher.getAuthTag(), ct].map((b) => b.toString('base64')).join('$');
}

export function newSigningKey(password: string): SealedKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
    privateKeyEnc: sealPrivateKey(privateKey, password),
  };
}

/** Unseals a private key; throws if the password is wrong or the blob was altered. */
export function openPrivateKey(sealed: string, password: string): KeyObject {
  const [salt, iv, tag, ct] = sealed.split('$').map((s) => Buffer.from(s, 'base64'));
  if (!salt || !iv || !tag || !ct) throw new Error('malformed sealed key');
  const decipher = createDecipheriv('aes-256-gcm', wrappingKey(password, salt), iv);
  decipher.setAuthTag(tag);
  const der = Buffer.concat([decipher.update(ct), decipher.final()]);
  return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
}
