import { DataTable } from "../../../components/DataTable";
import { useT } from "../../../i18n";
import { Button } from "../../../ui/Button";
import { Callout } from "../../../ui/Callout";
import { EmptyState } from "../../../ui/EmptyState";
import { Icon } from "../../../ui/Icon";
import { type FileRow, fileRuleColumns } from "./file-rule-columns";
import type { ReadRuleFile } from "./read-rule-file";

/** The rules of the chosen file, before anything is sent. */
export function ImportPreview({
  file,
  regionId,
  onChooseAnother,
}: {
  file: Extract<ReadRuleFile, { kind: "rules" }>;
  regionId: string;
  onChooseAnother: () => void;
}) {
  const t = useT();
  const rows: FileRow[] = file.rules.map((rule, position) => ({ index: position + 1, rule }));
  const fromElsewhere = file.regionId !== undefined && file.regionId !== regionId;
  return (
    <>
      <div className="chosen-file">
        <Icon name="upload" />
        <span className="chosen-file-name">{file.fileName}</span>
        <span className="muted">
          {t("io.preview.summary", { format: file.format.toUpperCase(), count: rows.length })}
        </span>
        <Button variant="link" onClick={onChooseAnother}>
          {t("io.chooseAnother")}
        </Button>
      </div>
      {fromElsewhere && (
        <Callout tone="warning">{t("io.preview.otherRegion", { region: file.regionId ?? "" })}</Callout>
      )}
      <p className="dialog-intro">{t("io.preview.intro")}</p>
      <DataTable
        label={t("io.preview.table")}
        columns={[
          { id: "index", header: t("io.col.index"), className: "col-index", cell: (row) => row.index },
          ...fileRuleColumns(t),
        ]}
        rows={rows}
        rowKey={(row) => String(row.index)}
        empty={<EmptyState headingLevel={3} title={t("io.preview.empty")} body={t("io.preview.emptyBody")} />}
      />
    </>
  );
}
