/**
 * Who is using the explorer: the viewer (from the session cookie the server set at login), the
 * login form, logout, and the top bar's account area. Anyone may read unless the server asks for
 * a login (AUTH_REQUIRED): then the first refused read opens the form, and logging in reopens the
 * view. Editors and admins see the editing controls (ui/editor.ts); the server checks every
 * change's role whatever the page shows.
 */
import type { ViewerQuery } from '../lib/generated';
import { t } from '../lib/i18n';
import { ApiQueryError, gql } from './api';
import type { App } from './app';
import { fill, h } from './dom';
import { field, openModal } from './modal';

/** Who is logged in, as the server says (the Viewer query's answer). */
export type Viewer = NonNullable<ViewerQuery['viewer']>;

export const canEdit = (v: Viewer | null) => v?.role === 'EDITOR' || v?.role === 'ADMIN';

/** Asks the server who this is (null: nobody logged in). */
export async function loadViewer(app: App): Promise<void> {
  try {
    app.viewer = (await gql('viewer')).viewer;
  } catch {
    app.viewer = null;
  }
  app.render();
}

let loginOpen = false;

/** The login form; `then` runs once logged in. */
export function openLogin(app: App, then?: () => void): void {
  if (loginOpen) return;
  loginOpen = true;
  const lang = app.lang;
  const name = h('input', { name: 'name', type: 'text', autocomplete: 'username', 'data-testid': 'login-name' });
  const password = h('input', {
    name: 'password',
    type: 'password',
    autocomplete: 'current-password',
    'data-testid': 'login-password',
  });
  openModal({
    title: t(lang, 'login.title'),
    testid: 'login',
    body: [field(t(lang, 'login.name'), name), field(t(lang, 'login.password'), password)],
    submitLabel: t(lang, 'login.submit'),
    cancelLabel: t(lang, 'edit.cancel'),
    onClose: () => {
      loginOpen = false;
    },
    submit: async () => {
      if (!name.value.trim()) return { field: 'name', text: t(lang, 'login.needName') };
      try {
        app.viewer = (await gql('login', { name: name.value.trim(), password: password.value })).login;
      } catch (e) {
        const text = e instanceof ApiQueryError ? e.message : t(lang, 'error.api');
        password.value = '';
        return { field: 'password', text: `${t(lang, 'login.refused')}${text}` };
      }
      app.banner.info(t(lang, 'login.welcome', { name: app.viewer.name }));
      app.render();
      then?.();
      return null;
    },
  });
}

export async function logout(app: App): Promise<void> {
  await app.run(() => gql('logout'));
  app.viewer = null;
  app.render();
}

/** The top bar's account area: 登录 Log in, or the name and role with 退出 Log out. */
export function accountArea(app: App, undoLast: () => void): { el: HTMLElement; render(): void } {
  const el = h('div', { class: 'account', 'data-testid': 'account' });
  return {
    el,
    render() {
      const lang = app.lang;
      const v = app.viewer;
      if (!v) {
        el.replaceChildren(
          h(
            'button',
            { type: 'button', class: 'ghost', 'data-testid': 'login-open', onclick: () => openLogin(app) },
            t(lang, 'login.open'),
          ),
        );
        return;
      }
      fill(
        el,
        h(
          'span',
          { class: 'who', 'data-testid': 'viewer' },
          v.name,
          h('small', { class: 'badge' }, t(lang, `role.${v.role}`)),
        ),
        canEdit(v)
          ? h(
              'button',
              {
                type: 'button',
                class: 'ghost',
                'data-testid': 'undo-change',
                title: t(lang, 'edit.undoLastTitle'),
                onclick: undoLast,
              },
              t(lang, 'edit.undoLast'),
            )
          : null,
        h(
          'button',
          { type: 'button', class: 'ghost', 'data-testid': 'logout', onclick: () => void logout(app) },
          t(lang, 'login.logout'),
        ),
      );
    },
  };
}
