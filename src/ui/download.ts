/**
 * Offers text as a file download. The blob URL is made when the player asks for the
 * file and revoked once the browser has taken it, so no URL outlives its use.
 */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The browser reads the blob when it starts the download, after this task.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}
