import { Fragment } from "react";
import type { Hop } from "@/api/types";
import { useT } from "../../i18n";
import { hopSentence } from "./explain";
import { GroupRef } from "./GroupRef";
import type { HopContext } from "./hop-context";

/** Why one hop decided as it did, in the reader's language; the engine's English text as a fallback. */
export function ReasonSentence({ regionId, hop, context }: { regionId: string; hop: Hop; context: HopContext }) {
  const t = useT();
  const sentence = hopSentence(hop);
  if (!sentence) return <span lang="en">{hop.Explanation}</span>;
  // The catalogue keeps "{group}" in the text when no value is given: it becomes a link here.
  const parts = t(sentence.key, sentence.values).split("{group}");
  return (
    <span title={hop.Explanation}>
      {parts.map((part, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one sentence never reorder.
        <Fragment key={index}>
          {index > 0 && sentence.groupId && (
            <GroupRef
              regionId={regionId}
              groupId={sentence.groupId}
              direction={hop.Direction}
              groups={context.groups}
            />
          )}
          {part}
        </Fragment>
      ))}
      {sentence.more && ` ${t(sentence.more.key, sentence.more.values)}`}
    </span>
  );
}
