/** A picked file's bytes as base64, for the contract, in slices (String.fromCharCode takes only so many arguments). */
export async function fileBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

/**
 * SHA-256 of a picked file, computed in the browser: a recording stays where it is, only its hash and
 * name reach Lekha. (Web Crypto digests a whole buffer; recordings of a few GB are better hashed with
 * the system's own tool and the value typed in.)
 */
export async function fileSha256(file: File): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
