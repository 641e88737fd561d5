// The result's schema version: bump on any breaking change of result-format.md's shape.
export const SCHEMA_VERSION = 1;
