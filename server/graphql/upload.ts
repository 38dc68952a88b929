/**
 * `previewImport`: the uploaded files decoded from base64 and capped, the preview asked of the
 * store (server/upload), and its change set handed back as the JSON applyChangeSet takes.
 */
import { InvalidInputError } from '../domain/errors';
import { type EditableStore, isEditable } from '../store/editing';
import type { GraphStore } from '../store/types';
import { previewUpload, type UploadedFile } from '../upload';
import type { MutationPreviewImportArgs } from './generated';

/** The most an upload holds, all files together (a registry list of a few thousand rows is far less). */
export const MAX_UPLOAD_BYTES = 512 * 1024;
export const MAX_UPLOAD_FILES = 4;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const NAME_CONTROL = /\p{Cc}/u;

function decoded(args: MutationPreviewImportArgs): UploadedFile[] {
  if (args.files.length > MAX_UPLOAD_FILES)
    throw new InvalidInputError(
      `一次最多上传${MAX_UPLOAD_FILES}个文件 / at most ${MAX_UPLOAD_FILES} files in one upload`,
      'files',
    );
  let total = 0;
  return args.files.map((f, i) => {
    const name = f.name.trim();
    if (name === '' || name.length > 200 || NAME_CONTROL.test(name))
      throw new InvalidInputError(
        `files[${i}].name: 文件名为1至200个字符的一行 / a file name of 1 to 200 characters, one line`,
        `files.${i}.name`,
      );
    const content = f.content.replace(/\s+/g, '');
    total += Math.floor((content.length * 3) / 4);
    if (total > MAX_UPLOAD_BYTES)
      throw new InvalidInputError(
        `上传文件超过${MAX_UPLOAD_BYTES / 1024} KB / the upload is over ${MAX_UPLOAD_BYTES / 1024} KB: split the list, or import it with \`npm run cli -- import-enterprises\``,
        'files',
      );
    if (!BASE64.test(content))
      throw new InvalidInputError(
        `files[${i}].content: 文件内容应为 base64 / the file's bytes in base64`,
        `files.${i}.content`,
      );
    return { name, bytes: new Uint8Array(Buffer.from(content, 'base64')) };
  });
}

export async function previewImport(store: GraphStore, args: MutationPreviewImportArgs, user: string) {
  if (!isEditable(store)) throw new InvalidInputError('此存储不能修改 / this store cannot be changed');
  const preview = await previewUpload(store as GraphStore & EditableStore, {
    files: decoded(args),
    skipBadRows: args.skipBadRows ?? false,
    mode: args.mode === 'REPLACE' ? 'replace' : 'merge',
    date: new Date().toISOString().slice(0, 10),
    user,
  });
  return {
    ...preview,
    mode: args.mode === 'REPLACE' ? ('REPLACE' as const) : ('MERGE' as const),
    changes: JSON.stringify(preview.changes),
  };
}
