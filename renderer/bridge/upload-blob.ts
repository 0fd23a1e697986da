import type { BeginUploadRequest, DesktopApi, UploadResult } from '../../shared/bridge/desktop-api';
import { UPLOAD_CHUNK_BYTES } from '../../shared/bridge/uploads';

/**
 * Sends a Blob (a backup the worker wrote) through the bridge slice by slice: only one chunk
 * is ever read into the page's memory. Any failure on the way abandons the upload, so the
 * shell removes what it had written.
 */
export async function uploadBlob(desktop: DesktopApi, request: BeginUploadRequest, blob: Blob, chunk = UPLOAD_CHUNK_BYTES): Promise<UploadResult> {
  const { upload } = await desktop.beginUpload(request);
  if (upload === null) return { saved: false };
  try {
    for (let at = 0; at < blob.size; at += chunk) {
      await desktop.appendUpload({ upload, bytes: new Uint8Array(await blob.slice(at, at + chunk).arrayBuffer()) });
    }
  } catch (error) {
    await desktop.finishUpload({ upload, abort: true }).catch(() => undefined);
    throw error;
  }
  return desktop.finishUpload({ upload });
}
