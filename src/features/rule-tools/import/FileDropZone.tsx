import { type DragEvent, useId, useState } from "react";
import { useT } from "../../../i18n";
import { Icon } from "../../../ui/Icon";

/**
 * Drop a file here or choose one: a real <input type="file"> with its label (keyboard and screen
 * readers use it; the label looks like a button), inside a zone that also accepts a dropped file.
 */
export function FileDropZone({ onFile, describedBy }: { onFile: (file: File) => void; describedBy?: string }) {
  const t = useT();
  const inputId = useId();
  const [over, setOver] = useState(false);
  const dragOver = (event: DragEvent) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
    setOver(true);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <section
      className={`dropzone ${over ? "dropzone-over" : ""}`.trim()}
      aria-label={t("io.dropZone")}
      onDragEnter={dragOver}
      onDragOver={dragOver}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <span className="dropzone-icon">
        <Icon name="upload" />
      </span>
      <p className="dropzone-text">{t("io.drop")}</p>
      <label htmlFor={inputId} className="btn btn-secondary dropzone-button">
        {t("io.choose")}
      </label>
      <input
        id={inputId}
        type="file"
        className="visually-hidden"
        accept=".json,.csv"
        aria-describedby={describedBy}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so choosing the same file again (after fixing it) reads it again.
          event.target.value = "";
          if (file) onFile(file);
        }}
      />
    </section>
  );
}
