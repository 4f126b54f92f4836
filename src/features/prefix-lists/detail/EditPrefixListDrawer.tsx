import { useState } from "react";
import { callEcs } from "../../../api/client";
import { useEcsMutation } from "../../../api/queries";
import { FieldError } from "../../../components/ProblemMessage";
import { problemAt, toProblem, unplacedProblem } from "../../../components/problem";
import { SideModalForm } from "../../../components/SideModalForm";
import { toast } from "../../../components/toasts";
import { checkPrefixListDescription, checkPrefixListName, problemOf } from "../../../engine/validate";
import { useT } from "../../../i18n";
import { Field } from "../../../ui/Field";
import { PREFIX_LIST_WRITE_INVALIDATES, type PrefixList } from "../api";

/** PL-1 ModifyPrefixList: the name and description (family and MaxEntries are fixed). */
export function EditPrefixListDrawer({
  regionId,
  list,
  onClose,
}: {
  regionId: string;
  list: PrefixList;
  onClose: () => void;
}) {
  const t = useT();
  const [name, setName] = useState(list.PrefixListName);
  const [description, setDescription] = useState(list.Description);
  const [submitted, setSubmitted] = useState(false);
  const save = useEcsMutation(
    (values: { name: string; description: string }) =>
      callEcs("ModifyPrefixList", {
        RegionId: regionId,
        PrefixListId: list.PrefixListId,
        PrefixListName: values.name,
        Description: values.description,
      }),
    { invalidates: PREFIX_LIST_WRITE_INVALIDATES },
  );
  const server = save.error ? toProblem(save.error) : undefined;
  const nameProblem = problemOf(() => checkPrefixListName(name));
  // The API keeps the old description when none is sent, so an empty field changes nothing.
  const descriptionProblem = description === "" ? undefined : problemOf(() => checkPrefixListDescription(description));
  const nameError =
    (submitted && nameProblem ? toProblem(nameProblem) : undefined) ?? problemAt(server, "PrefixListName");
  const descriptionError =
    (submitted && descriptionProblem ? toProblem(descriptionProblem) : undefined) ?? problemAt(server, "Description");

  const submit = () => {
    setSubmitted(true);
    if (nameProblem || descriptionProblem) return;
    save.mutate(
      { name, description },
      {
        onSuccess: () => {
          toast.success(t("pl.edit.saved"));
          onClose();
        },
      },
    );
  };

  return (
    <SideModalForm
      title={t("pl.edit.title")}
      submitLabel={t("common.save")}
      onSubmit={submit}
      onDismiss={onClose}
      busy={save.isPending}
      problem={unplacedProblem(server, ["PrefixListName", "Description"])}
    >
      <Field
        label={t("pl.field.name")}
        hint={t("pl.field.nameHint")}
        error={nameError && <FieldError problem={nameError} />}
      >
        {(control) => (
          <input {...control} value={name} spellCheck={false} onChange={(event) => setName(event.target.value)} />
        )}
      </Field>
      <Field
        label={t("pl.field.description")}
        optional={t("common.optional")}
        hint={t("pl.edit.descriptionHint")}
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
      <p className="field-hint">{t("pl.edit.fixed", { family: list.AddressFamily, max: list.MaxEntries })}</p>
    </SideModalForm>
  );
}
