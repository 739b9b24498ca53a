/**
 * MurmurHash3, x86 32-bit variant (Austin Appleby's public-domain algorithm), seed 0 by default.
 *
 * This is the hash Unleash's SDKs use for sticky rollouts: `normalizedValue(id, groupId)` hashes the
 * string `${groupId}:${id}` with `murmurhash3js`'s `x86.hash32`. We hash the same string in the same
 * way, so bucket assignments can be reproduced with that package (the tests check bit-for-bit
 * agreement against it).
 *
 * Why not call `murmurhash3js` directly: it needs the concatenated string, and building that string
 * allocates on every flag check. This version streams `flagKey`, ":" and `userId` through the hash
 * without concatenating, which keeps the cached flag check free of allocation.
 *
 * Compatibility note: like `murmurhash3js`, each UTF-16 code unit contributes only its low byte (no
 * UTF-8 encoding), so the result matches Unleash's Node SDK rather than the C reference implementation
 * for non-Latin-1 input. Flag keys and user ids are ASCII in practice.
 */

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;
const SEPARATOR_CODE = 0x3a; // ":"

function scrambleBlock(k: number): number {
  const k1 = Math.imul(k, C1);
  return Math.imul((k1 << 15) | (k1 >>> 17), C2);
}

function mixBlock(h: number, k: number): number {
  const h1 = h ^ scrambleBlock(k);
  return (Math.imul((h1 << 13) | (h1 >>> 19), 5) + 0xe6546b64) | 0;
}

function readBlock(text: string, i: number): number {
  return (
    (text.charCodeAt(i) & 0xff) |
    ((text.charCodeAt(i + 1) & 0xff) << 8) |
    ((text.charCodeAt(i + 2) & 0xff) << 16) |
    ((text.charCodeAt(i + 3) & 0xff) << 24)
  );
}

/** MurmurHash3 x86_32 of `${flagKey}:${userId}` as an unsigned 32-bit integer. */
export function hashFlagUser(flagKey: string, userId: string, seed = 0): number {
  const flagLength = flagKey.length;
  const userLength = userId.length;
  let h = seed | 0;

  // Whole 4-byte blocks of the flag key, then one block that straddles key tail, ":" and user id head.
  let i = 0;
  for (; i + 4 <= flagLength; i += 4) h = mixBlock(h, readBlock(flagKey, i));
  let block = 0;
  let shift = 0;
  for (; i < flagLength; i++, shift += 8) block |= (flagKey.charCodeAt(i) & 0xff) << shift;
  block |= SEPARATOR_CODE << shift;
  shift += 8;
  let j = 0;
  for (; shift < 32 && j < userLength; j++, shift += 8) block |= (userId.charCodeAt(j) & 0xff) << shift;

  if (shift === 32) {
    h = mixBlock(h, block);
    block = 0;
    shift = 0;
    for (; j + 4 <= userLength; j += 4) h = mixBlock(h, readBlock(userId, j));
    for (; j < userLength; j++, shift += 8) block |= (userId.charCodeAt(j) & 0xff) << shift;
  }
  if (shift !== 0) h ^= scrambleBlock(block);

  h ^= flagLength + 1 + userLength;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
