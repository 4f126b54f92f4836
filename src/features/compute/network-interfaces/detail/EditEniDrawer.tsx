import type { NetworkInterface } from "@/api/types";
import { EditNameDescriptionDrawer } from "../../../../components/EditNameDescriptionDrawer";
import { checkDescription, isValidResourceName } from "../../../../engine/validate";
import { useT } from "../../../../i18n";
import { MEMBERSHIP_INVALIDATES } from "../../api";
import { FieldNote } from "../../FieldNote";
import { modifyEniAttribute } from "./eni-writes";

/** ENI-4: the name and description of any ENI, primary ones included. */
export function EditEniDrawer({
  regionId,
  eni,
  onClose,
}: {
  regionId: string;
  eni: NetworkInterface;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <EditNameDescriptionDrawer
      title={t("eni.edit.title")}
      savedMessage={t("eni.edit.saved")}
      initial={{ name: eni.NetworkInterfaceName, description: eni.Description }}
      nameParameter="NetworkInterfaceName"
      nameLabel={t("eni.field.name")}
      nameHint={t("eni.field.nameHint")}
      nameOptional
      nameIssue={(name) =>
        name !== "" && !isValidResourceName(name) ? <FieldNote>{t("eni.field.nameInvalid")}</FieldNote> : undefined
      }
      descriptionLabel={t("eni.field.description")}
      descriptionHint={t("eni.field.descriptionHint")}
      checkDescription={(description) => checkDescription(description, "InvalidDescription.Malformed")}
      save={(values) => modifyEniAttribute(regionId, eni.NetworkInterfaceId, values)}
      invalidates={MEMBERSHIP_INVALIDATES}
      onClose={onClose}
    />
  );
}
