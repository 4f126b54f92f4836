import { useQueries, useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { Link } from "react-router";
import { groupRulesQuery } from "@/api/shared-reads";
import type { SecurityGroup } from "@/api/types";
import { afterDelete, invalidateAfterWrite, useEcsMutation } from "../../../api/queries";
import { DialogHeader } from "../../../components/DialogHeader";
import { ProblemCallout } from "../../../components/ProblemMessage";
import { toProblem } from "../../../components/problem";
import { toast } from "../../../components/toasts";
import { useT } from "../../../i18n";
import { pb } from "../../../paths";
import { Button } from "../../../ui/Button";
import { Callout } from "../../../ui/Callout";
import { Dialog } from "../../../ui/Dialog";
import { Spinner } from "../../../ui/Spinner";
import { memberEnisQuery, memberInstancesQuery, referencesQuery } from "../api";
import { GroupLink, managedServiceName } from "../labels";
import { deleteGroup, rulesNaming } from "./delete-group";

interface DeleteGroupDialogProps {
  regionId: string;
  group: SecurityGroup;
  onClose: () => void;
  /** Runs after a successful delete, before the group's cached data is dropped (e.g. leave its page). */
  onDeleted?: () => Promise<void> | void;
}

/**
 * SG-6: the irreversible-action dialog. It first asks what blocks the delete (members, the
 * groups whose rules name this one, managed status) and lists it with links; "Delete" is only
 * offered when nothing does, "Try force delete" when only other groups' rules do.
 */
export function DeleteGroupDialog({ regionId, group, onClose, onDeleted }: DeleteGroupDialogProps) {
  const t = useT();
  const titleId = useId();
  const bodyId = useId();
  const id = group.SecurityGroupId;
  const name = group.SecurityGroupName || id;
  const managed = group.ServiceManaged;

  const references = useQuery({ ...referencesQuery(regionId, id), enabled: !managed, staleTime: 0 });
  const referencingIds =
    references.data?.SecurityGroupReferences.SecurityGroupReference.flatMap((reference) =>
      reference.ReferencingSecurityGroups.ReferencingSecurityGroup.map((holder) => holder.SecurityGroupId),
    ) ?? [];
  const hasMembers = group.EcsCount > 0;
  const instances = useQuery({ ...memberInstancesQuery(regionId, id), enabled: hasMembers, staleTime: 0 });
  const enis = useQuery({ ...memberEnisQuery(regionId, id), enabled: hasMembers, staleTime: 0 });
  const memberNames = [
    ...(instances.data?.Instances.Instance ?? []).map((instance) => ({
      id: instance.InstanceId,
      name: instance.InstanceName,
    })),
    ...(enis.data?.NetworkInterfaceSets.NetworkInterfaceSet ?? []).map((eni) => ({
      id: eni.NetworkInterfaceId,
      name: eni.NetworkInterfaceName,
    })),
  ];
  const holders = useQueries({
    queries: referencingIds.map((holderId) => ({ ...groupRulesQuery(regionId, holderId), staleTime: 0 })),
  });
  const holdersReady = holders.every((holder) => holder.data !== undefined);
  const referencingRuleCount = holders.reduce(
    (sum, holder) => sum + rulesNaming(id, holder.data?.Permissions.Permission ?? []).length,
    0,
  );

  const removal = useEcsMutation(
    (force: boolean) => deleteGroup(regionId, id, { force, referencingGroupIds: referencingIds }),
    { invalidates: [] },
  );
  const run = (force: boolean) =>
    removal.mutate(force, {
      onSuccess: async () => {
        toast.success(t("sg.delete.deleted", { name }));
        onClose();
        await afterDelete(id, onDeleted);
      },
      // A force delete may have removed some rules before failing: show the truth.
      onError: () => invalidateAfterWrite(undefined, { except: id }),
    });

  const checking =
    (!managed && (references.isPending || !holdersReady)) || (hasMembers && (instances.isPending || enis.isPending));
  const members = group.EcsCount;
  const blocked = managed || members > 0 || referencingIds.length > 0;
  const canForce = !managed && members === 0 && referencingIds.length > 0 && holdersReady;
  const lookupError = references.error ?? instances.error ?? enis.error;
  const problem = removal.error ? toProblem(removal.error) : lookupError ? toProblem(lookupError) : undefined;

  return (
    <Dialog
      placement="center"
      labelledBy={titleId}
      describedBy={bodyId}
      onClose={() => !removal.isPending && onClose()}
      width="medium"
    >
      <DialogHeader titleId={titleId} title={t("sg.delete.title", { name })} />
      <div id={bodyId} className="dialog-body">
        <p className="identity">
          <span className="truncate">{group.SecurityGroupName || t("sg.unnamed")}</span>
          <code className="mono muted">{id}</code>
        </p>
        <Callout tone="danger">{t("sg.delete.irreversible")}</Callout>
        {checking ? (
          <Spinner label={t("sg.delete.checking")} />
        ) : blocked ? (
          <section className="blockers" aria-labelledby={`${titleId}-blockers`}>
            <h3 id={`${titleId}-blockers`} className="section-title">
              {t("sg.delete.blocked")}
            </h3>
            <ul className="blocker-list">
              {managed && <li>{t("sg.delete.managed", { service: managedServiceName(t, group.ServiceID) })}</li>}
              {members > 0 && (
                <li>
                  {t("sg.delete.members", { count: members })}{" "}
                  <Link to={pb.securityGroup({ regionId, securityGroupId: id }, "instances")} onClick={onClose}>
                    {t("sg.delete.membersLink")}
                  </Link>
                  {memberNames.length > 0 && (
                    <ul className="referencing-list">
                      {memberNames.map((member) => (
                        <li key={member.id}>
                          <span className="stacked">
                            <span className="truncate">{member.name || member.id}</span>
                            {member.name && <span className="mono muted truncate">{member.id}</span>}
                          </span>
                        </li>
                      ))}
                      {members > memberNames.length && (
                        <li className="muted">{t("sg.delete.moreMembers", { count: members - memberNames.length })}</li>
                      )}
                    </ul>
                  )}
                </li>
              )}
              {referencingIds.length > 0 && (
                <li>
                  {t("sg.delete.referenced")}
                  <ul className="referencing-list">
                    {referencingIds.map((holderId, index) => {
                      const body = holders[index]?.data;
                      return (
                        <li key={holderId}>
                          <GroupLink regionId={regionId} id={holderId} name={body?.SecurityGroupName} />
                          <span className="muted">
                            {t("sg.delete.referencingRules", {
                              count: rulesNaming(id, body?.Permissions.Permission ?? []).length,
                            })}
                          </span>
                        </li>
                      );
                    })}
                  </ul>
                </li>
              )}
            </ul>
            {canForce && (
              <Callout tone="warning">{t("sg.delete.forceExplain", { count: referencingRuleCount })}</Callout>
            )}
          </section>
        ) : (
          <p className="status-ok">{t("sg.delete.free")}</p>
        )}
        {problem && <ProblemCallout problem={problem} />}
      </div>
      <div className="dialog-footer">
        <Button onClick={onClose} disabled={removal.isPending}>
          {t("common.cancel")}
        </Button>
        {canForce && (
          <Button
            variant="secondary"
            className="btn-danger-outline"
            busy={removal.isPending && removal.variables}
            onClick={() => run(true)}
          >
            {t("sg.delete.force")}
          </Button>
        )}
        <Button
          variant="danger"
          busy={removal.isPending && !removal.variables}
          disabled={checking || blocked || removal.isPending}
          onClick={() => run(false)}
        >
          {t("sg.delete.confirm")}
        </Button>
      </div>
    </Dialog>
  );
}
