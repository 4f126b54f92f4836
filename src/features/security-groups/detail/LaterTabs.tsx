import { useT } from "../../../i18n";
import { EmptyState } from "../../../ui/EmptyState";
import { useCurrentGroup } from "./current-group";

/** Tabs whose areas land in later issues: an honest empty state with what is known today. */
export function InstancesTab() {
  const t = useT();
  const { group } = useCurrentGroup();
  return (
    <EmptyState
      icon="server"
      title={t("sg.later.instancesTitle")}
      body={t("sg.later.instancesBody", { count: group?.EcsCount ?? 0 })}
    />
  );
}

export function NetworkInterfacesTab() {
  const t = useT();
  const { group } = useCurrentGroup();
  return (
    <EmptyState
      icon="network"
      title={t("sg.later.enisTitle")}
      body={t("sg.later.enisBody", { count: group?.EcsCount ?? 0 })}
    />
  );
}

export function SnapshotsTab() {
  const t = useT();
  return <EmptyState icon="camera" title={t("sg.later.snapshotsTitle")} body={t("sg.later.snapshotsBody")} />;
}
