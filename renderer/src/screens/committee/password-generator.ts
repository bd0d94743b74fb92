/** No 0/O, 1/l/I: the password is read out or copied by hand from the screen. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const GROUPS = 3;
const GROUP_LENGTH = 4;

/**
 * A one-time password such as "k7mp-x3qa-9vtd": 12 random characters from a 31-letter
 * alphabet (about 59 bits), from the browser's CSPRNG, grouped so it can be dictated.
 */
export function generateOneTimePassword(
  random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer> = (b) => crypto.getRandomValues(b),
): string {
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g += 1) {
    let group = '';
    while (group.length < GROUP_LENGTH) {
      const [byte = 255] = random(new Uint8Array(1));
      // Rejection sampling: 248 = 8 * 31, so every letter is equally likely.
      if (byte < 248) group += ALPHABET[byte % ALPHABET.length];
    }
    groups.push(group);
  }
  return groups.join('-');
}
