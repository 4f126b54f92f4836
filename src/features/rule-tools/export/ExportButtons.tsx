import { useMutation } from "@tanstack/react-query";
import type { RuleFileFormat } from "@/api/types";
import { toProblem } from "../../../components/problem";
import { toast } from "../../../components/toasts";
import { useT } from "../../../i18n";
import { Button } from "../../../ui/Button";
import { Icon } from "../../../ui/Icon";
import { exportRules } from "../api";
import { downloadFile } from "./download";

/** IO-1: one button per format; each asks the API for the file and downloads it under its FileName. */
export function ExportButtons({ regionId, securityGroupId }: { regionId: string; securityGroupId: string }) {
  const t = useT();
  const download = useMutation({
    mutationFn: async (format: RuleFileFormat) => {
      const file = await exportRules(regionId, securityGroupId, format);
      downloadFile(file.FileName, file.Content, format);
      return file.FileName;
    },
    onSuccess: (fileName) => toast.success(t("tools.exported", { file: fileName })),
    onError: (error) => toast.error(toProblem(error), t("tools.exportFailed")),
  });
  const busy = (format: RuleFileFormat) => download.isPending && download.variables === format;
  return (
    <>
      <Button busy={busy("json")} disabled={download.isPending} onClick={() => download.mutate("json")}>
        <Icon name="download" />
        {t("tools.exportJson")}
      </Button>
      <Button busy={busy("csv")} disabled={download.isPending} onClick={() => download.mutate("csv")}>
        <Icon name="download" />
        {t("tools.exportCsv")}
      </Button>
    </>
  );
}
