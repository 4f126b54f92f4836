import { useNavigate, useParams } from "react-router";
import { DocumentTitle } from "../../../components/DocumentTitle";
import { toast } from "../../../components/toasts";
import { useT } from "../../../i18n";
import { pb } from "../../../paths";
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
        write={(values: PolicyFormValues) => createPolicy(regionId, values)}
        onSaved={async (values, snapshotPolicyId) => {
          toast.success(t("snap.create.created", { name: values.name }));
          await navigate(pb.snapshotPolicy({ regionId, snapshotPolicyId }));
        }}
        onDismiss={close}
      />
    </>
  );
}
