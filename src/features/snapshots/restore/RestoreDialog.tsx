import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { groupRulesQuery } from "@/api/shared-reads";
import type { SecurityGroup, Snapshot } from "@/api/types";
import { useEcsMutation } from "../../../api/queries";
import { DialogHeader } from "../../../components/DialogHeader";
import { ProblemCallout } from "../../../components/ProblemMessage";
import { toProblem } from "../../../components/problem";
import type { Direction } from "../../../engine/types";
import { formatTime, useLanguage, useT } from "../../../i18n";
import { Button } from "../../../ui/Button";
import { Callout } from "../../../ui/Callout";
import { Dialog } from "../../../ui/Dialog";
import { Spinner } from "../../../ui/Spinner";
import { DirectionTabs } from "./DirectionTabs";
import { restoreSnapshot } from "./restore-writes";
import { changeCount, diffRules } from "./rule-diff";

interface RestoreDialogProps {
  regionId: string;
  group: SecurityGroup;
  snapshot: Snapshot;
  policyName: string | undefined;
  onClose: () => void;
  /** After a successful restore (the dialog is closed by the parent). */
  onRestored: () => void;
}

/**
 * SNAP-4: compares the group's rules now with the snapshot's, per direction, says plainly that
 * the restore is immediate and cannot be undone, and restores on confirmation. The current rules
 * are read fresh when the dialog opens, so the comparison is with what the restore replaces.
 */
export function RestoreDialog({ regionId, group, snapshot, policyName, onClose, onRestored }: RestoreDialogProps) {
  const t = useT();
  const language = useLanguage();
  const titleId = useId();
  const bodyId = useId();
  const [direction, setDirection] = useState<Direction>("ingress");
  const groupId = group.SecurityGroupId;
  const current = useQuery({ ...groupRulesQuery(regionId, groupId), staleTime: 0 });
  const restore = useEcsMutation(() => restoreSnapshot(regionId, groupId, snapshot.SnapshotId));

  const snapshotRules = snapshot.Permissions.Permission;
  const currentRules = current.data?.Permissions.Permission;
  const diffs = currentRules ? diffRules(currentRules, snapshotRules) : undefined;
  const nothingChanges = diffs !== undefined && changeCount(diffs.ingress) + changeCount(diffs.egress) === 0;
  const problem = restore.error ? toProblem(restore.error) : current.error ? toProblem(current.error) : undefined;
  const groupName = group.SecurityGroupName || groupId;

  return (
    <Dialog
      placement="center"
      width="wide"
      labelledBy={titleId}
      describedBy={bodyId}
      onClose={() => !restore.isPending && onClose()}
    >
      <DialogHeader titleId={titleId} title={t("snap.restore.title")} />
      <div className="dialog-body">
        <dl className="restore-facts">
          <div>
            <dt>{t("snap.restore.group")}</dt>
            <dd className="stacked">
              <span className="truncate">{groupName}</span>
              <code className="mono muted">{groupId}</code>
            </dd>
          </div>
          <div>
            <dt>{t("snap.restore.snapshot")}</dt>
            <dd className="stacked">
              <code className="mono">{snapshot.SnapshotId}</code>
              <span className="muted">{policyName ?? snapshot.SnapshotPolicyId}</span>
            </dd>
          </div>
          <div>
            <dt>{t("snap.col.snapshotCreated")}</dt>
            <dd>
              <time dateTime={snapshot.CreationTime}>{formatTime(snapshot.CreationTime, language)}</time>
            </dd>
          </div>
        </dl>
        <div id={bodyId}>
          <Callout tone="danger" title={t("snap.restore.irreversibleTitle")}>
            {t("snap.restore.irreversible", {
              current: currentRules?.length ?? 0,
              restored: snapshotRules.length,
              name: groupName,
            })}
          </Callout>
        </div>
        <p className="muted">{t("snap.restore.isRuleChange")}</p>
        {!diffs ? (
          current.isPending && <Spinner label={t("common.loading")} />
        ) : (
          <>
            {nothingChanges && <Callout tone="success">{t("snap.restore.nothingChanges")}</Callout>}
            <p className="diff-legend">{t("snap.diff.legend")}</p>
            <DirectionTabs diffs={diffs} selected={direction} onSelect={setDirection} />
          </>
        )}
        {problem && <ProblemCallout problem={problem} />}
      </div>
      <div className="dialog-footer">
        <Button onClick={onClose} disabled={restore.isPending}>
          {t("common.cancel")}
        </Button>
        <Button
          variant="danger"
          busy={restore.isPending}
          disabled={!diffs || group.ServiceManaged}
          onClick={() => restore.mutate(undefined, { onSuccess: onRestored })}
        >
          {t("snap.restore.confirm")}
        </Button>
      </div>
    </Dialog>
  );
}
