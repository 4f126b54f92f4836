import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { groupsByIdQuery } from "@/api/shared-reads";
import { useEcsMutation } from "../../../api/queries";
import { DialogHeader } from "../../../components/DialogHeader";
import { ProblemCallout, ProblemMessage } from "../../../components/ProblemMessage";
import { toProblem } from "../../../components/problem";
import { toast } from "../../../components/toasts";
import { ecsError } from "../../../engine/errors/ecs-error";
import { useT } from "../../../i18n";
import { Button } from "../../../ui/Button";
import { Callout } from "../../../ui/Callout";
import { Dialog } from "../../../ui/Dialog";
import { Spinner } from "../../../ui/Spinner";
import { GroupLink } from "../../security-groups/labels";
import { associationsQuery } from "../api";
import { deletePrefixList } from "../detail/entry-writes";

/** Associations a delete dialog lists: the first 100 (a list serves up to 1,000 groups). */
const SHOWN_ASSOCIATIONS = 100;

interface DeletePrefixListDialogProps {
  regionId: string;
  list: { PrefixListId: string; PrefixListName: string };
  onClose: () => void;
  /** Runs after a successful delete, before the list's cached data is dropped (e.g. leave its page). */
  onDeleted?: () => Promise<void> | void;
}

/**
 * PL-1 DeletePrefixList: irreversible, and refused while any rule uses the list
 * (NotAllowed.AssociationExist). The dialog first asks which groups use it and, when some do,
 * explains the refusal next to the disabled action and links each group, whose rules must go
 * (or move to another source) first.
 */
export function DeletePrefixListDialog({ regionId, list, onClose, onDeleted }: DeletePrefixListDialogProps) {
  const t = useT();
  const titleId = useId();
  const bodyId = useId();
  const id = list.PrefixListId;
  const name = list.PrefixListName || id;

  const associations = useQuery({ ...associationsQuery(regionId, id, { size: SHOWN_ASSOCIATIONS }), staleTime: 0 });
  const groupIds =
    associations.data?.PrefixListAssociations.PrefixListAssociation.map((association) => association.ResourceId) ?? [];
  const groups = useQuery({ ...groupsByIdQuery(regionId, groupIds), enabled: groupIds.length > 0 });
  const nameOf = (groupId: string) =>
    groups.data?.SecurityGroups.SecurityGroup.find((group) => group.SecurityGroupId === groupId)?.SecurityGroupName;

  const removal = useEcsMutation(() => deletePrefixList(regionId, id), {
    deletes: {
      id,
      leave: async () => {
        onClose();
        await onDeleted?.();
      },
    },
  });
  const run = () =>
    removal.mutate(undefined, {
      onSuccess: () => toast.success(t("pl.delete.deleted", { name })),
      // Refused (a rule was added meanwhile): show the groups as they are now.
      onError: () => associations.refetch(),
    });

  // isFetching, not isPending: a cached answer from an earlier look may be out of date.
  const checking = associations.isFetching || (groupIds.length > 0 && groups.isPending);
  const blocked = groupIds.length > 0;
  const more = Boolean(associations.data?.NextToken);
  const serverProblem = removal.error ? toProblem(removal.error) : undefined;
  const lookupProblem = associations.error ? toProblem(associations.error) : undefined;
  // The API's refusal, explained before anyone presses the button.
  const refusal = toProblem(ecsError("NotAllowed.AssociationExist", { field: "PrefixListId" }));
  const problem = serverProblem?.code === "NotAllowed.AssociationExist" && blocked ? undefined : serverProblem;

  return (
    <Dialog
      placement="center"
      labelledBy={titleId}
      describedBy={bodyId}
      onClose={() => !removal.isPending && onClose()}
      width="medium"
    >
      <DialogHeader titleId={titleId} title={t("pl.delete.title", { name })} />
      <div id={bodyId} className="dialog-body">
        <p className="identity">
          <span className="truncate">{list.PrefixListName}</span>
          <code className="mono muted">{id}</code>
        </p>
        <Callout tone="danger">{t("pl.delete.irreversible")}</Callout>
        {checking ? (
          <Spinner label={t("pl.delete.checking")} />
        ) : blocked ? (
          <section className="blockers" aria-labelledby={`${titleId}-blockers`}>
            <h3 id={`${titleId}-blockers`} className="section-title">
              {t("pl.delete.blocked")}
            </h3>
            <p>
              <ProblemMessage problem={refusal} />
            </p>
            <p>{t("pl.delete.usedBy", { count: groupIds.length })}</p>
            <ul className="referencing-list" aria-label={t("pl.delete.usedByLabel")}>
              {groupIds.map((groupId) => (
                <li key={groupId}>
                  <GroupLink regionId={regionId} id={groupId} name={nameOf(groupId)} />
                </li>
              ))}
              {more && <li className="muted">{t("pl.delete.more")}</li>}
            </ul>
            <p className="field-hint">{t("pl.delete.howTo")}</p>
          </section>
        ) : (
          <p className="status-ok">{t("pl.delete.free")}</p>
        )}
        {(problem ?? lookupProblem) && <ProblemCallout problem={problem ?? lookupProblem ?? refusal} />}
      </div>
      <div className="dialog-footer">
        {blocked && !checking && <p className="dialog-footer-note text-danger">{t("pl.delete.disabledReason")}</p>}
        <Button onClick={onClose} disabled={removal.isPending}>
          {t("common.cancel")}
        </Button>
        <Button
          variant="danger"
          busy={removal.isPending}
          disabled={checking || blocked || lookupProblem !== undefined}
          onClick={run}
        >
          {t("pl.delete.confirm")}
        </Button>
      </div>
    </Dialog>
  );
}
