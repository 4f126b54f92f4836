import { type ReactNode, useState } from "react";
import type { EcsAction } from "@/api/contract";
import { useEcsMutation } from "../api/queries";
import { problemOf } from "../engine/validate";
import { useT } from "../i18n";
import { Field } from "../ui/Field";
import { DescriptionField } from "./DescriptionField";
import { FieldError } from "./ProblemMessage";
import { problemAt, toProblem, unplacedProblem } from "./problem";
import { SideModalForm } from "./SideModalForm";
import { toast } from "./toasts";

export interface NameDescription {
  name: string;
  description: string;
}

interface EditNameDescriptionDrawerProps {
  title: string;
  /** Told in a toast once saved. */
  savedMessage: string;
  initial: NameDescription;
  /** The request parameter of the name: the server's errors about it show under the name. */
  nameParameter: string;
  nameLabel: string;
  /** The name's hint; as a function, told whether the typed name passes `nameIssue`. */
  nameHint: ReactNode | ((name: string, valid: boolean) => ReactNode);
  /** The name may be left empty. */
  nameOptional?: boolean;
  /** The form's own verdict on a typed name, shown once submitted; undefined when it may be sent. */
  nameIssue: (name: string) => ReactNode | undefined;
  descriptionLabel: string;
  descriptionHint: string;
  /** The engine's validator of a description (it throws the error the API would answer). */
  checkDescription: (description: string) => void;
  save: (values: NameDescription) => Promise<unknown>;
  /** Actions whose cached answers the save makes stale. */
  invalidates: readonly EcsAction[];
  onClose: () => void;
  /** Lines under the fields (what cannot change here). */
  children?: ReactNode;
}

/**
 * The rename-and-describe drawer (SG-5, PL-1, ENI-4): a name and an optional description, checked
 * with the engine's own validators before sending, the server's errors placed next to the field.
 */
export function EditNameDescriptionDrawer({
  title,
  savedMessage,
  initial,
  nameParameter,
  nameLabel,
  nameHint,
  nameOptional = false,
  nameIssue,
  descriptionLabel,
  descriptionHint,
  checkDescription,
  save,
  invalidates,
  onClose,
  children,
}: EditNameDescriptionDrawerProps) {
  const t = useT();
  const [name, setName] = useState(initial.name);
  const [description, setDescription] = useState(initial.description);
  const [submitted, setSubmitted] = useState(false);
  const write = useEcsMutation(save, { invalidates });
  const server = write.error ? toProblem(write.error) : undefined;
  const nameLocal = nameIssue(name);
  // The API keeps the old description when none is sent, so an empty field changes nothing.
  const descriptionProblem = description === "" ? undefined : problemOf(() => checkDescription(description));
  const nameServer = problemAt(server, nameParameter);
  const descriptionError =
    (submitted && descriptionProblem ? toProblem(descriptionProblem) : undefined) ?? problemAt(server, "Description");

  const submit = () => {
    setSubmitted(true);
    if (nameLocal !== undefined || descriptionProblem) return;
    write.mutate(
      { name, description },
      {
        onSuccess: () => {
          toast.success(savedMessage);
          onClose();
        },
      },
    );
  };

  return (
    <SideModalForm
      title={title}
      submitLabel={t("common.save")}
      onSubmit={submit}
      onDismiss={onClose}
      busy={write.isPending}
      problem={unplacedProblem(server, [nameParameter, "Description"])}
    >
      <Field
        label={nameLabel}
        optional={nameOptional ? t("common.optional") : undefined}
        hint={typeof nameHint === "function" ? nameHint(name, nameLocal === undefined) : nameHint}
        error={(submitted && nameLocal) || (nameServer && <FieldError problem={nameServer} />)}
      >
        {(control) => (
          <input {...control} value={name} spellCheck={false} onChange={(event) => setName(event.target.value)} />
        )}
      </Field>
      <DescriptionField
        label={descriptionLabel}
        hint={descriptionHint}
        value={description}
        onChange={setDescription}
        problem={descriptionError}
      />
      {children}
    </SideModalForm>
  );
}
