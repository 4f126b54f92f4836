import { useId, useState } from "react";
import type { ImportSecurityGroupRulesBody, SecurityGroup } from "@/api/types";
import { useEcsMutation } from "../../../api/queries";
import { DialogHeader } from "../../../components/DialogHeader";
import { toProblem } from "../../../components/problem";
import { useT } from "../../../i18n";
import { Button } from "../../../ui/Button";
import { Callout } from "../../../ui/Callout";
import { Dialog } from "../../../ui/Dialog";
import { RULE_WRITE_INVALIDATES } from "../../security-groups/rules/rule-writes";
import { ProblemDetails } from "../ProblemDetails";
import { FileDropZone } from "./FileDropZone";
import { ImportPreview } from "./ImportPreview";
import { ImportResults } from "./ImportResults";
import { importRules } from "./import-writes";
import { type ReadRuleFile, readRuleFile } from "./read-rule-file";

interface ImportRulesDialogProps {
  regionId: string;
  group: SecurityGroup;
  onClose: () => void;
}

type ReadRules = Extract<ReadRuleFile, { kind: "rules" }>;

/**
 * IO-2: choose or drop a JSON/CSV file, see its rules (read by the engine's own parser, so a
 * broken file is refused here with the error the API would give), import them with
 * ImportSecurityGroupRules, then read the result of every row.
 */
export function ImportRulesDialog({ regionId, group, onClose }: ImportRulesDialogProps) {
  const t = useT();
  const titleId = useId();
  const requirementsId = useId();
  const securityGroupId = group.SecurityGroupId;
  const [read, setRead] = useState<ReadRuleFile>();
  const [result, setResult] = useState<ImportSecurityGroupRulesBody>();
  const apply = useEcsMutation((file: ReadRules) => importRules(regionId, securityGroupId, file.format, file.content), {
    invalidates: RULE_WRITE_INVALIDATES,
  });

  const choose = async (file: File) => {
    apply.reset();
    setResult(undefined);
    setRead(await readRuleFile(file));
  };
  const startOver = () => {
    apply.reset();
    setResult(undefined);
    setRead(undefined);
  };

  const rules = read?.kind === "rules" ? read : undefined;
  const name = group.SecurityGroupName || securityGroupId;

  return (
    <Dialog placement="side" width="wide" labelledBy={titleId} onClose={() => !apply.isPending && onClose()}>
      <DialogHeader
        titleId={titleId}
        title={t("io.title", { name })}
        onClose={onClose}
        closeDisabled={apply.isPending}
      />
      <div className="dialog-body import-rules">
        {result && rules ? (
          <ImportResults file={rules} result={result} />
        ) : rules ? (
          <ImportPreview file={rules} regionId={regionId} onChooseAnother={startOver} />
        ) : (
          <>
            <ul id={requirementsId} className="import-requirements">
              <li>{t("io.req.format")}</li>
              <li>{t("io.req.count")}</li>
              <li>{t("io.req.priority")}</li>
              <li>{t("io.req.adds")}</li>
              <li>{t("io.req.crossRegion")}</li>
            </ul>
            <FileDropZone onFile={(file) => void choose(file)} describedBy={requirementsId} />
            {read?.kind === "unknownFormat" && (
              <Callout tone="danger" title={t("io.fileRefused", { file: read.fileName })} role="alert">
                <p>{t("io.unknownFormat")}</p>
              </Callout>
            )}
            {read?.kind === "broken" && (
              <Callout tone="danger" title={t("io.fileRefused", { file: read.fileName })} role="alert">
                <ProblemDetails problem={read.problem} />
              </Callout>
            )}
          </>
        )}
        {apply.error && (
          <Callout tone="danger" title={t("io.applyFailed")} role="alert">
            <ProblemDetails problem={toProblem(apply.error)} />
          </Callout>
        )}
      </div>
      <div className="dialog-footer">
        {result ? (
          <>
            <Button onClick={startOver}>{t("io.importAnother")}</Button>
            <Button variant="primary" onClick={onClose}>
              {t("common.close")}
            </Button>
          </>
        ) : (
          <>
            <Button onClick={onClose} disabled={apply.isPending}>
              {t("common.cancel")}
            </Button>
            <Button
              variant="primary"
              busy={apply.isPending}
              disabled={!rules || rules.rules.length === 0}
              onClick={() => rules && apply.mutate(rules, { onSuccess: setResult })}
            >
              {rules ? t("io.submit", { count: rules.rules.length }) : t("io.submitIdle")}
            </Button>
          </>
        )}
      </div>
    </Dialog>
  );
}
