/** Uploading a spreadsheet in the explorer: the change set it would make, previewed before it is applied. */
export type { EdgeEntry, FieldChange, NodeEntry, RowProblem } from './diff';
export { type PreviewRequest, previewUpload, type UploadedFile, type UploadPreview } from './preview';
