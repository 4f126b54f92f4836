import { useState } from "react";
import { callEcs } from "../../../../api/client";
import { useEcsMutation } from "../../../../api/queries";
import { FieldError } from "../../../../components/ProblemMessage";
import { problemAt, toProblem, unplacedProblem } from "../../../../components/problem";
import { SideModalForm } from "../../../../components/SideModalForm";
import { toast } from "../../../../components/toasts";
import { checkDescription, isValidResourceName, problemOf } from "../../../../engine/validate";
import { useT } from "../../../../i18n";
import { Field } from "../../../../ui/Field";
import { MEMBERSHIP_INVALIDATES, type NetworkInterface } from "../../api";
import { FieldNote } from "../../FieldNote";

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
  const [name, setName] = useState(eni.NetworkInterfaceName);
  const [description, setDescription] = useState(eni.Description);
  const [submitted, setSubmitted] = useState(false);
  const save = useEcsMutation(
    (values: { name: string; description: string }) =>
      callEcs("ModifyNetworkInterfaceAttribute", {
        RegionId: regionId,
        NetworkInterfaceId: eni.NetworkInterfaceId,
        NetworkInterfaceName: values.name,
        Description: values.description,
      }),
    { invalidates: MEMBERSHIP_INVALIDATES },
  );
  const server = save.error ? toProblem(save.error) : undefined;
  const nameInvalid = name !== "" && !isValidResourceName(name);
  const descriptionProblem =
    description === "" ? undefined : problemOf(() => checkDescription(description, "InvalidDescription.Malformed"));
  const nameError = problemAt(server, "NetworkInterfaceName");
  const descriptionError =
    (submitted && descriptionProblem ? toProblem(descriptionProblem) : undefined) ?? problemAt(server, "Description");

  const submit = () => {
    setSubmitted(true);
    if (nameInvalid || descriptionProblem) return;
    save.mutate(
      { name, description },
      {
        onSuccess: () => {
          toast.success(t("eni.edit.saved"));
          onClose();
        },
      },
    );
  };

  return (
    <SideModalForm
      title={t("eni.edit.title")}
      submitLabel={t("common.save")}
      onSubmit={submit}
      onDismiss={onClose}
      busy={save.isPending}
      problem={unplacedProblem(server, ["NetworkInterfaceName", "Description"])}
    >
      <Field
        label={t("eni.field.name")}
        optional={t("common.optional")}
        hint={t("eni.field.nameHint")}
        error={
          (submitted && nameInvalid && <FieldNote>{t("eni.field.nameInvalid")}</FieldNote>) ||
          (nameError && <FieldError problem={nameError} />)
        }
      >
        {(control) => (
          <input {...control} value={name} spellCheck={false} onChange={(event) => setName(event.target.value)} />
        )}
      </Field>
      <Field
        label={t("eni.field.description")}
        optional={t("common.optional")}
        hint={t("eni.field.descriptionHint")}
        error={descriptionError && <FieldError problem={descriptionError} />}
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
          />
        )}
      </Field>
    </SideModalForm>
  );
}
