import { z } from 'zod';

/**
 * Large files (a backup of a million orders is a few hundred megabytes) cross the bridge in
 * chunks: the page opens an upload, appends slices of its Blob one after another, and finishes
 * it. The shell appends each slice to a file beside the target and only puts the file in place
 * when it is finished (and, for an automatic backup, read through and found whole), so neither
 * side ever holds the whole file, and a cut-off upload leaves nothing where a file is expected.
 */
export const UPLOAD_CHUNK_BYTES = 8 * 1024 * 1024;
/** Far above any real ledger's backup; a runaway page stops here. */
export const UPLOAD_MAX_BYTES = 8 * 1024 * 1024 * 1024;

export const fileName = z.string().min(1).max(200)
  .refine((n) => !/[\\/:*?"<>|]/.test(n) && ![...n].some((c) => c.charCodeAt(0) < 32), 'file name has forbidden characters');

export const beginUploadRequest = z.discriminatedUnion('purpose', [
  /** Into the app's backups folder, rotated there (desktop only). */
  z.strictObject({ purpose: z.literal('autoBackup') }),
  /** Where the user chooses in the save dialog. */
  z.strictObject({ purpose: z.literal('save'), suggestedName: fileName, mimeType: z.string().min(1).max(100) }),
]);
export type BeginUploadRequest = z.infer<typeof beginUploadRequest>;
/** An upload id, or nothing to upload to: the save dialog was cancelled, or automatic backups are not supported here. */
export type BeginUploadResult = { upload: string } | { upload: null };

const uploadId = z.string().regex(/^[0-9A-Za-z-]{8,64}$/, 'not an upload id');

export const appendUploadRequest = z.strictObject({
  upload: uploadId,
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= UPLOAD_CHUNK_BYTES, 'chunk too large'),
});
export type AppendUploadRequest = z.infer<typeof appendUploadRequest>;

/** `abort`: the page gave up (its worker failed, the window is closing); the partial file is removed. */
export const finishUploadRequest = z.strictObject({ upload: uploadId, abort: z.boolean().optional() });
export type FinishUploadRequest = z.infer<typeof finishUploadRequest>;
export type UploadResult = { saved: true; path: string; at: string } | { saved: false };
