import { useState } from "react";
import type { SecurityGroup } from "@/api/types";
import { useT } from "../../i18n";
import { Button } from "../../ui/Button";
import { Icon } from "../../ui/Icon";
import { ExportButtons } from "./export/ExportButtons";
import { HealthCheckDialog } from "./health-check/HealthCheckDialog";
import { ImportRulesDialog } from "./import/ImportRulesDialog";

/**
 * HC-1, IO-1, IO-2 next to the rules: health check, import and export of the whole group's rules
 * (both directions). A managed group can be checked and exported, not changed.
 */
export function RuleTools({ regionId, group }: { regionId: string; group: SecurityGroup }) {
  const t = useT();
  const [open, setOpen] = useState<"health" | "import">();
  const close = () => setOpen(undefined);
  return (
    <div className="toolbar-actions rule-tools">
      <Button onClick={() => setOpen("health")}>
        <Icon name="pulse" />
        {t("tools.healthCheck")}
      </Button>
      {!group.ServiceManaged && (
        <Button onClick={() => setOpen("import")}>
          <Icon name="upload" />
          {t("tools.import")}
        </Button>
      )}
      <ExportButtons regionId={regionId} securityGroupId={group.SecurityGroupId} />
      {open === "health" && <HealthCheckDialog regionId={regionId} group={group} onClose={close} />}
      {open === "import" && <ImportRulesDialog regionId={regionId} group={group} onClose={close} />}
    </div>
  );
}
