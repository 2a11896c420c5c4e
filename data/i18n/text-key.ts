/** `registry/id/field`: the key of one patient-facing text. */
export type TextKey = `${string}/${string}/${string}`;

export const textKey = (registry: string, id: string, field: string): TextKey => `${registry}/${id}/${field}`;
