import { useState } from "react";
import { callEcs } from "../../../api/client";
import { useEcsMutation } from "../../../api/queries";
import { FieldError } from "../../../components/ProblemMessage";
import { problemAt, toProblem, unplacedProblem } from "../../../components/problem";
import { SideModalForm } from "../../../components/SideModalForm";
import { toast } from "../../../components/toasts";
import { checkSecurityGroupDescription, checkSecurityGroupName, problemOf } from "../../../engine/validate";
import { useT } from "../../../i18n";
import { Field } from "../../../ui/Field";
import type { SecurityGroup } from "../api";
import { followsNamingAdvice } from "../create/create-group";

/** SG-5: rename and describe a group (ModifySecurityGroupAttribute). */
export function EditGroupDrawer({
  regionId,
  group,
  onClose,
}: {
  regionId: string;
  group: SecurityGroup;
  onClose: () => void;
}) {
  const t = useT();
  const [name, setName] = useState(group.SecurityGroupName);
  const [description, setDescription] = useState(group.Description);
  const [submitted, setSubmitted] = useState(false);
  const save = useEcsMutation(
    (values: { name: string; description: string }) =>
      callEcs("ModifySecurityGroupAttribute", {
        RegionId: regionId,
        SecurityGroupId: group.SecurityGroupId,
        SecurityGroupName: values.name,
        Description: values.description,
      }),
    { invalidates: ["DescribeSecurityGroups", "DescribeSecurityGroupAttribute"] },
  );
  const server = save.error ? toProblem(save.error) : undefined;
  const nameProblem = problemOf(() => checkSecurityGroupName(name));
  const descriptionProblem =
    description === "" ? undefined : problemOf(() => checkSecurityGroupDescription(description));
  const nameError =
    (submitted && nameProblem ? toProblem(nameProblem) : undefined) ?? problemAt(server, "SecurityGroupName");
  const descriptionError =
    (submitted && descriptionProblem ? toProblem(descriptionProblem) : undefined) ?? problemAt(server, "Description");

  const submit = () => {
    setSubmitted(true);
    if (nameProblem || descriptionProblem) return;
    save.mutate(
      { name, description },
      {
        onSuccess: () => {
          toast.success(t("sg.edit.saved"));
          onClose();
        },
      },
    );
  };

  return (
    <SideModalForm
      title={t("sg.edit.title")}
      submitLabel={t("common.save")}
      onSubmit={submit}
      onDismiss={onClose}
      busy={save.isPending}
      problem={unplacedProblem(server, ["SecurityGroupName", "Description"])}
    >
      <Field
        label={t("sg.field.name")}
        hint={
          <>
            {t("sg.field.nameHint")}
            <br />
            <span className="advice">
              {name && !nameProblem && !followsNamingAdvice(name) ? t("sg.naming.nudge") : t("sg.naming.advice")}
            </span>
          </>
        }
        error={nameError && <FieldError problem={nameError} />}
      >
        {(control) => (
          <input {...control} value={name} spellCheck={false} onChange={(event) => setName(event.target.value)} />
        )}
      </Field>
      <Field
        label={t("sg.field.description")}
        optional={t("common.optional")}
        hint={t("sg.field.descriptionHint")}
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
