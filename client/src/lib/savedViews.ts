/**
 * Saved views: a named copy of the whole view state (scene with positions, filters, panels),
 * kept in the browser until accounts exist, and exported or imported as a JSON file. An imported
 * file is checked view by view; what is not a view is refused with the reason, nothing half-read.
 */

import { packScene, unpackScene } from './sceneCodec';
import { decodeViewState, encodeViewState, type ViewState } from './urlState';

export const SAVED_VIEWS_KEY = 'cluster-graph.saved-views';
export const SAVED_VIEWS_FORMAT = 'cluster-graph-views';

export interface SavedView {
  id: string;
  name: string;
  savedAt: string;
  /** The view as its readable link parameters plus the packed scene. */
  hash: string;
  scene: unknown;
}

export interface ViewsFile {
  format: typeof SAVED_VIEWS_FORMAT;
  version: 1;
  views: SavedView[];
}

/** Where saved views live: localStorage in the browser, a Map in tests. */
export interface ViewStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function toSaved(state: ViewState, name: string, now: Date, id: string): SavedView {
  return {
    id,
    name: name.trim(),
    savedAt: now.toISOString(),
    hash: encodeViewState(state),
    scene: packScene(state.scene),
  };
}

/** The state a saved view holds, or null when it is damaged. */
export function fromSaved(v: SavedView): ViewState | null {
  const scene = unpackScene(v.scene);
  if (!scene) return null;
  return { ...decodeViewState(v.hash), scene };
}

export class SavedViews {
  constructor(private readonly storage: ViewStorage) {}

  list(): SavedView[] {
    try {
      const parsed = parseViewsFile(this.storage.getItem(SAVED_VIEWS_KEY) ?? '');
      return 'views' in parsed ? parsed.views : [];
    } catch {
      return [];
    }
  }

  private write(views: SavedView[]): void {
    const file: ViewsFile = { format: SAVED_VIEWS_FORMAT, version: 1, views };
    this.storage.setItem(SAVED_VIEWS_KEY, JSON.stringify(file));
  }

  /** Saves (or, under a name already used, replaces) a view; returns it. */
  save(view: SavedView): SavedView {
    const rest = this.list().filter((v) => v.name !== view.name && v.id !== view.id);
    this.write([...rest, view].sort((a, b) => a.name.localeCompare(b.name, 'zh')));
    return view;
  }

  remove(id: string): void {
    this.write(this.list().filter((v) => v.id !== id));
  }

  get(id: string): SavedView | undefined {
    return this.list().find((v) => v.id === id);
  }

  exportFile(): string {
    return `${JSON.stringify({ format: SAVED_VIEWS_FORMAT, version: 1, views: this.list() }, null, 2)}\n`;
  }

  /** Adds the views of a file (same name: replaced); returns how many, or the reason it was refused. */
  importFile(text: string): { imported: number } | { error: string } {
    const parsed = parseViewsFile(text);
    if ('error' in parsed) return parsed;
    for (const v of parsed.views) this.save(v);
    return { imported: parsed.views.length };
  }
}

export function parseViewsFile(text: string): ViewsFile | { error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { error: 'not JSON' };
  }
  const f = raw as Partial<ViewsFile>;
  if (!f || f.format !== SAVED_VIEWS_FORMAT || f.version !== 1 || !Array.isArray(f.views))
    return { error: `not a ${SAVED_VIEWS_FORMAT} file (version 1)` };
  const views: SavedView[] = [];
  for (const [i, v] of f.views.entries()) {
    const ok =
      v &&
      typeof v.id === 'string' &&
      typeof v.name === 'string' &&
      v.name.trim() !== '' &&
      typeof v.savedAt === 'string' &&
      typeof v.hash === 'string' &&
      unpackScene(v.scene) !== null;
    if (!ok) return { error: `views[${i}] is not a saved view` };
    views.push({ id: v.id, name: v.name, savedAt: v.savedAt, hash: v.hash, scene: v.scene });
  }
  return { format: SAVED_VIEWS_FORMAT, version: 1, views };
}
