import { type FormEvent, useEffect, useRef, useState } from "react";
import type { PrefixListEntryView } from "@/api/types";
import { useEcsMutation } from "../../../api/queries";
import { FieldError } from "../../../components/ProblemMessage";
import { toProblem } from "../../../components/problem";
import { toast } from "../../../components/toasts";
import { checkEntryDescription, problemOf } from "../../../engine/validate";
import { useT } from "../../../i18n";
import { Button } from "../../../ui/Button";
import { Field } from "../../../ui/Field";
import { PREFIX_LIST_WRITE_INVALIDATES } from "../api";
import { changeEntries } from "./entry-writes";

interface EntryDescriptionEditorProps {
  regionId: string;
  prefixListId: string;
  entry: PrefixListEntryView;
  columnCount: number;
  onDone: () => void;
}

/**
 * PL-3 "edit description" in place: the API has no such action, so the entry is added again
 * with the new description (ModifyPrefixList re-adding a CIDR changes its description).
 */
export function EntryDescriptionEditor({
  regionId,
  prefixListId,
  entry,
  columnCount,
  onDone,
}: EntryDescriptionEditorProps) {
  const t = useT();
  const formRef = useRef<HTMLFormElement>(null);
  const [description, setDescription] = useState(entry.Description);
  const [submitted, setSubmitted] = useState(false);
  const save = useEcsMutation(
    (next: string) => changeEntries({ regionId, prefixListId }, { add: [{ Cidr: entry.Cidr, Description: next }] }),
    { invalidates: PREFIX_LIST_WRITE_INVALIDATES },
  );
  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>("input")?.select();
  }, []);

  const trimmed = description.trim();
  const clientProblem = problemOf(() => checkEntryDescription(trimmed, "AddEntry.1.Description"));
  const problem =
    (submitted && clientProblem ? toProblem(clientProblem) : undefined) ??
    (save.error ? toProblem(save.error) : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (clientProblem) return;
    save.mutate(trimmed, {
      onSuccess: () => {
        toast.success(t("pl.entries.descriptionSaved", { cidr: entry.Cidr }));
        onDone();
      },
    });
  };

  return (
    <td colSpan={columnCount} className="inline-editor-cell">
      <form
        ref={formRef}
        className="entry-editor"
        noValidate
        onSubmit={submit}
        aria-label={t("pl.entries.editLabel", { cidr: entry.Cidr })}
        onKeyDown={(event) => {
          if (event.key === "Escape") onDone();
        }}
      >
        <span className="mono entry-editor-cidr">{entry.Cidr}</span>
        <Field
          label={t("pl.entries.description")}
          hint={t("pl.entries.descriptionHint")}
          error={problem && <FieldError problem={problem} />}
        >
          {(control) => (
            <input
              {...control}
              value={description}
              onChange={(event) => {
                save.reset();
                setDescription(event.target.value);
              }}
            />
          )}
        </Field>
        <div className="inline-editor-actions">
          <Button type="submit" variant="primary" size="sm" busy={save.isPending}>
            {t("common.save")}
          </Button>
          <Button size="sm" onClick={onDone} disabled={save.isPending}>
            {t("common.cancel")}
          </Button>
        </div>
      </form>
    </td>
  );
}
