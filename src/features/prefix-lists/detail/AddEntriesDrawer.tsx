import { useState } from "react";
import type { ResponseOf } from "@/api/contract";
import { useEcsMutation } from "../../../api/queries";
import { toProblem } from "../../../components/problem";
import { SideModalForm } from "../../../components/SideModalForm";
import { toast } from "../../../components/toasts";
import { useT } from "../../../i18n";
import { Callout } from "../../../ui/Callout";
import { PREFIX_LIST_WRITE_INVALIDATES } from "../api";
import { EntriesEditor } from "../entries/EntriesEditor";
import { checkEntryText, entriesToSend, lineOfParameter } from "../entries/entry-lines";
import { changeEntries } from "./entry-writes";

interface AddEntriesDrawerProps {
  regionId: string;
  list: ResponseOf<"DescribePrefixListAttributes">;
  /** Rules that use the list feel the change at once (PL-2): say how many groups. */
  associationCount: number;
  onClose: () => void;
}

/**
 * PL-3 add entries: the same line editor as the create form, checked against the list's
 * family, its current entries (a CIDR already there gets its description changed) and MaxEntries.
 */
export function AddEntriesDrawer({ regionId, list, associationCount, onClose }: AddEntriesDrawerProps) {
  const t = useT();
  const [text, setText] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const add = useEcsMutation(
    (entries: ReadonlyArray<{ Cidr: string; Description: string }>) =>
      changeEntries({ regionId, prefixListId: list.PrefixListId }, { add: entries }),
    { invalidates: PREFIX_LIST_WRITE_INVALIDATES },
  );
  const check = checkEntryText(text, {
    family: list.AddressFamily,
    maxEntries: list.MaxEntries,
    parameter: "AddEntry",
    existing: list.Entries.Entry,
  });
  const server = add.error ? toProblem(add.error) : undefined;
  const serverLine = lineOfParameter(check, server?.parameter);
  const empty = check.lines.length === 0;

  const submit = () => {
    setSubmitted(true);
    if (empty || check.invalidCount > 0 || check.countProblem) {
      requestAnimationFrame(() => document.querySelector<HTMLElement>("dialog textarea")?.focus());
      return;
    }
    add.mutate(entriesToSend(check), {
      onSuccess: () => {
        toast.success(t("pl.entries.added", { count: check.lines.length }));
        onClose();
      },
    });
  };

  return (
    <SideModalForm
      title={t("pl.entries.addTitle", { name: list.PrefixListName || list.PrefixListId })}
      submitLabel={t("pl.entries.addSubmit")}
      onSubmit={submit}
      onDismiss={onClose}
      busy={add.isPending}
      problem={serverLine || server?.parameter?.startsWith("AddEntry") ? undefined : server}
      width="medium"
    >
      <p className="field-hint">{t("pl.entries.addIntro")}</p>
      {associationCount > 0 && (
        <Callout tone="info">{t("pl.entries.appliesAtOnce", { count: associationCount })}</Callout>
      )}
      <EntriesEditor
        text={text}
        onChange={(next) => {
          add.reset();
          setText(next);
        }}
        check={check}
        family={list.AddressFamily}
        maxEntries={list.MaxEntries}
        serverLine={serverLine && server ? { lineNumber: serverLine.lineNumber, problem: server } : undefined}
        serverProblem={server?.parameter?.startsWith("AddEntry") && !serverLine ? server : undefined}
        adding
      />
      {submitted && empty && <p className="field-error">{t("pl.entries.nothingToAdd")}</p>}
    </SideModalForm>
  );
}
