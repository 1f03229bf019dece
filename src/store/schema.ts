// Placeholder replaced by the store module: Kysely table types.
export interface Database {}
