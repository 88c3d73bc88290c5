// The portal shell: sign-in, navigation between views (hash routes, so the server serves one page) and sign-out.
import { ApiError, call, session, whenUnauthorized } from './api.js';
import { appsView, appView } from './apps.js';
import { licensesView } from './licenses.js';
import { egressView, pullsView } from './activity.js';

const views = { apps: appsView, app: appView, licenses: licensesView, pulls: pullsView, egress: egressView };

const signIn = document.getElementById('sign-in');
const signInForm = document.getElementById('sign-in-form');
const signInError = document.getElementById('sign-in-error');
const tokenInput = document.getElementById('token');
const nav = document.getElementById('nav');
const view = document.getElementById('view');

// What the current view must stop (timers, object URLs) when another one replaces it.
let leaving = [];

function leave() {
  leaving.forEach((stop) => stop());
  leaving = [];
}

function showSignIn(message) {
  leave();
  view.replaceChildren();
  view.hidden = true;
  nav.hidden = true;
  signIn.hidden = false;
  signInError.textContent = message ?? '';
  signInError.hidden = !message;
  tokenInput.focus();
}

/** A malformed escape in a hand-typed hash (#/app/%E0) is kept as typed instead of stopping the router. */
function safeDecode(part) {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

function route() {
  if (!session.token()) {
    showSignIn();
    return;
  }

  leave();
  const [name, ...args] = location.hash.replace(/^#\/?/, '').split('/').map(safeDecode);
  const key = Object.hasOwn(views, name) ? name : 'apps';
  signIn.hidden = true;
  nav.hidden = false;
  view.hidden = false;
  for (const link of nav.querySelectorAll('a')) {
    const current = link.dataset.view === key || (key === 'app' && link.dataset.view === 'apps');
    if (current) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  }

  const root = document.createElement('div');
  view.replaceChildren(root);
  views[key](root, { onLeave: (stop) => leaving.push(stop) }, ...args);
}

signInForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const token = tokenInput.value.trim();
  try {
    // Any authenticated read proves the token; only a working token is kept.
    await call('GET', '/apps', { token });
  } catch (error) {
    signInError.textContent = error instanceof ApiError ? error.message : String(error);
    signInError.hidden = false;
    return;
  }

  session.signIn(token);
  tokenInput.value = '';
  signInError.hidden = true;
  if (location.hash.length > 2) {
    route();
  } else {
    location.hash = '#/apps'; // routes through hashchange
  }
});

document.getElementById('sign-out').addEventListener('click', () => {
  session.signOut();
  history.replaceState(null, '', location.pathname);
  showSignIn();
});

whenUnauthorized((message) => {
  session.signOut();
  showSignIn(message);
});

window.addEventListener('hashchange', route);
route();
