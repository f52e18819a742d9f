/*
 * On every page: registers the service worker (/sw.js), and sends the outbox of meeting sheets saved on this
 * device (IndexedDB database "ishc", store "outbox", keyed by the sheet's device-made key) when the page
 * loads, when the signal comes back ("online") and every 30 seconds. Only an answer 2xx with the meeting
 * removes a sheet from the outbox; a refusal (400, 404) keeps it, marked failed with the server's message,
 * for the sheet page's "not sent" list; anything else (no signal, 409, 5xx, an ended session) keeps it to be
 * sent again later. A sheet is sent only while the person who saved it is logged in (the layout's "ishc-user"
 * meta tag), so that on a shared phone nobody sends another's sheet under their own name. window.IshcOutbox
 * is what the sheet page (meeting-sheet.js) uses.
 */
(function () {
  'use strict';

  const DATABASE = 'ishc';
  const STORE = 'outbox';
  const RETRY_MS = 30000;

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(function () { /* pages work without it */ });
  }

  function open() {
    return new Promise(function (resolve, reject) {
      if (!('indexedDB' in window)) { reject(new Error('no IndexedDB')); return; }
      const request = indexedDB.open(DATABASE, 1);
      request.onupgradeneeded = function () {
        if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE, { keyPath: 'key' });
      };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }

  function transaction(mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        const tx = db.transaction(STORE, mode);
        const result = work(tx.objectStore(STORE));
        tx.oncomplete = function () { db.close(); resolve(result && 'result' in result ? result.result : undefined); };
        tx.onerror = function () { db.close(); reject(tx.error); };
        tx.onabort = function () { db.close(); reject(tx.error); };
      });
    });
  }

  function put(entry) { return transaction('readwrite', function (store) { return store.put(entry); }); }
  function remove(key) { return transaction('readwrite', function (store) { return store.delete(key); }); }
  function all() { return transaction('readonly', function (store) { return store.getAll(); }).then(function (list) { return list || []; }); }
  function get(key) { return transaction('readonly', function (store) { return store.get(key); }); }

  function csrf() {
    const token = document.querySelector('meta[name="_csrf"]');
    const header = document.querySelector('meta[name="_csrf_header"]');
    const headers = { 'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json' };
    if (token && header) headers[header.content] = token.content;
    return headers;
  }

  /** Who is logged in on this page (null on the login page and error pages). */
  function user() {
    const meta = document.querySelector('meta[name="ishc-user"]');
    return meta ? meta.content : null;
  }

  function announce(entry, result) {
    window.dispatchEvent(new CustomEvent('ishc-outbox', { detail: { entry: entry, result: result } }));
  }

  const sending = new Set();

  /**
   * Sends one sheet and settles its entry: {state: 'sent', meeting} (removed), 'refused' (kept, failed, with
   * the problem), 'offline', 'login' or 'retry' (kept to be sent again).
   */
  function send(entry) {
    if (sending.has(entry.key)) return Promise.resolve({ state: 'retry' });
    sending.add(entry.key);
    return fetch(entry.url, {
      method: 'POST', credentials: 'same-origin', redirect: 'manual', headers: csrf(), body: JSON.stringify(entry.body)
    }).then(function (response) {
      if (response.type === 'opaqueredirect' || response.status === 401 || response.status === 403) {
        return { state: 'login' };
      }
      if (response.status === 200 || response.status === 201) {
        return response.json().then(function (meeting) {
          if (!meeting || typeof meeting.id !== 'number') return { state: 'retry' };
          return remove(entry.key).then(function () { return { state: 'sent', meeting: meeting }; });
        });
      }
      if (response.status === 400 || response.status === 404) {
        return response.json().catch(function () { return {}; }).then(function (problem) {
          entry.status = 'failed';
          entry.problem = problem;
          return put(entry).then(function () { return { state: 'refused', problem: problem }; });
        });
      }
      return { state: 'retry', status: response.status };
    }, function () {
      return { state: 'offline' };
    }).then(function (result) {
      sending.delete(entry.key);
      announce(entry, result);
      return result;
    }, function (error) {
      sending.delete(entry.key);
      throw error;
    });
  }

  let flushing = false;

  /** Sends every sheet waiting (not those refused: they wait for the treasurer to correct them). */
  function flush() {
    const me = user();
    if (flushing || !me || ('onLine' in navigator && !navigator.onLine)) return Promise.resolve();
    flushing = true;
    return all().then(function (entries) {
      return entries.filter(function (e) { return e.status !== 'failed' && e.user === me; })
        .reduce(function (chain, e) { return chain.then(function () { return send(e); }); }, Promise.resolve());
    }).catch(function () { /* no IndexedDB: nothing can be waiting */ }).then(function () { flushing = false; });
  }

  window.IshcOutbox = { put: put, get: get, all: all, remove: remove, send: send, flush: flush, user: user };

  window.addEventListener('online', flush);
  document.addEventListener('DOMContentLoaded', function () {
    flush();
    setInterval(flush, RETRY_MS);
    const logout = document.getElementById('logout');
    if (logout && logout.form && navigator.serviceWorker && navigator.serviceWorker.controller) {
      logout.form.addEventListener('submit', function () { navigator.serviceWorker.controller.postMessage('forget-sheets'); });
    }
  });
})();

/*
 * Tables on a phone (issue 18). A table with the class "table-cards" shows a card per row under 768 px
 * (app.css): each cell is labelled with its column's header text (data-label), a cell spanning several
 * columns is left unlabelled. A table that still scrolls sideways can be reached and scrolled with the
 * keyboard: its scrolling box (.table-responsive) takes the focus while it overflows.
 */
(function () {
  'use strict';

  function label(table) {
    const heads = [];
    const headRow = table.tHead && table.tHead.rows[table.tHead.rows.length - 1];
    if (!headRow) return;
    Array.prototype.forEach.call(headRow.cells, function (th) {
      for (let i = 0; i < (th.colSpan || 1); i++) heads.push(th.textContent.trim());
    });
    Array.prototype.forEach.call(table.tBodies, function (body) {
      Array.prototype.forEach.call(body.rows, function (tr) {
        let column = 0;
        Array.prototype.forEach.call(tr.cells, function (cell) {
          const span = cell.colSpan || 1;
          if (span === 1 && heads[column]) cell.setAttribute('data-label', heads[column]);
          else cell.removeAttribute('data-label');
          if (cell.tagName === 'TD' && cell.textContent.trim() === '' && !cell.querySelector('input, select, textarea, button, a, img, svg')) {
            cell.setAttribute('data-empty', '');
          } else {
            cell.removeAttribute('data-empty');
          }
          column += span;
        });
      });
    });
  }

  function focusable(box) {
    if (box.scrollWidth > box.clientWidth + 1) {
      if (!box.hasAttribute('tabindex')) box.setAttribute('tabindex', '0');
    } else if (box.getAttribute('tabindex') === '0') {
      box.removeAttribute('tabindex');
    }
  }

  function refresh(root) {
    (root || document).querySelectorAll('table.table-cards').forEach(label);
    if (root && root.closest) {
      const table = root.closest('table.table-cards');
      if (table) label(table);
    }
    document.querySelectorAll('.table-responsive').forEach(focusable);
  }

  document.addEventListener('DOMContentLoaded', function () { refresh(document); });
  document.addEventListener('htmx:load', function (event) { refresh(event.target); });
  let pending = null;
  window.addEventListener('resize', function () {
    clearTimeout(pending);
    pending = setTimeout(function () { refresh(null); }, 100);
  });
})();
