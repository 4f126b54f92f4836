const TYPES = { json: "application/json;charset=utf-8", csv: "text/csv;charset=utf-8" } as const;

/**
 * Saves text as a file the browser downloads, under the name the API chose (IO-1). The content
 * is written exactly as the API returned it, so the file imports back unchanged.
 */
export function downloadFile(fileName: string, content: string, format: keyof typeof TYPES): void {
  const url = URL.createObjectURL(new Blob([content], { type: TYPES[format] }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL; a later tick frees the blob.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
