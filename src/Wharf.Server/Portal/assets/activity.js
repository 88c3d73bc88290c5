// What customers pulled: the pull log (latest N, refresh on demand or every few seconds) and egress per customer
// and image over a time window.
import { call, query } from './api.js';
import { bytes, el, errorLine, field, onSubmit, select, table, time } from './dom.js';

const autoRefreshSeconds = 5;

export function pullsView(root, lifetime) {
  const error = errorLine();
  const limit = el('input', { name: 'limit', type: 'number', min: 1, max: 10000, value: 50 });
  const refresh = el('button', { type: 'submit', text: 'Refresh' });
  const auto = el('button', { type: 'button', 'aria-pressed': 'false', text: `Auto-refresh (${autoRefreshSeconds} s)` });
  const form = el('form', {}, field('Latest', limit), refresh, auto);
  const updated = el('p', { class: 'hint', role: 'status' });
  const list = el('div');
  root.append(el('h2', { text: 'Pulls' }), form, error.node, updated, list);

  let timer = null;
  const stop = () => {
    clearInterval(timer);
    timer = null;
    auto.setAttribute('aria-pressed', 'false');
  };
  lifetime.onLeave(stop);

  async function load() {
    try {
      const rows = await call('GET', `/pulls${query({ limit: limit.value })}`);
      error.clear();
      list.replaceChildren(table([
        { label: 'Time', value: (p) => time(p.time) },
        { label: 'Customer', value: (p) => p.customer ?? '' },
        { label: 'License', value: (p) => p.licenseId ?? '' },
        { label: 'App', value: (p) => p.app ?? '' },
        { label: 'Action', value: (p) => p.action },
        { label: 'Image', value: (p) => p.image ?? '' },
        { label: 'Tag or digest', value: (p) => p.reference ?? '' },
        { label: 'Status', value: (p) => String(p.status), num: true },
        { label: 'Bytes', value: (p) => bytes(p.bytes), num: true },
        { label: 'Client', value: (p) => p.clientAddress ?? '' },
        { label: 'Note', value: (p) => p.note ?? '' },
      ], rows, 'No pulls yet.'));
      updated.textContent = `${rows.length} rows, updated ${new Date().toLocaleTimeString()}`;
    } catch (e) {
      error.show(e);
    }
  }

  onSubmit(form, load);
  auto.addEventListener('click', () => {
    if (timer) {
      stop();
      return;
    }

    timer = setInterval(load, autoRefreshSeconds * 1000);
    auto.setAttribute('aria-pressed', 'true');
    load();
  });
  load();
}

export async function egressView(root) {
  const error = errorLine();
  const app = select({ name: 'app' }, [{ value: '', label: 'All apps' }]);
  const since = el('input', { name: 'since', type: 'date' });
  const until = el('input', { name: 'until', type: 'date' });
  const by = select({ name: 'by' }, [
    { value: 'customer,image', label: 'customer and image' },
    { value: 'customer', label: 'customer' },
    { value: 'image', label: 'image' },
  ]);
  const form = el('form', {},
    field('App', app), field('Since (inclusive)', since), field('Until (exclusive)', until), field('Per', by),
    el('button', { type: 'submit', text: 'Show' }));
  const list = el('div');
  root.append(el('h2', { text: 'Egress' }), form, error.node, list);

  async function load() {
    error.clear();
    try {
      const rows = await call('GET', `/egress${query({ app: app.value, since: since.value, until: until.value, by: by.value })}`);
      list.replaceChildren(table([
        { label: 'App', value: (r) => r.app },
        { label: 'Customer', value: (r) => r.customer ?? '' },
        { label: 'License', value: (r) => r.licenseId ?? '' },
        { label: 'Image', value: (r) => r.image ?? '' },
        { label: 'Pulls', value: (r) => String(r.pulls), num: true },
        { label: 'Blobs', value: (r) => String(r.blobs), num: true },
        { label: 'Egress', value: (r) => bytes(r.bytes), num: true },
      ], rows, 'Nothing served in this window.'));
    } catch (e) {
      error.show(e);
    }
  }

  onSubmit(form, load);
  try {
    for (const a of await call('GET', '/apps')) {
      app.append(el('option', { value: a.slug, text: a.slug }));
    }
  } catch (e) {
    error.show(e);
  }

  await load();
}
