/** The troubleshooting area's routes, loaded as one lazy chunk. */
import { TroubleshootingPage, troubleshootingLoader } from "./TroubleshootingPage";

export const pageRoute = { loader: troubleshootingLoader, Component: TroubleshootingPage };
