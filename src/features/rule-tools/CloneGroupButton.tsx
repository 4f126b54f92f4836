import { useState } from "react";
import type { SecurityGroup } from "@/api/types";
import { useT } from "../../i18n";
import { Button } from "../../ui/Button";
import { Icon } from "../../ui/Icon";
import { CloneGroupDialog } from "./clone/CloneGroupDialog";

/** CLONE-1 from the group's page header. */
export function CloneGroupButton({ regionId, group }: { regionId: string; group: SecurityGroup }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>
        <Icon name="copy" />
        {t("tools.clone")}
      </Button>
      {open && <CloneGroupDialog regionId={regionId} group={group} onClose={() => setOpen(false)} />}
    </>
  );
}
