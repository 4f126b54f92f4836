import { test } from "./fixtures";
import { securityGroupFlow } from "./security-groups.flow";

test.use({ locale: "ja-JP" });

test("SG-1 SG-4 SG-6 SG-7 SG-10 RULE-7 UX-1 the whole flow in Japanese, persisting across reloads", async ({
  page,
}) => {
  await securityGroupFlow(page, "ja");
});
