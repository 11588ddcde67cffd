/**
 * Content hashes for match records: SHA-256 (@noble/hashes, synchronous, so it works on a school file
 * share that is not a secure context, where crypto.subtle is missing) over the RFC 8785 canonical JSON
 * of a value (canonicalize), so key order and spacing never change a hash. Imports no game layer.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import canonicalize from 'canonicalize';

/** Hex SHA-256 of the canonical JSON of `value`, cut to `length` hex digits (128 bits by default). */
export function contentHash(value: unknown, length = 32): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('cannot hash a value that has no JSON form');
  return bytesToHex(sha256(utf8ToBytes(text))).slice(0, length);
}
