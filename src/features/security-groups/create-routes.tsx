/** The create drawer's route (over the list): loaded when it opens, not with the list. */
import { CreateGroupDrawer, createGroupLoader } from "./create/CreateGroupDrawer";

export const createRoute = { loader: createGroupLoader, Component: CreateGroupDrawer };
