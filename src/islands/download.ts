// Offering text as a file download (progress exports, completion records, the team report's CSV).

/** Offers `text` as a download named `name`, of MIME `type`. */
export function offerDownload(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
