/**
 * A modal form on the native <dialog> (showModal: focus stays inside, Escape cancels, the page
 * behind is inert): a title, the caller's fields, a line for the refusal, and submit and cancel
 * buttons. `submit` runs on Enter or the submit button; it returns null to close, or the problem
 * to show (its field is marked and focused), so a refused request loses nothing typed.
 */
import { h } from './dom';

export interface ModalProblem {
  /** The `name` of the input to mark, if the problem is one field's. */
  field?: string | null;
  text: string;
}

export interface ModalOptions {
  title: string;
  testid: string;
  body: HTMLElement[];
  submitLabel: string;
  cancelLabel: string;
  /** A dangerous action (a delete): the submit button is red. */
  danger?: boolean;
  submit(form: HTMLFormElement): Promise<ModalProblem | null>;
  onClose?(): void;
}

export function openModal(o: ModalOptions): HTMLDialogElement {
  const problem = h('p', { class: 'modal-problem', role: 'alert', 'data-testid': `${o.testid}-problem`, hidden: true });
  const submitBtn = h(
    'button',
    { type: 'submit', class: o.danger ? 'danger' : 'primary', 'data-testid': `${o.testid}-submit` },
    o.submitLabel,
  );
  const cancelBtn = h('button', { type: 'button', class: 'ghost', 'data-testid': `${o.testid}-cancel` }, o.cancelLabel);
  const form = h(
    'form',
    { method: 'dialog', novalidate: true },
    h('h2', {}, o.title),
    ...o.body,
    problem,
    h('div', { class: 'modal-actions' }, cancelBtn, submitBtn),
  );
  const dialog = h('dialog', { class: 'modal', 'data-testid': o.testid }, form);
  const close = () => {
    dialog.close();
    dialog.remove();
    o.onClose?.();
  };
  cancelBtn.addEventListener('click', close);
  dialog.addEventListener('cancel', (e) => {
    e.preventDefault();
    close();
  });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    submitBtn.disabled = true;
    for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
    try {
      const p = await o.submit(form);
      if (!p) return close();
      problem.textContent = p.text;
      problem.hidden = false;
      const field = p.field ? form.querySelector<HTMLElement>(`[name="${p.field}"]`) : null;
      if (field) {
        field.setAttribute('aria-invalid', 'true');
        field.focus();
      }
    } finally {
      submitBtn.disabled = false;
    }
  });
  document.body.append(dialog);
  dialog.showModal();
  form.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea')?.focus();
  return dialog;
}

/** A labelled input, select or textarea of a modal form. */
export function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  return h(
    'label',
    { class: 'field' },
    h('span', {}, label),
    control,
    hint ? h('small', { class: 'muted' }, hint) : null,
  );
}
