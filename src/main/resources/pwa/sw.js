/*
 * ISHC Manager's service worker (served at /sw.js, scope /). Hand-written on purpose: about a hundred lines,
 * no build step, nothing to vendor (see docs/architecture.md, "Offline meeting sheet").
 *
 * - The static assets the layout uses are precached and served from the cache, refreshed in the background.
 * - The meeting sheet pages (/clubs/{id}/meetings/sheet) and the API's sheet (/api/v1/clubs/{id}/meeting-sheet)
 *   are network first: a copy is kept each time one opens, and served when there is no signal, so a sheet
 *   opened once opens again offline.
 * - Nothing else is cached: every other page and every write goes to the server as usual. Sheets filled in
 *   offline wait in the browser's IndexedDB outbox (static/js/app.js), not here.
 *
 * Change VERSION whenever this list or these rules change: the old caches are deleted on activation.
 */
'use strict';

const VERSION = 'ishc-v1';
const STATIC_CACHE = VERSION + '-static';
const SHEET_CACHE = VERSION + '-sheets';
const PRECACHE = [
  '/assets/css/app.css',
  '/assets/js/app.js',
  '/assets/js/meeting-sheet.js',
  '/assets/img/icon.svg',
  '/assets/img/icon-192.png',
  '/webjars/bootstrap/css/bootstrap.min.css',
  '/webjars/bootstrap/js/bootstrap.bundle.min.js',
  '/webjars/htmx.org/dist/htmx.min.js'
];
const SHEET_PAGE = /^\/clubs\/\d+\/meetings\/sheet\/?$/;
const SHEET_API = /^\/api\/v1\/clubs\/\d+\/meeting-sheet\/?$/;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(STATIC_CACHE)
    .then((cache) => cache.addAll(PRECACHE))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys
      .filter((key) => key.startsWith('ishc-') && !key.startsWith(VERSION + '-'))
      .map((key) => caches.delete(key))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (SHEET_PAGE.test(url.pathname) || SHEET_API.test(url.pathname)) {
    event.respondWith(networkFirst(request));
  } else if (PRECACHE.includes(url.pathname)) {
    event.respondWith(cachedThenRefreshed(event, request));
  }
});

/** The server's answer, kept for later; the kept copy when the server cannot be reached. */
async function networkFirst(request) {
  const cache = await caches.open(SHEET_CACHE);
  try {
    const response = await fetch(request);
    // A redirect (to the login page) or an error page is not a sheet: keep the last good copy instead.
    if (response.ok && !response.redirected) await cache.put(request, response.clone());
    return response;
  } catch (offline) {
    const kept = await cache.match(request);
    if (kept) return kept;
    throw offline;
  }
}

/** A precached asset from the cache at once, fetched again behind it so the next page gets the new one. */
async function cachedThenRefreshed(event, request) {
  const cache = await caches.open(STATIC_CACHE);
  const kept = await cache.match(request, { ignoreSearch: true });
  const fresh = fetch(request)
    .then((response) => {
      if (response.ok) return cache.put(request, response.clone()).then(() => response);
      return response;
    });
  if (kept) {
    event.waitUntil(fresh.catch(() => undefined));
    return kept;
  }
  return fresh;
}

/** Logging out forgets the kept sheets (members' names and loans); the outbox of unsent sheets stays. */
self.addEventListener('message', (event) => {
  if (event.data === 'forget-sheets') event.waitUntil(caches.delete(SHEET_CACHE));
});
