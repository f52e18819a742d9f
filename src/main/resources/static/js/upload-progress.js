// Upload progress for forms that htmx submits with a file (hx-encoding="multipart/form-data"): shows
// #import-progress-area, moves the <progress> bar with htmx's htmx:xhr:progress events, then, once the
// file has been sent, says the server is checking it. The texts come from the form's data-uploading and
// data-checking attributes (message keys rendered by the page), and data-failed when the upload fails.
// Without JavaScript the form simply posts.
(function () {
  'use strict';

  function parts(form) {
    var area = form.querySelector('#import-progress-area');
    return area && {
      area: area,
      bar: area.querySelector('progress'),
      text: area.querySelector('#import-progress-text')
    };
  }

  function formOf(event) {
    var elt = event.detail && event.detail.elt ? event.detail.elt : event.target;
    return elt && elt.closest ? elt.closest('form[hx-encoding="multipart/form-data"]') : null;
  }

  document.addEventListener('htmx:beforeRequest', function (event) {
    var form = formOf(event);
    var p = form && parts(form);
    if (!p) return;
    form.dataset.uploadPhase = 'sending';
    p.area.classList.remove('d-none');
    p.bar.value = 0;
    p.bar.removeAttribute('aria-busy');
    p.text.textContent = form.dataset.uploading || '';
    p.text.classList.add('text-muted');
    p.text.classList.remove('text-danger');
  });

  document.addEventListener('htmx:xhr:progress', function (event) {
    var form = formOf(event);
    var p = form && parts(form);
    if (!p || form.dataset.uploadPhase !== 'sending' || !event.detail.lengthComputable) return;
    var percent = event.detail.total ? Math.round(event.detail.loaded * 100 / event.detail.total) : 0;
    p.bar.value = percent;
    p.text.textContent = (form.dataset.uploading || '') + ' ' + percent + ' %';
    if (event.detail.loaded >= event.detail.total) {
      // Sent: the server now reads and checks every row; later progress events are the answer's.
      form.dataset.uploadPhase = 'checking';
      p.bar.removeAttribute('value');
      p.bar.setAttribute('aria-busy', 'true');
      p.text.textContent = form.dataset.checking || '';
    }
  });

  // The server refused the request (a file over the size limit answers 400) or the line broke: say so
  // in place, since htmx swaps nothing for such answers.
  function failed(event) {
    var form = formOf(event);
    var p = form && parts(form);
    if (!p) return;
    p.bar.value = 0;
    p.bar.removeAttribute('aria-busy');
    p.text.textContent = form.dataset.failed || '';
    p.text.classList.remove('text-muted');
    p.text.classList.add('text-danger');
  }

  document.addEventListener('htmx:responseError', failed);
  document.addEventListener('htmx:sendError', failed);

  document.addEventListener('htmx:afterRequest', function (event) {
    var form = formOf(event);
    if (form) delete form.dataset.uploadPhase;
  });
})();
