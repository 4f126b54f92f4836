const TYPES = { json: "application/json;charset=utf-8", csv: "text/csv;charset=utf-8" } as const;

/**
 * Saves text as a file the browser downloads, under the name the API chose (IO-1). The content
 * is written as the API returned it; a CSV file starts with a byte-order mark, without which
 * Excel reads UTF-8 as the system code page and garbles Japanese descriptions. Import skips it.
 */
export function downloadFile(fileName: string, content: string, format: keyof typeof TYPES): void {
  const text = format === "csv" ? `\uFEFF${content}` : content;
  const url = URL.createObjectURL(new Blob([text], { type: TYPES[format] }));
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
