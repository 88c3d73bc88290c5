// Every element of the portal is built here. Text goes in with textContent / text nodes only: data from the API never
// becomes markup, so a customer name like "<img onerror=...>" is shown, not run.

/** el('td', { class: 'num', text: '42' }, child, 'text', ...). Keys starting with "on" add event listeners. */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }

    if (name === 'text') {
      node.textContent = String(value);
    } else if (name.startsWith('on')) {
      node.addEventListener(name.slice(2), value);
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }

  node.append(...children.filter((child) => child !== null && child !== undefined));
  return node;
}

/** A one-line error slot: show(error) / clear(). */
export function errorLine() {
  const node = el('p', { class: 'error', role: 'alert', hidden: true });
  return {
    node,
    show(error) {
      node.textContent = String(error?.message ?? error).split('\n')[0];
      node.title = node.textContent;
      node.hidden = false;
    },
    clear() {
      node.textContent = '';
      node.hidden = true;
    },
  };
}

/**
 * A table of rows; columns are { label, value(row) → string | Node, num? }. An empty list says so in one row,
 * so "no data" and "not loaded" look different.
 */
export function table(columns, rows, emptyText = 'Nothing yet.') {
  const head = el('tr', {}, ...columns.map((c) => el('th', { text: c.label, scope: 'col' })));
  const body = rows.length === 0
    ? [el('tr', {}, el('td', { class: 'empty', colspan: columns.length, text: emptyText }))]
    : rows.map((row) => el('tr', {}, ...columns.map((c) => cell(c, row))));
  return el('div', { class: 'scroll' }, el('table', {}, el('thead', {}, head), el('tbody', {}, ...body)));
}

function cell(column, row) {
  const value = column.value(row);
  const td = el('td', { class: column.num ? 'num' : null });
  if (value instanceof Node) {
    td.append(value);
  } else {
    td.textContent = value ?? '';
  }

  return td;
}

let fieldCount = 0;

/** A labelled form field; the label is linked by id, so its name is just the label text. */
export function field(label, input) {
  fieldCount += 1;
  input.id ||= `field-${fieldCount}`;
  return el('div', { class: 'field' }, el('label', { for: input.id, text: label }), input);
}

/** Runs a submit handler without a page load, with the button disabled while it runs. */
export function onSubmit(form, handler) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const buttons = form.querySelectorAll('button');
    buttons.forEach((b) => { b.disabled = true; });
    try {
      await handler();
    } finally {
      buttons.forEach((b) => { b.disabled = false; });
    }
  });
}

/** "2026-03-01 12:00:00Z" from an ISO time, or '' for none. */
export function time(iso) {
  return iso ? `${new Date(iso).toISOString().slice(0, 19).replace('T', ' ')}Z` : '';
}

/** "3.0 MiB (3147728)": readable and exact, as the CLI prints egress. */
export function bytes(count) {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = count;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }

  const readable = unit === 0 ? `${count} B` : `${value.toFixed(1)} ${units[unit]}`;
  return unit === 0 ? readable : `${readable} (${count})`;
}

/** A <select> of options [{ value, label }]. */
export function select(attributes, options) {
  return el('select', attributes, ...options.map((o) => el('option', { value: o.value, text: o.label })));
}
