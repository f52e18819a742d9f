/*
 * The meeting sheet (templates/meetings/sheet.html) in the browser: a key made on this device, the totals
 * recomputed as the treasurer types, and saving that works with no signal. On "save" the sheet becomes the
 * API's JSON body, is stored in the outbox (app.js) BEFORE it is sent, and is sent to
 * POST /api/v1/clubs/{id}/meetings: sent, the page goes to the meeting; no signal, it says so and the outbox
 * sends it later; refused, the message goes on the member's line and the sheet stays in the outbox, listed
 * under "not sent" until it is corrected and saved again. Without this script the form posts as a plain form.
 */
(function () {
  'use strict';

  const form = document.getElementById('sheet-form');
  const status = document.getElementById('sheet-status');
  const outbox = document.getElementById('outbox');
  const outboxList = document.getElementById('outbox-list');

  /** An amount as typed (50.000, 50,000, 50 000, 50000 đ) in đồng; 0 when blank or zero; NaN when unreadable. */
  function money(text) {
    let t = (text || '').replace(/[\u00a0\u202f]/g, ' ').trim().replace(/\s*(đồng|đ|₫|vnđ|vnd)$/i, '').trim();
    if (t === '' || /^[0.,\s]+$/.test(t)) return 0;
    if (/^\d+$/.test(t)) return Number(t);
    if (/^\d{1,3}(\.\d{3})+$/.test(t)) return Number(t.replace(/\./g, ''));
    if (/^\d{1,3}(,\d{3})+$/.test(t)) return Number(t.replace(/,/g, ''));
    if (/^\d{1,3}( \d{3})+$/.test(t)) return Number(t.replace(/ /g, ''));
    return NaN;
  }

  function formatted(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.') + ' ₫';
  }

  function localToday() {
    const d = new Date();
    return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
  }

  function shownDate(iso) {
    const p = (iso || '').split('-');
    return p.length === 3 ? p[2] + '/' + p[1] + '/' + p[0] : iso;
  }

  function say(text, kind) {
    if (!status) return;
    status.textContent = text;
    status.className = 'alert sheet-status alert-' + kind;
    status.scrollIntoView({ block: 'center', behavior: 'instant' });
  }

  function lines() {
    return form ? Array.prototype.slice.call(form.querySelectorAll('.sheet-line')) : [];
  }

  function field(line, name) {
    return line.querySelector('[name="lines[' + line.dataset.line + '].' + name + '"]');
  }

  function totals() {
    let activity = 0; let loan = 0; let present = 0;
    form.querySelectorAll('input.money').forEach(function (input) {
      const n = money(input.value);
      if (isNaN(n)) return;
      if (input.dataset.fund === 'loan') loan += n; else activity += n;
    });
    lines().forEach(function (line) {
      const checked = line.querySelector('input[type="radio"]:checked');
      if (checked && checked.value === 'PRESENT') present++;
    });
    document.getElementById('total-activity').textContent = formatted(activity);
    document.getElementById('total-loan').textContent = formatted(loan);
    document.getElementById('total-cash').textContent = formatted(activity + loan);
    document.getElementById('total-present').textContent = String(present);
  }

  function clearErrors() {
    lines().forEach(function (line) {
      line.classList.remove('border-danger', 'line-refused');
      const box = line.querySelector('.line-errors');
      if (box) box.textContent = '';
      line.querySelectorAll('.is-invalid').forEach(function (el) { el.classList.remove('is-invalid'); });
    });
  }

  function lineError(line, message, input) {
    line.classList.add('border-danger', 'line-refused');
    const box = line.querySelector('.line-errors');
    if (box) {
      const p = document.createElement('p');
      p.className = 'mb-1';
      p.textContent = message;
      box.appendChild(p);
    }
    if (input) input.classList.add('is-invalid');
  }

  /** Puts a problem's messages on the members' lines; what names no line goes in the status box. */
  function showProblem(problem) {
    clearErrors();
    const errors = (problem && problem.errors) || {};
    let first = null;
    let placed = false;
    Object.keys(errors).forEach(function (name) {
      const m = /^lines\[(\d+)\](?:\.(.+))?$/.exec(name);
      let line = m ? form.querySelector('.sheet-line[data-line="' + m[1] + '"]') : null;
      if (!line && problem.personId != null) line = form.querySelector('.sheet-line[data-person="' + problem.personId + '"]');
      if (!line) return;
      lineError(line, errors[name], form.querySelector('[name="' + name + '"]'));
      first = first || line;
      placed = true;
    });
    if (placed) {
      say(form.dataset.msgRefused, 'danger');
      first.scrollIntoView({ block: 'center', behavior: 'instant' });
    } else {
      say((problem && (problem.detail || problem.title)) || form.dataset.msgRefused, 'danger');
    }
  }

  /** The API's body from the form; null (with the lines marked) when an amount cannot be read. */
  function body() {
    clearErrors();
    let bad = null;
    const out = lines().map(function (line) {
      function amount(input) {
        if (!input) return 0;
        const n = money(input.value);
        if (isNaN(n)) { lineError(line, form.dataset.msgAmount, input); bad = bad || input; return 0; }
        return n;
      }
      const checked = line.querySelector('input[type="radio"]:checked');
      return {
        personId: Number(field(line, 'personId').value),
        attendance: checked ? checked.value : null,
        fee: amount(field(line, 'fee')),
        contribution: amount(field(line, 'contribution')),
        repayments: Array.prototype.map.call(line.querySelectorAll('.repayment'), function (r) {
          return {
            loanId: Number(r.querySelector('input[name$=".loanId"]').value),
            amount: amount(r.querySelector('input[name$=".amount"]'))
          };
        })
      };
    });
    if (bad) { bad.focus(); say(form.dataset.msgRefused, 'danger'); return null; }
    return {
      key: form.elements.key.value,
      heldOn: form.dataset.heldOn,
      place: form.elements.place.value,
      topics: form.elements.topics.value,
      decisions: form.elements.decisions.value,
      lines: out
    };
  }

  /** Fills the form from a sheet kept in the outbox (same key: saving it again replaces that entry). */
  function fill(entry) {
    const b = entry.body;
    form.elements.key.value = entry.key;
    ['place', 'topics', 'decisions'].forEach(function (n) { form.elements[n].value = b[n] || ''; });
    b.lines.forEach(function (l) {
      const line = form.querySelector('.sheet-line[data-person="' + l.personId + '"]');
      if (!line) return;
      line.querySelectorAll('input[type="radio"]').forEach(function (r) { r.checked = r.value === l.attendance; });
      const fee = field(line, 'fee');
      if (fee) fee.value = l.fee ? formatted(l.fee).replace(' ₫', '') : '';
      const contribution = field(line, 'contribution');
      if (contribution) contribution.value = l.contribution ? formatted(l.contribution).replace(' ₫', '') : '';
      (l.repayments || []).forEach(function (p) {
        line.querySelectorAll('.repayment').forEach(function (r) {
          if (Number(r.querySelector('input[name$=".loanId"]').value) === p.loanId) {
            r.querySelector('input[name$=".amount"]').value = p.amount ? formatted(p.amount).replace(' ₫', '') : '';
          }
        });
      });
    });
    totals();
    if (entry.problem) showProblem(entry.problem);
  }

  /** The "not sent" list: this club's sheets the server refused, kept on the device until corrected. */
  function listFailed() {
    if (!outbox || !window.IshcOutbox) return;
    const club = outbox.dataset.club;
    window.IshcOutbox.all().then(function (entries) {
      const me = window.IshcOutbox.user();
      const failed = entries.filter(function (e) {
        return e.status === 'failed' && String(e.clubId) === club && e.user === me;
      });
      outboxList.textContent = '';
      failed.forEach(function (e) {
        const li = document.createElement('li');
        li.className = 'mb-2 outbox-entry';
        li.dataset.key = e.key;
        const title = document.createElement('div');
        title.className = 'fw-bold';
        title.textContent = outbox.dataset.msgEntry.replace('{0}', shownDate(e.body.heldOn));
        const why = document.createElement('div');
        why.className = 'text-danger';
        const problem = e.problem || {};
        why.textContent = Object.values(problem.errors || {}).join(' ') || problem.detail || problem.title || '';
        const open = document.createElement('a');
        open.className = 'btn btn-outline-danger mt-1';
        open.textContent = outbox.dataset.msgReopen;
        open.href = outbox.dataset.sheet + '?on=' + encodeURIComponent(e.body.heldOn) + '#outbox-' + encodeURIComponent(e.key);
        open.addEventListener('click', function (event) {
          if (form && form.dataset.heldOn === e.body.heldOn) { event.preventDefault(); fill(e); }
        });
        li.append(title, why, open);
        outboxList.appendChild(li);
      });
      outbox.classList.toggle('d-none', failed.length === 0);
    }).catch(function () { outbox.classList.add('d-none'); });
  }

  function submit(event) {
    if (!window.IshcOutbox) return; // plain form POST
    event.preventDefault();
    const b = body();
    if (!b) return;
    const entry = {
      key: b.key, clubId: Number(form.dataset.club), user: window.IshcOutbox.user(), url: form.dataset.api, body: b,
      status: 'pending', savedAt: new Date().toISOString()
    };
    const button = document.getElementById('sheet-submit');
    button.disabled = true;
    window.IshcOutbox.put(entry).then(function () {
      say(form.dataset.msgSending, 'info');
      return window.IshcOutbox.send(entry);
    }, function () {
      form.submit(); // no IndexedDB on this device: the plain form still works with signal
      return null;
    }).then(function (result) {
      if (!result) return;
      button.disabled = false;
      if (result.state === 'sent') {
        window.location.href = form.dataset.meeting + result.meeting.id;
      } else if (result.state === 'offline') {
        say(form.dataset.msgOffline, 'warning');
      } else if (result.state === 'refused') {
        showProblem(result.problem);
        listFailed();
      } else if (result.state === 'login') {
        say(form.dataset.msgLogin, 'warning');
      } else {
        say(form.dataset.msgRetry, 'warning');
      }
    });
  }

  if (form) {
    if (window.crypto && typeof window.crypto.randomUUID === 'function') form.elements.key.value = window.crypto.randomUUID();
    // Opened from the copy kept on this device, with no signal: the day asked for is today, on this phone.
    if (form.dataset.defaultDay === 'true' && navigator.onLine === false && form.dataset.heldOn !== localToday()) {
      form.dataset.heldOn = localToday();
      form.elements.heldOn.value = shownDate(localToday());
      document.getElementById('sheet-date').textContent = shownDate(localToday());
      const note = document.getElementById('sheet-cached-note');
      note.textContent = form.dataset.msgToday;
      note.classList.remove('d-none');
    }
    form.addEventListener('input', totals);
    form.addEventListener('change', totals);
    form.addEventListener('submit', submit);
    totals();
  }

  // A sheet of this page sent by the outbox later (the signal came back): go to its meeting, or show its refusal.
  window.addEventListener('ishc-outbox', function (event) {
    listFailed();
    const result = event.detail.result;
    if (!form || event.detail.entry.key !== form.elements.key.value || !status || status.classList.contains('d-none')) return;
    if (result.state === 'sent') window.location.href = form.dataset.meeting + result.meeting.id;
    else if (result.state === 'refused') showProblem(result.problem);
  });
  document.addEventListener('DOMContentLoaded', function () {
    listFailed();
    const wanted = /^#outbox-(.+)$/.exec(window.location.hash);
    if (form && wanted && window.IshcOutbox) {
      window.IshcOutbox.get(decodeURIComponent(wanted[1])).then(function (entry) { if (entry) fill(entry); });
    }
  });
})();
