/** Estimated height of a DataTable row (px), shared by the table and its virtualised body. */
export const TABLE_ROW_HEIGHT = 48;
