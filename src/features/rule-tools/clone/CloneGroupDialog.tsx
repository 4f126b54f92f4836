import { useState } from "react";
import type { CloneSecurityGroupBody, SecurityGroup } from "@/api/types";
import { CloneForm } from "./CloneForm";
import { CloneSummary } from "./CloneSummary";
import type { CloneValues } from "./clone-writes";

interface CloneGroupDialogProps {
  regionId: string;
  group: SecurityGroup;
  onClose: () => void;
}

/** CLONE-1: the options form, then (once the clone exists) the summary of what was skipped. */
export function CloneGroupDialog({ regionId, group, onClose }: CloneGroupDialogProps) {
  const [done, setDone] = useState<{ values: CloneValues; body: CloneSecurityGroupBody }>();
  if (done) return <CloneSummary group={group} values={done.values} body={done.body} onClose={onClose} />;
  return <CloneForm regionId={regionId} group={group} onCloned={setDone} onClose={onClose} />;
}
