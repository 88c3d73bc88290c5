// Apps (list, create) and one app's registries (list, add, remove, test connection) and custom domains (list, add).
import { call, seg } from './api.js';
import { el, errorLine, field, onSubmit, table, time } from './dom.js';

export function appsView(root) {
  const error = errorLine();
  const slug = el('input', { name: 'slug', required: true, placeholder: 'my-app' });
  const form = el('form', {}, field('App slug', slug), el('button', { type: 'submit', text: 'Create app' }));
  const list = el('div');
  root.append(el('h2', { text: 'Apps' }), form, error.node, list);

  async function load() {
    try {
      const apps = await call('GET', '/apps');
      list.replaceChildren(table([
        { label: 'App', value: (a) => el('a', { href: `#/app/${seg(a.slug)}`, text: a.slug }) },
        { label: 'Created', value: (a) => time(a.createdAt) },
      ], apps, 'No apps yet.'));
    } catch (e) {
      error.show(e);
    }
  }

  onSubmit(form, async () => {
    error.clear();
    try {
      await call('POST', '/apps', { body: { slug: slug.value.trim() } });
      slug.value = '';
      await load();
    } catch (e) {
      error.show(e);
    }
  });
  load();
}

/** App slugs as the API accepts them; anything else (".." from a hand-typed hash) never reaches a URL path. */
const appSlug = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function appView(root, _lifetime, app) {
  if (typeof app !== 'string' || app.length > 63 || !appSlug.test(app)) {
    root.append(el('p', { role: 'alert', text: 'No such app.' }));
    return;
  }

  root.append(el('h2', {}, 'App ', el('code', { text: app })));
  registries(root, app);
  domains(root, app);
}

function registries(root, app) {
  const error = errorLine();
  const result = el('p', { role: 'status', id: 'registry-test-result', hidden: true });
  const host = el('input', { name: 'host', required: true, placeholder: 'registry.example.com' });
  const slug = el('input', { name: 'registry-slug', placeholder: 'optional' });
  const username = el('input', { name: 'username', autocomplete: 'off' });
  const password = el('input', { name: 'password', type: 'password', autocomplete: 'new-password' });
  const anonymous = el('input', { name: 'anonymous', type: 'checkbox' });
  anonymous.addEventListener('change', () => {
    username.disabled = anonymous.checked;
    password.disabled = anonymous.checked;
  });
  const form = el('form', {},
    field('Host', host), field('Slug', slug), field('Username', username), field('Password', password),
    field('Anonymous', anonymous), el('button', { type: 'submit', text: 'Add registry' }));
  const list = el('div');
  root.append(el('h3', { text: 'Registries' }), form, error.node, result, list);

  async function load() {
    try {
      const rows = await call('GET', `/apps/${seg(app)}/registries`);
      list.replaceChildren(table([
        { label: 'Host', value: (r) => (r.plainHttp ? `http://${r.host}` : r.host) },
        { label: 'Slug', value: (r) => r.slug ?? '' },
        { label: 'Credentials', value: (r) => (r.anonymous ? 'anonymous' : r.username ?? '') },
        { label: 'Linked', value: (r) => time(r.createdAt) },
        { label: '', value: (r) => actions(r) },
      ], rows, 'No registries linked yet.'));
    } catch (e) {
      error.show(e);
    }
  }

  function actions(registry) {
    const test = el('button', { type: 'button', text: 'Test connection' });
    test.addEventListener('click', async () => {
      error.clear();
      result.hidden = true;
      test.disabled = true;
      try {
        const outcome = await call('POST', `/apps/${seg(app)}/registries/${registry.id}/test`);
        result.className = outcome.ok ? 'ok' : 'bad';
        result.textContent = `${registry.host}: ${outcome.ok ? 'OK' : 'failed'} (${outcome.message})`;
        result.hidden = false;
      } catch (e) {
        error.show(e);
      } finally {
        test.disabled = false;
      }
    });
    const remove = el('button', { type: 'button', text: 'Remove' });
    remove.addEventListener('click', async () => {
      if (!window.confirm(`Unlink ${registry.host} from ${app}? Pulls of its images stop.`)) {
        return;
      }

      error.clear();
      try {
        await call('DELETE', `/apps/${seg(app)}/registries/${registry.id}`);
        await load();
      } catch (e) {
        error.show(e);
      }
    });
    return el('span', { class: 'actions' }, test, remove);
  }

  onSubmit(form, async () => {
    error.clear();
    const body = { host: host.value.trim(), slug: slug.value.trim() || null, anonymous: anonymous.checked };
    if (!anonymous.checked) {
      body.username = username.value;
      body.password = password.value;
    }

    try {
      await call('POST', `/apps/${seg(app)}/registries`, { body });
      form.reset();
      username.disabled = false;
      password.disabled = false;
      await load();
    } catch (e) {
      error.show(e);
    }
  });
  load();
}

function domains(root, app) {
  const error = errorLine();
  const domain = el('input', { name: 'domain', required: true, placeholder: 'registry.customer.example' });
  const form = el('form', {}, field('Domain', domain), el('button', { type: 'submit', text: 'Add domain' }));
  const list = el('div');
  root.append(el('h3', { text: 'Custom domains' }), form, error.node, list);

  async function load() {
    try {
      const rows = (await call('GET', '/domains')).filter((d) => d.app === app);
      list.replaceChildren(table([
        { label: 'Domain', value: (d) => d.domain },
        { label: 'Added', value: (d) => time(d.createdAt) },
      ], rows, 'No custom domains yet.'));
    } catch (e) {
      error.show(e);
    }
  }

  onSubmit(form, async () => {
    error.clear();
    try {
      await call('POST', `/apps/${seg(app)}/domains`, { body: { domain: domain.value.trim() } });
      domain.value = '';
      await load();
    } catch (e) {
      error.show(e);
    }
  });
  load();
}
