import { useNavigate, useParams } from "react-router";
import { useEcsMutation } from "../../../api/queries";
import { DocumentTitle } from "../../../components/DocumentTitle";
import { toProblem } from "../../../components/problem";
import { toast } from "../../../components/toasts";
import { useT } from "../../../i18n";
import { pb } from "../../../paths";
import { POLICY_WRITE_INVALIDATES } from "../api";
import { PolicyFormDrawer } from "./PolicyFormDrawer";
import { NEW_POLICY, type PolicyFormValues } from "./policy-form";
import { createPolicy } from "./policy-writes";
import { ServiceRoleDialog } from "./ServiceRoleDialog";
import { useServiceRole } from "./service-role";

/**
 * SNAP-1 create, at /snapshots/new over the list. The first time, the service-linked role is
 * authorised first (once per browser); then the form, and on success the new policy's page.
 */
export function CreatePolicyRoute() {
  const t = useT();
  const navigate = useNavigate();
  const regionId = useParams().regionId ?? "";
  const authorised = useServiceRole((state) => state.authorised);
  const authorise = useServiceRole((state) => state.authorise);
  const create = useEcsMutation((values: PolicyFormValues) => createPolicy(regionId, values), {
    invalidates: POLICY_WRITE_INVALIDATES,
  });
  const close = () => navigate(pb.snapshots({ regionId }));

  if (!authorised) {
    return (
      <>
        <DocumentTitle title={t("snap.role.title")} />
        <ServiceRoleDialog onAuthorise={authorise} onCancel={close} />
      </>
    );
  }

  return (
    <>
      <DocumentTitle title={t("snap.create.title")} />
      <PolicyFormDrawer
        mode="create"
        initial={NEW_POLICY}
        busy={create.isPending}
        serverProblem={create.error ? toProblem(create.error) : undefined}
        onDismiss={close}
        onSubmit={(values) =>
          create.mutate(values, {
            onSuccess: async (snapshotPolicyId) => {
              toast.success(t("snap.create.created", { name: values.name }));
              await navigate(pb.snapshotPolicy({ regionId, snapshotPolicyId }));
            },
          })
        }
      />
    </>
  );
}
