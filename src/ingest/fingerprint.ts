// Exact and near-copy fingerprints of an article: a content hash and a MinHash signature with LSH bands.
import { createHash } from "node:crypto";

/** Values in a signature; with BANDS × ROWS = 128 every value is in exactly one band. */
export const SIGNATURE_SIZE = 128;
export const BANDS = 16;
export const ROWS = 8;
/**
 * Estimated Jaccard similarity of word shingles at or above which a document is a near copy: syndicated
 * versions of one story (another outlet's headline, a credit line, a trimmed last paragraph) score 0.85
 * and more; two different reports of the same pledge from one template score well under 0.5. With 16
 * bands of 8 rows a pair at 0.8 shares a band with probability 0.95, a pair at 0.4 with 0.01.
 */
export const NEAR_COPY = 0.8;
/** Words per shingle: "will send 5,000 drones to" is one shingle of five. */
const SHINGLE = 5;
const EMPTY = 0xffffffff;

export interface Fingerprint {
  /** The document id: the first 16 hex digits of `hash`. */
  id: string;
  hash: string;
  signature: Uint32Array;
  /** Words in the text, as the shingles count them. */
  words: number;
  /** One LSH bucket key per band. */
  bands: number[];
}

/**
 * Hand-written rather than taken from a library: it is some fifty lines, it must give the same signature
 * on every machine and in every release (signatures are stored), and the npm MinHash packages either hash
 * each shingle 128 times (too slow at 500 articles/s on a shared core) or leave shingling and banding to
 * the caller.
 */
export function fingerprint(text: string): Fingerprint {
  const hash = contentHash(text);
  const { signature, words } = minhash(text);
  return { id: hash.slice(0, 16), hash, signature, words, bands: bandKeys(signature) };
}

/** sha256 of the text with white space runs made one space and the ends trimmed. */
export function contentHash(text: string): string {
  return createHash("sha256").update(text.replace(/\s+/g, " ").trim()).digest("hex");
}

/**
 * One-permutation MinHash (Li, Owen and Zhang 2012) with rotation densification (Shrivastava and Li
 * 2014): each shingle is hashed once, its top 7 bits pick one of 128 bins and the low 24 bits compete
 * for that bin's minimum; an empty bin borrows the next filled bin's value plus the distance. This costs
 * one hash per shingle instead of 128 and estimates Jaccard similarity as classic MinHash does.
 * "Lithuania will send 5,000 drones" and "LITHUANIA will send 5 000 drones!" give the same signature.
 * Also counts the words, which ingest uses to tell an article from a page with none.
 */
export function minhash(text: string): { signature: Uint32Array; words: number } {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(EMPTY);
  const lower = text.toLowerCase();
  // The last SHINGLE word hashes, as a ring; a shingle's hash mixes them oldest first.
  const ring = new Uint32Array(SHINGLE);
  let words = 0;
  const add = (count: number): void => {
    let h = 0x811c9dc5;
    for (let k = count; k > 0; k--) h = mix(h ^ (ring[(words - k) % SHINGLE] as number));
    const bin = h >>> 25;
    const value = h & 0xffffff;
    if (value < (signature[bin] as number)) signature[bin] = value;
  };
  let word = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    if (isWordChar(c)) {
      word = Math.imul(inWord ? word ^ c : 0x811c9dc5 ^ c, 0x01000193);
      inWord = true;
    } else if (inWord) {
      ring[words % SHINGLE] = word >>> 0;
      words++;
      inWord = false;
      if (words >= SHINGLE) add(SHINGLE);
    }
  }
  // A text shorter than one shingle is one shingle of all its words.
  if (words > 0 && words < SHINGLE) add(words);
  densify(signature);
  return { signature, words };
}

/**
 * Letters and digits, decided without a Unicode table (this runs over every character ingested):
 * ASCII letters and digits, and every character from U+00C0 on (Latin accents, Greek, Cyrillic, CJK)
 * except the punctuation and symbol blocks U+2000–U+2BFF and U+3000–U+303F and × ÷.
 */
function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
  if (c < 0xc0 || c === 0xd7 || c === 0xf7) return false;
  return !((c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f));
}

function densify(signature: Uint32Array): void {
  if (signature.every((v) => v === EMPTY)) return;
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    if (signature[i] !== EMPTY) continue;
    let j = (i + 1) % SIGNATURE_SIZE;
    let distance = 1;
    while (signature[j] === EMPTY) {
      j = (j + 1) % SIGNATURE_SIZE;
      distance++;
    }
    // Borrowed values sit above every real one (24 bits), so a borrowed and a real value never match.
    signature[i] = (((signature[j] as number) & 0xffffff) + distance * 0x1000000) >>> 0;
  }
}

/** The share of equal positions: the estimated Jaccard similarity of the two texts' shingle sets. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

/** A signed 32-bit key per band (it fits an SQL integer on both databases), mixing in the band number. */
export function bandKeys(signature: Uint32Array): number[] {
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = mix(0x9e3779b9 ^ band);
    for (let r = 0; r < ROWS; r++) h = mix(h ^ (signature[band * ROWS + r] as number));
    keys.push(h | 0);
  }
  return keys;
}

/** The signature as stored: 512 bytes, little-endian. */
export function signatureBytes(signature: Uint32Array): Buffer {
  const out = Buffer.alloc(SIGNATURE_SIZE * 4);
  for (let i = 0; i < SIGNATURE_SIZE; i++) out.writeUInt32LE(signature[i] as number, i * 4);
  return out;
}

export function signatureFromBytes(bytes: Uint8Array): Uint32Array {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Uint32Array(SIGNATURE_SIZE);
  for (let i = 0; i < SIGNATURE_SIZE; i++) out[i] = buf.readUInt32LE(i * 4);
  return out;
}

/** MurmurHash3's finaliser: a bijection on 32 bits that spreads every input bit over the output. */
function mix(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
