// Licenses: list with status (filter by app), create for a customer with optional expiry, revoke with a confirm.
// The signed document exists only in the create answer, so it is shown once and offered as a download right there.
import { call, query, seg } from './api.js';
import { el, errorLine, field, onSubmit, select, table, time } from './dom.js';

export async function licensesView(root, lifetime) {
  const error = errorLine();
  const filter = select({ name: 'filter-app' }, [{ value: '', label: 'All apps' }]);
  const app = select({ name: 'app', required: true }, []);
  const customer = el('input', { name: 'customer', required: true, maxlength: 200, placeholder: 'Acme Corp' });
  const expires = el('input', { name: 'expires', type: 'date' });
  const form = el('form', {},
    field('App', app), field('Customer', customer), field('Expires (optional)', expires),
    el('button', { type: 'submit', text: 'Create license' }));
  const created = el('div');
  const list = el('div');
  // The installer verifies licenses offline with this key: vendors ship it as license-key.pem at the release root.
  const keyButton = el('button', { type: 'button', text: 'Download license-key.pem', onclick: downloadKey });
  root.append(el('h2', { text: 'Licenses' }), form, error.node, created, el('p', {}, keyButton), field('Show', filter), list);

  let objectUrl = null;
  lifetime.onLeave(() => objectUrl && URL.revokeObjectURL(objectUrl));

  async function load() {
    try {
      const rows = await call('GET', `/licenses${query({ app: filter.value })}`);
      list.replaceChildren(table([
        { label: 'License ID', value: (l) => el('code', { text: l.licenseId }) },
        { label: 'App', value: (l) => l.app },
        { label: 'Customer', value: (l) => l.customer },
        { label: 'Expires', value: (l) => (l.expiresAt ? time(l.expiresAt) : 'never') },
        { label: 'Status', value: (l) => el('span', { class: `status-${l.status}`, text: l.status }) },
        { label: 'Created', value: (l) => time(l.createdAt) },
        { label: '', value: (l) => (l.status === 'revoked' ? '' : revokeButton(l)) },
      ], rows, 'No licenses yet.'));
    } catch (e) {
      error.show(e);
    }
  }

  async function downloadKey() {
    error.clear();
    try {
      const pem = await call('GET', '/license-key');
      const url = URL.createObjectURL(new Blob([pem], { type: 'application/x-pem-file' }));
      const link = el('a', { href: url, download: 'license-key.pem', hidden: true });
      root.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      error.show(e);
    }
  }

  function revokeButton(license) {
    return el('button', {
      type: 'button',
      text: 'Revoke',
      onclick: async () => {
        if (!window.confirm(`Revoke the license of ${license.customer}? Their pulls stop within seconds; this cannot be undone.`)) {
          return;
        }

        error.clear();
        try {
          await call('POST', `/licenses/${seg(license.licenseId)}/revoke`);
          await load();
        } catch (e) {
          error.show(e);
        }
      },
    });
  }

  function showDocument(result) {
    if (objectUrl) {
      URL.revokeObjectURL(objectUrl);
    }

    objectUrl = URL.createObjectURL(new Blob([result.document], { type: 'application/yaml' }));
    const name = `${result.license.customer.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'customer'}-license.yaml`;
    created.replaceChildren(el('div', { class: 'document', id: 'license-document' },
      el('strong', { text: `License for ${result.license.customer} (${result.license.app})` }),
      el('p', { class: 'hint', text: 'This signed document is shown only now: download it and hand it to the customer.' }),
      el('a', { href: objectUrl, download: name, id: 'download-license', text: `Download ${name}` }),
      el('pre', { text: result.document })));
  }

  onSubmit(form, async () => {
    error.clear();
    try {
      const result = await call('POST', '/licenses', {
        body: { app: app.value, customer: customer.value.trim(), expires: expires.value || null },
      });
      customer.value = '';
      expires.value = '';
      showDocument(result);
      await load();
    } catch (e) {
      error.show(e);
    }
  });
  filter.addEventListener('change', load);

  try {
    for (const a of await call('GET', '/apps')) {
      filter.append(el('option', { value: a.slug, text: a.slug }));
      app.append(el('option', { value: a.slug, text: a.slug }));
    }
  } catch (e) {
    error.show(e);
  }

  await load();
}
